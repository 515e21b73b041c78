"""What a user does in the app, written once for the browser tests.

Every visible text comes from the app's own catalogs (ui/i18n) and from the questionnaire the
server shows, so the tests follow wording changes and any valid questionnaire file.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Locator, Page, expect

from questionnaire import Answers, Dimension, Profile, Question, Questionnaire, localized
from questionnaire import new_answers as empty_answers
from scoring import score
from ui.i18n import CATALOGS

LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}

# Streamlit's English words, and the German ones replacing them (ui/widget_texts.py): none may
# stand in a screen of the other language, in its text or in a name a screen reader hears.
STREAMLIT_ENGLISH = (
    "Increment", "Decrement", "Clear value", "Clear all", "Remove ", "Selected values", "Help for",
    "options available", "option available", "Dismiss", "No results", "Error:", "allowed range",
    "Choose date", "Previous month", "Next month", "arrow keys", "day, ", "month, ", "year, ",
    "Select all", "Fullscreen",
)  # fmt: skip
STREAMLIT_GERMAN = (
    "Feld leeren", "Wert erhöhen", "Wert verringern", "Auswahl aufheben", " entfernen",
    "Gewählte Einträge", "Hilfe zu", "zur Auswahl", "Auswahlliste schließen", "Keine Treffer",
    "Fehler:", "erlaubt", "Datum wählen", "Vorheriger Monat", "Nächster Monat", "Pfeiltasten",
    "Tag, ", "Alle auswählen", "Vollbild",
)  # fmt: skip


def text(lang: str, key: str, **params: object) -> str:
    """The app's UI string `key` in `lang`, with its parameters filled in."""
    template = CATALOGS[lang][key]
    return template.format(**params) if params else template


@dataclass(frozen=True)
class Step:
    """One question of the plan and the position of the option to choose (file order)."""

    dimension: Dimension
    question: Question
    choice: int

    @property
    def option_id(self) -> str:
        return self.question.options[self.choice].id

    def label(self, lang: str) -> str:
        return localized(self.question.options[self.choice].label, lang)

    def answer(self) -> str | list[str]:
        """The saved form: an option id, or a list of one for a checklist."""
        return [self.option_id] if self.question.type == "multi" else self.option_id


def plan(questionnaire: Questionnaire, mode: str = "short") -> list[list[Step]]:
    """The questions of `mode`, grouped by dimension, each with a different option position.

    The n-th question gets option n modulo its option count, so the answers spread over the
    scale (a bug that saves the wrong option changes the expected level or shows up in a test).
    """
    steps: list[list[Step]] = []
    number = 0
    for dimension in questionnaire.dimensions:
        questions = dimension.questions_in(mode)
        if not questions:
            continue
        group = []
        for question in questions:
            group.append(Step(dimension, question, number % len(question.options)))
            number += 1
        steps.append(group)
    return steps


def planned_answers(steps: list[list[Step]]) -> dict[str, str | list[str]]:
    """The answers a user following the plan has given, as the answers file stores them."""
    return {step.question.id: step.answer() for group in steps for step in group}


def answers_file(
    questionnaire: Questionnaire,
    steps: list[list[Step]],
    lang: str,
    organisation: str,
    mode: str = "short",
    **extra: object,
) -> Answers:
    """The answers of the plan as a complete answers set (for imports and reports)."""
    answers = empty_answers(
        questionnaire, mode=mode, language=lang, profile=Profile(organisation=organisation)
    )
    return answers.model_copy(update={"answers": planned_answers(steps), **extra})


def level_heading(questionnaire: Questionnaire, answers: Answers, lang: str) -> str:
    """The overall-level heading the result view must show for these answers (scoring core)."""
    overall = score(questionnaire, answers).overall
    assert overall.level is not None, "the plan must answer enough questions for a level"
    return text(
        lang,
        "result.level_heading",
        level=overall.level,
        count=len(questionnaire.levels),
        name=questionnaire.level_name(overall.level, lang),
    )


def question_count(steps: list[list[Step]]) -> int:
    """How many questions of the plan the progress counts: every question asked, a context
    question (`scored: false`) too, as the questionnaire shows and numbers it."""
    return sum(len(group) for group in steps)


# --- Finding things on the page ----------------------------------------------------------------


def main(page: Page) -> Locator:
    """The main area (without the sidebar)."""
    return page.get_by_role("main")


def title(page: Page, lang: str, key: str) -> Locator:
    """The page title (h1) of a view."""
    return main(page).get_by_role("heading", name=text(lang, key), level=1, exact=True)


def question_box(page: Page, step: Step, lang: str) -> Locator:
    """The bordered box of one question (its heading, options, help and note)."""
    heading = page.get_by_role("heading", name=localized(step.question.text, lang))
    # Boxes nest inside the page's own blocks; the last one holding the heading is the question's.
    return main(page).get_by_test_id("stVerticalBlock").filter(has=heading).last


def answer_widget(page: Page, step: Step, lang: str) -> Locator:
    """The radio group of a single-choice question, or the box of a checklist."""
    if step.question.type == "multi":
        return question_box(page, step, lang)
    return main(page).get_by_role(
        "radiogroup", name=localized(step.question.text, lang), exact=True
    )


def _role(step: Step) -> str:
    return "checkbox" if step.question.type == "multi" else "radio"


def chosen_option(page: Page, step: Step, lang: str) -> Locator:
    """The radio button or checkbox of the planned option."""
    widget = answer_widget(page, step, lang)
    return widget.get_by_role(_role(step), name=step.label(lang), exact=True)


def expect_chosen(page: Page, step: Step, lang: str) -> None:
    """The planned option of the question is shown as selected."""
    expect(chosen_option(page, step, lang)).to_be_checked()


def progress(page: Page, lang: str, answered: int, asked: int) -> Locator:
    """The overall progress text of the questionnaire."""
    return main(page).get_by_text(
        text(lang, "progress.overall", answered=answered, asked=asked), exact=True
    )


def wait_until_idle(page: Page) -> None:
    """Wait until the app's script run has finished (the frontend marks its root element).

    After a step to another dimension the finished run scrolls the page to its top; a click
    aimed before that scroll lands where the option used to be (seen once in CI).
    """
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")


def open_list(page: Page, combobox: Locator, name: str) -> Locator:
    """Open a select box's list from the keyboard (a click on its text field only focuses it)
    and return the list. A run of the page drawn at that moment can close the list again (seen
    once in a full CI run), so the key is pressed again until the list shows."""
    listbox = page.get_by_role("listbox", name=name)
    deadline = time.monotonic() + 30
    while True:
        wait_until_idle(page)
        combobox.focus()
        page.keyboard.press("ArrowDown")
        try:
            expect(listbox).to_be_visible(timeout=3_000)
            return listbox
        except AssertionError:
            if time.monotonic() > deadline:
                raise


def dimension_heading(page: Page, dimension: Dimension, lang: str) -> Locator:
    """The heading of the questionnaire step showing `dimension`."""
    return main(page).get_by_role("heading", name=localized(dimension.name, lang), level=2)


# --- Doing things with the mouse -------------------------------------------------------------


def open_app(page: Page, url: str, lang: str = "de") -> None:
    """Open the start page and switch to `lang` when it is not German."""
    page.goto(url)
    expect(title(page, "de", "start.title")).to_be_visible()
    if lang != "de":
        switch_language(page, lang)


def switch_language(page: Page, lang: str) -> None:
    """Switch the UI language in the sidebar and wait until the page declares it."""
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("radio", name=LANGUAGE_NAMES[lang], exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", lang)


def go_to(page: Page, lang: str, key: str) -> None:
    """Follow the sidebar link to a view (key: nav.start, nav.profil, ...)."""
    page.get_by_role("navigation").get_by_role("link", name=text(lang, key), exact=True).click()
    expect(title(page, lang, key.replace("nav.", "") + ".title")).to_be_visible()


def start_kurzcheck(page: Page, lang: str, organisation: str) -> None:
    """From the start page: start a Kurzcheck, name the organisation, go to the questions."""
    main(page).get_by_role("button", name=text(lang, "start.short"), exact=True).click()
    expect(title(page, lang, "profil.title")).to_be_visible()
    name = main(page).get_by_role("textbox", name=text(lang, "profile.organisation"))
    name.fill(organisation)
    name.press("Enter")
    # The hint that a name is required disappears once the name is saved.
    expect(main(page).get_by_text(text(lang, "profile.name_required"))).to_have_count(0)
    main(page).get_by_role("link", name=text(lang, "profil.to_questions")).click()
    expect(title(page, lang, "fragebogen.title")).to_be_visible()


def choose(page: Page, step: Step, lang: str) -> None:
    """Click the planned option of a question (its label, as a user does)."""
    option = page.get_by_role(_role(step), name=step.label(lang), exact=True)
    answer_widget(page, step, lang).locator("label").filter(has=option).click()


def answer_dimension(
    page: Page,
    group: list[Step],
    lang: str,
    answered: int,
    total: int,
    answer: Callable[[Page, Step, str], None] = choose,
) -> int:
    """Answer the questions of one dimension once it is shown; returns the answers given so
    far. After each answer the progress shows it: the save has been acknowledged."""
    expect(dimension_heading(page, group[0].dimension, lang)).to_be_visible()
    wait_until_idle(page)
    for step in group:
        answer(page, step, lang)
        answered += 1
        expect(progress(page, lang, answered, total)).to_be_visible()
    return answered


def answer_everything(
    page: Page,
    steps: list[list[Step]],
    lang: str,
    answer: Callable[[Page, Step, str], None] = choose,
    press: Callable[[Locator], None] = Locator.click,
) -> None:
    """Answer every planned question, step through the dimensions, open the result.

    By mouse unless `answer` (one question) and `press` (a button) say otherwise.
    """
    total = question_count(steps)
    answered = 0
    for index, group in enumerate(steps):
        answered = answer_dimension(page, group, lang, answered, total, answer)
        last = index == len(steps) - 1
        button = text(lang, "nav.to_result" if last else "nav.next")
        press(main(page).get_by_role("button", name=button, exact=True))
    expect(title(page, lang, "ergebnis.title")).to_be_visible()


def resume_link(page: Page) -> str:
    """The resume link shown on the current view (start or export)."""
    code = main(page).locator("code").filter(has_text=re.compile(r"\?t="))
    return code.inner_text().strip()


def download(page: Page, button_name: str) -> bytes:
    """Click a download button and return the bytes that arrived."""
    with page.expect_download() as arrival:
        main(page).get_by_role("button", name=button_name, exact=True).click()
    path = arrival.value.path()
    with open(path, "rb") as downloaded:
        return downloaded.read()


def download_pdf(page: Page, lang: str) -> bytes:
    """On the export view: have the PDF made, then download it."""
    main(page).get_by_role("button", name=text(lang, "export.make_pdf"), exact=True).click()
    return download(page, text(lang, "export.pdf"))


def download_answers(page: Page, lang: str) -> dict:
    """On the export view: the answers file (JSON), parsed."""
    return json.loads(download(page, text(lang, "export.json")))


def upload_answers(page: Page, lang: str, name: str, content: bytes) -> None:
    """Put a file into the import field of the start page."""
    region = main(page).get_by_role("region", name=text(lang, "start.import_label"))
    region.locator("input[type=file]").set_input_files(
        files=[{"name": name, "mimeType": "application/json", "buffer": content}]
    )


# --- Doing things with the keyboard alone ----------------------------------------------------

_HAS_FOCUS = "el => el === document.activeElement || el.contains(document.activeElement)"


def tab_to(page: Page, target: Locator, limit: int = 120) -> None:
    """Press Tab until the focus is on (or inside) `target`; fails when it never gets there."""
    target.wait_for()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate(_HAS_FOCUS):
            return
    raise AssertionError(f"{limit} presses of Tab never reached {target}")


def answer_by_keyboard(page: Page, step: Step, lang: str) -> None:
    """Tab to the question; a radio group is entered with Space on its first option and moved
    with the arrow keys, a checklist option is toggled with Space."""
    if step.question.type == "multi":
        tab_to(page, chosen_option(page, step, lang))
        page.keyboard.press("Space")
    else:
        tab_to(page, answer_widget(page, step, lang))
        page.keyboard.press("Space")
        for _ in range(step.choice):
            page.keyboard.press("ArrowDown")
    expect_chosen(page, step, lang)
