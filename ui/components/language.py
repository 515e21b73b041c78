"""The language switch in the sidebar (German by default, English on request)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ..i18n import LANGUAGES, language, set_language, t

SWITCH_KEY = "ui.language_switch"
_NAMES = {"de": "Deutsch", "en": "English"}


def language_switch(on_change: Callable[[str], None] | None = None) -> str:
    """A two-way switch Deutsch/English; returns the language now in use."""
    st.session_state[SWITCH_KEY] = language()

    def changed() -> None:
        chosen = st.session_state[SWITCH_KEY]
        set_language(chosen)
        if on_change is not None:
            on_change(chosen)

    st.segmented_control(
        t("sidebar.language"),
        LANGUAGES,
        format_func=_NAMES.__getitem__,
        key=SWITCH_KEY,
        on_change=changed,
        required=True,
    )
    return language()
