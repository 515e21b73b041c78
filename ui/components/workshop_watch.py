"""A participant's page notices the reveal and the close without a reload."""

from __future__ import annotations

import streamlit as st

from ..workshop import actions

WATCH_SECONDS = 3


@st.fragment(run_every=WATCH_SECONDS)
def watch_workshop(workshop_id: int, seen: tuple[bool, bool]) -> None:
    """Rerun the whole page when the workshop's (revealed, closed) differs from `seen`."""
    # Only one small query per participant every few seconds; the page itself reruns only
    # when something it shows has changed.
    workshop = actions.by_id(workshop_id)
    if workshop is None or (workshop.revealed, workshop.closed) != seen:
        st.rerun(scope="app")
