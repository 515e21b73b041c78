"""Roadmap steps from a result: documented dependencies that exist, titles, first steps."""

from __future__ import annotations

import pytest

from plan import schedule
from plan.steps import (
    Pilot,
    load_dependencies,
    recommendation_title,
    roadmap_steps,
    short_title,
)
from questionnaire import default_questionnaire_path, load_questionnaire, parse_answers
from scoring import score

Q = load_questionnaire(default_questionnaire_path())
RECOMMENDATIONS = {r.id for d in Q.dimensions for r in d.recommendations}
DEPENDENCIES = load_dependencies()


def test_every_documented_dependency_names_recommendations_of_the_shipped_questionnaire():
    named = set(DEPENDENCIES.pilots_after)
    for dependency in DEPENDENCIES.dependencies:
        named |= {dependency.step, *dependency.after}
        assert dependency.why["de"].strip() and dependency.why["en"].strip()
    assert named - RECOMMENDATIONS == set()


def test_the_documented_dependencies_have_no_cycle():
    from plan import Step

    ids = {d.step for d in DEPENDENCIES.dependencies} | {
        a for d in DEPENDENCIES.dependencies for a in d.after
    }
    steps = [Step(i, i, "", "", "medium", "project", DEPENDENCIES.after(i)) for i in sorted(ids)]
    schedule(steps)  # raises on a cycle


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Benennen Sie eine Person. Sie führt das Inventar.", "Benennen Sie eine Person"),
        ("Erstellen Sie eine Übersicht: welche Werkzeuge gibt es?", "Erstellen Sie eine Übersicht"),
        ("Ohne Punkt am Ende", "Ohne Punkt am Ende"),
        ("Nach Art. 4 KI-VO gilt das. Danach mehr.", "Nach Art. 4 KI-VO gilt das"),
        ("Schulen Sie z. B. alle. Danach mehr.", "Schulen Sie z. B. alle"),
        ("Ab der 2. Stufe gilt das; danach mehr.", "Ab der 2. Stufe gilt das"),
        ("Es gibt keine Regeln. Legen Sie Regeln fest. Dann mehr.", "Legen Sie Regeln fest"),
    ],
)
def test_a_title_is_the_first_sentence(text, title):
    assert short_title(text) == title


def test_a_long_first_sentence_is_cut_at_a_word():
    title = short_title("Wort " * 40)
    assert len(title) <= 90 and title.endswith("…") and "Wor…" not in title


def _small_gemeinde():
    with open("examples/gemeinde-klein.json", encoding="utf-8") as file:
        return parse_answers(file.read(), Q)[0]


def test_each_fired_recommendation_and_pilot_becomes_one_step_with_its_dependencies():
    answers = _small_gemeinde()
    result = score(Q, answers)
    first = [result.recommendations[0].recommendation.id]
    steps = roadmap_steps(
        result, "de", DEPENDENCIES, first, [Pilot("ocr", "Posteingang", "Hauptamt")]
    )
    assert len(steps) == len(result.recommendations) + 1
    assert steps[0].kind == "first_step"
    assert steps[-1].id == "pilot:ocr" and steps[-1].depends_on == DEPENDENCIES.pilots_after
    roadmap = schedule(steps)
    assert roadmap.item(first[0]).quarter == 1
    for item in roadmap.items:
        assert item.step.priority != "critical" or item.quarter == 1


def test_a_step_is_titled_by_its_recommendations_title_and_keeps_its_id_and_whole_text():
    result = score(Q, _small_gemeinde())
    for lang in ("de", "en"):
        steps = roadmap_steps(result, lang, DEPENDENCIES)
        for step, fired in zip(steps, result.recommendations, strict=True):
            rec = fired.recommendation
            # Saved roadmap edits refer to step ids: they stay the recommendation ids.
            assert step.id == rec.id
            assert step.title == rec.title[lang] and "…" not in step.title
            assert step.description == rec.text[lang]


def test_without_a_title_a_step_falls_back_to_the_first_sentence_of_its_text(build):
    sample = load_questionnaire("questionnaire/data/sample.yaml")
    recs = {r.id: r for d in sample.dimensions for r in d.recommendations}
    assert recs["law_rules"].title and not recs["strategy_start"].title
    assert recommendation_title(recs["law_rules"], "en") == "Issue a directive"
    assert recommendation_title(recs["strategy_start"], "de") == "Beginnen Sie mit einem Zielbild"
    answers = build.answers(
        sample,
        {
            "strategy_document": "none",
            "ai_rules": "informal",
            "roles_involved": ["dpo"],
            "face_recognition": "no_plans",
        },
    )
    steps = {s.id: s.title for s in roadmap_steps(score(sample, answers), "de", DEPENDENCIES)}
    assert steps == {
        "strategy_start": "Beginnen Sie mit einem Zielbild",
        "law_rules": "Dienstanweisung erlassen",
    }
