"""Questions answered with "Weiß nicht": what the administration should find out."""

from __future__ import annotations

import streamlit as st

from questionnaire import DONT_KNOW, Answers, Questionnaire, localized

from ..i18n import t


def open_questions(questionnaire: Questionnaire, answers: Answers) -> list[tuple[str, str]]:
    """(dimension id, question id) of every "Weiß nicht" answer in the mode, in file order."""
    return [
        (d.id, q.id)
        for d in questionnaire.dimensions
        for q in d.questions_in(answers.mode)
        if answers.value(q.id) == DONT_KNOW
    ]


def knowledge_gaps(questionnaire: Questionnaire, answers: Answers, lang: str) -> None:
    """List the "Weiß nicht" questions as questions to clarify, with their dimension."""
    gaps = open_questions(questionnaire, answers)
    if not gaps:
        st.markdown(t("gaps.none", lang))
        return
    st.markdown(t("gaps.intro", lang, count=len(gaps)))
    questions = questionnaire.questions()
    lines = [
        f"- **{localized(questionnaire.dimension(did).name, lang)}:** "
        f"{localized(questions[qid].text, lang)}"
        for did, qid in gaps
    ]
    st.markdown("\n".join(lines))
