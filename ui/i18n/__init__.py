"""UI strings: the "ui" namespace of the text catalog (texts/ui_de.py, texts/ui_en.py)."""

from __future__ import annotations

import streamlit as st

import texts
from texts import DEFAULT_LANGUAGE, LANGUAGES

__all__ = ["CATALOGS", "DEFAULT_LANGUAGE", "LANGUAGES", "language", "set_language", "t"]

CATALOGS: dict[str, dict[str, str]] = texts.CATALOGS["ui"]
LANGUAGE_KEY = "ui.language"


def language() -> str:
    """The language of this browser session ("de" unless the user switched)."""
    lang = st.session_state.get(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return lang if lang in CATALOGS else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Switch the session's UI language (ignored for unknown languages)."""
    if lang in CATALOGS:
        st.session_state[LANGUAGE_KEY] = lang


def t(key: str, lang: str | None = None, **params: object) -> str:
    """The UI string `key` in `lang` (default: the session's language), params filled in."""
    return texts.text("ui", key, lang or language(), **params)
