"""First steps (the top of the ordered recommendations) and the legal-duties block."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questionnaire import DutyStatus, InputError, Start, parse_questionnaire
from scoring import FIRST_STEPS, score
from scoring.output import result_json, result_text

OPTIONS = ("s0", "s1", "s2", "s3", "s4", "dont_know", None)


def duty(did: str, *rules: tuple[str, dict]) -> dict:
    return {
        "id": did,
        "title": {"de": f"Pflicht {did}", "en": f"Duty {did}"},
        "provisions": ["ki_vo_art4"],
        "rules": [{"status": status, "when": when} for status, when in rules],
    }


def literacy_duty() -> dict:
    return duty(
        "literacy",
        ("not_relevant", {"question": "ai_used", "score_at_most": 0}),
        ("unclear", {"question": "training", "dont_know": True}),
        ("fulfilled", {"question": "training", "score_at_least": 3}),
        ("open", {"question": "training", "score_at_most": 2}),
    )


def questionnaire_with(build, duties: list[dict], *, many_recs: bool = False):
    recs = [
        build.recommendation(f"r{i}", {"level_at_most": 5}, priority=p)
        for i, p in enumerate(("low", "high", "critical", "medium", "high", "low", "critical"))
    ]
    dims = [
        build.dimension(
            "a",
            [build.single("ai_used", short=True), build.single("training")],
            recommendations=recs if many_recs else [],
        ),
        build.dimension("b", [build.single("other", short=True)]),
    ]
    data = build.questionnaire_data(*dims) | {"legal_duties": duties}
    return parse_questionnaire(json.dumps(data), "q.json")


def status(build, q, answers: dict, mode: str = "full") -> DutyStatus:
    answers = {k: v for k, v in answers.items() if v is not None}
    result = score(q, build.answers(q, answers, mode=mode))
    (judged,) = result.legal_duties
    return judged.status


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"ai_used": "s0", "training": "s0"}, DutyStatus.NOT_RELEVANT),
        ({"ai_used": "s2", "training": "dont_know"}, DutyStatus.UNCLEAR),
        ({"ai_used": "s2", "training": "s3"}, DutyStatus.FULFILLED),
        ({"ai_used": "s2", "training": "s1"}, DutyStatus.OPEN),
        ({"ai_used": "s2"}, DutyStatus.UNCLEAR),  # not answered: no rule holds
        ({}, DutyStatus.UNCLEAR),
    ],
)
def test_the_first_rule_that_holds_decides(build, answers, expected):
    assert status(build, questionnaire_with(build, [literacy_duty()]), answers) == expected


def test_a_question_outside_the_kurzcheck_decides_nothing(build):
    q = questionnaire_with(build, [literacy_duty()])
    assert status(build, q, {"ai_used": "s2"}, mode="short") == DutyStatus.UNCLEAR
    assert status(build, q, {"ai_used": "s0"}, mode="short") == DutyStatus.NOT_RELEVANT


@settings(max_examples=60, deadline=None)
@given(ai_used=st.sampled_from(OPTIONS), training=st.sampled_from(OPTIONS))
def test_the_status_follows_the_rules_for_every_answer(build, ai_used, training):
    q = questionnaire_with(build, [literacy_duty()])
    got = status(build, q, {"ai_used": ai_used, "training": training})
    step = {f"s{i}": i for i in range(5)} | {"dont_know": 0}
    if ai_used is not None and step[ai_used] == 0:
        assert got == DutyStatus.NOT_RELEVANT
    elif training is None or training == "dont_know":
        assert got == DutyStatus.UNCLEAR
    else:
        assert got == (DutyStatus.FULFILLED if step[training] >= 3 else DutyStatus.OPEN)


def test_duties_are_reported_with_citation_date_and_rechtsstand(build):
    q = questionnaire_with(build, [literacy_duty()])
    result = score(q, build.answers(q, {"ai_used": "s2", "training": "s1"}))
    (data,) = result_json(result, "de")["legal_duties"]
    assert data == {
        "id": "literacy",
        "title": "Pflicht literacy",
        "status": "open",
        "status_label": "offen",
        "note": None,
        "references": ["Art. 4 KI-VO"],
        "provisions": [
            {
                "id": "ki_vo_art4",
                "citation": "Art. 4 KI-VO",
                "applies_from": "2025-02-02",
                "status": "in_force",
            }
        ],
        "rechtsstand": "2026-12-04",
    }
    assert result_json(result, "en")["legal_duties"][0]["status_label"] == "open"
    text = result_text(result, "de")
    assert "Rechtliche Pflichten (unabhängig vom Reifegrad) (Rechtsstand: 04.12.2026):" in text
    assert "- Pflicht literacy (Art. 4 KI-VO): offen" in text


def test_a_duty_cannot_depend_on_a_level_and_needs_known_ids(build):
    bad = duty(
        "x", ("open", {"any": [{"level_at_most": 2}, {"question": "nope", "dont_know": True}]})
    )
    bad["provisions"] = ["ki_vo_art4", "ki_vo_art99"]
    with pytest.raises(InputError) as caught:
        questionnaire_with(build, [bad])
    lines = caught.value.lines()
    assert any("legal_duties[0].rules[0].when.any[0].level_at_most" in x for x in lines), lines
    assert any("rules[0].when.any[1].question" in x and "'nope'" in x for x in lines), lines
    assert any("legal_duties[0].provisions[1]" in x and "ki_vo_art99" in x for x in lines), lines


@settings(max_examples=40, deadline=None)
@given(
    answers=st.fixed_dictionaries(
        {
            "ai_used": st.sampled_from(OPTIONS),
            "training": st.sampled_from(OPTIONS),
            "other": st.sampled_from(OPTIONS),
        }
    )
)
def test_first_steps_are_the_top_five_of_the_order_each_with_owner_effort_and_start(build, answers):
    q = questionnaire_with(build, [], many_recs=True)
    result = score(q, build.answers(q, {k: v for k, v in answers.items() if v is not None}))
    steps = result.first_steps
    assert len(steps) == min(FIRST_STEPS, len(result.recommendations))
    assert steps == result.recommendations[: len(steps)]
    ranks = [f.recommendation.priority.rank for f in result.recommendations]
    assert ranks == sorted(ranks)
    for data, fired in zip(result_json(result)["first_steps"], steps, strict=True):
        assert data["owner"] and data["effort_label"] and data["start_label"]
        assert data["start"] == Start.default_for(fired.recommendation.priority).value


def test_a_named_start_wins_over_the_priority_default(build):
    rec = build.recommendation("r", {"level_at_most": 5}, priority="low") | {"start": "weeks_4"}
    data = build.questionnaire_data(
        build.dimension("a", [build.single("q1")], recommendations=[rec])
    )
    q = parse_questionnaire(json.dumps(data))
    result = score(q, build.answers(q, {"q1": "s0"}))
    (step,) = result_json(result, "en")["first_steps"]
    assert (step["start"], step["start_label"]) == ("weeks_4", "within the next 4 weeks")
    assert result_text(result, "de").splitlines()[3].startswith("1. r (de) · Zuständig: owner (de)")
