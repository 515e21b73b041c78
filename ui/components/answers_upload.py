"""Upload an answers file and check it: every problem is shown with its place, nothing is saved."""

from __future__ import annotations

import streamlit as st

from questionnaire import Answers, InputError, Questionnaire, parse_answers
from questionnaire.source import decode

from ..format import plain
from ..i18n import t


def read_upload(data: bytes, name: str, questionnaire: Questionnaire, lang: str) -> Answers | None:
    """The checked answers of an uploaded file, or None after showing what is wrong."""
    try:
        answers, warnings = parse_answers(decode(data, name), questionnaire, name)
    except InputError as error:
        # File names and values from the file are shown as text, never read as Markdown.
        lines = "\n".join(f"- {plain(line)}" for line in error.lines(lang))
        message = t("upload.invalid", lang, name=plain(name))
        st.error(message + "\n\n" + lines, icon=":material/error:")
        return None
    for problem in warnings:
        st.warning(plain(problem.located(name, lang)), icon=":material/warning:")
    return answers


def answers_upload(questionnaire: Questionnaire, key: str, label: str, lang: str) -> Answers | None:
    """A file uploader for answers files (JSON or YAML); returns valid answers or None."""
    uploaded = st.file_uploader(label, type=["json", "yaml", "yml"], key=key)
    if uploaded is None:
        return None
    return read_upload(uploaded.getvalue(), uploaded.name, questionnaire, lang)
