"""The self-check on a laptop (1366×768) and on a phone (390×844), in German and in English:
notes saved while typing, Back and reload within the questionnaire, the switch to the Vollcheck
from the start page with the open questions found, the resume link on every page, the phone
layout, and no word of Streamlit's own in the other language."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import WAIT_MS, AppServer, _screenshots
from .flows import (
    LANGUAGE_NAMES,
    STREAMLIT_ENGLISH,
    STREAMLIT_GERMAN,
    answer_dimension,
    dimension_heading,
    main,
    plan,
    question_box,
    question_count,
    start_kurzcheck,
    text,
    title,
    wait_until_idle,
)

pytestmark = pytest.mark.e2e

DEVICES = {"laptop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
# Streamlit's own English words that must not stand in a German screen, and their German
# replacements that must not stand in an English one (visible text or names for screen readers).
ENGLISH = ("Press Enter", "Ctrl+Enter", "Select all", "Choose an option", "Copy to clipboard",
           "Collapse sidebar", "Expand sidebar", "Skip to main content",
           *STREAMLIT_ENGLISH)  # fmt: skip
GERMAN = ("In die Zwischenablage", "Seitenleiste", "Zum Hauptinhalt", "Bitte wählen",
          *STREAMLIT_GERMAN)  # fmt: skip
_PAGE_WORDS = """() => {
  const names = [...document.querySelectorAll('[aria-label],[placeholder],[title]')]
    .map((el) => [el.getAttribute('aria-label'), el.getAttribute('placeholder'),
                  el.getAttribute('title')].join(' '));
  return document.body.innerText + ' ' + names.join(' ');
}"""


# For one radio group, measured in one frame: the space between neighbouring options, and how
# far each button's middle lies from the middle of its label's first line.
_OPTION_GEOMETRY = """group => {
  const options = [...group.querySelectorAll('[data-testid="stRadioOption"]')];
  const boxes = options.map((o) => o.getBoundingClientRect());
  const gaps = boxes.slice(1).map((b, i) => b.top - boxes[i].bottom);
  const offsets = options.map((o) => {
    const button = o.querySelector(':scope > div > div').getBoundingClientRect();
    const label = o.querySelector('[data-testid="stMarkdownContainer"] p');
    const line = parseFloat(getComputedStyle(label).lineHeight);
    const top = label.getBoundingClientRect().top;
    return (button.top + button.height / 2) - (top + line / 2);
  });
  return [gaps, offsets];
}"""


@pytest.fixture(params=[(d, lang) for d in DEVICES for lang in ("de", "en")], ids=str)
def device(request, browser: Browser, app_server: AppServer) -> Iterator[tuple[Page, str, str]]:
    """A fresh browser context of the device's size; yields (page, device name, language)."""
    name, lang = request.param
    context = browser.new_context(viewport=DEVICES[name], locale="de-DE")
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    yield page, name, lang
    if getattr(request.node, "e2e_failed", False):
        _screenshots(request.node, [context], app_server)
    context.close()


def with_sidebar(page: Page, device: str) -> None:
    """Open the sidebar where it starts closed (the phone)."""
    if device == "phone":
        page.get_by_test_id("stExpandSidebarButton").click()
        expect(page.get_by_test_id("stSidebar")).to_have_attribute("data-collapsed", "false")


def close_sidebar(page: Page, device: str) -> None:
    """Close the sidebar again where it covers the page (the phone)."""
    if device == "phone":
        page.get_by_test_id("stSidebarCollapseButton").locator("button").click()
        expect(page.get_by_test_id("stSidebar")).to_have_attribute("data-collapsed", "true")


def go_to(page: Page, device: str, lang: str, key: str) -> None:
    """Follow the sidebar link to a view, opening the sidebar on a phone."""
    with_sidebar(page, device)
    page.get_by_role("navigation").get_by_role("link", name=text(lang, key), exact=True).click()
    expect(title(page, lang, key.replace("nav.", "") + ".title")).to_be_visible()
    wait_until_idle(page)
    sidebar = page.get_by_test_id("stSidebar")
    if device == "phone" and sidebar.get_attribute("data-collapsed") == "false":
        close_sidebar(page, device)


def expect_one_language(page: Page, lang: str) -> None:
    """No Streamlit word of the other language on the page, nor in its names (the page's
    script replaces them once drawn: wait for that state)."""
    foreign = ENGLISH if lang == "de" else GERMAN
    deadline = time.monotonic() + WAIT_MS / 1000
    while True:
        words = page.evaluate(_PAGE_WORDS)
        found = [w for w in foreign if w in words]
        if not found or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert found == []


def expect_resume_link(page: Page, app_server: AppServer) -> None:
    code = main(page).locator("code").filter(has_text=re.compile(r"\?t="))
    expect(code).to_have_count(1)
    assert code.inner_text().strip().startswith(app_server.url + "/?t=")


def wait_for_saved_note(app_server: AppServer, note: str) -> None:
    """Wait until the database holds the note (the app saves it after a pause in typing)."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while time.monotonic() < deadline:
        if any(note in repr(row) for row in app_server.database_rows()["assessment_notes"]):
            return
        time.sleep(0.1)
    raise AssertionError(f"the note {note!r} was never saved")


def test_a_self_check_on_each_device_in_each_language(device, app_server, questionnaire):
    page, name, lang = device
    steps = plan(questionnaire)
    total = question_count(steps)
    page.goto(app_server.url)
    expect(title(page, "de", "start.title")).to_be_visible()
    if lang != "de":
        with_sidebar(page, name)
        page.get_by_test_id("stSidebar").get_by_role(
            "radio", name=LANGUAGE_NAMES[lang], exact=True
        ).click()
        expect(page.locator("html")).to_have_attribute("lang", lang)
        close_sidebar(page, name)
    expect_one_language(page, lang)
    organisation = f"Gemeinde {name} {lang}"
    start_kurzcheck(page, lang, organisation)
    wait_until_idle(page)
    expect_resume_link(page, app_server)

    # A note typed and not confirmed (no Enter, no click elsewhere) survives a reload.
    note_text = f"Beschluss {name} {lang} geplant"
    note = main(page).get_by_role("textbox", name=text(lang, "question.note")).first
    note.click()
    note.press_sequentially(note_text)
    expect_one_language(page, lang)  # no "Press Ctrl+Enter to apply" under the field
    wait_for_saved_note(app_server, note_text)
    page.reload()
    expect(dimension_heading(page, steps[0][0].dimension, lang)).to_be_visible()
    note = main(page).get_by_role("textbox", name=text(lang, "question.note")).first
    expect(note).to_have_value(note_text)

    # The options: apart from each other, the button beside the first line of its label.
    wait_until_idle(page)
    gaps, offsets = main(page).get_by_test_id("stRadioGroup").first.evaluate(_OPTION_GEOMETRY)
    assert min(gaps) >= 5
    assert max(abs(offset) for offset in offsets) <= 6

    # Two dimensions answered; Back returns to the one before, a reload stays in it.
    answered = 0
    for group in steps[:2]:
        answered = answer_dimension(page, group, lang, answered, total)
        main(page).get_by_role("button", name=text(lang, "nav.next"), exact=True).click()
    expect(dimension_heading(page, steps[2][0].dimension, lang)).to_be_visible()
    wait_until_idle(page)
    page.go_back()
    expect(dimension_heading(page, steps[1][0].dimension, lang)).to_be_visible()
    wait_until_idle(page)
    page.reload()
    expect(dimension_heading(page, steps[1][0].dimension, lang)).to_be_visible()
    expect_resume_link(page, app_server)
    expect_one_language(page, lang)

    # From the start page to the Vollcheck: the open questions are marked and found.
    go_to(page, name, lang, "nav.start")
    expect_resume_link(page, app_server)
    main(page).get_by_role("radio", name=text(lang, "mode.full"), exact=True).click()
    wait_until_idle(page)
    go_to(page, name, lang, "nav.fragebogen")
    expect(dimension_heading(page, steps[1][0].dimension, lang)).to_be_visible()
    full = plan(questionnaire, "full")
    # The button leads to the first open question in or after the dimension shown.
    order = [d.id for d in questionnaire.dimensions]
    here = order.index(steps[1][0].dimension.id)
    first_open = next(
        s
        for group in full
        for s in group
        if s.question.id not in _given(steps) and order.index(s.dimension.id) >= here
    )
    remaining = sum(1 for group in full for s in group if s.question.id not in _given(steps))
    jump = main(page).get_by_role(
        "button", name=text(lang, "open_questions.next", count=remaining), exact=True
    )
    jump.click()
    expect(dimension_heading(page, first_open.dimension, lang)).to_be_visible()
    box = question_box(page, first_open, lang)
    expect(box).to_be_in_viewport()
    expect(box.get_by_text(text(lang, "open_questions.mark"), exact=True)).to_be_visible()
    expect_one_language(page, lang)

    # The result: the table scrolls sideways where it is wider than the screen.
    go_to(page, name, lang, "nav.ergebnis")
    expect_resume_link(page, app_server)
    table = main(page).get_by_test_id("stTable").first
    table.scroll_into_view_if_needed()
    wide, shown, overflow = table.evaluate(
        "t => [t.firstElementChild.scrollWidth, t.firstElementChild.clientWidth,"
        " getComputedStyle(t.firstElementChild).overflowX]"
    )
    assert overflow == "auto"
    if name == "phone":
        assert wide > shown
        expect(main(page).get_by_text(text(lang, "table.scroll_hint"))).to_be_visible()
    else:
        expect(main(page).get_by_text(text(lang, "table.scroll_hint"))).to_be_hidden()
    expect_one_language(page, lang)
    go_to(page, name, lang, "nav.profil")
    expect_resume_link(page, app_server)
    go_to(page, name, lang, "nav.export")
    expect_resume_link(page, app_server)
    expect_one_language(page, lang)


def _given(steps) -> set[str]:
    return {s.question.id for group in steps[:2] for s in group}
