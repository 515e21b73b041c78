"""The PDF: the text a council member reads, its metadata, and a layout that holds up."""

import io

import pytest
from pypdf import PdfReader
from weasyprint.formatting_structure import boxes

from reports import build_report, render_html, render_pdf
from reports.pdf import PDF_OPTIONS, layout

MAX_VOLLCHECK_PAGES = 40  # 60 questions, 8 dimensions, ~20 long recommendations, a long note


@pytest.fixture(scope="module")
def vollcheck_pdf(vollcheck, vollcheck_answers, kit):
    """The realistic Vollcheck with a very long note and an unbreakable word, laid out once."""
    long_note = kit.prose(__import__("random").Random(5), 900) + " " + "x" * 400 + " ENDE."
    notes = {**vollcheck_answers.notes, "q1": long_note}
    answers = vollcheck_answers.model_copy(update={"notes": notes})
    report = build_report(vollcheck, [answers])
    document = layout(render_html(report))
    return report, document, document.write_pdf(**PDF_OPTIONS), long_note


def test_the_pdf_text_has_organisation_dimensions_level_and_top_recommendations(vollcheck_pdf, kit):
    report, _, pdf, _ = vollcheck_pdf
    text = kit.pdf_text(pdf)
    assert "Landkreis Musterhausen" in text
    for section in report.dimensions:
        assert section.name in text
    assert report.summary.level_name in text
    assert len(report.actions) >= 3
    for action in report.actions[:3]:
        assert action.text in text


def test_a_very_long_note_is_printed_in_full(vollcheck_pdf, kit):
    _, _, pdf, long_note = vollcheck_pdf
    text = kit.pdf_text(pdf)
    assert long_note[:200] in text
    assert text.count("x") >= 400 and "ENDE." in text


def test_the_vollcheck_stays_within_its_page_budget(vollcheck_pdf, kit):
    _, _, pdf, _ = vollcheck_pdf
    assert 12 <= kit.page_count(pdf) <= MAX_VOLLCHECK_PAGES


def test_no_line_of_text_runs_past_the_page_margins(vollcheck_pdf):
    _, document, _, _ = vollcheck_pdf
    outside = []
    for number, page in enumerate(document.pages, start=1):
        root = page._page_box.children[0]
        left, right = root.content_box_x() - 0.5, root.content_box_x() + root.width + 0.5
        for box in root.descendants():
            if isinstance(box, boxes.LineBox | boxes.TextBox) and (
                box.position_x < left or box.position_x + box.width > right
            ):
                outside.append((number, getattr(box, "text", "")[:30]))
    assert outside == []


def _kept_whole(page):
    """Rows of data tables (not the two-column layout of strengths and gaps) and charts."""
    for box in page._page_box.descendants():
        if isinstance(box, boxes.ReplacedBox):
            yield box
        elif isinstance(box, boxes.TableBox) and "data" in (box.element.get("class") or ""):
            for group in box.children:  # the header row repeats on every page by design
                if not group.is_header:
                    yield from group.children


def test_no_table_row_and_no_chart_is_split_across_pages(vollcheck_pdf):
    _, document, _, _ = vollcheck_pdf
    seen: dict[int, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for box in _kept_whole(page):
            first = seen.setdefault(id(box.element), number)
            what = "".join(box.element.itertext())[:40]
            assert first == number, f"{what!r} cut on page {number}"
    assert len(seen) >= 60 + 2  # at least every appendix row and both charts


def test_every_page_after_the_cover_has_the_running_header_and_a_page_number(vollcheck_pdf):
    _, _, pdf, _ = vollcheck_pdf
    pages = PdfReader(io.BytesIO(pdf)).pages
    for number, page in enumerate(pages[1:], start=2):
        text = page.extract_text()
        assert "Landkreis Musterhausen" in text and "24.11.2026" in text
        assert f"Seite {number} von {len(pages)}" in text


def test_the_pdf_is_tagged_and_carries_title_author_and_language(vollcheck_pdf):
    _, _, pdf, _ = vollcheck_pdf
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "de"
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    assert reader.metadata.title == "KI-Readiness-Check: Landkreis Musterhausen"
    assert reader.metadata.author == "Landkreis Musterhausen"


def test_payloads_in_organisation_and_notes_are_printed_as_literal_text(sample, hostile, kit):
    text = kit.pdf_text(render_pdf(build_report(sample, [hostile])))
    assert kit.XSS_SCRIPT in text
    assert kit.XSS_IMG in text


def test_an_english_pdf_declares_english(sample, sample_answers):
    pdf = render_pdf(build_report(sample, [sample_answers], lang="en"))
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == "en"


def test_weasyprint_finds_nothing_to_complain_about_in_the_document(sample, sample_answers, caplog):
    with caplog.at_level("WARNING", logger="weasyprint"):
        render_pdf(build_report(sample, [sample_answers, sample_answers, sample_answers]))
        render_pdf(build_report(sample, [sample_answers]))
    assert [r.getMessage() for r in caplog.records] == []
