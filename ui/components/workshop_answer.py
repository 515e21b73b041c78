"""The participant's questions, one dimension per step, each answer saved when given."""

from __future__ import annotations

import streamlit as st

from questionnaire import Answers, Questionnaire, localized
from scoring import Result

from ..i18n import t
from .dimension_nav import scroll_to_top_after_a_step
from .progress import overall_progress
from .question import SaveAnswer, question_input

KEY_PREFIX = "workshop_q."
POSITION_KEY = "workshop_answer.position"
JUMP_KEY = "workshop_answer.jump"
SCROLL_KEY = "workshop_answer.scroll"


def forget_answer_widgets() -> None:
    """Drop the question widgets' state (another participant token was opened)."""
    for key in list(st.session_state.keys()):
        if isinstance(key, str) and key.startswith(KEY_PREFIX):
            del st.session_state[key]
    st.session_state.pop(POSITION_KEY, None)


def _go(dimension_id: str) -> None:
    st.session_state[POSITION_KEY] = dimension_id
    st.session_state[SCROLL_KEY] = st.session_state.get(SCROLL_KEY, 0) + 1


def _current(ids: list[str]) -> str:
    position = st.session_state.get(POSITION_KEY)
    return position if position in ids else ids[0]


def _jump(questionnaire: Questionnaire, result: Result, ids: list[str], lang: str) -> str:
    current = _current(ids)
    st.session_state[JUMP_KEY] = current
    by_id = {d.id: d for d in result.dimensions}

    def label(dimension_id: str) -> str:
        dim = by_id[dimension_id]
        name = localized(questionnaire.dimension(dimension_id).name, lang)
        number = ids.index(dimension_id) + 1
        return t(
            "nav.step_label", lang, number=number, name=name, answered=dim.answered, asked=dim.asked
        )

    st.selectbox(
        t("nav.jump", lang),
        ids,
        format_func=label,
        key=JUMP_KEY,
        on_change=lambda: _go(st.session_state[JUMP_KEY]),
    )
    return current


def answer_steps(
    questionnaire: Questionnaire,
    answers: Answers,
    result: Result,
    lang: str,
    on_answer: SaveAnswer,
) -> bool:
    """Progress, the current dimension's questions, previous/next; True on "Fertig"."""
    ids = [d.id for d in result.dimensions if d.asked]
    scroll_to_top_after_a_step(SCROLL_KEY)
    overall_progress(result, lang)
    current = _jump(questionnaire, result, ids, lang) if len(ids) > 1 else ids[0]
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
    return _previous_next(ids, ids.index(current), lang)


def _previous_next(ids: list[str], index: int, lang: str) -> bool:
    left, right = st.columns(2)
    if index > 0:
        left.button(
            t("nav.previous", lang),
            key="workshop_answer.previous",
            icon=":material/arrow_back:",
            on_click=_go,
            args=(ids[index - 1],),
            width="stretch",
        )
    if index < len(ids) - 1:
        right.button(
            t("nav.next", lang),
            key="workshop_answer.next",
            type="primary",
            icon=":material/arrow_forward:",
            icon_position="right",
            on_click=_go,
            args=(ids[index + 1],),
            width="stretch",
        )
        return False
    return right.button(
        t("join.finish", lang),
        key="workshop_answer.finish",
        type="primary",
        icon=":material/check:",
        width="stretch",
    )
