"""Placeholders in questionnaire texts, and the wording that fits the municipality that answers.

- `{date:ID}`: the date from which provision ID of the Rechtsstand applies, filled in at load
  time ("2. August 2026").
- `{lpvg}`: the name of the staff-representation act of the profile's Land
  (`data/personalvertretung.yaml`); without a Land, or where the name is not confirmed, the
  generic wording ("Personalvertretungsgesetz Ihres Landes").
- `{kreis:TEXT}`: an example only a Kreis (or a kreisfreie Stadt) has; left out for a
  kreisangehörige Gemeinde, Stadt or Amt, kept when the kind is not known.

A recommendation's `owner_small` replaces its `owner` for a small municipality (see
`Audience`). The loader builds the generic questionnaire; `for_profile` builds the one that
fits a profile from the same data. See docs/questionnaire-format.md.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .problems import InputError, Problem
from .pydantic_problems import format_path, known_keys, validated
from .rechtsstand import LANGUAGES, Rechtsstand, close_match, format_date
from .source import Parsed, PathKey, modified_time, parse, read_text, refuse_recursion

STAFF_ACTS = Path(__file__).parent / "data" / "personalvertretung.yaml"
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
DATE_PLACEHOLDER = re.compile(r"\{date:([^{}\s]*)\}")
KREIS_KINDS = frozenset({"landkreis", "kreisfreie_stadt"})
KREISANGEHOERIG = frozenset({"gemeinde", "stadt", "amt"})
SMALL_KINDS = frozenset({"gemeinde", "amt"})
SMALL_TOWN = 20_000  # a Stadt below this many inhabitants counts as small

LangText = dict[str, str]


@dataclass(frozen=True)
class Audience:
    """What the wording depends on: the Land, Kreis examples, small-municipality owners."""

    state: str | None = None
    kreis_examples: bool = True
    small: bool = False


GENERIC = Audience()


def audience_of(profile) -> Audience:
    """The audience of a profile (kind, population, state); GENERIC for an empty profile."""
    kind = getattr(profile, "kind", None)
    population = getattr(profile, "population", None)
    small = kind in SMALL_KINDS or (
        kind == "stadt" and population is not None and population < SMALL_TOWN
    )
    return Audience(
        state=getattr(profile, "state", None),
        kreis_examples=kind not in KREISANGEHOERIG,
        small=small,
    )


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class StaffAct(_Frozen):
    de: str
    en: str
    source: str


class StaffActs(_Frozen):
    """The generic wording and the name of each Land's act, where a source confirms it."""

    generic: LangText
    states: dict[str, StaffAct | None]

    def name(self, state: str | None, lang: str) -> str:
        """The act's name in `lang` for `state`; the generic wording when unknown."""
        act = self.states.get(state or "")
        if act is None:
            return self.generic.get(lang) or self.generic["de"]
        return act.en if lang == "en" else act.de


def load_staff_acts(path: str | Path | None = None) -> StaffActs:
    """Read and check the staff-representation acts file (every Land must be listed)."""
    path = Path(path) if path is not None else STAFF_ACTS
    return _load_acts(str(path), modified_time(path))


@lru_cache(maxsize=4)
def _load_acts(path: str, modified: float) -> StaffActs:
    from .answers import STATES

    source = path
    with refuse_recursion(source):
        parsed = parse(read_text(path), source)
        acts = validated(StaffActs, parsed, known_keys(StaffActs, StaffAct), source)
    problems = [
        Problem("states", "missing", {"key": state}, parsed.line_of(("states",)))
        for state in STATES
        if state not in acts.states
    ]
    problems += [
        Problem(f"generic.{lang}", "missing_language", {"lang": lang}, parsed.line_of(("generic",)))
        for lang in LANGUAGES
        if not acts.generic.get(lang)
    ]
    if problems:
        raise InputError(source, problems)
    return acts


def text_maps(data: object, text_keys: tuple[str, ...]) -> Iterator[tuple[dict, PathKey]]:
    """Every language map under one of `text_keys`, and every reference given as one."""

    def visit(value: object, path: PathKey) -> Iterator[tuple[dict, PathKey]]:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in text_keys and isinstance(item, dict):
                    yield item, (*path, key)
                else:
                    yield from visit(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict) and item and set(item) <= set(LANGUAGES):
                    yield item, (*path, index)
                else:
                    yield from visit(item, (*path, index))

    yield from visit(data, ())


def _rewrite(
    data: object, text_keys: tuple[str, ...], rewrite: Callable[[str, str, PathKey], str]
) -> None:
    for text, path in text_maps(data, text_keys):
        for lang, value in list(text.items()):
            if isinstance(value, str) and "{" in value:
                text[lang] = rewrite(value, lang, (*path, lang))


def resolve_dates(
    parsed: Parsed, rechtsstand: Rechtsstand, text_keys: tuple[str, ...]
) -> list[Problem]:
    """Replace every `{date:ID}` in place; a located problem for an unknown or undated ID."""
    problems: list[Problem] = []

    def rewrite(value: str, lang: str, where: PathKey) -> str:
        def substitute(match: re.Match) -> str:
            pid = match.group(1)
            provision = rechtsstand.provisions.get(pid)
            line = parsed.line_of(where)
            if provision is None:
                hint = close_match(pid, sorted(rechtsstand.provisions))
                code = "unknown_provision_hint" if hint else "unknown_provision"
                problems.append(Problem(format_path(where), code, {"id": pid, "hint": hint}, line))
                return match.group(0)
            if provision.applies_from is None:
                params = {"id": pid}
                problems.append(Problem(format_path(where), "provision_without_date", params, line))
                return match.group(0)
            return format_date(provision.applies_from, lang)

        return DATE_PLACEHOLDER.sub(substitute, value)

    _rewrite(parsed.data, text_keys, rewrite)
    return problems


def personalize(
    data: dict,
    audience: Audience,
    acts: StaffActs,
    text_keys: tuple[str, ...],
    parsed: Parsed | None = None,
) -> list[Problem]:
    """Fill in `{lpvg}` and `{kreis:…}` and choose owners for `audience`, in place.

    Returns a located problem for every placeholder that is not one of the known forms (a
    `{date:ID}` still there was already reported by `resolve_dates`).
    """
    problems: list[Problem] = []

    def rewrite(value: str, lang: str, where: PathKey) -> str:
        def substitute(match: re.Match) -> str:
            inner = match.group(1)
            if inner == "lpvg":
                return acts.name(audience.state, lang)
            if inner.startswith("kreis:"):
                return inner.removeprefix("kreis:") if audience.kreis_examples else ""
            if not inner.startswith("date:"):
                line = parsed.line_of(where) if parsed else None
                problems.append(
                    Problem(format_path(where), "unknown_placeholder", {"found": inner}, line)
                )
            return match.group(0)

        return PLACEHOLDER.sub(substitute, value)

    _rewrite(data, text_keys, rewrite)
    if audience.small:
        for dimension in data.get("dimensions") or []:
            for rec in (
                (dimension.get("recommendations") or []) if isinstance(dimension, dict) else []
            ):
                if isinstance(rec, dict) and isinstance(rec.get("owner_small"), dict):
                    rec["owner"] = rec["owner_small"]
    return problems


def tailored_data(source: dict, audience: Audience, text_keys: tuple[str, ...]) -> dict:
    """A copy of the questionnaire data (dates filled in) worded for `audience`."""
    data = copy.deepcopy(source)
    personalize(data, audience, load_staff_acts(), text_keys)
    return data
