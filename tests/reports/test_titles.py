"""Recommendation titles reach every document: council summary, roadmap CSV, the A4 report
(as the bold lead-in before the whole text), and the fallback where a recommendation has none."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from markupsafe import escape
from pypdf import PdfReader

from questionnaire import (
    default_questionnaire_path,
    load_questionnaire,
    load_rechtsstand,
    parse_answers,
)
from reports import build_report, render_html
from reports.plan_files import facts_of
from reports.roadmap_export import roadmap_csv
from reports.summary import summary_pdf
from scoring import score

ROOT = Path(__file__).resolve().parents[2]
Q = load_questionnaire(default_questionnaire_path())
RECOMMENDATIONS = {r.id: r for d in Q.dimensions for r in d.recommendations}
ANSWERS = parse_answers(
    (ROOT / "examples" / "stadt-mittel.json").read_text(encoding="utf-8"), Q, "stadt-mittel.json"
)[0]
TODAY = dt.date(2026, 12, 4)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_council_summary_names_first_steps_and_roadmap_by_their_titles(lang):
    plan = facts_of(Q, [ANSWERS], load_rechtsstand(), lang, TODAY)
    first = [f.recommendation.title[lang] for f in score(Q, ANSWERS).first_steps]
    assert [s.title for s in plan.first_steps] == first
    text = flat("".join(p.extract_text() for p in PdfReader(io.BytesIO(summary_pdf(plan))).pages))
    for title in first:
        assert title in text
    assert all(d.measures and "…" not in "".join(d.measures) for d in plan.dimensions if d.measures)


def test_the_roadmap_csv_has_the_title_in_its_first_column_and_the_whole_text_next_to_it():
    plan = facts_of(Q, [ANSWERS], load_rechtsstand(), "de", TODAY)
    data = roadmap_csv(plan.roadmap, plan.roadmap_start, "de").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data), delimiter=";"))[1:]
    titled = {r.title["de"]: r.text["de"] for r in RECOMMENDATIONS.values()}
    assert len(rows) == len(plan.roadmap.items) > 0
    assert all(titled[title] == description for title, description, *_ in rows)


def test_the_a4_report_leads_every_action_with_its_title_in_bold_and_keeps_the_text():
    report = build_report(Q, [ANSWERS])
    html = render_html(report)
    assert report.actions and all(a.title for a in report.actions)
    for action in report.actions:
        assert f"<strong>{escape(action.title)}.</strong> {escape(action.text)}" in html
    assert [s.title for s in report.first_steps] == [a.title for a in report.actions[:5]]


def test_a_recommendation_without_a_title_keeps_its_plain_text_in_the_a4_report(sample, build):
    given = {"strategy_document": "none", "ai_rules": "informal", "roles_involved": ["dpo"]}
    answers = build.answers(sample, given | {"face_recognition": "no_plans"})
    report = build_report(sample, [answers])
    html = render_html(report)
    assert [a.title for a in report.actions] == ["", "Dienstanweisung erlassen"]
    assert f"<td>{escape(report.actions[0].text)}<span" in html
    assert "<strong>Dienstanweisung erlassen.</strong> Erlassen Sie eine Dienstanweisung." in html
