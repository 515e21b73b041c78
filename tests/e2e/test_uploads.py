"""Hostile uploads against the real server: the server answers them and keeps serving."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from questionnaire.source import MAX_BYTES, MAX_DEPTH

from .conftest import start_server, stop_server
from .flows import main, open_app, switch_language, text, title, upload_answers

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
    # The names a screen reader hears, set by the page's translator (ui/widget_texts.py).
    expect(region.get_by_role("button", name=text(lang, "upload.input"), exact=True)).to_have_count(
        1
    )
    expect(region.get_by_text("per file")).to_be_hidden()
    expect(region.get_by_text("Upload", exact=True)).to_be_hidden()


# The contrast of a text colour on a background colour (WCAG 2.1, relative luminance).
_CONTRAST = """el => {
  const rgb = (css) => css.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const luminance = (css) => {
    const [r, g, b] = rgb(css).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const chip = el.closest('[data-testid="stFileChip"]');
  const [a, b] = [luminance(getComputedStyle(el).color),
                  luminance(getComputedStyle(chip).backgroundColor)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


# Whether the element is what a click on its middle would reach.
_ON_TOP = """el => {
  const r = el.getBoundingClientRect();
  return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
}"""


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_file_above_streamlits_limit_is_explained_visibly_in_the_ui_language(
    app_server, recorded, lang, tmp_path
):
    # Streamlit refuses it in the browser (server.maxUploadSize, 10 MB) with an English
    # message seen by screen readers only; the page says it in the UI language, for the eye too.
    page = recorded.page
    open_app(page, app_server.url, lang)
    # A file name that reads like Streamlit's texts: it is carried over as it is, never
    # translated itself.
    name = "Help for Remove.json"
    big = tmp_path / name
    big.write_bytes(b" " * (11 * 2**20))
    region = main(page).get_by_role("region", name=text(lang, "start.import_label"))
    region.locator("input[type=file]").set_input_files(big)

    alert = region.get_by_test_id("stFileChip").get_by_role("alert")
    expect(alert).to_have_text(text(lang, "upload.too_large", limit=MAX_BYTES // 10**6))
    alert.scroll_into_view_if_needed()
    expect(alert).to_be_in_viewport()
    box = alert.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 10  # not a hidden pixel
    assert alert.evaluate(_ON_TOP)  # neither clipped nor covered
    assert alert.evaluate(_CONTRAST) >= 4.5
    remove = region.get_by_role("button", name=text(lang, "widget.remove", name=name), exact=True)
    expect(remove).to_have_count(1)
    expect(region.get_by_test_id("stFileChipName")).to_have_attribute("title", name)
    assert "File must be" not in region.inner_text() + region.aria_snapshot()

    # The other language: the message and the names follow.
    other = "en" if lang == "de" else "de"
    switch_language(page, other)
    region = main(page).get_by_role("region", name=text(other, "start.import_label"))
    expect(region.get_by_role("alert")).to_have_text(
        text(other, "upload.too_large", limit=MAX_BYTES // 10**6)
    )
    remove = region.get_by_role("button", name=text(other, "widget.remove", name=name), exact=True)
    expect(remove).to_have_count(1)
