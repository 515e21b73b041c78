"""Upload an answers file and check it: every problem is shown with its place, nothing is saved."""

from __future__ import annotations

import json

import streamlit as st

from questionnaire import Answers, InputError, Questionnaire, parse_answers
from questionnaire.source import MAX_BYTES, decode

from ..format import plain
from ..i18n import t

# The app checks the size itself (questionnaire.source.MAX_BYTES, 2 MB) and says so in the UI
# language. Streamlit's own limit (server.maxUploadSize in .streamlit/config.toml) is set
# higher, because its message is English and hidden behind an icon on the file.
LIMIT_MB = MAX_BYTES // 1_000_000
_DROPZONE = '[data-testid="stFileUploaderDropzone"]'


def css_text(text: str) -> str:
    # A catalog text as a CSS string (no user data ever reaches this stylesheet).
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def uploader_style(lang: str) -> str:
    """Streamlit's English texts in the upload box ("Upload", "2MB per file • JSON, YAML"),
    and the file size it writes in English, replaced by the catalog's."""
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
        "</style>"
    )


# The names screen readers hear, which a stylesheet cannot change: Streamlit sets them in
# English ("Upload" as the button's text, "file upload", "Add files", "Remove <file>"). The
# script sets them from WORDS (catalog texts, never user input) whenever Streamlit draws the
# box again; a file's name is only moved from one attribute into another.
_SCRIPT = """<script>
(function () {
  window.kircUploadWords = WORDS;
  function name() {
    const words = window.kircUploadWords;
    for (const zone of document.querySelectorAll('[data-testid="stFileUploaderDropzone"]')) {
      const set = (el, text) => {
        if (el && el.getAttribute('aria-label') !== text) el.setAttribute('aria-label', text);
      };
      set(zone.querySelector('[data-testid="stBaseButton-secondary"]'), words.choose);
      set(zone.querySelector('input[type="file"]'), words.input);
      set(zone.querySelector('[data-testid="stBaseButton-borderlessIcon"]'), words.other);
      for (const chip of zone.querySelectorAll('[data-testid="stFileChip"]')) {
        const file = chip.querySelector('[data-testid="stFileChipName"]');
        const remove = chip.querySelector('[data-testid="stFileChipDeleteBtn"] button');
        if (file) set(remove, words.remove.replace('{name}', file.getAttribute('title') || ''));
      }
    }
  }
  name();
  if (window.kircUploadObserver) return;
  let pending = false;
  window.kircUploadObserver = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; name(); });
  });
  window.kircUploadObserver.observe(document.body, { subtree: true, childList: true });
})();
</script>"""


def uploader_names(lang: str) -> str:
    """The script that gives the upload box's controls their names in `lang`."""
    words = {
        "choose": t("upload.choose", lang),
        "input": t("upload.input", lang),
        "other": t("upload.other", lang),
        "remove": t("upload.remove", lang, name="{name}"),
    }
    table = json.dumps(words, ensure_ascii=False).replace("<", "\\u003c")
    return _SCRIPT.replace("WORDS", table)


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
    st.html(uploader_names(lang), unsafe_allow_javascript=True)
    # No help tooltip: Streamlit names its button "Help for …" in English.
    uploaded = st.file_uploader(label, type=["json", "yaml", "yml"], key=key)
    if uploaded is None:
        return None
    return read_upload(uploaded.getvalue(), uploaded.name, questionnaire, lang)
