"""Checks of a questionnaire that the models alone cannot make: ids, languages, levels, rules.

They run on the parsed data, so they report problems even where the structure is broken
elsewhere, and every problem of a file is reported at once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

from .models import RESERVED_ANSWERS, TITLE_LENGTH
from .problems import Phrase, Problem
from .pydantic_problems import format_path
from .source import Parsed, PathKey

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
QUESTIONNAIRE_ID = re.compile(r"^[a-z0-9]+([-_][a-z0-9]+)*$")
TEXT_KEYS = (
    "title", "description", "name", "text", "help", "label", "owner", "owner_small", "note"
)  # fmt: skip
# pydantic reads true/false as 1/0 where a number belongs: "weight: yes" would weigh 1.
NUMBER_KEYS = frozenset(
    {"weight", "score", "points", "max_points", "min_score", "level_at_most", "level_at_least",
     "score_at_most", "score_at_least"}
)  # fmt: skip


def _dicts(value: Any) -> Iterator[tuple[int, dict]]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield index, item


class _Checker:
    def __init__(self, parsed: Parsed):
        self.parsed = parsed
        self.problems: list[Problem] = []

    def add(self, path: PathKey, code: str, **params: object) -> None:
        self.problems.append(Problem(format_path(path), code, params, self.parsed.line_of(path)))

    def check_id(self, path: PathKey, value: Any, seen: dict[str, PathKey], kind: str) -> None:
        if not isinstance(value, str):
            return  # the model reports the type (and a YAML boolean as such)
        if not SNAKE_CASE.match(value):
            self.add(path, "not_snake_case", id=value)
        if value in seen:
            first = format_path(seen[value])
            self.add(path, "duplicate_id", kind=Phrase(f"kind_{kind}"), id=value, first=first)
        else:
            seen[value] = path

    def check_texts(self, path: PathKey, element: dict, languages: list[str]) -> None:
        for key in TEXT_KEYS:
            value = element.get(key)
            if isinstance(value, dict):
                self.check_languages((*path, key), value, languages)
        for index, ref in enumerate(element.get("references") or []):
            if isinstance(ref, dict):
                self.check_languages((*path, "references", index), ref, languages)

    def check_languages(self, path: PathKey, text: dict, languages: list[str]) -> None:
        for lang in languages:
            if not isinstance(text.get(lang), str) or not text[lang].strip():
                self.add(path, "missing_language", lang=lang)


def check_questionnaire(parsed: Parsed) -> list[Problem]:
    """Every semantic problem of a parsed questionnaire, located."""
    data = parsed.data
    checker = _Checker(parsed)
    if not isinstance(data, dict):
        return checker.problems
    languages = [x for x in data.get("languages") or [] if isinstance(x, str)]
    qid = data.get("id")
    if isinstance(qid, str) and not QUESTIONNAIRE_ID.match(qid):
        checker.add(("id",), "bad_questionnaire_id", id=qid)
    checker.check_texts((), data, languages)
    checker.problems += booleans_as_numbers(parsed, (), data, NUMBER_KEYS)
    _check_levels(checker, data, languages)
    questions = _check_dimensions(checker, data, languages)
    level_count = len(data.get("levels") or [])
    for dpath, dimension in _dimension_items(data):
        for rindex, rec in _dicts(dimension.get("recommendations")):
            when = rec.get("when")
            if isinstance(when, dict):
                path = (*dpath, "recommendations", rindex, "when")
                _check_condition(checker, path, when, questions, level_count)
    _check_duties(checker, data, languages, questions, level_count)
    return checker.problems


def _check_duties(
    checker: _Checker, data: dict, languages: list[str], questions: dict, level_count: int
) -> None:
    seen: dict[str, PathKey] = {}
    for index, duty in _dicts(data.get("legal_duties")):
        path = ("legal_duties", index)
        checker.check_id((*path, "id"), duty.get("id"), seen, "legal duty")
        checker.check_texts(path, duty, languages)
        for rindex, rule in _dicts(duty.get("rules")):
            rpath = (*path, "rules", rindex)
            checker.check_texts(rpath, rule, languages)
            when = rule.get("when")
            if isinstance(when, dict):
                _check_condition(checker, (*rpath, "when"), when, questions, level_count)
                for where in _level_tests((*rpath, "when"), when):
                    checker.add(where, "duty_level_condition")


def _level_tests(path: PathKey, when: dict) -> Iterator[PathKey]:
    """Where a condition (or one of its parts) tests a dimension level."""
    for key in ("level_at_most", "level_at_least"):
        if key in when:
            yield (*path, key)
    for key in ("all", "any"):
        for index, part in _dicts(when.get(key)):
            yield from _level_tests((*path, key, index), part)


def booleans_as_numbers(
    parsed: Parsed, path: PathKey, value: Any, keys: frozenset[str] | None
) -> list[Problem]:
    """A problem for every YAML boolean under one of `keys` (None: any key) below `value`."""
    if not isinstance(value, dict | list):
        return []
    found = []
    for key, item in value.items() if isinstance(value, dict) else enumerate(value):
        where = (*path, key)
        if isinstance(item, bool) and (keys is None or key in keys):
            raw = parsed.raw.get(where, str(item).lower())
            params = {"raw": raw, "value": str(item).lower()}
            found.append(
                Problem(format_path(where), "boolean_number", params, parsed.line_of(where))
            )
        else:
            found += booleans_as_numbers(parsed, where, item, keys)
    return found


def _dimension_items(data: dict) -> Iterator[tuple[PathKey, dict]]:
    for index, dimension in _dicts(data.get("dimensions")):
        yield ("dimensions", index), dimension


def _check_levels(checker: _Checker, data: dict, languages: list[str]) -> None:
    previous = None
    for index, level in _dicts(data.get("levels")):
        checker.check_texts(("levels", index), level, languages)
        score = level.get("min_score")
        if not isinstance(score, int | float) or isinstance(score, bool):
            continue
        path = ("levels", index, "min_score")
        if index == 0 and score != 0:
            checker.add(path, "levels_start", value=score)
        if previous is not None and score <= previous:
            checker.add(path, "levels_order", value=score, previous=previous)
        previous = score


def _check_dimensions(checker: _Checker, data: dict, languages: list[str]) -> dict[str, dict]:
    ids: dict[str, dict[str, PathKey]] = {"dimension": {}, "question": {}, "recommendation": {}}
    questions: dict[str, dict] = {}
    for dpath, dimension in _dimension_items(data):
        checker.check_id((*dpath, "id"), dimension.get("id"), ids["dimension"], "dimension")
        checker.check_texts(dpath, dimension, languages)
        for qindex, question in _dicts(dimension.get("questions")):
            qpath = (*dpath, "questions", qindex)
            checker.check_id((*qpath, "id"), question.get("id"), ids["question"], "question")
            checker.check_texts(qpath, question, languages)
            _check_options(checker, qpath, question, languages)
            if isinstance(question.get("id"), str):
                questions.setdefault(question["id"], question)
        for rindex, rec in _dicts(dimension.get("recommendations")):
            rpath = (*dpath, "recommendations", rindex)
            checker.check_id((*rpath, "id"), rec.get("id"), ids["recommendation"], "recommendation")
            checker.check_texts(rpath, rec, languages)
            _check_title(checker, (*rpath, "title"), rec.get("title"))
    return questions


def _check_title(checker: _Checker, path: PathKey, title: Any) -> None:
    """A recommendation's short title: at most TITLE_LENGTH characters, no final full stop."""
    if not isinstance(title, dict):
        return  # absent (allowed), or the model reports the type
    for lang, value in title.items():
        if not isinstance(value, str):
            continue
        length = len(value.strip())
        if length > TITLE_LENGTH:
            checker.add((*path, lang), "title_too_long", length=length, limit=TITLE_LENGTH)
        if value.rstrip().endswith("."):
            checker.add((*path, lang), "title_full_stop")


def _check_options(checker: _Checker, qpath: PathKey, question: dict, languages: list) -> None:
    multi = question.get("type") == "multi"
    scored = question.get("scored", True) is not False
    seen: dict[str, PathKey] = {}
    any_points = False
    for oindex, option in _dicts(question.get("options")):
        opath = (*qpath, "options", oindex)
        checker.check_id((*opath, "id"), option.get("id"), seen, "option")
        if option.get("id") in RESERVED_ANSWERS:
            checker.add((*opath, "id"), "reserved_id", id=option["id"])
        checker.check_texts(opath, option, languages)
        if not scored:
            if "score" in option or "points" in option:
                checker.add(opath, "unscored_option_value")
            continue
        if multi and ("points" not in option or "score" in option):
            checker.add(opath, "needs_points")
        if not multi and ("score" not in option or "points" in option):
            checker.add(opath, "needs_score")
        points = option.get("points")
        any_points |= isinstance(points, int | float) and points > 0
    if scored and multi and seen and not any_points and not question.get("max_points"):
        checker.add((*qpath, "options"), "no_points")


def _check_condition(
    checker: _Checker, path: PathKey, when: dict, questions: dict[str, dict], level_count: int
) -> None:
    for key in ("level_at_most", "level_at_least"):
        value = when.get(key)
        # Above 5 the model itself reports the value; saying it twice would only confuse.
        if isinstance(value, int) and not isinstance(value, bool) and 5 >= value > level_count > 0:
            checker.add((*path, key), "level_bound", value=value, count=level_count)
    low, high = when.get("level_at_least"), when.get("level_at_most")
    if isinstance(low, int) and isinstance(high, int) and low > high:
        checker.add(path, "level_range_empty", low=low, high=high)
    for key in ("all", "any"):
        for index, part in _dicts(when.get(key)):
            _check_condition(checker, (*path, key, index), part, questions, level_count)
    qid = when.get("question")
    if not isinstance(qid, str):
        return
    if qid not in questions:
        close = difflib.get_close_matches(qid, list(questions), n=1)
        if close:
            checker.add((*path, "question"), "unknown_question_hint", id=qid, hint=close[0])
        else:
            checker.add((*path, "question"), "unknown_question", id=qid)
        return
    if questions[qid].get("scored", True) is False:
        for key in ("score_at_most", "score_at_least"):
            if key in when:
                checker.add((*path, key), "unscored_condition", question=qid)
    options = [o.get("id") for _, o in _dicts(questions[qid].get("options"))]
    for index, option in enumerate(when.get("answer_in") or []):
        if option not in options:
            allowed = ", ".join(str(o) for o in options)
            checker.add(
                (*path, "answer_in", index),
                "unknown_option",
                question=qid,
                option=option,
                allowed=allowed,
            )
