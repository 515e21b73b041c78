"""A pasted text longer than its field is cut with a visible message (the browser's side)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .flows import main, open_app, text, title

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_pasted_long_organisation_name_is_cut_with_a_message(app_server, recorded, lang):
    page = recorded.page
    open_app(page, app_server.url, lang)
    main(page).get_by_role("button", name=text(lang, "start.short"), exact=True).click()
    expect(title(page, lang, "profil.title")).to_be_visible()
    field = main(page).get_by_role("textbox", name=text(lang, "profile.organisation"))
    pasted = "Verbandsgemeinde " + "Langenlonsheim-Stromberg " * 12
    field.click()
    page.keyboard.insert_text(pasted)  # all at once, as a paste arrives
    field.press("Enter")

    message = text(lang, "input.cut", length=len(pasted), limit=200)
    expect(main(page).get_by_role("alert").filter(has_text=message)).to_be_visible()
    expect(field).to_have_value(pasted[:200])
