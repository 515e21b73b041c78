"""Step through the dimensions of the questionnaire: jump list, previous and next."""

from __future__ import annotations

import streamlit as st

from questionnaire import Questionnaire, localized
from scoring import Result

from ..i18n import t

POSITION_KEY = "fragebogen.position"
JUMP_KEY = "fragebogen.jump"
PREVIOUS_KEY = "fragebogen.previous"
NEXT_KEY = "fragebogen.next"
RESULT_KEY = "fragebogen.to_result"
SCROLL_KEY = "fragebogen.scroll"
# A constant script (no user data in it): Streamlit keeps the scroll position when the page
# changes, so after "Weiter" at the bottom the next dimension opened at its end (seen in the
# browser on a phone). The number only makes each script a new element, so it runs again.
_SCROLL_TO_TOP = (
    "<script>/* step {n} */ (document.querySelector('[data-testid=\"stMain\"]')"
    " || document.scrollingElement).scrollTo(0, 0);</script>"
)


def steps(result: Result) -> list[str]:
    """Ids of the dimensions with questions in the result's mode, in file order."""
    return [d.id for d in result.dimensions if d.asked]


def current_step(result: Result) -> str:
    """The dimension shown now (the first one unless the user moved on)."""
    ids = steps(result)
    position = st.session_state.get(POSITION_KEY)
    return position if position in ids else ids[0]


def _go(dimension_id: str) -> None:
    st.session_state[POSITION_KEY] = dimension_id
    st.session_state[JUMP_KEY] = dimension_id
    st.session_state[SCROLL_KEY] = st.session_state.get(SCROLL_KEY, 0) + 1


def scroll_to_top_after_a_step(key: str = SCROLL_KEY) -> None:
    """After a step to another dimension, show the new one from its top (once per step).

    `key` holds the step counter that the step buttons raise.
    """
    step = st.session_state.get(key, 0)
    if step and st.session_state.get(key + ".done") != step:
        st.session_state[key + ".done"] = step
        st.html(_SCROLL_TO_TOP.format(n=int(step)), unsafe_allow_javascript=True)


def jump_list(questionnaire: Questionnaire, result: Result, lang: str) -> str:
    """A select box to jump to any dimension; returns the id of the dimension shown."""
    ids = steps(result)
    current = current_step(result)
    st.session_state[JUMP_KEY] = current

    # Labels must not change while the user answers: the browser keeps the select box's value
    # as its label, and a label that vanished (answer counts in it, "0/2" -> "1/2") made it fall
    # back to the first dimension, so "Weiter" sometimes led back there (seen in the browser
    # tests). The progress bars show the counts.
    def label(dimension_id: str) -> str:
        name = localized(questionnaire.dimension(dimension_id).name, lang)
        return f"{ids.index(dimension_id) + 1}. {name}"

    st.selectbox(
        t("nav.jump", lang),
        ids,
        format_func=label,
        key=JUMP_KEY,
        on_change=lambda: _go(st.session_state[JUMP_KEY]),
    )
    return current


def previous_next(result: Result, lang: str) -> bool:
    """Previous/next buttons; True when the user asked to see the result (after the last)."""
    ids = steps(result)
    index = ids.index(current_step(result))
    left, right = st.columns(2)
    with left:
        if index > 0:
            st.button(
                t("nav.previous", lang),
                key=PREVIOUS_KEY,
                icon=":material/arrow_back:",
                on_click=_go,
                args=(ids[index - 1],),
                width="stretch",
            )
    with right:
        if index < len(ids) - 1:
            st.button(
                t("nav.next", lang),
                key=NEXT_KEY,
                type="primary",
                icon=":material/arrow_forward:",
                icon_position="right",
                on_click=_go,
                args=(ids[index + 1],),
                width="stretch",
            )
            return False
        return st.button(
            t("nav.to_result", lang),
            key=RESULT_KEY,
            type="primary",
            icon=":material/insights:",
            width="stretch",
        )
