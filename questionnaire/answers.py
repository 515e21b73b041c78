"""The answers file: one filled-in assessment, the portable format of import, export and CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .checks import booleans_as_numbers
from .models import DONT_KNOW, NOT_APPLICABLE, RESERVED_ANSWERS, Questionnaire
from .problems import InputError, Problem
from .pydantic_problems import format_path, from_validation_error, known_keys
from .source import Parsed, parse, read_text, refuse_recursion

FORMAT = "ki-readiness-check/answers@1"
# "amt" stands for every association administering member Gemeinden: Amt, Verbandsgemeinde,
# Samtgemeinde, Verwaltungsgemeinschaft.
KINDS = ("gemeinde", "stadt", "kreisfreie_stadt", "landkreis", "amt")
# The sixteen Länder by their ISO 3166-2:DE codes, without the "DE-" prefix.
STATES = ("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST",
          "SH", "TH")  # fmt: skip

Answer = str | list[str]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class QuestionnaireRef(_Model):
    id: str
    version: str


class Profile(_Model):
    organisation: str | None = Field(default=None, max_length=200)
    kind: Literal["gemeinde", "stadt", "kreisfreie_stadt", "landkreis", "amt"] | None = None
    population: int | None = Field(default=None, ge=0, le=20_000_000)
    state: Literal[STATES] | None = None  # type: ignore[valid-type]
    respondent_role: str | None = Field(default=None, max_length=200)
    date: str | None = Field(default=None, max_length=40)


class Legacy(_Model):
    """The answers and notes as given to an earlier version, kept whole when carried over."""

    version: str
    answers: dict[str, Answer] = {}
    notes: dict[str, str] = {}


class Answers(_Model):
    format: str = FORMAT
    questionnaire: QuestionnaireRef
    profile: Profile = Profile()
    mode: Literal["full", "short"] = "full"
    language: Literal["de", "en"] = "de"
    answers: dict[str, Answer] = {}
    notes: dict[str, str] = {}
    targets: dict[str, int] = {}
    legacy: Legacy | None = None  # what was given to an earlier version (see migration.py)

    def value(self, question_id: str) -> Answer | None:
        """The answer given to a question, or None when it is unanswered."""
        return self.answers.get(question_id)


_VOCABULARY = known_keys(Answers, QuestionnaireRef, Profile, Legacy)
_NUMBERS = {"profile": frozenset({"population"}), "targets": None}


def load_answers(path: str | Path, questionnaire: Questionnaire) -> tuple[Answers, list[Problem]]:
    """Read and check an answers file; returns it with its warnings, or raises InputError."""
    return parse_answers(read_text(path), questionnaire, str(path))


def parse_answers(
    text: str, questionnaire: Questionnaire, source: str = ""
) -> tuple[Answers, list[Problem]]:
    """Check answers text (JSON or YAML) against a questionnaire; every problem at once."""
    with refuse_recursion(source):
        return _check(text, questionnaire, source)


def _check(text: str, questionnaire: Questionnaire, source: str) -> tuple[Answers, list[Problem]]:
    parsed = parse(text, source)
    data = parsed.data
    if not isinstance(data, dict):
        raise InputError(source, [Problem("", "not_mapping", line=1)])
    if "format" not in data:
        raise InputError(source, [Problem("", "no_format", {"expected": FORMAT}, line=1)])
    if data.get("format") != FORMAT:
        params = {"found": data.get("format"), "expected": FORMAT}
        raise InputError(
            source, [Problem("format", "unknown_format", params, parsed.line_of(("format",)))]
        )
    # The model reads true as 1: a target or a population given as a YAML boolean is wrong.
    numbers = [
        problem
        for key, names in _NUMBERS.items()
        for problem in booleans_as_numbers(parsed, (key,), data.get(key), names)
    ]
    try:
        answers = Answers.model_validate(data)
    except ValidationError as error:
        problems = from_validation_error(error, parsed, _VOCABULARY) + numbers
        raise InputError(source, sorted(problems, key=lambda p: p.line or 0)) from None
    from .migration import upgrade

    answers, migrated = upgrade(answers, questionnaire)
    if migrated is not None:
        notice = Problem(
            "questionnaire.version",
            "migrated",
            {
                "found": migrated.from_version,
                "expected": migrated.to_version,
                "carried": len(migrated.carried),
                "again": len(migrated.asked_again),
            },
            parsed.line_of(("questionnaire", "version")),
            warning=True,
        )
        numbers = [notice, *numbers]
        parsed = None  # the lines of the file no longer match the carried-over answers
    problems = numbers + check_answers(answers, questionnaire, parsed)
    errors = sorted((p for p in problems if not p.warning), key=lambda p: p.line or 0)
    if errors:
        raise InputError(source, errors)
    return answers, problems


def check_answers(
    answers: Answers, questionnaire: Questionnaire, parsed: Parsed | None = None
) -> list[Problem]:
    """Every problem of `answers` against `questionnaire`; a version difference is a warning."""

    def add(path: tuple, code: str, warning: bool = False, **params: object) -> None:
        line = parsed.line_of(path) if parsed else None
        problems.append(Problem(format_path(path), code, params, line, warning))

    problems: list[Problem] = []
    ref = answers.questionnaire
    if ref.id != questionnaire.id:
        add(("questionnaire", "id"), "other_questionnaire", found=ref.id, expected=questionnaire.id)
        return problems
    if ref.version != questionnaire.version:
        add(("questionnaire", "version"), "other_version", True,
            found=ref.version, expected=questionnaire.version)  # fmt: skip
    if answers.mode == "short" and not questionnaire.has_short_mode():
        add(("mode",), "no_short_mode")
    questions = questionnaire.questions()
    for qid, value in answers.answers.items():
        path = ("answers", qid)
        question = questions.get(qid)
        if question is None:
            _unknown_question(add, path, qid, questions)
            continue
        options = [o.id for o in question.options]
        if value == NOT_APPLICABLE and not question.allow_not_applicable:
            add(path, "na_not_allowed", question=qid)
        elif isinstance(value, list) and question.type == "single":
            add(path, "multi_for_single", question=qid)
        elif isinstance(value, str) and question.type == "multi" and value not in RESERVED_ANSWERS:
            add(path, "single_for_multi", question=qid, example=options[0])
        if isinstance(value, list):
            _check_choices(add, path, qid, value, options)
        elif value not in options and value not in RESERVED_ANSWERS:
            add(path, "unknown_option", question=qid, option=value,
                allowed=", ".join([*options, DONT_KNOW]))  # fmt: skip
    for qid in answers.notes:
        if qid not in questions:
            _unknown_question(add, ("notes", qid), qid, questions)
    dimension_ids = [d.id for d in questionnaire.dimensions]
    for did, level in answers.targets.items():
        if did not in dimension_ids:
            add(("targets", did), "unknown_dimension", id=did, allowed=", ".join(dimension_ids))
        elif not 1 <= level <= len(questionnaire.levels):
            add(("targets", did), "target_range", value=level, count=len(questionnaire.levels))
    return problems


def _check_choices(add, path: tuple, qid: str, value: list[str], options: list[str]) -> None:
    # Scoring sums the points of the listed options, so a reserved answer inside the list or an
    # option listed twice would be scored wrongly (or not at all); both are refused here.
    seen: set[str] = set()
    for index, option in enumerate(value):
        if option in RESERVED_ANSWERS:
            add((*path, index), "reserved_in_list", value=option)
        elif option not in options:
            add((*path, index), "unknown_option", question=qid, option=option,
                allowed=", ".join(options))  # fmt: skip
        elif option in seen:
            add((*path, index), "chosen_twice", option=option)
        seen.add(option)


def _unknown_question(add, path: tuple, qid: str, questions: dict) -> None:
    import difflib

    close = difflib.get_close_matches(qid, list(questions), n=1)
    if close:
        add(path, "unknown_question_hint", id=qid, hint=close[0])
    else:
        add(path, "unknown_question", id=qid)


def dump_answers(answers: Answers) -> str:
    """The answers as pretty JSON; parse_answers of this text gives back an equal value."""
    data = answers.model_dump(mode="json", exclude_none=True)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def new_answers(questionnaire: Questionnaire, mode: str = "full", **fields: object) -> Answers:
    """An empty answers value for `questionnaire`."""
    ref = QuestionnaireRef(id=questionnaire.id, version=questionnaire.version)
    return Answers(questionnaire=ref, mode=mode, **fields)
