"""The projector at 1920 x 1080 with the shipped questionnaire: every step of the presentation,
in German and in English, open and closed, fits the screen. Nothing reaches past the window,
no chart label is cut by its chart, and the navigation is always on screen.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from questionnaire import Questionnaire
from storage import Workshop, WorkshopRepository, open_engine
from ui.workshop.steps import steps

from .flows import main, text

pytestmark = pytest.mark.e2e

PROJECTOR = {"width": 1920, "height": 1080}
PEOPLE = 6

# Every visible element of the page that ends outside the window, and every text of a chart
# that ends outside its chart (plotly draws labels it has no room for beyond its own box).
OUTSIDE = """() => {
  const vw = window.innerWidth, vh = window.innerHeight, out = [];
  const root = document.querySelector('[data-testid="stMain"]');
  for (const el of root.querySelectorAll('h1, h2, h3, p, button, img, svg.main-svg')) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    if (r.bottom > vh + 1 || r.right > vw + 1 || r.left < -1 || r.top < -1)
      out.push(el.tagName + ': ' + (el.textContent || '').slice(0, 50));
  }
  for (const chart of root.querySelectorAll('[data-testid="stPlotlyChart"]')) {
    const box = chart.querySelector('svg.main-svg').getBoundingClientRect();
    for (const label of chart.querySelectorAll('text')) {
      const r = label.getBoundingClientRect();
      if (!r.width || !label.textContent.trim()) continue;
      if (r.bottom > box.bottom + 1 || r.top < box.top - 1 || r.left < box.left - 1
          || r.right > box.right + 1)
        out.push('chart label: ' + label.textContent.slice(0, 50));
    }
  }
  return out;
}"""


def seeded(database_url: str, questionnaire: Questionnaire, closed: bool) -> Workshop:
    """A revealed Kurzcheck workshop that six people answered, each differently."""
    repository = WorkshopRepository(open_engine(database_url))
    workshop = repository.create("Amtsleitungsrunde Stadt Musterstadt", *_ids(questionnaire))
    questions = [q for d in questionnaire.dimensions for q in d.questions_in("short")]
    for person in range(PEOPLE):
        token = repository.join(workshop.code)
        for number, question in enumerate(questions):
            chosen = question.options[(number + person * 2) % len(question.options)].id
            repository.save_answer(
                token, question.id, [chosen] if question.type == "multi" else chosen
            )
        repository.set_finished(token)
    if closed:
        repository.close(workshop.host_token)
    repository.set_revealed(workshop.host_token, True)
    return workshop


def _ids(questionnaire: Questionnaire) -> tuple[str, str, str]:
    return questionnaire.id, questionnaire.version, "short"


def position(lang: str, number: int, count: int) -> str:
    """ "Schritt 3 von 16:", the part of the navigation before the step's name."""
    return text(lang, "present.position", number=number, count=count, name="").split("*")[0]


@pytest.mark.parametrize("closed", [False, True], ids=["open", "closed"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_projector_step_fits_1920_by_1080(app_server, new_page, questionnaire, lang, closed):
    workshop = seeded(app_server.database_url, questionnaire, closed)
    page: Page = new_page().page
    page.set_viewport_size(PROJECTOR)
    page.goto(
        f"{app_server.url}/praesentation?code={workshop.code}"
        f"&key={workshop.presentation_key}&lang={lang}"
    )
    count = len(steps(questionnaire, "short"))
    forward = main(page).get_by_role("button", name=text(lang, "nav.next"), exact=True)
    back = main(page).get_by_role("button", name=text(lang, "nav.previous"), exact=True)
    for number in range(1, count + 1):
        expect(main(page).get_by_text(position(lang, number, count).strip())).to_be_visible()
        charts = main(page).get_by_test_id("stPlotlyChart")
        if number > 3:  # a dimension's levels or a prompt's answers: a bar chart
            expect(charts.locator(".barlayer .point").first).to_be_visible()
        elif number == 3:
            expect(charts.locator(".scatterlayer .trace").first).to_be_attached()
            # The legend is a line of text: inside the chart it covered an axis label.
            assert charts.locator(".legend").count() == 0
        expect(back).to_be_in_viewport(ratio=1)
        expect(forward).to_be_in_viewport(ratio=1)
        assert page.evaluate(OUTSIDE) == [], f"step {number} ({lang})"
        if number < count:
            forward.click()
