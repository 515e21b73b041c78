"""Progress bars: overall and per dimension, from the counts of a scoring result."""

from __future__ import annotations

import streamlit as st

from questionnaire import Questionnaire, localized
from scoring import DimensionResult, Result

from ..i18n import t


def counts(result: Result) -> tuple[int, int]:
    """(answered, asked) over all dimensions of the result's mode."""
    return (
        sum(d.answered for d in result.dimensions),
        sum(d.asked for d in result.dimensions),
    )


def overall_progress(result: Result, lang: str) -> None:
    """A progress bar over all questions of the mode, with its numbers as text."""
    answered, asked = counts(result)
    st.progress(
        answered / asked if asked else 0.0,
        text=t("progress.overall", lang, answered=answered, asked=asked),
    )


def dimension_progress(questionnaire: Questionnaire, dim: DimensionResult, lang: str) -> None:
    """A progress bar for one dimension."""
    name = localized(questionnaire.dimension(dim.id).name, lang)
    st.progress(
        dim.answered / dim.asked if dim.asked else 0.0,
        text=t("progress.dimension", lang, name=name, answered=dim.answered, asked=dim.asked),
    )


def progress_overview(questionnaire: Questionnaire, result: Result, lang: str) -> None:
    """Every dimension's progress as one list (one element: cheaper than a bar each)."""
    lines = [
        "- "
        + t(
            "progress.dimension",
            lang,
            name=localized(questionnaire.dimension(d.id).name, lang),
            answered=d.answered,
            asked=d.asked,
        )
        + (" ✓" if d.answered == d.asked else "")
        for d in result.dimensions
        if d.asked
    ]
    st.markdown("\n".join(lines))
