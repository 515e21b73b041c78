"""The AI register: JSON and CSV round-trip, the HTML page escapes and explains, one-page PDF."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from questionnaire import InputError
from questionnaire.rechtsstand import load_rechtsstand
from reports.register import (
    CSV_COLUMNS,
    register_csv,
    register_html,
    register_json,
    steckbrief_pdf,
)
from usecases import PortfolioItem, from_catalogue, load_catalogue, load_triage
from usecases.register import (
    SCHEMA_PATH,
    build_register,
    items_of,
    parse_register,
    register_schema,
)

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = '<script>alert("x")</script> & =SUMME(A1)'


@pytest.fixture(scope="module")
def law():
    rechtsstand = load_rechtsstand()
    tree = load_triage(rechtsstand=rechtsstand)
    return rechtsstand, tree, load_catalogue(tree=tree)


@pytest.fixture
def items(law):
    _, _, catalogue = law
    chatbot = from_catalogue(catalogue, "buerger_chatbot").model_copy(
        update={"status": "pilot", "unit": "Bürgerbüro", "contact": "buergerbuero@example.org",
                "provider": "Kommunales Rechenzentrum", "dpia": "erledigt",
                "staff_council": "vereinbart", "training_done": True,
                "started": dt.date(2026, 3, 1)}
    )  # fmt: skip
    own = PortfolioItem(id="eigen-1", name=HOSTILE, purpose="Zeile 1\nZeile 2", unit=HOSTILE)
    return [chatbot, own]


def register_of(law, items, lang="de"):
    rechtsstand, tree, _ = law
    return build_register(items, "Gemeinde Musterdorf", tree, rechtsstand, lang,
                          today=dt.date(2026, 12, 4))  # fmt: skip


def test_the_json_export_round_trips_to_the_same_items(law, items):
    register = register_of(law, items)
    text = register_json(register)
    again = parse_register(text, "register.json")
    assert again == register
    assert items_of(again) == items
    data = json.loads(text)
    assert data["format"] == "ki-readiness-check/register@1"
    entry = data["entries"][0]
    assert entry["risk_category"] == "transparenz"
    assert entry["impact_assessments"] == {"dpia": "erledigt", "fria": "offen"}
    assert entry["dates"] == {"started": "2026-03-01", "updated": entry["dates"]["updated"]}
    assert data["entries"][1]["risk_category"] is None  # the own item has no triage yet


def test_the_register_schema_file_is_the_one_the_models_produce():
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == register_schema()


def test_a_short_description_over_350_characters_is_refused_with_its_place(law, items):
    data = json.loads(register_json(register_of(law, items)))
    data["entries"][0]["short_description"] = "x" * 351
    with pytest.raises(InputError) as caught:
        parse_register(json.dumps(data, indent=2), "register.json")
    assert any("entries[0].short_description" in line for line in caught.value.lines())


def test_the_csv_is_for_german_excel_and_round_trips_its_values(law, items):
    register = register_of(law, items)
    data = register_csv(register)
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == CSV_COLUMNS
    first = dict(zip(rows[0], rows[1], strict=True))
    entry = register.entries[0]
    assert first["name"] == entry.name and first["status"] == "pilot"
    assert first["risk_category"] == "transparenz" and first["training_done"] == "ja"
    assert json.loads(first["triage"]) == entry.triage
    second = dict(zip(rows[0], rows[2], strict=True))
    assert second["name"] == "'" + HOSTILE if HOSTILE.startswith("=") else HOSTILE
    assert second["purpose"] == "Zeile 1\nZeile 2"


def test_a_formula_in_a_user_text_stays_text_in_the_csv(law):
    own = PortfolioItem(id="f1", name="=HYPERLINK(1)")
    rows = register_csv(register_of(law, [own])).decode("utf-8-sig").splitlines()
    assert rows[1].split(";")[1] == "'=HYPERLINK(1)"


def test_the_html_page_escapes_user_text_and_names_every_common_field(law, items):
    page = register_html(register_of(law, items))
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert '<html lang="de">' in page and "<caption>" in page
    for label in ("Kurzbeschreibung", "Zweck", "Menschliche Aufsicht", "Rechtsgrundlage",
                  "Datenschutz-Folgenabschätzung", "Grundrechte-Folgenabschätzung",
                  "Transparenzpflichten", "Rechtsstand: 4. Dezember 2026"):  # fmt: skip
        assert label in page
    assert "http" not in page.replace("buergerbuero@example.org", "")  # nothing to fetch


def test_the_html_page_in_english(law, items):
    page = register_html(register_of(law, items, "en"))
    assert '<html lang="en">' in page and "AI register: Gemeinde Musterdorf" in page
    assert "transparency obligations" in page


def test_the_project_profile_is_one_tagged_page(law, items, tmp_path):
    rechtsstand, tree, catalogue = law
    pdf = steckbrief_pdf(items[0], "Gemeinde Musterdorf", tree, rechtsstand, catalogue)
    path = tmp_path / "steckbrief.pdf"
    path.write_bytes(pdf)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Projektsteckbrief" in text and "Chatbot für Bürgerfragen" in text
    assert "Art. 50 KI-VO" in text


def test_the_command_line_renders_an_exported_register(law, items, tmp_path):
    source = tmp_path / "register.json"
    source.write_text(register_json(register_of(law, items)), encoding="utf-8")
    html, table, pdf = tmp_path / "r.html", tmp_path / "r.csv", tmp_path / "s.pdf"
    command = [sys.executable, "-m", "usecases", "register", str(source), "--html", str(html),
               "--csv", str(table), "--steckbrief", items[0].id, "--pdf", str(pdf)]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "KI-Register" in html.read_text(encoding="utf-8")
    assert table.read_bytes().startswith(b"\xef\xbb\xbf") and pdf.read_bytes()[:4] == b"%PDF"
    command = [sys.executable, "-m", "usecases", "register", str(source), "--steckbrief", "nope"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "no entry 'nope'" in result.stderr
