"""The participant's questions, one dimension per step, each answer saved when given."""

from __future__ import annotations

import streamlit as st

from questionnaire import Answers, Questionnaire, localized
from scoring import Result

from .dimension_nav import Stepper, steps
from .progress import overall_progress
from .question import SaveAnswer, question_input

KEY_PREFIX = "workshop_q."
STEPPER = Stepper("workshop_answer", "join.finish", ":material/check:", "finish")


def forget_answer_widgets() -> None:
    """Drop the question widgets' state (another participant token was opened)."""
    for key in list(st.session_state.keys()):
        if isinstance(key, str) and key.startswith(KEY_PREFIX):
            del st.session_state[key]
    STEPPER.forget()


def answer_steps(
    questionnaire: Questionnaire,
    answers: Answers,
    result: Result,
    lang: str,
    on_answer: SaveAnswer,
) -> bool:
    """Progress, the current dimension's questions, previous/next; True on "Fertig"."""
    current = STEPPER.follow_url(result)
    STEPPER.scroll_to_top_after_a_step()
    overall_progress(questionnaire, answers, lang)
    if len(steps(result)) > 1:
        STEPPER.jump_list(questionnaire, result, lang)
    dimension = questionnaire.dimension(current)
    st.subheader(localized(dimension.name, lang), anchor=False)
    questions = dimension.questions_in(answers.mode)
    for number, question in enumerate(questions, start=1):
        with st.container(border=True):
            question_input(
                questionnaire,
                question,
                answers.value(question.id),
                None,
                lang,
                on_answer=on_answer,
                key_prefix=KEY_PREFIX,
                number=f"{number}/{len(questions)} · ",
            )
    return STEPPER.previous_next(result, lang)
