"""Questions still open: marked in the questionnaire, and a button that jumps to the next one.

After a switch from the Kurzcheck to the Vollcheck the new questions sit between answered ones;
the mark and the button find them without reading every dimension again.
"""

from __future__ import annotations

import re

import streamlit as st

from questionnaire import Answers, Questionnaire

from ..i18n import t
from .dimension_nav import Stepper

BUTTON_KEY = "open_questions.next"
FOCUS_KEY = "open_questions.focus"
_SAFE_ID = re.compile(r"^[a-z0-9_]+$")
# A constant script apart from the question id, which the check above limits to [a-z0-9_]
# (questionnaire ids are snake_case, never user input). It waits for the box to be drawn.
_SCROLL_TO_QUESTION = (
    "<script>(function find(tries) {{"
    " const box = document.querySelector('.st-key-question-{qid}');"
    " if (box) {{ box.scrollIntoView({{block: 'start'}});"
    " const first = box.querySelector('input'); if (first) first.focus({{preventScroll: true}}); }}"
    " else if (tries > 0) setTimeout(() => find(tries - 1), 100);"
    " }})(50);</script>"
)


def box_key(question_id: str) -> str:
    """The key of a question's box (Streamlit gives the element the class st-key-<key>)."""
    return f"question-{question_id}"


def open_questions(questionnaire: Questionnaire, answers: Answers) -> list[tuple[str, str]]:
    """(dimension id, question id) of every unanswered question of the mode, in file order."""
    return [
        (dimension.id, question.id)
        for dimension in questionnaire.dimensions
        for question in dimension.questions_in(answers.mode)
        if answers.value(question.id) is None
    ]


def marks_open(answers: Answers) -> bool:
    """Whether open questions are marked: once anything is answered (else all would be)."""
    return bool(answers.answers)


def next_open(
    questionnaire: Questionnaire, answers: Answers, current: str
) -> tuple[str, str] | None:
    """The first open question in or after the dimension `current`, else the first open one."""
    found = open_questions(questionnaire, answers)
    order = [d.id for d in questionnaire.dimensions]
    here = order.index(current) if current in order else 0
    later = [(d, q) for d, q in found if order.index(d) >= here]
    return (later or found or [None])[0]


def next_open_button(
    questionnaire: Questionnaire, answers: Answers, stepper: Stepper, current: str, lang: str
) -> None:
    """A button to the next open question (shown when some are answered and some are open)."""
    target = next_open(questionnaire, answers, current)
    if target is None or not marks_open(answers):
        return

    def go() -> None:
        dimension_id, question_id = target
        if dimension_id != current:
            stepper.go(dimension_id)
            # The question is scrolled into view instead of the top of the dimension.
            st.session_state[stepper.scroll_key + ".done"] = st.session_state[stepper.scroll_key]
        st.session_state[FOCUS_KEY] = question_id

    count = len(open_questions(questionnaire, answers))
    st.button(
        t("open_questions.next", lang, count=count),
        key=BUTTON_KEY,
        icon=":material/arrow_downward:",
        on_click=go,
    )


def scroll_to_chosen_question() -> None:
    """After the button: bring the chosen question's box into view, once."""
    question_id = st.session_state.pop(FOCUS_KEY, None)
    if question_id and _SAFE_ID.match(question_id):
        st.html(_SCROLL_TO_QUESTION.format(qid=question_id), unsafe_allow_javascript=True)


def open_mark(lang: str) -> str:
    """The Markdown mark before an open question's heading."""
    return f":orange-badge[{t('open_questions.mark', lang)}] "
