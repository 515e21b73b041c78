"""A workshop in real browsers: one facilitator on a 1366 px laptop, six participants on phones
and the projector at 1920 x 1080, all on `streamlit run`.

The dashboard counts the participants as they join and offers the raw data once there are
enough of them, without anyone reloading it; it lists the names people gave without numbers.
Revealing while the workshop is open asks first; after the reveal the dashboard draws the group
radar and a phone shows its own profile by itself. Dashboard and projector step through the
presentation from either side and follow each other.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .flows import choose, main, plan, text, wait_until_idle

pytestmark = pytest.mark.e2e

PARTICIPANTS = 6
NAMED = {0: "Bürgermeister", 3: "Kämmerei"}  # the others stay anonymous
LANG = "de"
LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
PROJECTOR = {"width": 1920, "height": 1080}
# The dashboard refreshes every 1.5 s and a participant's page looks every 3 s; on a busy
# two-core machine a refresh can lag, so waits are generous (they end as soon as it shows).
LIVE = 30_000


def create_workshop(page: Page, url: str, title: str) -> str:
    """Create a Kurzcheck workshop on the dashboard; returns its join code."""
    page.goto(url + "/workshop_leiten")
    main(page).get_by_role("textbox", name=text(LANG, "host.title_label")).fill(title)
    main(page).get_by_role("button", name=text(LANG, "host.create")).click()
    code = main(page).locator(".kirc-code")
    expect(code).to_have_text(re.compile(r"^\w{3} \w{3}$"))
    return code.inner_text().replace(" ", "")


def metric(page: Page, label_key: str):
    """The value of the dashboard's number labelled with catalog key `label_key`."""
    box = main(page).get_by_test_id("stMetric").filter(has_text=text(LANG, label_key))
    return box.get_by_test_id("stMetricValue")


def position(number: int, count: int) -> str:
    """ "Schritt 3 von 16:", the navigation's text before the step's name."""
    return text(LANG, "present.position", number=number, count=count, name="").split("*")[0]


def test_six_phones_a_dashboard_and_a_projector_run_a_workshop(app_server, new_page, questionnaire):
    facilitator = new_page().page
    facilitator.set_viewport_size(LAPTOP)
    code = create_workshop(facilitator, app_server.url, "Amtsleitungsrunde E2E")
    expect(metric(facilitator, "live.joined")).to_have_text("0")
    expect(main(facilitator).get_by_text(text(LANG, "host.export_empty"))).to_be_visible()
    # At 1366 px the step buttons show their whole labels.
    for key in ("nav.previous", "nav.next"):
        button = main(facilitator).get_by_role("button", name=text(LANG, key), exact=True)
        label = button.locator("p").first
        assert label.evaluate("e => e.scrollWidth <= e.clientWidth"), key
    # The QR code has no full-screen button over the join code.
    main(facilitator).locator(".st-key-kirc_qr img").hover()
    expect(
        main(facilitator).locator(".st-key-kirc_qr [data-testid='stElementToolbar']")
    ).to_be_hidden()

    first_step = plan(questionnaire, "short")[0][0]
    phones = []
    for person in range(PARTICIPANTS):
        page = new_page().page
        page.set_viewport_size(PHONE)
        # Typed in lower case with a space, as someone might from the projector.
        page.goto(app_server.url + "/workshop_beitreten")
        field = main(page).get_by_role("textbox", name=text(LANG, "join.code_label"))
        field.fill(f"{code[:3].lower()} {code[3:].lower()}")
        if person in NAMED:
            name = main(page).get_by_role("textbox", name=text(LANG, "join.name_label"))
            name.fill(NAMED[person])
        main(page).get_by_role("button", name=text(LANG, "join.submit")).click()
        expect(page).to_have_url(re.compile(r"[?&]p="))
        # The phone names no participant number.
        me = (
            text(LANG, "join.you_named", name=NAMED[person])
            if person in NAMED
            else text(LANG, "join.you_anonymous")
        )
        expect(main(page).get_by_text(me, exact=True)).to_be_visible()
        choose(page, first_step, LANG)
        # (the total is the app's: unscored context questions stay out of a workshop)
        answered = text(LANG, "progress.overall", answered=1, asked="__").split("__")[0]
        expect(main(page).get_by_text(answered)).to_be_visible()
        phones.append(page)

    # No reload: the dashboard's fragment brings the count and the answers in by itself, and
    # "Bericht und Rohdaten" offers the raw data without a click.
    expect(metric(facilitator, "live.joined")).to_have_text(str(PARTICIPANTS), timeout=LIVE)
    dimension = first_step.dimension
    possible = len(dimension.questions_in("short")) * PARTICIPANTS
    line = text(
        LANG,
        "live.dimension_progress",
        name=dimension.name[LANG],
        answered=PARTICIPANTS,
        possible=possible,
    )
    expect(main(facilitator).get_by_text(line, exact=True)).to_be_visible(timeout=LIVE)
    csv = main(facilitator).get_by_role("button", name=text(LANG, "export.csv"))
    expect(csv).to_be_visible(timeout=LIVE)

    # The list of participants: the names people gave and their status, no numbers.
    main(facilitator).get_by_text(
        text(LANG, "host.participants_heading", count=PARTICIPANTS)
    ).click()
    table = main(facilitator).get_by_test_id("stTable").filter(has_text=NAMED[0])
    expect(table).to_be_visible()
    headers = table.locator("thead th").all_inner_texts()
    assert [h.strip() for h in headers if h.strip()] == [
        text(LANG, "host.participant_name"),
        text(LANG, "host.participant_status"),
    ]
    assert not re.search(r"\b\d+\b", table.locator("tbody").inner_text())

    radar = main(facilitator).get_by_test_id("stPlotlyChart")
    expect(radar).to_have_count(0)
    # Revealing while the workshop is open asks first and says why; cancel keeps it hidden.
    reveal = main(facilitator).get_by_text(text(LANG, "host.reveal"), exact=True)
    reveal.click()
    question = text(LANG, "host.reveal_open_question")
    expect(main(facilitator).get_by_text(question)).to_be_visible()
    main(facilitator).get_by_role("button", name=text(LANG, "common.cancel")).click()
    expect(main(facilitator).get_by_text(question)).to_have_count(0)
    expect(radar).to_have_count(0)
    reveal.click()
    main(facilitator).get_by_role("button", name=text(LANG, "host.reveal_open_confirm")).click()
    # Six people: the mean line over the band from the lowest to the highest score.
    expect(radar.locator(".scatterlayer .trace")).to_have_count(2, timeout=LIVE)

    # A phone notices the reveal and shows the own profile beside the group's.
    heading = main(phones[0]).get_by_role("heading", name=text(LANG, "own.heading"))
    expect(heading).to_be_visible(timeout=LIVE)
    expect(main(phones[0]).get_by_test_id("stPlotlyChart")).to_have_count(1)

    # The projector and the dashboard follow the one stored step, whoever steps.
    link = main(facilitator).get_by_role("link", name=text(LANG, "host.present_open"))
    projector = new_page().page
    projector.set_viewport_size(PROJECTOR)
    projector.goto(link.get_attribute("href"))
    shown = main(projector).get_by_text(re.compile(r"^Schritt 1 von \d+:"))
    expect(shown).to_be_visible()
    count = int(re.search(r"von (\d+)", shown.inner_text()).group(1))

    def step_in(page: Page, number: int):
        return main(page).get_by_text(position(number, count).strip())

    def press(page: Page, key: str) -> None:
        main(page).get_by_role("button", name=text(LANG, key), exact=True).click()
        wait_until_idle(page)

    press(projector, "nav.next")
    press(projector, "nav.next")
    expect(step_in(projector, 3)).to_be_visible()
    expect(step_in(facilitator, 3)).to_be_visible(timeout=LIVE)  # no click on the dashboard
    press(facilitator, "nav.next")
    expect(step_in(facilitator, 4)).to_be_visible()
    expect(step_in(projector, 4)).to_be_visible(timeout=LIVE)
    press(projector, "nav.previous")
    expect(step_in(facilitator, 3)).to_be_visible(timeout=LIVE)
    press(facilitator, "nav.next")  # from the stored step 3, never from an older one
    expect(step_in(projector, 4)).to_be_visible(timeout=LIVE)
    expect(step_in(facilitator, 4)).to_be_visible()
