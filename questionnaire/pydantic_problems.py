"""Turn pydantic validation errors into located, readable problems."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from pydantic import BaseModel, ValidationError

from .problems import InputError, Phrase, Problem
from .source import Parsed

# Pydantic's error type -> the catalog entry that names the expected kind of value.
_TYPE_NAMES = {
    "string_type": "expected_text",
    "int_type": "expected_whole_number",
    "int_parsing": "expected_whole_number",
    "int_from_float": "expected_whole_number",
    "float_type": "expected_number",
    "float_parsing": "expected_number",
    "bool_type": "expected_boolean",
    "bool_parsing": "expected_boolean",
    "list_type": "expected_list",
    "tuple_type": "expected_list",
    "dict_type": "expected_language_map",
    "model_type": "expected_mapping",
    "model_attributes_type": "expected_mapping",
}
# Our own model validators raise these codes (PydanticCustomError); each is a catalog entry.
_OWN_CODES = frozenset({"condition_one_form", "condition_one_test", "condition_needs_question"})
_BOUNDS = {
    "greater_than_equal": ">= {ge}",
    "less_than_equal": "<= {le}",
    "greater_than": "> {gt}",
    "less_than": "< {lt}",
}


def format_path(loc: Iterable[str | int]) -> str:
    """('dimensions', 2, 'questions', 0) -> 'dimensions[2].questions[0]'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _describe(value: object) -> Phrase:
    if isinstance(value, bool):
        return Phrase("found_boolean", {"value": value})
    if isinstance(value, int | float):
        return Phrase("found_number", {"value": value})
    if isinstance(value, str):
        return Phrase("found_text", {"value": value})
    if isinstance(value, list):
        return Phrase("found_list")
    if isinstance(value, dict):
        return Phrase("found_mapping")
    if value is None:
        return Phrase("found_nothing")
    return Phrase("found_other", {"name": type(value).__name__})


def _clean_loc(loc: tuple) -> tuple[str | int, ...]:
    # Pydantic adds the names of union branches ("str", "dict[str,str]") to the location.
    return tuple(p for p in loc if isinstance(p, int) or ("[" not in p and p != "str"))


def known_keys(*models: type[BaseModel]) -> set[str]:
    """Every field name of the given models: the vocabulary for did-you-mean hints."""
    return {name for model in models for name in model.model_fields}


def from_validation_error(
    error: ValidationError, parsed: Parsed, vocabulary: set[str]
) -> list[Problem]:
    """One located problem per place in the data (a missing or unknown key is its own place)."""
    problems: list[Problem] = []
    # A value that fits no branch of a union (an answer is text or a list) gets one error per
    # branch at the same place: the first says it. Comparing Problems instead would also merge
    # two different missing keys of one element, which share path, code and line.
    seen: set[tuple] = set()
    for item in error.errors():
        if _only_consequence(item):
            continue
        loc = _clean_loc(item["loc"])
        if loc in seen:
            continue
        seen.add(loc)
        problems.append(_problem(item, loc, parsed, vocabulary))
    return problems


def _only_consequence(item: dict) -> bool:
    # Pydantic checks a list's length after validating its items and counts only the valid
    # ones, so one bad question also made "questions" and "dimensions" look empty.
    if item["type"] != "too_short":
        return False
    value, ctx = item.get("input"), item.get("ctx") or {}
    return isinstance(value, list | tuple) and len(value) >= ctx.get("min_length", 0)


def _problem(item: dict, loc: tuple, parsed: Parsed, vocabulary: set[str]) -> Problem:
    kind, value = item["type"], item.get("input")
    ctx = item.get("ctx") or {}
    line = parsed.line_of(loc)
    path = format_path(loc)
    if kind == "missing":
        return Problem(format_path(loc[:-1]), "missing", {"key": loc[-1]}, line)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        # The key itself is no hint: it is known elsewhere, but not allowed at this place.
        close = difflib.get_close_matches(key, sorted(vocabulary - {key}), n=1)
        if close:
            params = {"key": key, "hint": close[0]}
            return Problem(format_path(loc[:-1]), "unknown_key_hint", params, line)
        return Problem(format_path(loc[:-1]), "unknown_key", {"key": key}, line)
    if kind == "string_type" and isinstance(value, bool):
        raw = parsed.raw.get(loc, str(value).lower())
        return Problem(path, "boolean_id", {"raw": raw, "value": str(value).lower()}, line)
    if kind in _TYPE_NAMES:
        params = {"expected": Phrase(_TYPE_NAMES[kind]), "found": _describe(value)}
        return Problem(path, "wrong_type", params, line)
    if kind in ("literal_error", "enum"):
        allowed = str(ctx.get("expected", "")).replace("'", "")
        return Problem(path, "not_allowed", {"value": value, "allowed": allowed}, line)
    if kind in _BOUNDS:
        # "<= 4", not "<= 4.0": the bound of a float field reads as written in the file.
        plain = {
            key: int(v) if isinstance(v, float) and v.is_integer() else v for key, v in ctx.items()
        }
        bound = _BOUNDS[kind].format(**plain)
        return Problem(path, "out_of_range", {"value": value, "bound": bound}, line)
    if kind == "too_short" and ctx.get("min_length", 1) > 1:
        params = {"minimum": ctx["min_length"], "found": ctx.get("actual_length", 0)}
        return Problem(path, "too_few", params, line)
    if kind == "too_short":
        return Problem(path, "too_short", {}, line)
    if kind in _OWN_CODES:
        return Problem(path, kind, {}, line)
    detail = item["msg"].removeprefix("Value error, ")
    return Problem(path, "invalid", {"detail": detail}, line)


def validated(
    model: type[BaseModel],
    parsed: Parsed,
    vocabulary: set[str],
    source: str,
    problems: list[Problem] | None = None,
):
    """`model` validated from `parsed`, or InputError with the model's and the given problems,
    sorted by line, all at once."""
    problems = list(problems or [])
    value = None
    try:
        value = model.model_validate(parsed.data)
    except ValidationError as error:
        problems = from_validation_error(error, parsed, vocabulary) + problems
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.path))
        raise InputError(source, problems)
    return value
