"""The facilitator's controls: reveal, names in the raw data, host link, close, delete."""

from __future__ import annotations

import streamlit as st

from questionnaire import Questionnaire
from scoring import MIN_ANSWERS_SHOWN
from storage import Workshop

from ..i18n import t
from ..links import app_url
from ..workshop import access, actions
from ..workshop.links import HOST_PATH
from .confirm import ask, confirm_box, confirm_button

REVEAL_KEY = "workshop_admin.reveal"
NAMES_KEY = "workshop_admin.include_names"
CLOSE_KEY = "workshop_admin.close"
DELETE_KEY = "workshop_admin.delete"
LEAVE_KEY = "workshop_admin.leave"


def host_url(workshop: Workshop) -> str:
    """The secret link back to this dashboard."""
    return app_url(HOST_PATH, **{access.HOST_PARAM: workshop.host_token})


def _reveal_switched(token: str) -> None:
    wanted = bool(st.session_state[REVEAL_KEY])
    if wanted and actions.is_open(token):
        # Results while people still answer invite them to anchor on the group: ask first.
        ask(REVEAL_KEY)
        return
    actions.reveal(token, wanted)


def _reveal_anyway(token: str) -> None:
    actions.reveal(token, True)


def reveal_toggle(workshop: Workshop, lang: str) -> None:
    """The switch that shows the results to the room and the participants, or hides them;
    while the workshop is open, showing them asks for confirmation and says why."""
    # The database holds the state (another device may have changed it); the widget follows.
    st.session_state[REVEAL_KEY] = workshop.revealed
    token = workshop.host_token
    st.toggle(
        t("host.reveal", lang),
        key=REVEAL_KEY,
        help=t("host.reveal_help", lang),
        on_change=_reveal_switched,
        args=(token,),
    )
    if not workshop.revealed:
        confirm_box(
            REVEAL_KEY,
            t("host.reveal_open_question", lang),
            t("host.reveal_open_confirm", lang),
            lambda: _reveal_anyway(token),
            lang,
        )


def include_names_checkbox(workshop: Workshop, lang: str) -> None:
    """Whether names that participants gave go into the raw data."""
    st.session_state[NAMES_KEY] = workshop.include_names
    token = workshop.host_token
    st.checkbox(
        t("host.include_names", lang),
        key=NAMES_KEY,
        help=t("host.include_names_help", lang),
        on_change=lambda: actions.include_names(token, bool(st.session_state[NAMES_KEY])),
    )


def host_link(workshop: Workshop, lang: str) -> None:
    """The secret host link with a copy button and the warning to keep it to oneself."""
    with st.expander(t("host.host_link_heading", lang), icon=":material/key:"):
        st.markdown(t("host.host_link_explain", lang))
        st.code(host_url(workshop), language=None, wrap_lines=True)
        st.warning(t("host.host_link_warning", lang), icon=":material/lock:")


def end_controls(workshop: Workshop, questionnaire: Questionnaire, lang: str) -> None:
    """Close (refuse further answers), delete with all answers, or leave this dashboard."""
    token = workshop.host_token
    if not workshop.closed:
        st.markdown(t("host.close_explain", lang))
        question = t("host.close_question", lang)
        # Closing adds the answers not shown yet: with results shown and fewer than three
        # people waiting, comparing before and after would tell their answers (scoring/release).
        waiting = actions.waiting(workshop, questionnaire) if workshop.revealed else 0
        if 0 < waiting < MIN_ANSWERS_SHOWN:
            question += "\n\n" + t("host.close_waiting", lang, count=waiting)
        confirm_button(
            CLOSE_KEY,
            t("host.close", lang),
            question,
            t("host.close_confirm", lang),
            lambda: actions.close(token),
            lang,
            icon=":material/lock:",
        )
    st.markdown(t("host.delete_explain", lang))
    confirm_button(
        DELETE_KEY,
        t("host.delete", lang),
        t("host.delete_question", lang),
        t("host.delete_confirm", lang),
        lambda: actions.delete(token),
        lang,
        icon=":material/delete:",
    )
    st.markdown(t("host.leave_explain", lang))
    st.button(
        t("host.leave", lang), key=LEAVE_KEY, icon=":material/logout:", on_click=actions.leave
    )
