"""The first page of every report: the first steps and the legal duties."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from questionnaire import parse_questionnaire
from reports import build_report, render_html, render_pdf

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
    assert [s.text for s in report.first_steps] == [a.text for a in report.actions[:5]]
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
    assert [s.text for s in report.first_steps] == [a.text for a in report.actions[:5]]
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
