"""A workshop in real browsers: one facilitator and five participants on `streamlit run`.

The dashboard counts the participants as they join, without anyone reloading it; after the
reveal it draws the group radar, and a participant's page shows the own profile by itself.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .flows import choose, main, plan, progress, text

pytestmark = pytest.mark.e2e

PARTICIPANTS = 5
LANG = "de"
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


def test_five_participants_appear_live_and_the_reveal_draws_the_radar(
    app_server, new_page, questionnaire
):
    facilitator = new_page().page
    code = create_workshop(facilitator, app_server.url, "Amtsleitungsrunde E2E")
    expect(metric(facilitator, "live.joined")).to_have_text("0")
    first_step = plan(questionnaire, "short")[0][0]
    asked = sum(len(d.questions_in("short")) for d in questionnaire.dimensions)

    participants = []
    for _ in range(PARTICIPANTS):
        page = new_page().page
        # Typed in lower case with a space, as someone might from the projector.
        page.goto(app_server.url + "/workshop_beitreten")
        field = main(page).get_by_role("textbox", name=text(LANG, "join.code_label"))
        field.fill(f"{code[:3].lower()} {code[3:].lower()}")
        main(page).get_by_role("button", name=text(LANG, "join.submit")).click()
        expect(page).to_have_url(re.compile(r"[?&]p="))
        choose(page, first_step, LANG)
        expect(progress(page, LANG, 1, asked)).to_be_visible()
        participants.append(page)

    # No reload: the dashboard's fragment brings the count and the answers in by itself.
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
    radar = main(facilitator).get_by_test_id("stPlotlyChart")
    expect(radar).to_have_count(0)

    main(facilitator).get_by_text(text(LANG, "host.reveal"), exact=True).click()
    # Still open: the dashboard asks first.
    main(facilitator).get_by_role("button", name=text(LANG, "host.reveal_open_confirm")).click()
    expect(radar.locator(".scatterlayer .trace")).to_have_count(2, timeout=LIVE)

    # The participant's page notices the reveal and shows the own profile beside the group's.
    heading = main(participants[0]).get_by_role("heading", name=text(LANG, "own.heading"))
    expect(heading).to_be_visible(timeout=LIVE)
    expect(main(participants[0]).get_by_test_id("stPlotlyChart")).to_have_count(1)
