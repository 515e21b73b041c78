"""The Rechtsstand: every legal date and status the content relies on, as dated data.

One file (`questionnaire/data/rechtsstand.yaml`) holds each provision the questionnaire, the
use-case triage and the reports cite: its title, short citation, the date from which it applies,
its status and a short explanation. Texts take dates from here through `{date:ID}` placeholders
(see docs/questionnaire-format.md); nothing else writes a legal date in prose.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .problems import InputError, Problem
from .pydantic_problems import format_path, known_keys, validated
from .source import Parsed, PathKey, modified_time, parse, read_text, refuse_recursion

DEFAULT_RECHTSSTAND = Path(__file__).parent / "data" / "rechtsstand.yaml"
LANGUAGES = ("de", "en")
STALE_AFTER_MONTHS = 6
STATUSES = ("in_force", "applies_later", "open")

_MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
_PROVISION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

LangText = dict[str, str]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Provision(_Frozen):
    """One provision of law: what it is, from when it applies, where that is written."""

    id: str
    title: LangText
    citation: str = Field(min_length=1)  # short, German style: "Art. 50 KI-VO", "§ 35a VwVfG"
    citation_en: str | None = None  # English style where it differs: "Art. 50 AI Act"
    applies_from: dt.date | None = None
    status: Literal["in_force", "applies_later", "open"]
    explanation: LangText
    source: str = Field(min_length=1)

    def cite(self, lang: str = "de") -> str:
        """The short citation in `lang` ("Art. 50 KI-VO" / "Art. 50 AI Act")."""
        return self.citation_en if lang == "en" and self.citation_en else self.citation


class _File(_Frozen):
    as_of: dt.date
    provisions: tuple[Provision, ...] = Field(min_length=1)


class Rechtsstand(_Frozen):
    """The dated legal basis: `as_of` and the provisions by id (in file order)."""

    as_of: dt.date
    provisions: dict[str, Provision]

    def is_stale(self, today: dt.date) -> bool:
        """Whether `as_of` is more than six months before `today`."""
        return today > add_months(self.as_of, STALE_AFTER_MONTHS)

    def provision(self, provision_id: str) -> Provision:
        """The provision with this id (KeyError when there is none)."""
        return self.provisions[provision_id]


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months; the 31st becomes the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def format_date(day: dt.date, lang: str) -> str:
    """A date in words: "2. August 2026" (de), "2 August 2026" (en)."""
    month = _MONTHS.get(lang, _MONTHS["de"])[day.month - 1]
    return f"{day.day}. {month} {day.year}" if lang != "en" else f"{day.day} {month} {day.year}"


def load_rechtsstand(path: str | Path | None = None) -> Rechtsstand:
    """Read and validate a Rechtsstand file (default: the shipped one); InputError if invalid."""
    path = Path(path) if path is not None else DEFAULT_RECHTSSTAND
    return _load_cached(str(path), modified_time(path))


@lru_cache(maxsize=8)
def _load_cached(path: str, modified: float) -> Rechtsstand:
    # `modified` is part of the key: an edited file is read again.
    return parse_rechtsstand(read_text(path), path)


def default_rechtsstand_path() -> Path:
    """The shipped Rechtsstand file."""
    return DEFAULT_RECHTSSTAND


_VOCABULARY = known_keys(_File, Provision)


def parse_rechtsstand(text: str, source: str = "") -> Rechtsstand:
    """Validate Rechtsstand text (YAML or JSON); InputError lists every problem at once."""
    with refuse_recursion(source):
        return _validate(text, source)


def _validate(text: str, source: str) -> Rechtsstand:
    parsed = parse(text, source)
    if not isinstance(parsed.data, dict):
        raise InputError(source, [Problem("", "not_mapping", line=1)])
    model = validated(_File, parsed, _VOCABULARY, source, _check(parsed))
    return Rechtsstand(as_of=model.as_of, provisions={p.id: p for p in model.provisions})


def _check(parsed: Parsed) -> list[Problem]:
    problems: list[Problem] = []

    def add(path: PathKey, code: str, **params: object) -> None:
        problems.append(Problem(format_path(path), code, params, parsed.line_of(path)))

    seen: dict[str, PathKey] = {}
    provisions = parsed.data.get("provisions")
    for index, item in enumerate(provisions if isinstance(provisions, list) else []):
        if not isinstance(item, dict):
            continue
        path: PathKey = ("provisions", index)
        pid = item.get("id")
        if isinstance(pid, str):
            if not _PROVISION_ID.match(pid):
                add((*path, "id"), "not_snake_case", id=pid)
            if pid in seen:
                add((*path, "id"), "duplicate_id", kind="provision", id=pid,
                    first=format_path(seen[pid]))  # fmt: skip
            seen.setdefault(pid, (*path, "id"))
        for key in ("title", "explanation"):
            value = item.get(key)
            if isinstance(value, dict):
                for lang in LANGUAGES:
                    if not isinstance(value.get(lang), str) or not value[lang].strip():
                        add((*path, key), "missing_language", lang=lang)
        status, applies = item.get("status"), item.get("applies_from")
        if status == "applies_later" and applies is None:
            add((*path, "applies_from"), "needs_date")
    return problems


def check_provision_ids(
    parsed: Parsed, rechtsstand: Rechtsstand, paths: list[tuple[PathKey, object]]
) -> list[Problem]:
    """A located problem for each listed value that is not a provision id of the Rechtsstand."""
    problems = []
    for path, value in paths:
        if isinstance(value, str) and value not in rechtsstand.provisions:
            hint = close_match(value, sorted(rechtsstand.provisions))
            code = "unknown_provision_hint" if hint else "unknown_provision"
            line = parsed.line_of(path)
            problems.append(Problem(format_path(path), code, {"id": value, "hint": hint}, line))
    return problems


def close_match(value: str, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(value, known, n=1)
    return close[0] if close else ""
