"""The report's texts per language, and number and date formats that follow the language."""

from __future__ import annotations

import datetime as dt

import texts
from texts import format as fmt

CATALOGS: dict[str, dict[str, str]] = texts.CATALOGS["reports"]
LANGUAGES = tuple(CATALOGS)


class Texts:
    """The catalog of one language: `texts("key", name=value)` formats one entry."""

    def __init__(self, lang: str):
        if lang not in CATALOGS:
            raise ValueError(f"unknown report language {lang!r}; use one of {LANGUAGES}")
        self.lang = lang
        self.catalog = CATALOGS[lang]

    def __call__(self, key: str, **params: object) -> str:
        """The text for `key` in this language, with `params` filled in."""
        return texts.text("reports", key, self.lang, **params)

    def number(self, value: float | None, digits: int = 1) -> str:
        """A number rounded to `digits` decimals, with the language's decimal mark."""
        return fmt.number(value, self.lang, digits)

    def integer(self, value: int) -> str:
        """A whole number with the language's thousands separator."""
        return fmt.integer(value, self.lang)

    def percent(self, share: float) -> str:
        """A share 0–1 as a whole percentage ("97 %" in German, "97%" in English)."""
        return fmt.percent(share, self.lang)

    def levels(self, count: int) -> str:
        """A number of levels with the right plural ("1 Stufe", "2 Stufen")."""
        return self("gap_levels_one") if count == 1 else self("gap_levels", gap=count)

    def date(self, value: str | None) -> str:
        """An ISO date in the language's style; any other text is returned unchanged."""
        return fmt.day(value, self.lang) if value else ""


def iso_date(value: str | None) -> str:
    """`value` when it is an ISO date (YYYY-MM-DD), else ""."""
    try:
        return dt.date.fromisoformat((value or "").strip()).isoformat()
    except ValueError:
        return ""
