"""File names for downloads, derived from the organisation and the date."""

from __future__ import annotations

import re

from questionnaire import Answers

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Stadt Münster" -> "stadt-muenster")."""
    ascii_text = text.lower().translate(_UMLAUTS).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60]


def file_stem(answers: Answers, lang: str = "de") -> str:
    """The common stem of all downloads, e.g. "ki-readiness-stadt-muenster-2026-11-24"
    ("ai-readiness-…" in English: the files are in the language of the UI)."""
    profile = answers.profile
    product = "ai-readiness" if lang == "en" else "ki-readiness"
    parts = [product, slug(profile.organisation or ""), slug(profile.date or "")]
    return "-".join(part for part in parts if part)
