"""What every view does first: title, one-time notices, and the open assessment."""

from __future__ import annotations

import streamlit as st

from questionnaire import Answers, Questionnaire, for_profile, what_changed

from . import session, store
from .content import questionnaire
from .format import plain
from .i18n import language, t
from .notices import SELF_CHECK

START_PAGE = "views/start.py"
PROFILE_PAGE = "views/profil.py"
QUESTIONS_PAGE = "views/fragebogen.py"
RESULT_PAGE = "views/ergebnis.py"
EXPORT_PAGE = "views/export.py"
PLAN_PAGE = "views/plan.py"


def begin(title_key: str) -> tuple[Questionnaire, str]:
    """Render the page title and any pending notice; returns (questionnaire, language).

    With an open assessment the questionnaire is worded for its profile (Land, kind, size).
    """
    lang = language()
    # No anchor link: beside a long title it wraps onto a line of its own.
    st.title(t(title_key, lang), anchor=False)
    SELF_CHECK.show(lang)
    return _worded(questionnaire()), lang


def _worded(q: Questionnaire) -> Questionnaire:
    token = session.token()
    answers = store.repository().get(token) if token else None
    return for_profile(q, answers.profile) if answers is not None else q


def assessment(q: Questionnaire, lang: str) -> Answers:
    """The open assessment's answers; otherwise explains how to start one and stops the page."""
    answers = session.current_answers()
    if answers is None:
        st.info(t("common.no_assessment", lang), icon=":material/info:")
        st.page_link(START_PAGE, label=t("common.to_start", lang), icon=":material/home:")
        st.stop()
    if answers.questionnaire.id != q.id:
        found = plain(answers.questionnaire.id)
        st.error(t("common.other_questionnaire", lang, found=found))
        st.stop()
    if answers.questionnaire.version != q.version:
        st.caption(
            t(
                "common.other_version",
                lang,
                found=plain(answers.questionnaire.version),
                expected=plain(q.version),
            )
        )
    carried_over_notice(answers, q, lang)
    return answers


def carried_over_notice(
    answers: Answers, q: Questionnaire, lang: str, key: str = "common.carried_over"
) -> None:
    """While new or reworded questions of carried-over answers are open (of those asked in
    their mode): say so, briefly, with the catalog text `key` (self-check or workshop)."""
    changed = what_changed(answers, q)
    if changed is None:
        return
    asked = {x.id for d in q.dimensions for x in d.questions_in(answers.mode)}
    fresh = [qid for qid in (*changed.asked_again, *changed.new_questions) if qid in asked]
    still_open = [qid for qid in dict.fromkeys(fresh) if qid not in answers.answers]
    if not still_open:
        return
    st.info(
        t(
            key,
            lang,
            found=plain(changed.from_version),
            expected=plain(changed.to_version),
            carried=len(changed.carried),
            open=len(still_open),
        ),
        icon=":material/update:",
    )


def widen(max_px: int = 1200) -> None:
    """Give this page more width than the centered layout (a constant stylesheet: app.py sets
    the layout on every run, so set_page_config would not hold after a widget's rerun)."""
    rule = f"[data-testid='stMainBlockContainer'] {{ max-width: {max_px}px !important; }}"
    st.html(f"<style>{rule}</style>")
