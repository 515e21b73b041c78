"""Numbers, percentages and dates the way each language writes them: the one formatter.

German: decimal comma, "." between thousands, a no-break space before "%" (DIN 5008),
dates as 24.11.2026 or 24. November 2026. English: decimal point, "," between thousands,
no space before "%", dates as 24 November 2026.
"""

from __future__ import annotations

from datetime import date, datetime

DASH = "–"
_MONTHS = {
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
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
    ),
}


def number(value: float | None, lang: str, digits: int = 1) -> str:
    """`value` rounded to `digits` decimals ("62,5" in German, "62.5" in English); None: a dash."""
    if value is None:
        return DASH
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "de" else text


def integer(value: int, lang: str) -> str:
    """A whole number with the language's thousands separator ("52.000" / "52,000")."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "de" else text


def percent(share: float | None, lang: str) -> str:
    """A share 0–1 as a whole percentage ("50 %" with a no-break space in German, "50%")."""
    if share is None:
        return DASH
    value = round(100 * share)
    return f"{value}\u00a0%" if lang == "de" else f"{value}%"


def as_date(value: date | datetime | str) -> date | None:
    """The calendar day of `value` (a date, a moment or an ISO text), or None for other text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def day(value: date | datetime | str, lang: str) -> str:
    """A calendar day: 24.11.2026 in German, 24 November 2026 in English; other text unchanged."""
    found = as_date(value)
    if found is None:
        return str(value)
    if lang == "de":
        return f"{found.day:02d}.{found.month:02d}.{found.year}"
    return f"{found.day} {_MONTHS['en'][found.month - 1]} {found.year}"


def long_day(value: date | datetime | str, lang: str) -> str:
    """A calendar day in words: "2. August 2026" in German, "2 August 2026" in English."""
    found = as_date(value)
    if found is None:
        return str(value)
    month = _MONTHS[lang if lang in _MONTHS else "en"][found.month - 1]
    dot = "." if lang == "de" else ""
    return f"{found.day}{dot} {month} {found.year}"
