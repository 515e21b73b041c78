"""Choose an earlier assessment (from the history or a file) to overlay on the radar."""

from __future__ import annotations

import streamlit as st

from questionnaire import Answers, Questionnaire

from ..i18n import t
from .answers_upload import answers_upload

CHOICE_KEY = "compare.choice"
FILE_KEY = "compare.file"
NONE = "none"
FILE = "file"


def comparison_picker(
    questionnaire: Questionnaire, earlier: list[tuple[str, str, Answers]], lang: str
) -> tuple[str, Answers] | None:
    """Earlier rounds are (id, label, answers); returns the chosen (label, answers) or None."""
    labels = {NONE: t("compare.none", lang), FILE: t("compare.file_option", lang)}
    labels.update({entry_id: label for entry_id, label, _ in earlier})
    options = [NONE, *(entry_id for entry_id, _, _ in earlier), FILE]
    choice = st.selectbox(
        t("compare.label", lang),
        options,
        format_func=labels.__getitem__,
        key=CHOICE_KEY,
        help=t("compare.help", lang),
    )
    if choice == FILE:
        answers = answers_upload(questionnaire, FILE_KEY, t("compare.upload", lang), lang)
        return (t("compare.file_series", lang), answers) if answers else None
    for entry_id, label, answers in earlier:
        if entry_id == choice:
            return label, answers
    return None
