"""The template pack: valid data in both languages, DOCX files that open and carry the facts."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest

from plan import load_templates
from plan.templates import texts_of
from questionnaire import InputError, load_rechtsstand
from reports.template_pack import template_files, template_pack_zip
from texts.format import long_day

RECHTSSTAND = load_rechtsstand()
HOSTILE = '=HYPERLINK("http://x")<script>alert(1)</script>{date:ki_vo_art4}\x00' + "Ä" * 300


def _paragraphs(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    return [p.text for p in document.paragraphs]


def _all_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    footer = [p.text for s in document.sections for p in s.footer.paragraphs]
    return "\n".join(_paragraphs(data) + cells + footer)


def test_the_shipped_pack_has_the_eight_templates_the_issue_names():
    ids = [t.id for t in load_templates().templates]
    assert ids == [
        "dienstanweisung_generative_ki",
        "ki_inventar",
        "schulungsnachweis_art4",
        "checkliste_art5",
        "screening_dsfa_grundrechte",
        "hinweis_chatbot",
        "anschreiben_softwareanbieter",
        "pilot_canvas",
    ]


@pytest.mark.parametrize("template", load_templates().templates, ids=lambda t: t.id)
def test_every_text_is_there_in_both_languages_and_every_reference_exists(template):
    for text in texts_of(template):
        assert text.get("de", "").strip() and text.get("en", "").strip(), text
        for lang in ("de", "en"):
            for provision in re.findall(r"\{date:([a-z0-9_]+)\}", text[lang]):
                assert RECHTSSTAND.provision(provision).applies_from, provision
    for reference in template.references:
        assert reference in RECHTSSTAND.provisions


def test_a_broken_template_file_is_refused_with_its_place(tmp_path):
    path = tmp_path / "vorlagen.yaml"
    path.write_text(
        "format: ki-readiness-check/vorlagen@1\ntemplates:\n  - id: x\n    titel: {de: a}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as error:
        load_templates(path)
    problems = error.value.problems
    assert any(p.path.endswith("templates[0]") and p.line == 3 for p in problems)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_template_opens_with_title_organisation_rechtsstand_and_references(lang):
    files = template_files("Gemeinde Musterdorf", lang, RECHTSSTAND)
    assert len(files) == 8
    as_of = long_day(RECHTSSTAND.as_of, lang)
    for name, data in files:
        assert name.endswith(".docx")
        document = docx.Document(io.BytesIO(data))
        assert document.paragraphs[0].style.name == "Title"
        text = _all_text(data)
        assert "Gemeinde Musterdorf" in text
        assert as_of in text
        assert "{" not in text, f"a placeholder was left in {name}"
        headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert headings, name


def test_the_marked_places_to_decide_say_so_in_the_documents_language():
    for lang, mark, foreign in (
        ("de", "Zu entscheiden:", "To decide:"),
        ("en", "To decide:", "Zu entscheiden:"),
    ):
        for name, data in template_files("X", lang, RECHTSSTAND):
            text = _all_text(data)
            assert mark in text, name
            assert foreign not in text, name


def test_tables_are_word_tables_with_a_repeated_header_row():
    files = dict(template_files("X", "de", RECHTSSTAND))
    document = docx.Document(io.BytesIO(files["Schulungsnachweis-KI-Kompetenz.docx"]))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells][:2] == ["Name bzw. Rolle", "Datum"]
    assert len(table.rows) == 1 + 8
    assert table.rows[0]._tr.trPr is not None and "tblHeader" in table.rows[0]._tr.trPr.xml


def test_the_inventory_is_filled_from_the_portfolio():
    row = ("Posteingang mit Texterkennung", "Hauptamt", "Post zuordnen", "Anbieter A",
           "Pilot", "geringes Risiko", "ja", "in Arbeit", "Frau B")  # fmt: skip
    files = dict(template_files("X", "de", RECHTSSTAND, [row]))
    document = docx.Document(io.BytesIO(files["KI-Inventar.docx"]))
    assert [c.text for c in document.tables[0].rows[1].cells] == list(row)


def test_a_hostile_organisation_name_stays_text():
    for name, data in template_files(HOSTILE, "de", RECHTSSTAND):
        text = _all_text(data)
        assert HOSTILE.replace("\x00", "") in text, name
        # the name was inserted once and never read as a placeholder
        assert "{date:ki_vo_art4}" in text


def test_the_zip_holds_every_template_and_a_read_me():
    archive = zipfile.ZipFile(io.BytesIO(template_pack_zip("Stadt Beispiel", "en", RECHTSSTAND)))
    names = archive.namelist()
    assert names[0] == "README.txt"
    assert len([n for n in names if n.endswith(".docx")]) == 8
    assert "Stadt Beispiel" in archive.read("README.txt").decode("utf-8")
