"""The self-check in a real browser: Kurzcheck end to end, resume link, language, broken import."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from questionnaire import FORMAT, localized
from scoring import score
from ui.format import number

from .flows import (
    answer_everything,
    answers_file,
    choose,
    dimension_heading,
    download_answers,
    download_pdf,
    expect_chosen,
    go_to,
    level_heading,
    main,
    open_app,
    plan,
    planned_answers,
    progress,
    question_count,
    resume_link,
    start_kurzcheck,
    switch_language,
    text,
    title,
    upload_answers,
)

pytestmark = pytest.mark.e2e


def test_a_new_user_runs_the_kurzcheck_sees_level_and_radar_and_downloads_the_pdf(
    app_server, recorded, questionnaire
):
    page, lang = recorded.page, "de"
    steps = plan(questionnaire)
    open_app(page, app_server.url)
    start_kurzcheck(page, lang, "Stadt Ende-zu-Ende")
    answer_everything(page, steps, lang)

    expected = answers_file(questionnaire, steps, lang, "Stadt Ende-zu-Ende")
    heading = level_heading(questionnaire, expected, lang)
    expect(main(page).get_by_role("heading", name=heading, exact=True)).to_be_visible()
    # The radar: the chart with a line drawn on polar axes.
    radar = main(page).get_by_role("figure").filter(has=page.locator(".polarlayer .trace"))
    expect(radar).to_be_visible()
    # The radar's text alternative names every dimension with the score the core computes.
    for dimension in score(questionnaire, expected).dimensions:
        name = localized(questionnaire.dimension(dimension.id).name, lang)
        shown = f"{name} {number(dimension.score, lang)}"
        expect(radar).to_have_accessible_name(re.compile(re.escape(shown)))

    go_to(page, lang, "nav.export")
    saved = download_answers(page, lang)
    assert saved["answers"] == planned_answers(steps)
    assert saved["profile"]["organisation"] == "Stadt Ende-zu-Ende"
    assert saved["mode"] == "short"
    assert download_pdf(page, lang).startswith(b"%PDF-")
    # The whole check, PDF included, requested nothing from any other host.
    assert recorded.foreign_requests(app_server.url) == []


def test_the_resume_link_opened_in_a_fresh_browser_shows_every_answer_given(
    app_server, new_page, questionnaire
):
    lang = "de"
    steps = plan(questionnaire)
    page = new_page().page
    open_app(page, app_server.url)
    start_kurzcheck(page, lang, "Gemeinde Fortsetzung")
    note = main(page).get_by_role("textbox", name=text(lang, "question.note")).first
    note.fill("Ratsbeschluss im Frühjahr")
    note.press("Tab")
    answer_everything(page, steps, lang)
    go_to(page, lang, "nav.export")
    link = resume_link(page)
    assert link.startswith(app_server.url + "/?t=")

    later = new_page().page
    later.goto(link)
    expect(main(later).get_by_text("Gemeinde Fortsetzung")).to_be_visible()
    go_to(later, lang, "nav.fragebogen")
    total = question_count(steps)
    expect(progress(later, lang, total, total)).to_be_visible()
    for index, group in enumerate(steps):
        expect(dimension_heading(later, group[0].dimension, lang)).to_be_visible()
        for step in group:
            expect_chosen(later, step, lang)
        if index == 0:
            notes = main(later).get_by_role("textbox", name=text(lang, "question.note"))
            expect(notes.first).to_have_value("Ratsbeschluss im Frühjahr")
        if index < len(steps) - 1:
            main(later).get_by_role("button", name=text(lang, "nav.next"), exact=True).click()
    go_to(later, lang, "nav.profil")
    organisation = main(later).get_by_role("textbox", name=text(lang, "profile.organisation"))
    expect(organisation).to_have_value("Gemeinde Fortsetzung")


def test_switching_to_english_changes_the_questionnaire_and_the_ui(
    app_server, recorded, questionnaire
):
    page = recorded.page
    first = plan(questionnaire)[0][0]
    open_app(page, app_server.url)
    expect(page.locator("html")).to_have_attribute("lang", "de")
    switch_language(page, "en")
    expect(title(page, "en", "start.title")).to_be_visible()
    expect(main(page).get_by_text(text("de", "start.privacy"))).to_have_count(0)
    nav = page.get_by_role("navigation")
    expect(nav.get_by_role("link", name=text("en", "nav.fragebogen"), exact=True)).to_be_visible()

    start_kurzcheck(page, "en", "City of Testing")
    expect(dimension_heading(page, first.dimension, "en")).to_be_visible()
    question_en = localized(first.question.text, "en")
    question_de = localized(first.question.text, "de")
    assert question_en != question_de, "the questionnaire must differ between the languages"
    expect(main(page).get_by_role("radiogroup", name=question_en, exact=True)).to_be_visible()
    expect(main(page).get_by_text(question_de, exact=True)).to_have_count(0)

    switch_language(page, "de")
    expect(title(page, "de", "fragebogen.title")).to_be_visible()
    expect(main(page).get_by_role("radiogroup", name=question_de, exact=True)).to_be_visible()


def test_importing_a_broken_answers_file_shows_where_it_is_wrong_and_changes_nothing(
    app_server, recorded, questionnaire
):
    page, lang = recorded.page, "de"
    first = plan(questionnaire)[0][0]
    total = question_count(plan(questionnaire))
    open_app(page, app_server.url)
    start_kurzcheck(page, lang, "Amt Unverändert")
    choose(page, first, lang)
    expect(progress(page, lang, 1, total)).to_be_visible()
    go_to(page, lang, "nav.start")
    before = app_server.database_rows()

    broken = {
        "format": FORMAT,
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "mode": "short",
        "answers": {first.question.id: "no_such_option", "no_such_question": "yes"},
    }
    content = json.dumps(broken, indent=2)
    line = next(
        number
        for number, row in enumerate(content.splitlines(), start=1)
        if '"no_such_question"' in row
    )
    upload_answers(page, lang, "kaputt.json", content.encode())

    alert = main(page).get_by_role("alert")
    expect(alert).to_contain_text(text(lang, "upload.invalid", name="kaputt.json"))
    expect(alert).to_contain_text(f"kaputt.json:{line}: answers.no_such_question")
    expect(alert).to_contain_text(f"answers.{first.question.id}")
    expect(main(page).get_by_role("button", name=text(lang, "start.import_open"))).to_have_count(0)
    assert app_server.database_rows() == before

    go_to(page, lang, "nav.fragebogen")
    expect(progress(page, lang, 1, total)).to_be_visible()
    expect_chosen(page, first, lang)
