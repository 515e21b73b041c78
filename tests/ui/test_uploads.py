"""Uploads of answers files (start page import, comparison on the result page) under AppTest."""

from __future__ import annotations

import re
import tomllib

import pytest

from questionnaire.source import MAX_BYTES, MAX_DEPTH
from ui.components.answers_upload import css_text, uploader_style

from ..conftest import DEEP_CASES, deep_document, deep_file_name
from .conftest import ROOT, open_app

GERMAN = f"mehr als {MAX_DEPTH} Ebenen tief verschachtelt"
ENGLISH = f"nested more than {MAX_DEPTH} levels deep"


def upload(at, key: str, name: str, data: bytes) -> None:
    at.file_uploader(key=key).set_value((name, data, "application/json")).run()


def shown_error(at) -> str:
    assert not at.exception, at.exception
    return at.error[0].value.replace("\\", "")  # the markdown escapes of file names


def test_the_start_page_refuses_every_deep_file_with_its_place(repo, example_answers):
    token = repo.create(example_answers)
    at = open_app(token)
    for kind, depth in DEEP_CASES:
        name = deep_file_name(kind, depth)
        upload(at, "start.import_file", name, deep_document(kind, depth).encode())
        message = shown_error(at)
        assert re.search(rf"- {re.escape(name)}:\d+: Listen und Zuordnungen sind {GERMAN}", message)
        assert not [b for b in at.button if b.key == "start.import_open"]
    assert repo.get(token) == example_answers


def test_the_comparison_upload_refuses_deep_files_in_english(repo, example_answers):
    token = repo.create(example_answers)
    at = open_app(token, "views/ergebnis.py")
    at.session_state["ui.language"] = "en"
    at.run()
    at.selectbox(key="compare.choice").set_value("file").run()
    for kind, depth in [*DEEP_CASES[::3], ("json-list", 30_000)]:
        name = deep_file_name(kind, depth)
        upload(at, "compare.file", name, deep_document(kind, depth).encode())
        message = shown_error(at)
        assert re.search(rf"- {re.escape(name)}:\d+: lists and mappings are {ENGLISH}", message)


def test_a_broken_file_is_explained_in_the_ui_language(repo):
    broken = b'{"format": "ki-readiness-check/answers@1",,\n "answers": {}}'
    at = open_app()
    upload(at, "start.import_file", "kaputt.json", broken)
    assert "kaputt.json:1: Spalte 43: Unerwartetes Zeichen ','" in shown_error(at)

    at.session_state["ui.language"] = "en"
    at.run()
    upload(at, "start.import_file", "broken.json", broken)
    assert "broken.json:1: column 43: unexpected ','" in shown_error(at)


def test_a_file_over_the_limit_gets_the_apps_own_message(repo):
    at = open_app()
    upload(at, "start.import_file", "gross.json", b" " * (MAX_BYTES * 4 + 512_000))
    # In MB and the German number format, as the upload box says it ("höchstens 2 MB").
    assert "Die Datei hat 8,5\u00a0MB; höchstens 2\u00a0MB sind erlaubt" in shown_error(at)


def test_streamlits_own_limit_lets_every_file_up_to_twice_the_apps_limit_through():
    # Above Streamlit's limit the file gets only a short message without its place.
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] * 2**20 >= 2 * MAX_BYTES


@pytest.mark.parametrize(
    ("lang", "button", "hint"),
    [
        ("de", "Datei wählen", "JSON oder YAML, höchstens 2 MB"),
        ("en", "Choose file", "JSON or YAML, at most 2 MB"),
    ],
)
def test_the_upload_box_speaks_the_ui_language(lang, button, hint):
    style = uploader_style(lang)
    assert f'content: "{button}"' in style and hint in style


def test_a_catalog_text_cannot_end_the_css_string():
    assert css_text('a "b" \\') == '"a \\"b\\" \\\\"'


def test_a_file_refused_by_streamlit_shows_its_message_under_the_file():
    # Streamlit hides the message of a file above its own limit from the eye; the stylesheet
    # shows it (ui/widget_texts.py says it in the UI language).
    style = uploader_style("de")
    shown = re.search(r"\[data-testid='stFileChip'\] \[role='alert'\] \{([^}]*)\}", style)
    assert shown and "position: static" in shown[1] and "clip: auto" in shown[1]
    assert "color: #9b1c1c" in shown[1]


def test_the_upload_box_has_no_script_of_its_own():
    # One script names Streamlit's controls everywhere: ui/widget_texts.py.
    source = (ROOT / "ui" / "components" / "answers_upload.py").read_text(encoding="utf-8")
    assert "<script" not in source and "unsafe_allow_javascript" not in source
