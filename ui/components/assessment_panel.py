"""The start page's panels: begin a check, or manage the open assessment."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from questionnaire import Answers, Questionnaire
from scoring import Result

from ..format import plain
from ..i18n import t
from ..page import QUESTIONS_PAGE, RESULT_PAGE
from .confirm import confirm_button
from .mode_choice import mode_choice
from .progress import overall_progress
from .resume import resume_box


def begin_buttons(questionnaire: Questionnaire, lang: str) -> str | None:
    """Buttons to start a Kurzcheck (when the questionnaire has one) or a Vollcheck.

    Returns the mode chosen ("short" or "full"), or None.
    """
    st.subheader(t("start.begin_heading", lang))
    left, right = st.columns(2)
    if questionnaire.has_short_mode() and left.button(
        t("start.short", lang), key="start.short", type="primary", width="stretch"
    ):
        return "short"
    full = right if questionnaire.has_short_mode() else left
    if full.button(t("start.full", lang), key="start.full", width="stretch"):
        return "full"
    return None


def open_assessment_panel(
    answers: Answers,
    result: Result,
    token: str,
    lang: str,
    on_restart: Callable[[], None],
    on_delete: Callable[[], None],
    on_mode: Callable[[str], None] | None = None,
) -> bool:
    """Progress, links, resume link, and the actions; True when a new round was asked for.

    With `on_mode`, a switch between Kurzcheck and Vollcheck (saved through it).
    """
    st.subheader(t("start.current_heading", lang))
    org = plain(answers.profile.organisation or t("common.unnamed", lang))
    st.markdown(t("start.current", lang, org=org, mode=t("mode." + answers.mode, lang)))
    overall_progress(result.questionnaire, answers, lang)
    if on_mode is not None:
        mode_choice(answers.mode, lang, on_mode)
    left, right = st.columns(2)
    left.page_link(QUESTIONS_PAGE, label=t("start.continue", lang), icon=":material/checklist:")
    right.page_link(RESULT_PAGE, label=t("start.to_result", lang), icon=":material/insights:")
    resume_box(token, lang)
    new_round = False
    with st.expander(t("start.more_actions", lang)):
        if result.overall.level is not None:
            st.markdown(t("start.new_round_explain", lang))
            new_round = st.button(
                t("start.new_round", lang), key="start.new_round", icon=":material/history:"
            )
        st.markdown(t("start.restart_explain", lang))
        confirm_button(
            "start.restart",
            t("start.restart", lang),
            t("start.restart_question", lang),
            t("start.restart_confirm", lang),
            on_restart,
            lang,
            icon=":material/restart_alt:",
        )
        st.markdown(t("start.delete_explain", lang))
        confirm_button(
            "start.delete",
            t("start.delete", lang),
            t("start.delete_question", lang),
            t("start.delete_confirm", lang),
            on_delete,
            lang,
            icon=":material/delete:",
        )
    return new_round
