"""The first page of every report: the first steps and the legal duties."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from questionnaire import (
    default_questionnaire_path,
    load_answers,
    load_questionnaire,
    localized,
    parse_questionnaire,
)
from reports import build_report, render_html, render_pdf
from reports.common import COVER_STEP_CHARS, lead
from texts import text as text_of

ROOT = Path(__file__).resolve().parents[2]

STATUSES = ("fulfilled", "open", "unclear", "not_relevant", "open", "fulfilled")


@pytest.fixture(scope="module")
def with_duties(vollcheck, kit):
    """The realistic Vollcheck with six legal duties (long titles, notes, two provisions)."""
    data = vollcheck.model_dump(mode="json", exclude_none=True)
    first = data["dimensions"][0]["questions"][0]["id"]
    data["legal_duties"] = [
        {
            "id": f"duty_{i}",
            "title": {
                "de": f"Pflicht {i}: {kit.prose(__import__('random').Random(i), 8)}",
                "en": f"Duty {i}",
            },
            "provisions": ["ki_vo_art4", "dsgvo_art35"],
            "rules": [
                {
                    "status": status,
                    "when": {"question": first, "dont_know": True}
                    if i == 2
                    else {
                        "any": [
                            {"question": first, "score_at_least": 0},
                            {"question": first, "dont_know": True},
                        ]
                    },
                    "note": {"de": f"Hinweis {i} zur Pflicht.", "en": f"Note {i}."},
                }
            ],
        }
        for i, status in enumerate(STATUSES, start=1)
    ]
    return parse_questionnaire(json.dumps(data), "with-duties.json")


def first_page(pdf: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def second_page(pdf: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[1].extract_text().split())


def test_the_self_report_starts_with_first_steps_and_duties(with_duties, kit):
    answers = kit.answers(with_duties)
    report = build_report(with_duties, [answers])
    assert 1 <= len(report.first_steps) <= 5
    # The title page shows the lead of each text (cut after a sentence or, as in this
    # made-up prose of one long sentence, at a word); the action plan has it whole.
    assert [s.text for s in report.first_steps] == [lead(a.text) for a in report.actions[:5]]
    assert all(
        "Zuständig:" in s.facts and "Beginn: in den nächsten" in s.facts for s in report.first_steps
    )
    assert len(report.duties) == 6
    assert (
        report.duties[0].basis
        == "Art. 4 KI-VO, gilt seit 02.02.2025; Art. 35 DSGVO, gilt seit 25.05.2018"
    )
    pdf = render_pdf(report)
    page = first_page(pdf)
    assert "Erste Schritte" in page and "Rechtliche Pflichten" in page
    for i in range(1, 7):
        assert f"Pflicht {i}:" in page
    assert "Rechtsstand: 04.12.2026" in page
    # The summary still begins on page 2, under the running header.
    assert "Landkreis Musterhausen" in second_page(pdf) and "Zusammenfassung" in second_page(pdf)


def test_the_group_report_starts_with_them_too(with_duties, kit):
    sets = [kit.answers(with_duties, seed=s) for s in (1, 2, 3, 4)]
    report = build_report(with_duties, sets, lang="en")
    assert report.group and report.first_steps
    # The title page shows the lead of each text (cut after a sentence or, as in this
    # made-up prose of one long sentence, at a word); the action plan has it whole.
    assert [s.text for s in report.first_steps] == [lead(a.text) for a in report.actions[:5]]
    # Duty 1 holds for all four participants alike: its status stands. Duty 2 holds only for
    # those who answered "Weiß nicht"; where the room differs the duty is unclear.
    assert [d.status for d in report.duties][:2] == ["fulfilled", "unclear"]
    page = first_page(render_pdf(report))
    assert "First steps" in page and "Legal duties" in page


def test_a_group_below_three_leaves_every_duty_unclear(with_duties, kit):
    sets = [kit.answers(with_duties, seed=s) for s in (1, 2)]
    report = build_report(with_duties, sets, group=True)
    assert {d.status for d in report.duties} == {"unclear"}


def test_without_recommendations_and_duties_the_title_page_is_as_before(sample, sample_answers):
    html = render_html(build_report(sample, [sample_answers]))
    assert 'class="cover dense"' in html  # the sample's answers fire recommendations
    empty = sample_answers.model_copy(update={"answers": {}})
    report = build_report(sample, [empty])
    assert report.first_steps == () and report.duties == ()
    assert 'class="cover"' in render_html(report)


def test_a_long_step_on_the_title_page_ends_with_a_whole_sentence():
    text = (
        "Prüfen Sie z. B. jede KI-gestützte Entscheidung schriftlich. "
        + "Sie gilt ab dem 2. August 2026 für alle Ämter der Verwaltung. " * 6
        + "Danach folgt der Rest."
    )
    short = lead(text)
    assert len(short) <= COVER_STEP_CHARS
    assert short.startswith("Prüfen Sie z. B. jede KI-gestützte Entscheidung schriftlich. Sie")
    assert short.endswith("für alle Ämter der Verwaltung.")
    assert lead("Kurz. Und fertig.") == "Kurz. Und fertig."
    # A first sentence longer than the room is shown whole, up to a limit.
    long_sentence = "Ein Satz " + "mit vielen Wörtern " * 20 + "endet hier. Der zweite folgt."
    assert lead(long_sentence) == long_sentence.removesuffix(" Der zweite folgt.")
    # Only text without any sentence end in reach is cut at a word, and says so.
    assert lead("Wort " * 200).endswith("Wort …")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_shipped_first_steps_are_whole_sentences_and_the_title_page_holds_the_longest(lang):
    questionnaire = load_questionnaire(default_questionnaire_path())
    answers, _ = load_answers(ROOT / "examples" / "stadt-mittel.json", questionnaire)
    report = build_report(questionnaire, [answers], lang)
    texts = [
        " ".join(localized(r.text, lang).split())
        for d in questionnaire.dimensions
        for r in d.recommendations
    ]
    for text in texts:
        short = lead(text)
        assert text.startswith(short) and short[-1] in ".?!“”)"
    assert "…" not in " ".join(s.text for s in report.first_steps)
    assert "…" not in first_page(render_pdf(report))  # nothing cut off in the middle
    # The five longest leads of the questionnaire: the title page still ends with its note,
    # and the summary begins on page 2.
    longest = sorted(texts, key=lambda x: len(lead(x)))[-5:]
    first = report.first_steps[0]
    steps = tuple(dataclasses.replace(first, text=lead(text)) for text in longest)
    pdf = render_pdf(dataclasses.replace(report, first_steps=steps))
    note = " ".join(text_of("reports", "cover_note", lang).split())
    assert note[-40:] in first_page(pdf)
    assert text_of("reports", "summary", lang) in second_page(pdf)
