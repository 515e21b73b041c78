"""Runs before every page (called by app.py): session from the URL, sidebar, questionnaire."""

from __future__ import annotations

import streamlit as st

from questionnaire import InputError

from . import actions, content, session, store
from .components.language import language_switch
from .components.rechtsstand import rechtsstand_note
from .i18n import LANGUAGES, language, t
from .style import page_style
from .typing import save_while_typing
from .widget_texts import widget_texts
from .workshop import access


def _save_language(lang: str) -> None:
    token = session.token()
    if token is not None:
        actions.save_settings(token, language=lang)


def _declare_page_language() -> None:
    # Streamlit serves every page as <html lang="en">, so screen readers would read the German
    # UI with English pronunciation (WCAG 3.1.1). The script is a constant apart from the
    # language code, which comes from the fixed list LANGUAGES, never from user input.
    lang = language()
    if lang in LANGUAGES:
        st.html(
            f"<script>document.documentElement.lang = '{lang}';</script>",
            unsafe_allow_javascript=True,
        )


# A page that lost its connection (its server process went away: a restart, a replica that
# failed) reconnects, through the proxy to another process, and shows what it drew before; but
# Streamlit's page then sent no widget events any more: a click on "Weiter" or on an answer did
# nothing (seen in the browser after killing a replica). So once the connection comes back,
# the page reloads from its address, which holds its token; everything acknowledged is in the
# database. A constant script; Streamlit marks the connection on its app element.
_RELOAD_AFTER_RECONNECT = """<script>(function () {
  if (window.kircReconnect) return;
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return;
  let lost = false;
  window.kircReconnect = new MutationObserver(() => {
    const state = app.getAttribute('data-test-connection-state');
    if (state !== 'CONNECTED') lost = true;
    else if (lost) window.location.reload();
  });
  window.kircReconnect.observe(app, { attributes: true,
    attributeFilter: ['data-test-connection-state'] });
})();</script>"""


def prepare() -> None:
    """Restore the open assessment from the URL, draw the sidebar, check the questionnaire."""
    session.sync_with_url()
    # A workshop link's language (?lang=en) before anything is drawn in one: the projector's
    # first run is its only full one, so its page language and Streamlit's words would keep
    # German otherwise (its steps rerun a fragment only).
    access.language_from_url()
    with st.sidebar:
        language_switch(on_change=_save_language)
        if session.token() is not None:
            st.caption(t("sidebar.autosave"))
        st.caption(t("sidebar.privacy"))
        _declare_page_language()
        save_while_typing()
        page_style()
        widget_texts(language())
        st.html(_RELOAD_AFTER_RECONNECT, unsafe_allow_javascript=True)
    try:
        questionnaire = content.questionnaire()
    except InputError as error:
        lines = "\n".join(f"- {line}" for line in error.lines(language()))
        st.error(t("common.questionnaire_broken") + "\n\n" + lines)
        st.stop()
    store.carry_over(questionnaire)
    with st.sidebar:
        rechtsstand_note(questionnaire, language())
