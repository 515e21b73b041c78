"""Step through the dimensions of a questionnaire: jump list, previous and next.

One stepper for the self-check and the workshop; each keeps its own widget keys (a prefix).
The dimension shown is also in the URL (`?d=…`): a reload opens it again, and the browser's
Back button goes to the dimension shown before (Streamlit adds a history entry whenever the
query string changes, and reruns the page with the older query string on Back). Another page
opened in between keeps the dimension in the session.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from questionnaire import Questionnaire, localized
from scoring import Result

from ..i18n import t

URL_PARAM = "d"
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


@dataclass(frozen=True)
class Stepper:
    """The dimension stepper of one page; `prefix` keys its widgets and session state."""

    prefix: str
    finish_label: str  # catalog key of the button after the last dimension
    finish_icon: str
    finish_key: str

    @property
    def position_key(self) -> str:
        return f"{self.prefix}.position"

    @property
    def jump_key(self) -> str:
        return f"{self.prefix}.jump"

    @property
    def scroll_key(self) -> str:
        return f"{self.prefix}.scroll"

    @property
    def _url_key(self) -> str:
        # The dimension the URL named at this stepper's last run (None: no dimension in it).
        return f"{self.prefix}.url"

    def current(self, result: Result) -> str:
        """The dimension shown now (the first one unless the user moved on)."""
        ids = steps(result)
        position = st.session_state.get(self.position_key)
        return position if position in ids else ids[0]

    def go(self, dimension_id: str) -> None:
        """Show `dimension_id` next, from its top."""
        st.session_state[self.position_key] = dimension_id
        st.session_state[self.jump_key] = dimension_id
        st.session_state[self.scroll_key] = st.session_state.get(self.scroll_key, 0) + 1

    def forget(self) -> None:
        """Start again at the first dimension (other data was opened in this session)."""
        for key in (self.position_key, self.jump_key, self._url_key):
            st.session_state.pop(key, None)

    def follow_url(self, result: Result) -> str:
        """Take the dimension from the URL when the URL changed (a reload, Back, a link),
        else write the dimension shown into the URL; returns the dimension shown.

        A URL without a dimension is the page opened from elsewhere (Streamlit drops the
        query string on a change of page): the dimension the user was in is written back.
        So the first dimension is in the URL too, or Back to it could not be told apart.
        """
        from_url = st.query_params.get(URL_PARAM)
        from_url = from_url if from_url in steps(result) else None
        if from_url is not None and from_url != st.session_state.get(self._url_key):
            st.session_state[self._url_key] = from_url
            if from_url != self.current(result):
                self.go(from_url)
            return from_url
        current = self.current(result)
        if current != from_url:
            st.query_params[URL_PARAM] = current
            st.session_state[self._url_key] = current
        return current

    def scroll_to_top_after_a_step(self) -> None:
        """After a step to another dimension, show the new one from its top (once per step)."""
        step = st.session_state.get(self.scroll_key, 0)
        if step and st.session_state.get(self.scroll_key + ".done") != step:
            st.session_state[self.scroll_key + ".done"] = step
            st.html(_SCROLL_TO_TOP.format(n=int(step)), unsafe_allow_javascript=True)

    def jump_list(self, questionnaire: Questionnaire, result: Result, lang: str) -> str:
        """A select box to jump to any dimension; returns the id of the dimension shown."""
        ids = steps(result)
        current = self.current(result)
        st.session_state[self.jump_key] = current

        # Labels must not change while the user answers: the browser keeps the select box's
        # value as its label, and a label that vanished (answer counts in it, "0/2" -> "1/2")
        # made it fall back to the first dimension, so "Weiter" sometimes led back there
        # (seen in the browser tests). The progress bars show the counts.
        def label(dimension_id: str) -> str:
            name = localized(questionnaire.dimension(dimension_id).name, lang)
            return f"{ids.index(dimension_id) + 1}. {name}"

        st.selectbox(
            t("nav.jump", lang),
            ids,
            format_func=label,
            key=self.jump_key,
            on_change=lambda: self.go(st.session_state[self.jump_key]),
        )
        return current

    def previous_next(self, result: Result, lang: str) -> bool:
        """Previous/next buttons; True when the user pressed the button after the last."""
        ids = steps(result)
        index = ids.index(self.current(result))
        left, right = st.columns(2)
        if index > 0:
            left.button(
                t("nav.previous", lang),
                key=f"{self.prefix}.previous",
                icon=":material/arrow_back:",
                on_click=self.go,
                args=(ids[index - 1],),
                width="stretch",
            )
        if index < len(ids) - 1:
            right.button(
                t("nav.next", lang),
                key=f"{self.prefix}.next",
                type="primary",
                icon=":material/arrow_forward:",
                icon_position="right",
                on_click=self.go,
                args=(ids[index + 1],),
                width="stretch",
            )
            return False
        return right.button(
            t(self.finish_label, lang),
            key=f"{self.prefix}.{self.finish_key}",
            type="primary",
            icon=self.finish_icon,
            width="stretch",
        )


SELF_CHECK = Stepper("fragebogen", "nav.to_result", ":material/insights:", "to_result")
