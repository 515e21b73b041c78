"""UI strings: one catalog per language (de.py, en.py); `t` looks a key up."""

from __future__ import annotations

import streamlit as st

from . import de, en

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
CATALOGS: dict[str, dict[str, str]] = {"de": de.TEXTS, "en": en.TEXTS}
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
    text = CATALOGS[lang or language()][key]
    return text.format(**params) if params else text
