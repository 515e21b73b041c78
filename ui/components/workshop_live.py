"""The live state of a workshop: who joined, who finished, answers per dimension."""

from __future__ import annotations

import streamlit as st

from storage import WorkshopProgress

from ..i18n import t
from ..workshop.formatted import DimensionProgress


def live_counts(progress: WorkshopProgress, lang: str) -> None:
    """Participants joined and finished, as two large numbers."""
    joined, finished = st.columns(2)
    joined.metric(t("live.joined", lang), progress.joined, border=True)
    finished.metric(t("live.finished", lang), progress.finished, border=True)


def progress_bars(rows: list[DimensionProgress], lang: str) -> None:
    """One bar per dimension: answers given out of questions x participants."""
    for row in rows:
        st.progress(
            row.share,
            text=t(
                "live.dimension_progress",
                lang,
                name=row.name,
                answered=row.answered,
                possible=row.possible,
            ),
        )
