"""One-time notices: a code remembered in session state, shown once on the next run (after a
rerun or a page switch) and then forgotten. The self-check and the workshop each keep one
channel with their own codes and catalog keys."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import streamlit as st

from .i18n import t


@dataclass(frozen=True)
class Channel:
    """Where a pending notice is kept, its catalog prefix, and how each code is shown."""

    key: str
    catalog_prefix: str
    show_as: Mapping[str, Callable[[str], object]]

    def notify(self, code: str) -> None:
        """Remember a notice for the next run."""
        st.session_state[self.key] = code

    def show(self, lang: str) -> None:
        """Show and forget the pending notice, if any (an unknown code is dropped silently)."""
        code = st.session_state.pop(self.key, None)
        if code in self.show_as:
            self.show_as[code](t(self.catalog_prefix + code, lang))


SELF_CHECK = Channel(
    "session.notice",
    "notice.",
    {
        "link_invalid": st.error,
        "assessment_gone": st.warning,
        "deleted": st.success,
        "closed": st.info,
        "imported": st.success,
        "new_round": st.success,
    },
)

WORKSHOP = Channel(
    "workshop.notice",
    "workshop_notice.",
    {
        "deleted": st.success,
        "left": st.info,
        "refused": st.warning,
        "gone": st.warning,
        "busy": st.warning,
    },
)
