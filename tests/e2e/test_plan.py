"""The Fahrplan page in a real browser: every document downloads with its file type, a step
moved in the editor shows as moved and stays moved after a reload, and the page passes axe in
German and in English."""

from __future__ import annotations

import csv
import io
import zipfile

import docx
import openpyxl
import pypdf
import pytest
from docx.document import Document as WordDocument
from playwright.sync_api import Page, expect

import texts
from questionnaire import Answers, load_answers
from storage import AssessmentRepository, open_engine

from .conftest import ROOT
from .flows import download, main, open_list, switch_language, text, title, wait_until_idle
from .test_accessibility import assert_accessible_and_private, settle

pytestmark = pytest.mark.e2e

TEMPLATES = 8  # the template pack's documents


def w(lang: str, key: str) -> str:
    """A text of the plan page."""
    return texts.text("plan", key, lang)


@pytest.fixture
def example(questionnaire) -> Answers:
    answers, _ = load_answers(ROOT / "examples" / "gemeinde-klein.json", questionnaire)
    return answers


@pytest.fixture
def token(app_server, example) -> str:
    """An assessment of the small Gemeinde example, stored as the app stores it."""
    engine = open_engine(app_server.database_url)
    try:
        return AssessmentRepository(engine).create(example)
    finally:
        engine.dispose()


def open_plan(page: Page, url: str, token: str) -> None:
    page.goto(f"{url}/plan?t={token}")
    expect(title(page, "de", "plan.title")).to_be_visible()
    expect(main(page).get_by_test_id("stTable")).to_be_visible()
    wait_until_idle(page)


def make_summary_pdf(page: Page, lang: str) -> bytes:
    """Press the make button, wait for the download button, download the PDF."""
    main(page).get_by_role("button", name=text(lang, "plan.make_pdf")).click()
    expect(main(page).get_by_role("button", name=text(lang, "plan.pdf"))).to_be_visible()
    wait_until_idle(page)
    return download(page, text(lang, "plan.pdf"))


def word_document(data: bytes) -> WordDocument:
    """A DOCX as python-docx reads it (it is a zip with the main document part)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "word/document.xml" in archive.namelist()
    return docx.Document(io.BytesIO(data))


def headings(document: WordDocument) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def test_every_plan_document_downloads_with_its_file_type(app_server, recorded, token, example):
    page, lang = recorded.page, "de"
    organisation = example.profile.organisation
    open_plan(page, app_server.url, token)

    pdf = make_summary_pdf(page, lang)
    assert pdf.startswith(b"%PDF")
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 2

    summary = headings(word_document(download(page, w(lang, "summary_docx"))))
    assert any(organisation in heading for heading in summary), summary
    assert w(lang, "summary_where") in summary

    strategy = headings(word_document(download(page, w(lang, "strategy_docx"))))
    assert any(organisation in heading for heading in strategy), strategy
    assert len(strategy) >= 10, "a title and the strategy's sections"

    roadmap = download(page, w(lang, "roadmap_csv"))
    assert roadmap.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, as German Excel reads it"
    rows = list(csv.reader(io.StringIO(roadmap.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == w(lang, "roadmap_title") and len(rows[0]) == 7
    assert len(rows) > 1

    sheet = openpyxl.load_workbook(io.BytesIO(download(page, w(lang, "roadmap_xlsx")))).active
    assert [cell.value for cell in sheet[1]] == rows[0]
    assert sheet.max_row == len(rows)

    with zipfile.ZipFile(io.BytesIO(download(page, w(lang, "templates_zip")))) as archive:
        names = [name for name in archive.namelist() if name.endswith(".docx")]
        assert len(names) == TEMPLATES
        for name in names:
            word_document(archive.read(name))

    main(page).get_by_text(w(lang, "templates_single"), exact=True).click()
    single = main(page).get_by_test_id("stExpander").get_by_role("button")
    expect(single).to_have_count(TEMPLATES)
    first = single.first.inner_text().strip()
    assert first in [name.rsplit("/", 1)[-1] for name in names]
    document = word_document(download(page, first))
    assert any(organisation in p.text for p in document.paragraphs)


def start_cell(page: Page, step_title: str, lang: str):
    """The row of the roadmap table that holds the step `step_title`."""
    table = main(page).get_by_test_id("stTable")
    return table.get_by_role("row").filter(
        has=page.get_by_role("cell", name=step_title, exact=True)
    )


def test_a_moved_step_shows_as_moved_and_stays_moved_after_a_reload(app_server, recorded, token):
    page, lang = recorded.page, "de"
    open_plan(page, app_server.url, token)
    step = main(page).get_by_role("combobox", name=w(lang, "edit_step"))
    # "1. Geben Sie …": the number, then the step's title as the table shows it.
    step_title = step.input_value().split(". ", 1)[1]
    row = start_cell(page, step_title, lang)
    expect(row).to_have_count(1)
    expect(row.get_by_role("cell").last).to_have_text("")
    header = main(page).get_by_test_id("stTable").get_by_role("columnheader")
    expect(header.nth(3)).to_have_text(w(lang, "roadmap_start"))

    month = main(page).get_by_role("combobox", name=w(lang, "edit_month"), exact=True)
    before = month.input_value()
    options = open_list(page, month, w(lang, "edit_month")).get_by_role("option")
    expect(options).to_have_count(13)  # twelve months and "later"
    target = options.nth(7)
    label = target.inner_text().strip()
    assert label != before
    target.click()
    wait_until_idle(page)

    # The start month is the fourth column (number, title, owner, start, priority, moved).
    def shown_as_moved() -> None:
        cells = start_cell(page, step_title, lang).get_by_role("cell")
        expect(cells.nth(3)).to_have_text(label)
        expect(cells.last).to_have_text("✓")

    shown_as_moved()
    page.reload()
    expect(title(page, lang, "plan.title")).to_be_visible()
    wait_until_idle(page)
    shown_as_moved()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_plan_page_has_no_serious_violation(app_server, recorded, token, lang):
    page = recorded.page
    open_plan(page, app_server.url, token)
    if lang != "de":
        switch_language(page, lang)
        expect(title(page, lang, "plan.title")).to_be_visible()
    main(page).get_by_role("button", name=text(lang, "plan.make_pdf")).click()
    expect(main(page).get_by_role("button", name=text(lang, "plan.pdf"))).to_be_visible()
    wait_until_idle(page)
    main(page).get_by_text(w(lang, "templates_single"), exact=True).click()
    expect(main(page).get_by_test_id("stExpander").get_by_role("button").first).to_be_visible()
    expect(main(page).get_by_test_id("stPlotlyChart").first).to_be_visible()
    settle(page)
    assert_accessible_and_private(recorded, app_server, f"plan ({lang})")
