"""The report's texts per language, and number and date formats that follow the language."""

from __future__ import annotations

import datetime as dt

import texts

CATALOGS: dict[str, dict[str, str]] = texts.CATALOGS["reports"]
LANGUAGES = tuple(CATALOGS)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


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
        if value is None:
            return self("dash")
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.lang == "de" else text

    def integer(self, value: int) -> str:
        """A whole number with the language's thousands separator."""
        text = f"{value:,}"
        return text.replace(",", ".") if self.lang == "de" else text

    def percent(self, share: float) -> str:
        """A share 0–1 as a whole percentage ("97 %" in German, "97%" in English)."""
        value = round(100 * share)
        return f"{value}\u00a0%" if self.lang == "de" else f"{value}%"

    def levels(self, count: int) -> str:
        """A number of levels with the right plural ("1 Stufe", "2 Stufen")."""
        return self("gap_levels_one") if count == 1 else self("gap_levels", gap=count)

    def date(self, value: str | None) -> str:
        """An ISO date in the language's style; any other text is returned unchanged."""
        if not value:
            return ""
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
        if self.lang == "de":
            return f"{day.day:02d}.{day.month:02d}.{day.year}"
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def iso_date(value: str | None) -> str:
    """`value` when it is an ISO date (YYYY-MM-DD), else ""."""
    try:
        return dt.date.fromisoformat((value or "").strip()).isoformat()
    except ValueError:
        return ""
