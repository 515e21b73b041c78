"""The questionnaire format: the shipped sample, the JSON Schema, texts and located problems."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from questionnaire import (
    SAMPLE_QUESTIONNAIRE,
    InputError,
    Priority,
    Problem,
    load_questionnaire,
    localized,
    parse_questionnaire,
)
from questionnaire.schema import SCHEMA_PATH, questionnaire_schema

ROOT = Path(__file__).resolve().parents[2]


def test_the_sample_questionnaire_validates():
    questionnaire = load_questionnaire(SAMPLE_QUESTIONNAIRE)
    assert questionnaire.id == "sample"
    assert [d.id for d in questionnaire.dimensions] == ["strategy", "law", "skills"]
    assert list(questionnaire.questions()) == [
        "strategy_document",
        "budget",
        "ai_rules",
        "roles_involved",
        "face_recognition",
        "trainings",
        "champions",
    ]
    assert [level.min_score for level in questionnaire.levels] == [0, 20, 40, 60, 80]


def test_the_sample_passes_the_check_command():
    result = subprocess.run(
        [sys.executable, "-m", "questionnaire", "check", "questionnaire/data/sample.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "questionnaire/data/sample.yaml: ok (3 dimensions, 7 questions)\n"


def test_the_sample_reads_the_same_from_json():
    questionnaire = load_questionnaire(SAMPLE_QUESTIONNAIRE)
    as_json = json.dumps(questionnaire.model_dump(mode="json", exclude_none=True))
    assert parse_questionnaire(as_json, "sample.json") == questionnaire


def test_the_model_helpers_answer_from_the_sample():
    questionnaire = load_questionnaire(SAMPLE_QUESTIONNAIRE)
    strategy = questionnaire.dimension("strategy")
    assert [q.id for q in strategy.questions_in("short")] == ["strategy_document"]
    assert [q.id for q in strategy.questions_in("full")] == ["strategy_document", "budget"]
    roles = questionnaire.questions()["roles_involved"]
    assert (roles.effective_max_points, roles.option("it").points, roles.option("x")) == (
        3,
        1,
        None,
    )
    assert questionnaire.dimension_of()["champions"].id == "skills"
    assert questionnaire.level_name(4, "en") == "Managed"
    assert questionnaire.level_name(None) is None
    assert questionnaire.has_short_mode()
    with pytest.raises(KeyError):
        questionnaire.dimension("nowhere")


def test_max_points_defaults_to_the_sum_of_all_points(build):
    questionnaire = build.questionnaire(
        build.dimension("d1", [build.multi("q1", points=(1, 0, 2.5))])
    )
    assert questionnaire.questions()["q1"].effective_max_points == 3.5


def test_priorities_rank_from_critical_to_low():
    assert [p.rank for p in Priority] == [0, 1, 2, 3]
    assert [p.value for p in Priority] == ["critical", "high", "medium", "low"]


# --- the JSON Schema ---


def test_the_committed_json_schema_equals_the_generated_one():
    # When this fails after a change of the models: python -m questionnaire schema
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert committed == questionnaire_schema()


def test_the_schema_command_prints_exactly_the_committed_file():
    result = subprocess.run(
        [sys.executable, "-m", "questionnaire", "schema", "--output", "-"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout == SCHEMA_PATH.read_text(encoding="utf-8")


def test_the_schema_command_writes_the_file_it_is_given(tmp_path):
    target = tmp_path / "schema.json"
    result = subprocess.run(
        [sys.executable, "-m", "questionnaire", "schema", "-o", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(target.read_text(encoding="utf-8")) == questionnaire_schema()


def test_the_schema_declares_its_draft_and_forbids_unknown_keys():
    schema = questionnaire_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {
        "id",
        "version",
        "languages",
        "title",
        "levels",
        "dimensions",
    }
    option = schema["$defs"]["Option"]["properties"]["score"]["anyOf"][0]
    assert (option["minimum"], option["maximum"]) == (0, 4)


# --- texts in several languages ---


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ({"de": "Strategie", "en": "Strategy"}, "en", "Strategy"),
        ({"de": "Strategie", "en": "Strategy"}, "de", "Strategie"),
        ({"de": "Strategie", "en": "Strategy"}, "fr", "Strategie"),  # German is the fallback
        ({"de": "Strategie", "en": ""}, "en", "Strategie"),  # an empty text falls back too
        ({"en": "Strategy"}, "de", "Strategy"),  # then any language
        ({"fr": "Stratégie", "en": "Strategy"}, "de", "Stratégie"),  # the first one given
        ({}, "de", ""),
        ("KI-VO Art. 4", "en", "KI-VO Art. 4"),  # a plain string is the same in every language
    ],
)
def test_localized_falls_back_to_german_then_to_any_language(text, lang, expected):
    assert localized(text, lang) == expected


# --- located problems ---


@pytest.mark.parametrize(
    ("problem", "source", "lang", "expected"),
    [
        (Problem("a.b", "too_short", line=3), "f.yaml", "en", "f.yaml:3: a.b: must not be empty"),
        (Problem("a.b", "too_short"), "f.yaml", "en", "f.yaml: a.b: must not be empty"),
        (Problem("", "too_short", line=3), "f.yaml", "en", "f.yaml:3: must not be empty"),
        (Problem("a.b", "too_short", line=3), "", "en", "3: a.b: must not be empty"),
        (Problem("", "too_short"), "", "de", "Darf nicht leer sein"),
        (Problem("", "too_short", warning=True), "", "de", "Hinweis: Darf nicht leer sein"),
        (Problem("x", "too_short", warning=True), "f", "en", "f: x: warning: must not be empty"),
        (Problem("", "too_short"), "f", "fr", "f: must not be empty"),  # unknown: English
    ],
)
def test_a_problem_is_located_by_file_line_and_path(problem, source, lang, expected):
    assert problem.located(source, lang) == expected


def test_an_input_error_carries_every_problem_and_says_them_all():
    problems = [Problem("id", "missing", {"key": "id"}, 1), Problem("x", "too_short", line=4)]
    error = InputError("q.yaml", problems)
    assert error.lines() == [
        "q.yaml:1: id: required key 'id' is missing",
        "q.yaml:4: x: must not be empty",
    ]
    assert error.lines("de")[0] == "q.yaml:1: id: Der Pflichtschlüssel 'id' fehlt"
    assert str(error) == "\n".join(error.lines())
    assert isinstance(error, ValueError)


def test_every_message_exists_in_german_and_english_with_the_same_placeholders():
    from string import Formatter

    from texts import catalog

    german, english = catalog("problems", "de"), catalog("problems", "en")
    assert set(german) == set(english)
    for code in german:
        fields = [{f for _, f, _, _ in Formatter().parse(t[code]) if f} for t in (german, english)]
        assert fields[0] == fields[1], code


def test_an_empty_file_is_not_a_questionnaire():
    with pytest.raises(InputError) as caught:
        parse_questionnaire("", "empty.yaml")
    assert caught.value.lines() == [
        "empty.yaml:1: the file must contain a mapping (key: value) at the top level"
    ]


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPLE_QUESTIONNAIRE.read_bytes())
    assert load_questionnaire(path) == load_questionnaire(SAMPLE_QUESTIONNAIRE)
