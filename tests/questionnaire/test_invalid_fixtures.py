"""The corpus of invalid files: each gives its exact located message(s), also on the command line.

Every file in tests/fixtures/invalid/ is focused on one mistake (the `several_mistakes` files on
many). Files starting with `q_` are questionnaires, files starting with `a_` are answers files
checked against questionnaire/data/sample.yaml. Each expected line is what follows the file name
in `InputError.lines()`: `:LINE: PATH: MESSAGE`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from questionnaire import (
    SAMPLE_QUESTIONNAIRE,
    InputError,
    load_answers,
    load_questionnaire,
    parse_questionnaire,
)
from questionnaire.problems import Megabytes, Problem
from questionnaire.source import MAX_BYTES, read_text
from scoring.__main__ import main as scoring_main

ROOT = Path(__file__).resolve().parents[2]
INVALID = ROOT / "tests" / "fixtures" / "invalid"
RELATIVE = INVALID.relative_to(ROOT)
SAMPLE = load_questionnaire(SAMPLE_QUESTIONNAIRE)

EXPECTED = [
    (
        "a_boolean_target.yaml",
        [
            ":6: answers.budget: 'no' was read as a YAML boolean (false); put it in quotes: \"no\"",
            ":8: targets.strategy: 'yes' was read as a YAML boolean (true); a number belongs here",
        ],
    ),
    (
        "a_foreign_format.json",
        [
            ":2: format: this is not a KI-Readiness-Check answers file (format "
            "'limesurvey/export@3', expected 'ki-readiness-check/answers@1')",
        ],
    ),
    (
        "a_json_syntax_error.json",
        [
            ":12: column 18: unexpected ','; check commas, brackets and quotation marks",
        ],
    ),
    (
        "a_list_for_single.json",
        [
            ":20: answers.budget: question 'budget' takes one option, not a list",
        ],
    ),
    (
        "a_missing_format.json",
        [
            ":1: key 'format' is missing; an answers file starts with \"format\": "
            '"ki-readiness-check/answers@1"',
        ],
    ),
    (
        "a_not_applicable_not_allowed.json",
        [
            ":20: answers.budget: question 'budget' does not allow 'not_applicable'",
        ],
    ),
    (
        "a_notes_unknown_question.json",
        [
            ":25: notes.budgett: there is no question 'budgett' in the questionnaire; did you "
            "mean 'budget'?",
        ],
    ),
    (
        "a_option_chosen_twice.json",
        [
            ":18: answers.roles_involved[2]: option 'dpo' is chosen twice; list each option once",
        ],
    ),
    (
        "a_other_questionnaire.json",
        [
            ":4: questionnaire.id: the answers belong to questionnaire 'ki-readiness-kommunen', "
            "not 'sample'",
        ],
    ),
    (
        "a_population_text.json",
        [
            ":10: profile.population: expected a whole number, found the text 'about 8000'",
        ],
    ),
    (
        "a_reserved_in_list.json",
        [
            ":17: answers.roles_involved[1]: 'dont_know' is an answer of its own: give it as "
            "text, not inside a list",
        ],
    ),
    (
        "a_several_mistakes.json",
        [
            ":14: answers.strategy_document: question 'strategy_document' takes one option, not "
            "a list",
            ":21: answers.trainings: question 'trainings' does not allow 'not_applicable'",
            ":22: answers.budget: question 'budget' has no option 'plenty'; options: none, "
            "ad_hoc, project, line, multi_year, dont_know",
            ":25: targets.strategy: target level 0 is outside 1 to 5",
            ":26: targets.data: there is no dimension 'data'; dimensions: strategy, law, skills",
        ],
    ),
    (
        "a_string_for_multi.json",
        [
            ":15: answers.roles_involved: question 'roles_involved' takes a list of options, "
            'e.g. ["dpo"]',
        ],
    ),
    (
        "a_target_6.json",
        [
            ":22: targets.strategy: target level 6 is outside 1 to 5",
        ],
    ),
    (
        "a_target_unknown_dimension.json",
        [
            ":23: targets.data_quality: there is no dimension 'data_quality'; dimensions: "
            "strategy, law, skills",
        ],
    ),
    (
        "a_top_level_list.json",
        [
            ":1: the file must contain a mapping (key: value) at the top level",
        ],
    ),
    (
        "a_unknown_option.json",
        [
            ":20: answers.budget: question 'budget' has no option 'plenty'; options: none, "
            "ad_hoc, project, line, multi_year, dont_know",
        ],
    ),
    (
        "a_unknown_option_in_list.json",
        [
            ":17: answers.roles_involved[1]: question 'roles_involved' has no option 'mayor'; "
            "options: dpo, staff_council, it, legal, none_of_these",
        ],
    ),
    (
        "a_unknown_profile_key.json",
        [
            ":11: profile: unknown key 'mayor'",
        ],
    ),
    (
        "a_unknown_profile_key_hint.json",
        [
            ":10: profile: unknown key 'organization'; did you mean 'organisation'?",
        ],
    ),
    (
        "a_unknown_question.json",
        [
            ":20: answers.cloud_usage: there is no question 'cloud_usage' in the questionnaire",
        ],
    ),
    (
        "a_unknown_question_hint.json",
        [
            ":20: answers.strategy_documents: there is no question 'strategy_documents' in the "
            "questionnaire; did you mean 'strategy_document'?",
        ],
    ),
    (
        "a_wrong_mode.json",
        [
            ":12: mode: 'kurz' is not allowed here; use one of: full or short",
        ],
    ),
    (
        "a_yaml_wrong_types.yaml",
        [
            ":6: answers.budget: expected text, found the number 3",
            ":8: targets.strategy: expected a whole number, found the text 'high'",
        ],
    ),
    (
        "q_alias_bomb.yaml",
        [
            ":2: YAML anchors and aliases (& and *) are not allowed; write the value out",
        ],
    ),
    (
        "q_anchor_alias.yaml",
        [
            ":14: YAML anchors and aliases (& and *) are not allowed; write the value out",
        ],
    ),
    (
        "q_boolean_option_id.yaml",
        [
            ":22: dimensions[0].questions[0].options[1].id: 'yes' was read as a YAML boolean "
            '(true); put it in quotes: "yes"',
        ],
    ),
    (
        "q_boolean_weight.yaml",
        [
            ":20: dimensions[0].questions[0].weight: 'yes' was read as a YAML boolean (true); "
            "a number belongs here",
        ],
    ),
    (
        "q_boolean_question_id.yaml",
        [
            ":17: dimensions[0].questions[0].id: 'no' was read as a YAML boolean (false); put "
            'it in quotes: "no"',
        ],
    ),
    (
        "q_condition_two_forms.yaml",
        [
            ":29: dimensions[0].recommendations[0].when: a condition needs exactly one of: "
            "level_at_most/level_at_least, question (with score_at_most/score_at_least, "
            "answer_in, dont_know or not_applicable), all, any",
        ],
    ),
    (
        "q_duplicate_option_id.yaml",
        [
            ":22: dimensions[0].questions[0].options[1].id: option id 'none' is used twice "
            "(first at dimensions[0].questions[0].options[0].id); ids must be unique",
        ],
    ),
    (
        "q_duplicate_question_id.yaml",
        [
            ":34: dimensions[1].questions[0].id: question id 'plan' is used twice (first at "
            "dimensions[0].questions[0].id); ids must be unique",
        ],
    ),
    (
        "q_duplicate_recommendation_id.yaml",
        [
            ":30: dimensions[0].recommendations[1].id: recommendation id 'make_plan' is used "
            "twice (first at dimensions[0].recommendations[0].id); ids must be unique",
        ],
    ),
    (
        "q_latin1_encoding.yaml",
        [
            ": file is not UTF-8 text",
        ],
    ),
    (
        "q_level_above_five.yaml",
        [
            ":29: dimensions[0].recommendations[0].when.level_at_most: 6 is out of range: must "
            "be <= 5",
        ],
    ),
    (
        "q_level_beyond_levels.yaml",
        [
            ":28: dimensions[0].recommendations[0].when.level_at_most: level 5 does not exist; "
            "the questionnaire has levels 1 to 4",
        ],
    ),
    (
        "q_level_range_empty.yaml",
        [
            ":29: dimensions[0].recommendations[0].when: level_at_least 4 is above "
            "level_at_most 2: the condition can never hold",
        ],
    ),
    (
        "q_levels_not_ascending.yaml",
        [
            ":10: levels[3].min_score: min_score 40 must be greater than the previous level's 40",
        ],
    ),
    (
        "q_levels_not_from_zero.yaml",
        [
            ":7: levels[0].min_score: the first level must have min_score 0, found 10",
        ],
    ),
    (
        "q_missing_english.yaml",
        [
            ":22: dimensions[0].questions[0].options[1].label: text in language 'en' is missing "
            "(declared in 'languages')",
            ":25: dimensions[0].recommendations[0].text: text in language 'en' is missing "
            "(declared in 'languages')",
        ],
    ),
    (
        "q_missing_options.yaml",
        [
            ":17: dimensions[0].questions[0]: required key 'options' is missing",
        ],
    ),
    (
        "q_missing_question_id.yaml",
        [
            ":17: dimensions[0].questions[0]: required key 'id' is missing",
        ],
    ),
    (
        "q_multi_with_score.yaml",
        [
            ":23: dimensions[0].questions[0].options[1]: options of a 'multi' question need "
            "'points' (0 or more), not 'score'",
        ],
    ),
    (
        "q_multi_without_points.yaml",
        [
            ":21: dimensions[0].questions[0].options: a 'multi' question needs at least one "
            "option with points above 0",
        ],
    ),
    (
        "q_not_snake_case.yaml",
        [
            ":13: dimensions[0].id: id 'StrategyAndGoals' must be snake_case (lower-case "
            "letters, digits, underscores)",
            ":17: dimensions[0].questions[0].id: id 'ai-plan' must be snake_case (lower-case "
            "letters, digits, underscores)",
        ],
    ),
    (
        "q_one_level.yaml",
        [
            ":6: levels: needs at least 2 entries, found 1",
        ],
    ),
    (
        "q_option_score_5.yaml",
        [
            ":22: dimensions[0].questions[0].options[1].score: 5 is out of range: must be <= 4",
        ],
    ),
    (
        "q_python_tag.yaml",
        [
            ":3: column 10: YAML tags (starting with '!') are not allowed; write the plain value",
        ],
    ),
    (
        "q_questionnaire_id_spaces.yaml",
        [
            ":2: id: id 'KI Check Mini' may contain only lower-case letters, digits, '-' and '_'",
        ],
    ),
    (
        "q_reserved_option_id.yaml",
        [
            ":22: dimensions[0].questions[0].options[1].id: option id 'dont_know' is reserved "
            "for the built-in answer; choose another id",
        ],
    ),
    (
        "q_several_mistakes.yaml",
        [
            ":2: id: id 'Mini Check' may contain only lower-case letters, digits, '-' and '_'",
            ":9: levels[2].min_score: min_score 15 must be greater than the previous level's 20",
            ":17: dimensions[0].questions[0].id: 'no' was read as a YAML boolean (false); put "
            'it in quotes: "no"',
            ":19: dimensions[0].questions[0].help: text in language 'en' is missing (declared "
            "in 'languages')",
            ":20: dimensions[0].questions[0]: unknown key 'wieght'; did you mean 'weight'?",
            ":23: dimensions[0].questions[0].options[1].score: 5 is out of range: must be <= 4",
            ":27: dimensions[0].recommendations[0].priority: 'urgent' is not allowed here; use "
            "one of: critical, high, medium or low",
            ":30: dimensions[0].recommendations[0].when.question: there is no question 'plan' "
            "in the questionnaire",
        ],
    ),
    (
        "q_single_with_points.yaml",
        [
            ":22: dimensions[0].questions[0].options[1]: options of a 'single' question need a "
            "'score' (0 to 4), not 'points'",
        ],
    ),
    (
        "q_syntax_error.yaml",
        [
            ":6: column 7: a comma or the closing '}' of the braces begun in line 5 is missing",
        ],
    ),
    (
        "q_tab_indentation.yaml",
        [
            ":15: column 1: a tab character; indent with spaces",
        ],
    ),
    (
        "q_top_level_list.yaml",
        [
            ":1: the file must contain a mapping (key: value) at the top level",
        ],
    ),
    (
        "q_two_missing_keys.yaml",
        [
            ":17: dimensions[0].questions[0]: required key 'id' is missing",
            ":17: dimensions[0].questions[0]: required key 'help' is missing",
        ],
    ),
    (
        "q_unknown_key.yaml",
        [
            ":16: dimensions[0]: unknown key 'colour'",
        ],
    ),
    (
        "q_unknown_key_hint.yaml",
        [
            ":20: dimensions[0].questions[0]: unknown key 'wieght'; did you mean 'weight'?",
        ],
    ),
    (
        "q_when_unknown_option.yaml",
        [
            ":29: dimensions[0].recommendations[0].when.answer_in[1]: question 'plan' has no "
            "option 'started'; options: none, done",
        ],
    ),
    (
        "q_when_unknown_question.yaml",
        [
            ":29: dimensions[0].recommendations[0].when.question: there is no question 'budget' "
            "in the questionnaire",
        ],
    ),
    (
        "q_when_unknown_question_hint.yaml",
        [
            ":29: dimensions[0].recommendations[0].when.question: there is no question 'plann' "
            "in the questionnaire; did you mean 'plan'?",
        ],
    ),
    (
        "q_wrong_types.yaml",
        [
            ":20: dimensions[0].questions[0].type: 'checkbox' is not allowed here; use one of: "
            "single or multi",
            ":21: dimensions[0].questions[0].weight: expected a number, found the text 'heavy'",
            ":28: dimensions[0].recommendations[0].priority: 'urgent' is not allowed here; use "
            "one of: critical, high, medium or low",
        ],
    ),
]

GERMAN = [
    (
        "q_boolean_question_id.yaml",
        [
            ":17: dimensions[0].questions[0].id: 'no' wurde als YAML-Wahrheitswert (false) "
            'gelesen; setzen Sie es in Anführungszeichen: "no"',
        ],
    ),
    (
        "q_missing_english.yaml",
        [
            ":22: dimensions[0].questions[0].options[1].label: Der Text in der Sprache 'en' "
            "fehlt (in 'languages' angegeben)",
            ":25: dimensions[0].recommendations[0].text: Der Text in der Sprache 'en' fehlt "
            "(in 'languages' angegeben)",
        ],
    ),
    (
        "q_unknown_key_hint.yaml",
        [":20: dimensions[0].questions[0]: Unbekannter Schlüssel 'wieght'; meinten Sie 'weight'?"],
    ),
    (
        "q_option_score_5.yaml",
        [
            ":22: dimensions[0].questions[0].options[1].score: 5 liegt außerhalb des Bereichs: "
            "muss <= 4 sein"
        ],
    ),
    (
        "a_missing_format.json",
        [
            ":1: Der Schlüssel 'format' fehlt; eine Antwortdatei beginnt mit "
            '"format": "ki-readiness-check/answers@1"'
        ],
    ),
    (
        "a_target_6.json",
        [":22: targets.strategy: Die Zielstufe 6 liegt nicht zwischen 1 und 5"],
    ),
    (
        "q_boolean_weight.yaml",
        [
            ":20: dimensions[0].questions[0].weight: 'yes' wurde als YAML-Wahrheitswert (true) "
            "gelesen; hier gehört eine Zahl hin"
        ],
    ),
]


def load(path: Path) -> None:
    """Load a fixture the way its kind is loaded; it must fail."""
    if path.name.startswith("a_"):
        load_answers(path, SAMPLE)
    else:
        load_questionnaire(path)


def problems_of(path: Path, lang: str = "en") -> list[str]:
    with pytest.raises(InputError) as caught:
        load(path)
    return caught.value.lines(lang)


def test_the_corpus_has_at_least_25_files_and_each_is_in_the_table():
    files = sorted(p.name for p in INVALID.iterdir())
    assert len(files) >= 25
    assert files == sorted(name for name, _ in EXPECTED)


@pytest.mark.parametrize(("name", "expected"), EXPECTED, ids=[name for name, _ in EXPECTED])
def test_each_invalid_file_gives_its_exact_located_messages(name, expected):
    path = INVALID / name
    assert problems_of(path) == [f"{path}{line}" for line in expected]


@pytest.mark.parametrize(("name", "expected"), GERMAN, ids=[name for name, _ in GERMAN])
def test_the_messages_are_given_in_german_too(name, expected):
    path = INVALID / name
    assert problems_of(path, "de") == [f"{path}{line}" for line in expected]


@pytest.mark.parametrize(
    ("name", "count"), [("q_several_mistakes.yaml", 8), ("a_several_mistakes.json", 5)]
)
def test_every_problem_of_a_file_is_reported_at_once_in_file_order(name, count):
    with pytest.raises(InputError) as caught:
        load(INVALID / name)
    problems = caught.value.problems
    assert len(problems) == count
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    assert not any(p.warning for p in problems)


def test_an_alias_bomb_given_as_text_is_refused_with_a_single_problem():
    text = (INVALID / "q_alias_bomb.yaml").read_text(encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_questionnaire(text, "bomb.yaml")
    # Expanded and serialised, the last alias would stand for 9**9 (387 million) strings.
    assert [p.code for p in caught.value.problems] == ["alias"]


def big_file(tmp_path: Path) -> Path:
    head = SAMPLE_QUESTIONNAIRE.read_bytes()
    path = tmp_path / "huge.yaml"
    path.write_bytes(head + b"# " + b"x" * (MAX_BYTES - len(head)) + b"\n")
    return path


def test_a_file_over_2_mb_is_refused_with_its_size(tmp_path):
    path = big_file(tmp_path)
    size = path.stat().st_size
    assert size == MAX_BYTES + 3
    # Said in MB like the upload box, rounded up: 2 MB and 3 bytes is not "2 MB".
    assert problems_of(path) == [f"{path}: file is 2.1\u00a0MB; at most 2\u00a0MB are accepted"]


def test_a_file_of_exactly_2_mb_is_read(tmp_path):
    path = tmp_path / "limit.yaml"
    path.write_bytes(b"#" * (MAX_BYTES - 1) + b"\n")
    # Only reading is checked: parsing 2 MB with the pure-Python YAML parser takes seconds.
    assert len(read_text(path)) == MAX_BYTES


def test_text_over_2_mb_is_refused_too_when_it_is_not_read_from_a_file():
    text = "# " + "x" * MAX_BYTES
    with pytest.raises(InputError) as caught:
        parse_questionnaire(text, "pasted")
    assert caught.value.lines() == ["pasted: file is 2.1\u00a0MB; at most 2\u00a0MB are accepted"]


def test_a_missing_file_is_named():
    with pytest.raises(InputError) as caught:
        load_questionnaire(INVALID / "does_not_exist.yaml")
    assert caught.value.lines() == [f"{INVALID / 'does_not_exist.yaml'}: file not found"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def expected_lines(prefix: str, names: list[str]) -> list[str]:
    table = dict(EXPECTED)
    return [f"{prefix}/{name}{line}" for name in names for line in table[name]]


def test_questionnaire_check_prints_every_located_message_and_exits_with_2():
    names = sorted(p.name for p in INVALID.glob("q_*"))
    result = run("-m", "questionnaire", "check", *(f"{RELATIVE}/{name}" for name in names))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == expected_lines(str(RELATIVE), names)
    assert "Traceback" not in result.stderr


def test_questionnaire_check_reports_a_file_over_2_mb_without_a_traceback(tmp_path):
    path = big_file(tmp_path)
    result = run("-m", "questionnaire", "check", str(path))
    assert result.returncode == 2
    assert result.stderr == f"{path}: file is 2.1\u00a0MB; at most 2\u00a0MB are accepted\n"


def test_questionnaire_check_goes_on_after_an_invalid_file_and_still_fails():
    result = run(
        "-m", "questionnaire", "check", f"{RELATIVE}/q_unknown_key.yaml", str(SAMPLE_QUESTIONNAIRE)
    )
    assert result.returncode == 2
    assert result.stdout == f"{SAMPLE_QUESTIONNAIRE}: ok (3 dimensions, 7 questions)\n"


ANSWERS = [name for name, _ in EXPECTED if name.startswith("a_")]


@pytest.mark.parametrize(
    "name",
    [
        "a_foreign_format.json",
        "a_json_syntax_error.json",
        "a_several_mistakes.json",
        "a_yaml_wrong_types.yaml",
    ],
)
def test_scoring_prints_the_located_message_of_an_invalid_answers_file_and_exits_with_2(name):
    path = f"{RELATIVE}/{name}"
    result = run("-m", "scoring", path, "--questionnaire", "questionnaire/data/sample.yaml")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == expected_lines(str(RELATIVE), [name])
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ANSWERS)
def test_the_scoring_command_line_reports_each_invalid_answers_file_with_exit_code_2(name, capsys):
    # In-process, to keep the suite fast; the subprocess test above covers the real entry point.
    path = INVALID / name
    code = scoring_main([str(path), "--questionnaire", str(SAMPLE_QUESTIONNAIRE)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"{path}{line}" for line in dict(EXPECTED)[name]]


def test_scoring_group_stops_at_an_invalid_answers_file_with_its_message(capsys):
    good = ROOT / "tests" / "fixtures" / "answers" / "full.json"
    bad = INVALID / "a_target_6.json"
    code = scoring_main(
        ["group", str(good), str(bad), "--questionnaire", str(SAMPLE_QUESTIONNAIRE)]
    )
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"{bad}:22: targets.strategy: target level 6 is outside 1 to 5\n"


@pytest.mark.parametrize(
    ("size", "de", "en"),
    [
        (MAX_BYTES, "2", "2"),
        (MAX_BYTES + 3, "2,1", "2.1"),  # just over the limit: never "2 MB"
        (9_006_000, "9", "9"),
        (9_060_000, "9,1", "9.1"),
        (1_500_040_000, "1.500", "1,500"),
    ],
)
def test_sizes_are_said_in_mb_in_each_languages_number_format(size, de, en):
    limit = Megabytes(MAX_BYTES)
    problem = Problem("", "file_too_large", {"size": Megabytes(size, MAX_BYTES), "limit": limit})
    assert problem.message("de") == f"Die Datei hat {de}\u00a0MB; höchstens 2\u00a0MB sind erlaubt"
    assert problem.message("en") == f"file is {en}\u00a0MB; at most 2\u00a0MB are accepted"
