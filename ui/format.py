"""Numbers and dates the way each UI language writes them."""

from __future__ import annotations

import re
from datetime import date, datetime

DASH = "–"
# Every ASCII punctuation character that Markdown may read as markup; a backslash before it
# makes Markdown show the character itself.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:\"'=&%^@;,/?])")


def plain(text: str) -> str:
    """Text from a user or a file, safe inside Markdown: links, images and markup stay text."""
    return _MARKDOWN.sub(r"\\\1", text)


def number(value: float | None, lang: str, digits: int = 1) -> str:
    """A number with `digits` decimals ("62,5" in German, "62.5" in English); a dash for None."""
    if value is None:
        return DASH
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "de" else text


def percent(share: float | None, lang: str) -> str:
    """A share 0–1 as a whole percentage ("50 %" in German, "50%" in English)."""
    if share is None:
        return DASH
    value = round(share * 100)
    return f"{value} %" if lang == "de" else f"{value}%"


def day(value: date | datetime | str | None, lang: str) -> str:
    """A calendar day: 24.11.2026 in German, 2026-11-24 in English."""
    if value is None:
        return DASH
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value.strftime("%d.%m.%Y") if lang == "de" else value.strftime("%Y-%m-%d")
