"""Every view, in German and in English, and the HTML report: accessible and private.

At each view, in the state a user sees it in (the questionnaire with questions, the result
with charts, the dashboard with revealed group results, every step of the presentation):
axe-core finds no violation of impact "serious" or "critical" (WCAG 2.1 A and AA rules), and
the browser has requested nothing from a host other than the app's own. The walk covers a
full Kurzcheck. Exclusions, if ever needed, are listed in docs/accessibility.md.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from questionnaire import Questionnaire, load_answers
from reports import build_report, render_html
from storage import WorkshopRepository, open_engine
from ui.workshop.steps import steps as presentation_steps

from .conftest import ROOT, AppServer, RecordedPage, run_axe
from .flows import (
    answer_everything,
    choose,
    go_to,
    main,
    open_app,
    plan,
    start_kurzcheck,
    text,
    title,
    wait_until_idle,
)

pytestmark = pytest.mark.e2e

LANGUAGES = ["de", "en"]
# Seeded participants: enough for distributions (at least 3) and for disagreement.
SEEDED = 4
PHONE = {"width": 390, "height": 844}


def assert_accessible_and_private(recorded: RecordedPage, server: AppServer, where: str) -> None:
    """No serious or critical axe violation on the page as it is now, and no request so far
    to another host (axe itself is injected from the local node_modules)."""
    recorded.page.wait_for_load_state("networkidle")
    settle(recorded.page)
    violations = run_axe(recorded.page)
    if violations:
        # A dashboard or presentation fragment reruns every few seconds, and during a run
        # Streamlit fades the elements it is about to replace (a contrast failure that lasts a
        # moment). Judge the page as it stands once that run is over: a real violation stays.
        settle(recorded.page)
        violations = run_axe(recorded.page)
    assert violations == [], f"{where}: {violations}"
    assert recorded.requests, f"{where}: the browser recorded no request at all"
    assert recorded.foreign_requests(server.url) == [], where
    assert server.outbound.requests == [], f"{where}: the server tried to reach another host"


def settle(page: Page) -> None:
    """Wait until no script run is going on and no element is shown faded as stale."""
    wait_until_idle(page)
    expect(page.locator('[data-stale="true"]')).to_have_count(0)


def open_view(page: Page, lang: str, nav_key: str, title_key: str) -> None:
    """Follow the sidebar link to a workshop view and wait for its title."""
    nav = page.get_by_role("navigation")
    nav.get_by_role("link", name=text(lang, nav_key), exact=True).click()
    expect(title(page, lang, title_key)).to_be_visible()


def seed_participants(database_url: str, code: str, questionnaire: Questionnaire) -> None:
    """Participants who answer every Kurzcheck question, each differently."""
    repository = WorkshopRepository(open_engine(database_url))
    steps = [step for group in plan(questionnaire) for step in group]
    for person in range(SEEDED):
        token = repository.join(code)
        for number, step in enumerate(steps):
            options = step.question.options
            chosen = options[(number + person * 2) % len(options)].id
            repository.save_answer(
                token, step.question.id, [chosen] if step.question.type == "multi" else chosen
            )
        repository.set_finished(token)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_self_check_views_have_no_serious_violation(app_server, recorded, questionnaire, lang):
    page = recorded.page

    def check(where: str) -> None:
        assert_accessible_and_private(recorded, app_server, where)

    open_app(page, app_server.url, lang)
    check("start")
    start_kurzcheck(page, lang, "Gemeinde Barrierefrei")
    check("fragebogen")
    go_to(page, lang, "nav.profil")
    check("profil")
    go_to(page, lang, "nav.fragebogen")
    answer_everything(page, plan(questionnaire), lang)
    expect(main(page).get_by_test_id("stPlotlyChart").first).to_be_visible()
    check("ergebnis")
    go_to(page, lang, "nav.export")
    check("export")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_workshop_views_have_no_serious_violation(app_server, new_page, questionnaire, lang):
    host_page, participant_page, projector_page = new_page(), new_page(), new_page()
    host, participant, projector = host_page.page, participant_page.page, projector_page.page

    def check(recorded: RecordedPage, where: str) -> None:
        assert_accessible_and_private(recorded, app_server, where)

    open_app(host, app_server.url, lang)
    open_view(host, lang, "nav.workshop_beitreten", "join.title")
    check(host_page, "workshop_beitreten (form)")
    open_view(host, lang, "nav.workshop_leiten", "host.title")
    check(host_page, "workshop_leiten (form)")
    main(host).get_by_role("textbox", name=text(lang, "host.title_label")).fill("Runde A11y")
    main(host).get_by_role("button", name=text(lang, "host.create")).click()
    code_box = main(host).locator(".kirc-code")
    expect(code_box).to_have_text(re.compile(r"^\w{3} \w{3}$"))
    code = code_box.inner_text().replace(" ", "")
    check(host_page, "workshop_leiten (dashboard, hidden)")

    open_app(participant, app_server.url, lang)
    open_view(participant, lang, "nav.workshop_beitreten", "join.title")
    field = main(participant).get_by_role("textbox", name=text(lang, "join.code_label"))
    field.fill(code)
    main(participant).get_by_role("button", name=text(lang, "join.submit")).click()
    expect(participant).to_have_url(re.compile(r"[?&]p="))
    participant.set_viewport_size(PHONE)  # participants answer on their phones
    choose(participant, plan(questionnaire)[0][0], lang)
    check(participant_page, "workshop_beitreten (questions)")

    seed_participants(app_server.database_url, code, questionnaire)
    main(host).get_by_text(text(lang, "host.reveal"), exact=True).click()
    # The workshop is still open: the dashboard asks first, and says why.
    main(host).get_by_role("button", name=text(lang, "host.reveal_open_confirm")).click()
    expect(main(host).get_by_test_id("stPlotlyChart").first).to_be_visible()
    check(host_page, "workshop_leiten (dashboard, revealed)")
    heading = main(participant).get_by_role("heading", name=text(lang, "own.heading"))
    expect(heading).to_be_visible()
    check(participant_page, "workshop_beitreten (own profile)")

    link = main(host).get_by_role("link", name=text(lang, "host.present_open"))
    projector.set_viewport_size({"width": 1920, "height": 1080})
    projector.goto(link.get_attribute("href"))
    forward = main(projector).get_by_role("button", name=text(lang, "nav.next"), exact=True)
    count = len(presentation_steps(questionnaire, "short"))
    assert count > 3, "join, live count, radar and more steps"
    for number in range(1, count + 1):
        # "Schritt 3 von 16: **Profil**": the part before the step's name tells where it is.
        where = text(lang, "present.position", number=number, count=count, name="").split("*")[0]
        expect(main(projector).get_by_text(where.strip())).to_be_visible()
        check(projector_page, f"praesentation, step {number}")
        if number < count:
            forward.click()


def test_the_html_report_has_no_serious_violation(browser, questionnaire):
    answers, _ = load_answers(ROOT / "examples" / "landkreis-gross.json", questionnaire)
    for lang in LANGUAGES:
        page = browser.new_page()
        page.set_content(render_html(build_report(questionnaire, [answers], lang=lang)))
        violations = run_axe(page)
        page.close()
        assert violations == [], f"report ({lang}): {violations}"
