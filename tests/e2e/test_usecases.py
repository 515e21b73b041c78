"""The use-case navigator in a real browser: the matrix and the register page pass axe, and a
user adds a use case to the portfolio, triages it and downloads the register."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from questionnaire import load_answers
from storage import AssessmentRepository, open_engine

from .conftest import ROOT, run_axe
from .flows import main, text, title, wait_until_idle
from .test_accessibility import assert_accessible_and_private, settle

pytestmark = pytest.mark.e2e


@pytest.fixture
def token(app_server, questionnaire) -> str:
    """An assessment of the small Gemeinde example, stored as the app stores it."""
    answers, _ = load_answers(ROOT / "examples" / "gemeinde-klein.json", questionnaire)
    engine = open_engine(app_server.database_url)
    try:
        return AssessmentRepository(engine).create(answers)
    finally:
        engine.dispose()


def test_the_matrix_with_its_table_has_no_serious_violation(app_server, recorded, token):
    page = recorded.page
    page.goto(f"{app_server.url}/anwendungsfaelle?t={token}")
    expect(title(page, "de", "uc.title")).to_be_visible()
    expect(main(page).get_by_test_id("stPlotlyChart")).to_be_visible()
    expect(main(page).get_by_role("table").first).to_be_visible()
    assert_accessible_and_private(recorded, app_server, "anwendungsfaelle")


def test_a_user_adds_a_use_case_triages_it_and_downloads_the_register(
    app_server, recorded, browser, token
):
    page = recorded.page
    page.goto(f"{app_server.url}/portfolio?t={token}")
    expect(title(page, "de", "pf.title")).to_be_visible()
    name = main(page).get_by_role("textbox", name=text("de", "pf.add_own"))
    name.fill("Prognose Wohngeldanträge")
    name.press("Enter")
    wait_until_idle(page)
    main(page).get_by_role("button", name=text("de", "pf.add_own_button"), exact=True).click()
    expect(main(page).get_by_role("heading", name="Prognose Wohngeldanträge")).to_be_visible()

    # The triage, one question at a time: an AI system, then "Weiß nicht" on the role.
    main(page).get_by_text("Ja, es lernt aus Daten oder leitet Ergebnisse ab").click()
    main(page).get_by_role("button", name=text("de", "triage.next"), exact=True).click()
    expect(main(page).get_by_text("Wie kommt Ihre Verwaltung zu dem System?")).to_be_visible()
    wait_until_idle(page)
    main(page).get_by_text("Weiß nicht", exact=True).click()
    main(page).get_by_role("button", name=text("de", "triage.next"), exact=True).click()
    expect(main(page).get_by_text("Ergebnis: rechtliche Prüfung nötig")).to_be_visible()
    settle(page)
    assert_accessible_and_private(recorded, app_server, "portfolio")

    with page.expect_download() as arrival:
        main(page).get_by_role("button", name=text("de", "pf.download_html")).click()
    html = Path(arrival.value.path()).read_text(encoding="utf-8")
    assert "Prognose Wohngeldanträge" in html and "rechtliche Prüfung nötig" in html

    register = browser.new_page()
    register.set_content(html)
    violations = run_axe(register)
    register.close()
    assert violations == [], f"register page: {violations}"
