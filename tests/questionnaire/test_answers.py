"""Answers files: loading, warnings, and the round trip dump -> parse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from questionnaire import (
    SAMPLE_QUESTIONNAIRE,
    Answers,
    InputError,
    Problem,
    Profile,
    dump_answers,
    load_answers,
    load_questionnaire,
    new_answers,
    parse_answers,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "answers"
SAMPLE = load_questionnaire(SAMPLE_QUESTIONNAIRE)


def test_an_answers_file_loads_with_every_field():
    answers, warnings = load_answers(FIXTURES / "full.json", SAMPLE)
    assert warnings == []
    assert (answers.questionnaire.id, answers.questionnaire.version) == ("sample", "1.0")
    assert answers.profile == Profile(
        organisation="Gemeinde Testdorf",
        kind="gemeinde",
        population=4100,
        state="SN",
        respondent_role="Hauptamt",
        date="2026-11-24",
    )
    assert answers.value("roles_involved") == ["dpo", "it"]
    assert answers.value("trainings") == "dont_know"
    assert answers.value("nothing_like_this") is None
    assert answers.notes == {"budget": "Mittel für 2027 beantragt"}
    assert (answers.mode, answers.language, answers.targets) == ("full", "de", {"skills": 4})


def test_an_answers_file_in_yaml_loads_like_json():
    answers, _ = load_answers(FIXTURES / "short-en.yaml", SAMPLE)
    assert (answers.mode, answers.language) == ("short", "en")
    assert answers.answers == {
        "strategy_document": "draft",
        "ai_rules": "none",
        "trainings": "recorded",
    }


HEAD = '"format": "ki-readiness-check/answers@1"'


def test_a_minimal_answers_file_gets_the_documented_defaults():
    text = f'{{{HEAD}, "questionnaire": {{"id": "sample", "version": "1.0"}}}}'
    answers, _ = parse_answers(text, SAMPLE)
    assert (answers.mode, answers.language, answers.answers) == ("full", "de", {})
    assert (answers.notes, answers.targets, answers.profile) == ({}, {}, Profile())


@pytest.mark.parametrize("name", ["full.json", "short-en.yaml", "participant-1.json"])
def test_dump_then_parse_gives_back_an_equal_value(name):
    answers, _ = load_answers(FIXTURES / name, SAMPLE)
    again, warnings = parse_answers(dump_answers(answers), SAMPLE)
    assert again == answers
    assert warnings == []


@pytest.mark.parametrize("name", ["full.json", "short-en.yaml"])
def test_the_dump_read_back_from_yaml_gives_back_an_equal_value(name):
    answers, _ = load_answers(FIXTURES / name, SAMPLE)
    as_yaml = yaml.safe_dump(json.loads(dump_answers(answers)), allow_unicode=True)
    again, _ = parse_answers(as_yaml, SAMPLE)
    assert again == answers


def test_dumping_is_stable_and_leaves_out_empty_profile_fields():
    answers = new_answers(SAMPLE, answers={"budget": "line"}, profile=Profile(population=0))
    text = dump_answers(answers)
    assert dump_answers(parse_answers(text, SAMPLE)[0]) == text
    data = json.loads(text)
    assert data["format"] == "ki-readiness-check/answers@1"
    assert data["profile"] == {"population": 0}
    assert data["answers"] == {"budget": "line"}


def test_a_dump_keeps_german_characters_readable():
    answers, _ = load_answers(FIXTURES / "full.json", SAMPLE)
    assert "Mittel für 2027 beantragt" in dump_answers(answers)


def test_new_answers_refers_to_the_questionnaire_it_is_for():
    answers = new_answers(SAMPLE, "short")
    assert (answers.questionnaire.id, answers.questionnaire.version) == ("sample", "1.0")
    assert (answers.mode, answers.answers) == ("short", {})


def test_a_different_questionnaire_version_is_a_warning_and_the_answers_still_load():
    path = FIXTURES / "other-version.json"
    answers, warnings = load_answers(path, SAMPLE)
    assert answers.value("budget") == "project"
    assert warnings == [Problem("questionnaire.version", "other_version", line=1, warning=True)]
    (warning,) = warnings
    assert warning.located(str(path)) == (
        f"{path}:1: questionnaire.version: warning: the answers were given to version 0.9; "
        "this questionnaire is version 1.0"
    )
    assert warning.located(str(path), "de") == (
        f"{path}:1: questionnaire.version: Hinweis: Die Antworten stammen aus Version 0.9; "
        "dieser Fragebogen hat Version 1.0"
    )


@pytest.mark.parametrize(
    ("answers", "valid"),
    [
        ({"face_recognition": "not_applicable"}, True),  # allowed on this question
        ({"roles_involved": "dont_know"}, True),  # a multi question takes dont_know as text
        ({"roles_involved": "not_applicable"}, False),  # but not not_applicable here
        ({"roles_involved": []}, True),  # nothing ticked
        ({"strategy_document": "dont_know"}, True),
        ({"strategy_document": "Beschlossen"}, False),  # a label is not an option id
    ],
)
def test_reserved_answers_and_empty_lists_are_accepted_where_they_make_sense(answers, valid):
    text = dump_answers(new_answers(SAMPLE, answers=answers))
    if valid:
        assert parse_answers(text, SAMPLE)[0].answers == answers
    else:
        with pytest.raises(InputError):
            parse_answers(text, SAMPLE)


def test_short_mode_is_refused_for_a_questionnaire_without_short_questions(build):
    questionnaire = build.questionnaire(build.dimension("d1", [build.single("q1")]))
    text = f'{{{HEAD},\n"questionnaire": {{"id": "built", "version": "1.0"}},\n"mode": "short"}}'
    with pytest.raises(InputError) as caught:
        parse_answers(text, questionnaire, "answers.json")
    assert caught.value.lines() == [
        "answers.json:3: mode: mode 'short' needs questions marked 'short: true'; "
        "this questionnaire has none"
    ]


def test_a_target_must_be_one_of_the_questionnaires_levels(build):
    questionnaire = build.questionnaire(
        build.dimension("d1", [build.single("q1")]), levels=(0, 50, 75)
    )
    text = f"""{{{HEAD},
        "questionnaire": {{"id": "built", "version": "1.0"}},
        "targets": {{"d1": 4}}}}"""
    with pytest.raises(InputError) as caught:
        parse_answers(text, questionnaire, "answers.json")
    assert caught.value.lines() == ["answers.json:3: targets.d1: target level 4 is outside 1 to 3"]


def test_the_answers_model_is_frozen():
    answers = new_answers(SAMPLE)
    with pytest.raises(ValueError, match="frozen"):
        answers.mode = "short"  # type: ignore[misc]
    assert isinstance(answers, Answers)
