"""Uploads of answers files (start page import, comparison on the result page) under AppTest."""

from __future__ import annotations

import re

from questionnaire.source import MAX_DEPTH

from ..conftest import DEEP_CASES, deep_document, deep_file_name
from .conftest import open_app

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
