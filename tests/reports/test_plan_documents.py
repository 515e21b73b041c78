"""The plan documents: council summary (two pages), strategy draft, roadmap exports, and the
command line that writes them; hostile text stays inert everywhere."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from questionnaire import (
    default_questionnaire_path,
    dump_answers,
    load_questionnaire,
    load_rechtsstand,
    parse_answers,
)
from reports.__main__ import main
from reports.plan_files import facts_of, strategy_docx, summary_docx
from reports.roadmap_export import roadmap_csv, roadmap_xlsx
from reports.summary import summary_pdf

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [ROOT / "examples" / "gemeinde-klein.json", ROOT / "examples" / "landkreis-gross.json"]
Q = load_questionnaire(default_questionnaire_path())
RECHTSSTAND = load_rechtsstand()
TODAY = dt.date(2026, 12, 4)
HOSTILE = '=HYPERLINK("http://x","y")<b>fett</b>{org}\x00 ' + "Langer Name " * 12


def answers_of(path: Path, **changes):
    answers = parse_answers(path.read_text(encoding="utf-8"), Q, str(path))[0]
    return answers.model_copy(update=changes) if changes else answers


def facts(answers, lang="de"):
    return facts_of(Q, [answers], RECHTSSTAND, lang, TODAY)


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_council_summary_is_two_pages_for_both_examples_in_both_languages(example, lang):
    pdf = PdfReader(io.BytesIO(summary_pdf(facts(answers_of(example), lang))))
    assert len(pdf.pages) == 2
    text = "".join(page.extract_text() for page in pdf.pages)
    assert ("Beschlussvorschlag" in text) == (lang == "de")
    assert ("Proposed resolution" in text) == (lang == "en")


def test_the_strategy_draft_has_its_sections_as_word_headings_tables_and_a_contents_field():
    data = strategy_docx(facts(answers_of(EXAMPLES[0])), RECHTSSTAND)
    document = docx.Document(io.BytesIO(data))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Inhalt"
    assert headings[1:] == [
        "1. Ausgangslage",
        "2. Rechtliche Pflichten, die unabhängig vom Reifegrad gelten",
        "3. Ziele",
        "4. Verantwortung und Zusammenarbeit",
        "5. Rechtlicher Rahmen",
        "6. Anwendungsfälle",
        "7. Kompetenzen und Kultur",
        "8. Daten und IT",
        "9. Fahrplan für die nächsten zwölf Monate",
        "10. Wie der Fortschritt geprüft wird",
    ]
    assert 'TOC \\o "1-2"' in document.element.xml
    assert len(document.tables) >= 3
    levels = document.tables[1]
    assert levels.rows[0].cells[0].text == "Handlungsfeld"
    assert len(levels.rows) == 1 + len(Q.dimensions)
    assert "Zu entscheiden:" in docx_text(data)


def test_the_roadmap_export_has_the_columns_a_task_tool_imports_and_respects_order():
    plan = facts(answers_of(EXAMPLES[0]))
    rows = roadmap_csv(plan.roadmap, plan.roadmap_start, "de").decode("utf-8-sig").splitlines()
    assert rows[0] == "Titel;Beschreibung;Zuständig;Beginn;Fällig;Priorität;Hängt ab von"
    assert len(rows) == 1 + len(plan.roadmap.items)
    book = openpyxl.load_workbook(io.BytesIO(roadmap_xlsx(plan.roadmap, plan.roadmap_start, "en")))
    sheet = book["Roadmap"]
    assert [c.value for c in sheet[1]] == [
        "Title", "Description", "Owner", "Start", "Due", "Priority", "Depends on"
    ]  # fmt: skip
    assert sheet.freeze_panes == "A2"
    starts = [row[3].value for row in sheet.iter_rows(min_row=2) if row[3].value]
    assert starts == sorted(starts)


def test_a_hostile_organisation_name_stays_inert_in_every_plan_document():
    answers = answers_of(EXAMPLES[0])
    answers = answers.model_copy(
        update={"profile": answers.profile.model_copy(update={"organisation": HOSTILE[:200]})}
    )
    plan = facts(answers)
    shown = HOSTILE[:200].replace("\x00", "")
    assert shown.strip() in docx_text(strategy_docx(plan, RECHTSSTAND))
    assert shown.strip() in docx_text(summary_docx(plan))
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(summary_pdf(plan))).pages)
    assert "<b>" in text and "HYPERLINK" in text  # shown as text, not markup
    csv = roadmap_csv(plan.roadmap, plan.roadmap_start, "de").decode("utf-8-sig")
    assert all(not field.startswith("=") for line in csv.splitlines() for field in line.split(";"))


def test_a_hostile_owner_entered_by_the_user_is_kept_as_text_in_csv_and_xlsx():
    from plan import Edit

    answers = answers_of(EXAMPLES[0])
    first = facts(answers).roadmap.items[0].step.id
    plan = facts_of(Q, [answers], RECHTSSTAND, "de", TODAY, edits={first: Edit(owner="=1+1")})
    csv = roadmap_csv(plan.roadmap, plan.roadmap_start, "de").decode("utf-8-sig")
    assert ";'=1+1;" in csv
    sheet = openpyxl.load_workbook(io.BytesIO(roadmap_xlsx(plan.roadmap, plan.roadmap_start, "de")))
    owners = [row[2].value for row in sheet.active.iter_rows(min_row=2)]
    assert "'=1+1" in owners


def test_the_command_line_writes_every_plan_document(tmp_path):
    out = tmp_path / "out"
    code = main([
        str(EXAMPLES[0]), "--summary-pdf", str(out / "s.pdf"),
        "--summary-docx", str(out / "s.docx"), "--docx", str(out / "strategie.docx"),
        "--roadmap-csv", str(out / "r.csv"),
        "--roadmap-xlsx", str(out / "r.xlsx"), "--templates", str(out / "vorlagen"),
    ])  # fmt: skip
    assert code == 0
    assert (out / "s.pdf").read_bytes().startswith(b"%PDF")
    for name in ("s.docx", "strategie.docx", "r.xlsx"):
        assert zipfile.is_zipfile(out / name), name
    assert len(list((out / "vorlagen").glob("*.docx"))) == 8


def test_several_answers_files_give_the_plan_of_the_groups_consensus(tmp_path):
    paths = []
    for index in range(3):
        path = tmp_path / f"p{index}.json"
        path.write_text(dump_answers(answers_of(EXAMPLES[index % 2])), encoding="utf-8")
        paths.append(str(path))
    assert main([*paths, "--roadmap-csv", str(tmp_path / "r.csv")]) == 0
    assert (tmp_path / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_deeply_nested_file_gives_a_located_message_and_exit_2_for_plan_documents(tmp_path):
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "reports", str(nested), "--summary-pdf", str(tmp_path / "s.pdf")],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert run.returncode == 2
    assert "nested.json" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_the_summary_says_plainly_when_the_rechtsstand_is_old():
    old = facts_of(Q, [answers_of(EXAMPLES[0])], RECHTSSTAND, "de", dt.date(2030, 1, 1))
    assert old.rechtsstand_stale
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(summary_pdf(old))).pages)
    assert "älter als sechs Monate" in text
    fresh = facts_of(Q, [answers_of(EXAMPLES[0])], RECHTSSTAND, "de", TODAY)
    assert not fresh.rechtsstand_stale


def test_the_portfolio_brings_its_use_cases_and_pilots_into_the_plan():
    from usecases import from_catalogue as from_cat
    from usecases import load_catalogue, own_item

    catalogue = load_catalogue()
    chosen = from_cat(catalogue, catalogue.use_cases[0].id).model_copy(update={"status": "idee"})
    running = own_item("Chatbot Bürgerbüro").model_copy(update={"status": "betrieb"})
    ended = own_item("Alter Versuch").model_copy(update={"status": "beendet"})
    plan = facts_of(
        Q, [answers_of(EXAMPLES[0])], RECHTSSTAND, "de", TODAY, portfolio=[chosen, running, ended]
    )
    assert [u.name for u in plan.use_cases] == [chosen.name, "Chatbot Bürgerbüro"]
    assert plan.use_cases[1].status == "Betrieb"
    pilot = plan.roadmap.item(f"pilot:{chosen.id}")
    assert pilot.step.title == f"Pilot starten: {chosen.name}"
    for prerequisite in pilot.step.depends_on:
        if prerequisite in {s.step.id for s in plan.roadmap.items}:
            assert pilot.start > plan.roadmap.item(prerequisite).start
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(summary_pdf(plan))).pages)
    assert "Chatbot Bürgerbüro" in text and "Alter Versuch" not in text


def test_the_plan_carries_the_results_first_steps_and_legal_duties_with_their_dates():
    from scoring import score

    answers = answers_of(EXAMPLES[0])
    result = score(Q, answers)
    plan = facts(answers)
    assert 0 < len(plan.first_steps) == len(result.first_steps) <= 5
    # The step is named by the recommendation's own title now, not by its cut first sentence.
    assert "Verantwortliche Person für KI benennen" in [s.title for s in plan.first_steps]
    assert [d.title for d in plan.duties] == [d.duty.title["de"] for d in result.legal_duties]
    art4 = next(d for d in plan.duties if "Art.\u00a04 KI-VO" in d.reference)
    assert "2. Februar 2025" in art4.reference
    for first in result.first_steps:
        assert plan.roadmap.item(first.recommendation.id).quarter == 1


def test_the_ai_inventory_template_is_filled_from_the_portfolio():
    from reports.template_pack import inventory_rows, template_file
    from usecases import own_item

    item = own_item("Posteingang mit Texterkennung").model_copy(
        update={
            "unit": "Bürgerbüro",
            "provider": "Anbieter A",
            "product": "Scan 3",
            "dpia": "laeuft",
        }
    )
    rows = inventory_rows([item], "de")
    assert rows[0][:2] == ("Posteingang mit Texterkennung", "Bürgerbüro")
    assert rows[0][3] == "Anbieter A / Scan 3" and rows[0][7] == "läuft"
    data = template_file("ki_inventar", "Gemeinde X", "de", RECHTSSTAND, rows)
    table = docx.Document(io.BytesIO(data)).tables[0]
    assert table.rows[1].cells[0].text == "Posteingang mit Texterkennung"
