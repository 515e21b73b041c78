"""Keyboard only: the Kurzcheck from the start page to the result without a single click."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Locator, expect

from .flows import (
    answer_by_keyboard,
    answer_everything,
    answers_file,
    level_heading,
    main,
    plan,
    planned_answers,
    tab_to,
    text,
    title,
)

pytestmark = pytest.mark.e2e


def test_the_kurzcheck_can_be_completed_with_tab_arrows_space_and_enter_alone(
    app_server, recorded, questionnaire
):
    page, lang = recorded.page, "de"
    keyboard = page.keyboard
    steps = plan(questionnaire)
    page.goto(app_server.url)

    tab_to(page, main(page).get_by_role("button", name=text(lang, "start.short"), exact=True))
    keyboard.press("Enter")
    expect(title(page, lang, "profil.title")).to_be_visible()
    tab_to(page, main(page).get_by_role("textbox", name=text(lang, "profile.organisation")))
    keyboard.type("Gemeinde Tastatur")
    keyboard.press("Enter")
    expect(main(page).get_by_text(text(lang, "profile.name_required"))).to_have_count(0)
    tab_to(page, main(page).get_by_role("link", name=text(lang, "profil.to_questions")))
    keyboard.press("Enter")
    expect(title(page, lang, "fragebogen.title")).to_be_visible()

    def press_by_keyboard(button: Locator) -> None:
        tab_to(page, button)
        keyboard.press("Enter")

    answer_everything(page, steps, lang, answer=answer_by_keyboard, press=press_by_keyboard)
    expected = answers_file(questionnaire, steps, lang, "Gemeinde Tastatur")
    heading = level_heading(questionnaire, expected, lang)
    expect(main(page).get_by_role("heading", name=heading, exact=True)).to_be_visible()

    # What was saved is exactly what the keys chose: the answers file, downloaded by keyboard.
    nav = page.get_by_role("navigation")
    tab_to(page, nav.get_by_role("link", name=text(lang, "nav.export"), exact=True))
    keyboard.press("Enter")
    expect(title(page, lang, "export.title")).to_be_visible()
    tab_to(page, main(page).get_by_role("button", name=text(lang, "export.json"), exact=True))
    with page.expect_download() as arrival:
        keyboard.press("Enter")
    saved = json.loads(Path(arrival.value.path()).read_text(encoding="utf-8"))
    assert saved["answers"] == planned_answers(steps)
