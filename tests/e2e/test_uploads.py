"""Hostile uploads against the real server: the server answers them and keeps serving."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from questionnaire.source import MAX_DEPTH

from .conftest import start_server, stop_server
from .flows import main, open_app, text, title, upload_answers

pytestmark = pytest.mark.e2e


@pytest.fixture
def own_server(tmp_path):
    """A server of this test's own: a crash must show here and spoil no other test."""
    process, log, server = start_server(tmp_path)
    yield process, server
    stop_server(process, log)


def test_thirty_thousand_nested_brackets_leave_the_server_serving(own_server, new_page):
    process, server = own_server
    page, lang = new_page().page, "de"
    open_app(page, server.url)
    nested = 30_000
    upload_answers(page, lang, "tief.json", b"[" * nested + b"]" * nested)

    alert = main(page).get_by_role("alert")
    expect(alert).to_contain_text(text(lang, "upload.invalid", name="tief.json"))
    expect(alert).to_contain_text(f"tief.json:1: Listen und Zuordnungen sind mehr als {MAX_DEPTH}")

    # Another browser opens a new session on the same process, which is still running.
    other = new_page().page
    open_app(other, server.url)
    expect(title(other, lang, "start.title")).to_be_visible()
    assert process.poll() is None
    assert "Segmentation fault" not in server.log() and "Traceback" not in server.log()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_upload_box_speaks_the_ui_language(app_server, recorded, lang):
    page = recorded.page
    open_app(page, app_server.url, lang)
    region = main(page).get_by_role("region", name=text(lang, "start.import_label"))
    choose = region.get_by_role("button", name=text(lang, "upload.choose"), exact=True)
    expect(choose).to_be_visible()
    hint = text(lang, "upload.hint", limit=2)
    # The hint is drawn by the stylesheet; Streamlit's English "per file" text is hidden.
    expect(region).to_have_accessible_name(text(lang, "start.import_label"))
    assert hint in region.aria_snapshot()
    # The names a screen reader hears, set by the component's script.
    expect(region.get_by_role("button", name=text(lang, "upload.input"), exact=True)).to_have_count(
        1
    )
    expect(region.get_by_text("per file")).to_be_hidden()
    expect(region.get_by_text("Upload", exact=True)).to_be_hidden()
