"""Upload an answers file and check it: every problem is shown with its place, nothing is saved."""

from __future__ import annotations

import streamlit as st

from questionnaire import Answers, InputError, Questionnaire, parse_answers
from questionnaire.source import MAX_BYTES, decode

from ..format import plain
from ..i18n import t

# The app checks the size itself (questionnaire.source.MAX_BYTES, 2 MB) and says where the
# problem is, in the UI language. Streamlit's own limit (server.maxUploadSize in
# .streamlit/config.toml) is set higher, so that most files too large reach that check; above
# it Streamlit refuses the file itself, and ui/widget_texts.py words its message as the same
# limit in the UI language, shown under the file by the stylesheet below.
LIMIT_MB = MAX_BYTES // 1_000_000
_DROPZONE = '[data-testid="stFileUploaderDropzone"]'
_CHIP = "[data-testid='stFileChip']"


def css_text(text: str) -> str:
    # A catalog text as a CSS string (no user data ever reaches this stylesheet).
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def uploader_style(lang: str) -> str:
    """Streamlit's English texts in the upload box ("Upload", "2MB per file • JSON, YAML"),
    and the file size it writes in English, replaced by the catalog's; a refused file's
    message made visible."""
    button = f"{_DROPZONE} [data-testid='stBaseButton-secondary']"
    hint = f"{_DROPZONE} [data-testid='stFileUploaderDropzoneInstructions']"
    return (
        "<style>"
        f"{button} [data-testid='stMarkdownContainer'] {{ display: none; }}"
        f"{button} > div > span::after {{ content: {css_text(t('upload.choose', lang))}; }}"
        f"{hint} span {{ display: none; }}"
        f"{hint} > div::after {{ content: {css_text(t('upload.hint', lang, limit=LIMIT_MB))}; "
        "font-size: 0.875rem; }"
        "[data-testid='stFileChipName'] + div { display: none; }"
        # Streamlit hides a refused file's message from the eye (screen readers only): shown
        # under the file's name, dark red on the chip's light red (contrast over 4.5:1).
        f"{_CHIP}:has([role='alert']) {{ flex-wrap: wrap; height: auto; max-width: 100%; }}"
        f"{_CHIP} [role='alert'] {{ position: static; width: auto; height: auto; "
        "margin: 0.25rem 0 0; overflow: visible; clip: auto; white-space: normal; "
        "flex-basis: 100%; color: #9b1c1c; font-size: 0.875rem; }"
        "</style>"
    )


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
    st.html(uploader_style(lang))
    # No help tooltip: Streamlit names its button "Help for …" in English.
    uploaded = st.file_uploader(label, type=["json", "yaml", "yml"], key=key)
    if uploaded is None:
        return None
    return read_upload(uploaded.getvalue(), uploaded.name, questionnaire, lang)
