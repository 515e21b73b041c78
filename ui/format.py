"""Markdown-safe user text; numbers and dates through the one formatter, texts.format."""

from __future__ import annotations

import re
from datetime import date, datetime

from texts import format as fmt
from texts.format import DASH, number, percent

__all__ = ["DASH", "day", "number", "percent", "plain"]

# Every ASCII punctuation character that Markdown may read as markup; a backslash before it
# makes Markdown show the character itself.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:\"'=&%^@;,/?])")


def plain(text: str) -> str:
    """Text from a user or a file, safe inside Markdown: links, images and markup stay text."""
    return _MARKDOWN.sub(r"\\\1", text)


def day(value: date | datetime | str | None, lang: str) -> str:
    """A calendar day: 24.11.2026 in German, 24 November 2026 in English; a dash for None."""
    return DASH if value is None else fmt.day(value, lang)
