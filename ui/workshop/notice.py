"""One-time messages of the workshop views, shown on the next run (after a rerun or switch)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from storage import StorageBusy, UnknownWorkshop

from ..i18n import t

_KEY = "workshop.notice"
# Code -> how it is shown; the text is the catalog key "workshop_notice.<code>".
_SHOW = {
    "deleted": st.success,
    "left": st.info,
    "refused": st.warning,
    "gone": st.warning,
    "busy": st.warning,
}


def notify(code: str) -> None:
    """Remember a message for the next run of a workshop view."""
    st.session_state[_KEY] = code


def show(lang: str) -> None:
    """Show and forget the pending message, if any."""
    code = st.session_state.pop(_KEY, None)
    if code in _SHOW:
        _SHOW[code](t("workshop_notice." + code, lang))


def unless_gone(change: Callable[[], object]) -> bool:
    """Make a change to a workshop; False, with a message on the next run, when the workshop
    was deleted meanwhile (from another device) or the database stayed busy, instead of
    Streamlit's error page."""
    try:
        change()
    except UnknownWorkshop:
        notify("gone")
        return False
    except StorageBusy:  # every connection in use for a while: say so, nothing was changed
        notify("busy")
        return False
    return True
