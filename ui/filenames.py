"""File names for downloads, derived from the organisation and the date."""

from __future__ import annotations

import re

from questionnaire import Answers

from .i18n import t

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Stadt Münster" -> "stadt-muenster")."""
    ascii_text = text.lower().translate(_UMLAUTS).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60]


def mode_word(mode: str, lang: str = "de") -> str:
    """The scope as the UI names it, as a file-name word: "kurzcheck", "vollcheck" ("short-check",
    "full-check" in English). In file names so that a Kurzcheck and a Vollcheck of one day do not
    overwrite each other in the downloads folder."""
    if mode in ("short", "full"):
        return slug(t(f"mode.{mode}", lang))
    return slug(mode)


def file_stem(answers: Answers, lang: str = "de") -> str:
    """The common stem of all downloads, e.g. "ki-readiness-kurzcheck-stadt-muenster-2026-11-24"
    ("ai-readiness-short-check-…" in English: the files are in the language of the UI)."""
    profile = answers.profile
    product = product_word(lang)
    parts = [
        product,
        mode_word(answers.mode, lang),
        slug(profile.organisation or ""),
        slug(profile.date or ""),
    ]
    return "-".join(part for part in parts if part)


def product_word(lang: str = "de") -> str:
    """The first word of every download's name: "ki-readiness" ("ai-readiness" in English)."""
    return "ai-readiness" if lang == "en" else "ki-readiness"
