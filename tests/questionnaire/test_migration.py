"""Answers of questionnaire version 1.0 carried over to the shipped version by the mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questionnaire import (
    DONT_KNOW,
    NOT_APPLICABLE,
    InputError,
    check_answers,
    default_questionnaire_path,
    dump_answers,
    find_mapping,
    load_answers,
    load_questionnaire,
    migrate_answers,
    new_answers,
    parse_answers,
    what_changed,
)
from questionnaire.migration import VersionMapping, check_mapping

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "fixtures" / "v1"
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.json"))


@pytest.fixture(scope="module")
def shipped():
    return load_questionnaire(default_questionnaire_path())


@pytest.fixture(scope="module")
def old():
    """Version 1.0 of the shipped questionnaire, as it was released."""
    return load_questionnaire(V1 / "ki-readiness-kommunen-1.0.yaml")


def test_the_shipped_mapping_leads_from_1_0_to_the_shipped_version(shipped, old):
    mapping = find_mapping(shipped, "1.0")
    assert mapping is not None and mapping.to_version == shipped.version
    assert set(mapping.questions) == set(old.questions())  # every old question is listed once


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_shipped_example_loads(shipped, path):
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != "ki-readiness-check/answers@1":
        pytest.skip("not an answers file")
    if data["questionnaire"]["id"] != shipped.id:
        pytest.skip("answers to another questionnaire (the sample)")
    answers, warnings = load_answers(path, shipped)
    assert answers.questionnaire.version == shipped.version
    assert [w for w in warnings if not w.warning] == []


@pytest.mark.parametrize("name", ["gemeinde-klein-1.0.json", "landkreis-gross-1.0.json"])
def test_a_1_0_answers_file_is_carried_over_and_keeps_everything(shipped, old, name):
    path = V1 / name
    original, _ = load_answers(path, old)
    answers, warnings = load_answers(path, shipped)
    assert answers.questionnaire.version == shipped.version
    (notice,) = warnings
    assert notice.code == "migrated" and notice.warning
    assert "übertragen" in notice.message("de") and "carried over" in notice.message("en")
    # Nothing stored is lost: the old answers and notes are kept whole.
    assert answers.legacy.version == "1.0"
    assert answers.legacy.answers == original.answers
    assert answers.legacy.notes == original.notes
    assert [p for p in check_answers(answers, shipped) if not p.warning] == []
    # The export carries the kept answers, and reading it back changes nothing.
    again, _ = parse_answers(dump_answers(answers), shipped)
    assert again == answers
    changed = what_changed(answers, shipped)
    assert changed is not None and changed.carried
    assert len(answers.answers) == len(changed.carried)


def test_renamed_questions_and_options_follow_the_mapping(shipped, old):
    answers = new_answers(
        old,
        answers={
            "use_case_families": ["chatbots_assistants", "image_recognition", "ocr"],
            "culture_pilots": "open_ended",
            "use_case_pilots": "open_ended",
            "governance_reporting": "regular",
            "it_hosting": DONT_KNOW,
        },
        notes={"governance_reporting": "Quartalsbericht an den Bürgermeister", "ai_use_known": "x"},
    )
    mapping = find_mapping(shipped, "1.0")
    carried, report = migrate_answers(answers, shipped, mapping)
    families = carried.answers["ai_in_use_families"]
    assert {"chatbot_citizens", "assistant_internal", "image_objects"} <= set(families)
    # A question moved onto another id: the old use_case_pilots is now use_case_scaling, and
    # culture_pilots took over use_case_pilots; neither is confused with the other.
    assert ("culture_pilots", "use_case_pilots") in report.carried
    assert ("use_case_pilots", "use_case_scaling") in report.carried
    # A merged question is asked again; its note goes to the question that took its topic.
    assert "governance_reporting" in report.kept_only
    assert "governance_reporting" not in carried.answers
    assert carried.notes["governance_ai_lead"] == "Quartalsbericht an den Bürgermeister"
    assert carried.notes["ai_inventory"] == "x"
    assert carried.legacy.answers == answers.answers


def test_a_broken_mapping_is_reported_with_its_place(shipped):
    mapping = VersionMapping.model_validate(
        {
            "questionnaire": shipped.id,
            "from_version": "0.9",
            "to_version": shipped.version,
            "questions": {
                "a": {"to": "nowhere"},
                "b": {"to": None, "merged_into": "strategy_documnt"},
                "c": {"to": "strategy_document", "options": {"x": ["not_an_option"]}},
            },
        }
    )
    lines = [p.located("m.yaml") for p in check_mapping(mapping, shipped)]
    assert len(lines) == 3
    assert "questions.a.to" in lines[0] and "'nowhere'" in lines[0]
    assert "questions.b.merged_into" in lines[1]
    assert "questions.c.options.x[0]" in lines[2] and "'not_an_option'" in lines[2]


def test_answers_of_an_unmapped_version_load_as_before_with_a_warning(shipped):
    data = json.loads((V1 / "gemeinde-klein-1.0.json").read_text(encoding="utf-8"))
    data["questionnaire"]["version"] = "0.5"
    data["answers"] = {"strategy_document": "none"}
    data["notes"] = {}
    answers, warnings = parse_answers(json.dumps(data), shipped, "x.json")
    assert answers.legacy is None and [w.code for w in warnings] == ["other_version"]


def _answer(question, draw):
    options = [o.id for o in question.options]
    if question.type == "multi":
        return draw(
            st.one_of(
                st.just(DONT_KNOW), st.lists(st.sampled_from(options), min_size=1, unique=True)
            )
        )
    choices = [*options, DONT_KNOW] + ([NOT_APPLICABLE] if question.allow_not_applicable else [])
    return draw(st.sampled_from(choices))


@st.composite
def old_answer_sets(draw, old):
    questions = list(old.questions().values())
    chosen = draw(
        st.lists(st.sampled_from(questions), unique_by=lambda q: q.id, max_size=len(questions))
    )
    return {q.id: _answer(q, draw) for q in chosen}


_OLD = load_questionnaire(V1 / "ki-readiness-kommunen-1.0.yaml")
_SHIPPED = load_questionnaire(default_questionnaire_path())


@settings(max_examples=60, deadline=None)
@given(given_answers=old_answer_sets(_OLD), mode=st.sampled_from(["full", "short"]))
def test_any_1_0_answers_carry_over_valid_and_nothing_is_lost(given_answers, mode):
    original = new_answers(_OLD, mode=mode, answers=given_answers)
    mapping = find_mapping(_SHIPPED, "1.0")
    carried, report = migrate_answers(original, _SHIPPED, mapping)
    assert [p for p in check_answers(carried, _SHIPPED) if not p.warning] == []
    assert carried.legacy.answers == given_answers
    assert {old for old, _ in report.carried} | set(report.kept_only) == set(given_answers)
    assert len({new for _, new in report.carried}) == len(report.carried)
    for old_id, new_id in report.carried:
        if given_answers[old_id] in (DONT_KNOW, NOT_APPLICABLE):
            assert carried.answers[new_id] == given_answers[old_id]


def test_loading_a_mapping_that_is_not_one_says_where(tmp_path):
    from questionnaire.migration import load_mapping

    path = tmp_path / "m.yaml"
    path.write_text(
        "questionnaire: x\nfrom_version: '1'\nto_version: '2'\nquestions: {a: {too: b}}\n"
    )
    with pytest.raises(InputError) as caught:
        load_mapping(path)
    assert any("questions.a" in line and "'too'" in line for line in caught.value.lines())
