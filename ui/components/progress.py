"""Progress bars: overall and per dimension, counting every question the mode asks.

Context questions (`scored: false`) count like the others (questionnaire/counts.py): the
numbers agree with the questions shown and with "Nächste offene Frage (N offen)".
"""

from __future__ import annotations

import streamlit as st

from questionnaire import Answers, Questionnaire, localized, question_counts, total_counts

from ..i18n import t


def counts(questionnaire: Questionnaire, answers: Answers) -> tuple[int, int]:
    """(answered, asked) over all dimensions of the answers' mode."""
    total = total_counts(questionnaire, answers)
    return total.answered, total.asked


def overall_progress(questionnaire: Questionnaire, answers: Answers, lang: str) -> None:
    """A progress bar over all questions of the mode, with its numbers as text."""
    answered, asked = counts(questionnaire, answers)
    st.progress(
        answered / asked if asked else 0.0,
        text=t("progress.overall", lang, answered=answered, asked=asked),
    )


def dimension_progress(
    questionnaire: Questionnaire, answers: Answers, dimension_id: str, lang: str
) -> None:
    """A progress bar for one dimension."""
    name = localized(questionnaire.dimension(dimension_id).name, lang)
    dim = question_counts(questionnaire, answers)[dimension_id]
    st.progress(
        dim.answered / dim.asked if dim.asked else 0.0,
        text=t("progress.dimension", lang, name=name, answered=dim.answered, asked=dim.asked),
    )


def progress_overview(questionnaire: Questionnaire, answers: Answers, lang: str) -> None:
    """Every dimension's progress as one list (one element: cheaper than a bar each)."""
    lines = [
        "- "
        + t(
            "progress.dimension",
            lang,
            name=localized(questionnaire.dimension(dimension_id).name, lang),
            answered=d.answered,
            asked=d.asked,
        )
        + (" ✓" if d.answered == d.asked else "")
        for dimension_id, d in question_counts(questionnaire, answers).items()
        if d.asked
    ]
    st.markdown("\n".join(lines))
