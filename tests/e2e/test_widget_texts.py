"""Streamlit's own words in a real browser, in German and in English: the names of the select
boxes', number field's, list's and help icons' controls, the select box's announcements and
empty list, the number field's range error, the full-screen button of a picture; on the
projector too; a date typed in the language's own form. None of the other language may
remain."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from ui.components.profile_form import MAX_POPULATION

from .flows import STREAMLIT_ENGLISH, STREAMLIT_GERMAN, main, open_app, text, title, wait_until_idle

pytestmark = pytest.mark.e2e

# Everything a screen reader can be given: the text (announcements of the live regions
# included, which are visually hidden) and the names of every element.
_WORDS = """() => {
  const names = [...document.querySelectorAll('[aria-label],[placeholder],[title]')]
    .map((el) => [el.getAttribute('aria-label'), el.getAttribute('placeholder'),
                  el.getAttribute('title')].join(' '));
  const hidden = [...document.querySelectorAll('[role="log"], [role="alert"]')]
    .map((el) => el.textContent);
  return [document.body.innerText, ...hidden, ...names].join(' ');
}"""


def expect_no_foreign_words(page: Page, lang: str) -> None:
    """Wait until no word of the other language is on the page, then check what a screen
    reader is given (the accessibility tree) too."""
    foreign = STREAMLIT_ENGLISH if lang == "de" else STREAMLIT_GERMAN
    found = f"words => {{ const all = ({_WORDS})(); return words.filter((w) => all.includes(w)); }}"
    try:
        page.wait_for_function(f"words => ({found})(words).length === 0", arg=list(foreign))
    except PlaywrightTimeoutError:
        assert page.evaluate(found, list(foreign)) == []
    snapshot = page.locator("body").aria_snapshot()
    assert [w for w in foreign if w in snapshot] == []


def announcements(page: Page):
    return page.locator('[role="log"]').first


# Notes the text of every announcement at the moment it is added (observers are told in the
# order they were made: the page's own translator first, this one after it). A translation
# put off until later would leave Streamlit's English here.
_LISTEN = """() => {
  window.heard = [];
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const entry = node.nodeType === 1 && node.closest('[role="log"]');
        if (entry) window.heard.push(node.textContent);
      }
    }
  }).observe(document.body, { subtree: true, childList: true });
}"""


@pytest.mark.parametrize("lang", ["de", "en"])
def test_streamlits_controls_speak_the_ui_language(app_server, new_page, lang):
    page = new_page().page
    open_app(page, app_server.url, lang)
    main(page).get_by_role("button", name=text(lang, "start.short"), exact=True).click()
    expect(title(page, lang, "profil.title")).to_be_visible()
    wait_until_idle(page)

    # The number field's buttons, the one to clear it among them once it holds a value.
    population = main(page).get_by_role("spinbutton", name=text(lang, "profile.population"))
    population.fill("46300")
    population.press("Enter")
    number = main(page).get_by_test_id("stNumberInput")
    for key in ("widget.increment", "widget.decrement", "widget.clear_value"):
        expect(number.get_by_role("button", name=text(lang, key), exact=True)).to_have_count(1)
    expect_no_foreign_words(page, lang)

    # An open select box: its announcement, its button to close the list; a filter without a
    # match: the empty list.
    wait_until_idle(page)  # the run saving the population could close a list opened meanwhile
    state = main(page).locator('[data-testid="stSelectbox"] input').nth(1)
    page.evaluate(_LISTEN)
    state.click()
    expect(page.get_by_role("listbox")).to_be_visible()
    expect(announcements(page)).to_contain_text(text(lang, "widget.options", count=16))
    expect(page.get_by_role("button", name=text(lang, "widget.dismiss"), exact=True)).to_have_count(
        1
    )
    state.fill("xyzq")
    expect(page.get_by_role("option", name=text(lang, "widget.no_results"))).to_be_visible()
    expect(announcements(page)).to_contain_text(text(lang, "widget.options", count=0))
    expect_no_foreign_words(page, lang)
    heard = page.evaluate("window.heard")
    assert text(lang, "widget.options", count=0) in heard
    assert set(heard) <= {text(lang, "widget.options", count=n) for n in (0, 16)}
    state.press("Escape")
    expect(page.get_by_role("listbox")).to_have_count(0)

    # A population above the range: the error said in the UI language.
    population.fill(str(MAX_POPULATION * 10))
    population.press("Enter")
    expect(main(page).get_by_role("alert")).to_have_text(
        text(lang, "widget.number_outside", min=0, max=MAX_POPULATION)
    )
    expect_no_foreign_words(page, lang)

    # The use-case list's filter: the chips, their remove buttons, the button clearing them.
    sidebar = page.get_by_role("navigation")
    sidebar.get_by_role("link", name=text(lang, "nav.anwendungsfaelle"), exact=True).click()
    expect(title(page, lang, "uc.title")).to_be_visible()
    wait_until_idle(page)
    family = text(lang, "uc.family.text_recognition")
    remove = main(page).get_by_role("button", name=text(lang, "widget.remove", name=family))
    expect(remove).to_have_count(1)
    expect(main(page).get_by_role("button", name=text(lang, "widget.clear_all"))).to_have_count(1)
    expect_no_foreign_words(page, lang)
    # With the chips cleared (the list says no use case matches), the open list offers to
    # choose all again.
    main(page).get_by_role("button", name=text(lang, "widget.clear_all")).click()
    expect(main(page).get_by_text(text(lang, "uc.none_match"))).to_be_visible()
    wait_until_idle(page)
    main(page).get_by_test_id("stMultiSelect").locator("input").click()
    expect(page.get_by_role("option", name=text(lang, "widget.select_all"))).to_be_visible()
    expect_no_foreign_words(page, lang)
    page.keyboard.press("Escape")
    expect(page.get_by_role("listbox")).to_have_count(0)

    # The help icon of the workshop form is named after its field.
    sidebar.get_by_role("link", name=text(lang, "nav.workshop_leiten"), exact=True).click()
    expect(title(page, lang, "host.title")).to_be_visible()
    wait_until_idle(page)
    field = text(lang, "host.dimensions_label")
    expect(
        main(page).get_by_role("button", name=text(lang, "widget.help_for", name=field))
    ).to_have_count(1)
    expect_no_foreign_words(page, lang)
    # A new workshop: the full-screen button of its QR code is named after the picture.
    main(page).get_by_role("textbox", name=text(lang, "host.title_label")).fill("Runde A")
    main(page).get_by_role("button", name=text(lang, "host.create")).click()
    qr = text(lang, "widget.fullscreen_of", name=text(lang, "join_info.qr_alt"))
    # (The picture's toolbar is shown on hover only: found by its name, not by its role.)
    expect(main(page).locator(f'button[aria-label="{qr}"]')).to_have_count(1)
    expect_no_foreign_words(page, lang)
    # The projector, opened in a browser of its own by its link (which names the language):
    # its one full run draws the page in that language.
    link = main(page).get_by_role("link", name=text(lang, "host.present_open"))
    projector = new_page().page
    projector.goto(link.get_attribute("href"))
    expect(projector.locator("html")).to_have_attribute("lang", lang)
    expect(main(projector).get_by_role("button", name=text(lang, "nav.next"))).to_be_visible()
    expect_no_foreign_words(projector, lang)

    # The date of a use case in the portfolio: typed in the language's own form (no calendar,
    # whose month and day names would follow the browser's language, not the page's).
    sidebar.get_by_role("link", name=text(lang, "nav.portfolio"), exact=True).click()
    expect(title(page, lang, "pf.title")).to_be_visible()
    main(page).get_by_role("textbox", name=text(lang, "pf.add_own")).fill("Akte (neu) $1")
    main(page).get_by_role("button", name=text(lang, "pf.add_own_button"), exact=True).click()
    expect(main(page).get_by_test_id("stDateInput")).to_have_count(0)
    started = main(page).get_by_role("textbox", name=text(lang, "pf.started"), exact=True)
    expect(started).to_have_attribute("placeholder", text(lang, "day_field.placeholder"))
    expect_no_foreign_words(page, lang)
