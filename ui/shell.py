"""Runs before every page (called by app.py): session from the URL, sidebar, questionnaire."""

from __future__ import annotations

import streamlit as st

from questionnaire import InputError

from . import content, session, store
from .components.language import language_switch
from .i18n import language, t


def _save_language(lang: str) -> None:
    token = session.token()
    if token is not None:
        store.repository().save_settings(token, language=lang)


def prepare() -> None:
    """Restore the open assessment from the URL, draw the sidebar, check the questionnaire."""
    session.sync_with_url()
    with st.sidebar:
        language_switch(on_change=_save_language)
        if session.token() is not None:
            st.caption(t("sidebar.autosave"))
        st.caption(t("sidebar.privacy"))
    try:
        content.questionnaire()
    except InputError as error:
        lines = "\n".join(f"- {line}" for line in error.lines(language()))
        st.error(t("common.questionnaire_broken") + "\n\n" + lines)
        st.stop()
