"""No questionnaire text writes a law's date in prose: dates come from the Rechtsstand.

A question, help text, option or recommendation that needs a date writes `{date:ID}` (see
docs/questionnaire-format.md); the loader fills in the date of provision ID from
questionnaire/data/rechtsstand.yaml. The check runs on the file as written, before the
placeholders are filled in, and looks for every usual German and English way to write a date.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from questionnaire import DEFAULT_QUESTIONNAIRE, SAMPLE_QUESTIONNAIRE
from questionnaire.placeholders import DATE_PLACEHOLDER
from questionnaire.source import parse, read_text

DE_MONTHS = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
EN_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
MONTH = f"(?:{DE_MONTHS}|{EN_MONTHS}|{EN_SHORT})"
# Every form a date of a law takes in prose.
DATE_FORMS = [
    re.compile(rf"\b\d{{1,2}}\.\s*(?:{DE_MONTHS})\b"),  # 2. August (2026)
    re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\b"),  # 02.08.2026
    re.compile(rf"\b\d{{1,2}}\s+{MONTH}\.?\s+(?:19|20)\d\d\b"),  # 2 Aug 2026
    re.compile(rf"\b(?:{EN_MONTHS}|{EN_SHORT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"),
    re.compile(rf"\b{MONTH}\.?\s+(?:19|20)\d\d\b"),  # (ab) August 2026
    re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b"),  # 2026-08-02
    re.compile(r"\b(?:Q[1-4]|[1-4]\.\s?Quartal)\s+(?:19|20)\d\d\b"),  # Q3 2026
]
# A bare year counts as a legal date when a preposition of time comes before it and a law is
# named nearby: "seit 2025 (Art. 4 KI-VO)", "from 2027 under Annex III".
YEAR_WITH_PREPOSITION = re.compile(
    r"\b(?:seit|ab|bis|vor|nach|spätestens|frühestens|since|from|until|by|before|after|as of)"
    r"\s+(?:dem\s+|Anfang\s+|Mitte\s+|Ende\s+|early\s+|mid-|the\s+end\s+of\s+|end\s+of\s+)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
LAW = re.compile(
    r"Art\.|Artikel|Article|§|Anhang|Annex|KI-VO|AI Act|KI-Verordnung|DSGVO|GDPR|VwVfG|"
    r"Verordnung|Regulation|Gesetz|\bAct\b|Omnibus|Frist|deadline|gilt|applies|apply|in force"
    r"|in Kraft",
    re.IGNORECASE,
)
NEAR = 160  # characters on either side of a year in which a law counts as "nearby"
# The date of a court decision is part of its citation, not a date of law.
DECISION = re.compile(
    r"(?:Urteil|Beschluss|Entscheidung|judgment|decision|ruling|order)\s+(?:vom|of)\s+(?:\d{1,2}\.?\s+)?$",
    re.IGNORECASE,
)


def prose_dates(text: str) -> list[str]:
    """Every date of a law written in prose in `text` (placeholders are no prose)."""
    text = DATE_PLACEHOLDER.sub("", text)
    found = [
        m.group(0)
        for form in DATE_FORMS
        for m in form.finditer(text)
        if not DECISION.search(text[max(0, m.start() - 40) : m.start()])
    ]
    for match in YEAR_WITH_PREPOSITION.finditer(text):
        window = text[max(0, match.start() - NEAR) : match.end() + NEAR]
        if LAW.search(window):
            found.append(match.group(0))
    return found


def texts_as_written(path: Path):
    """(path in the file, language, text) of every language-map text, placeholders unfilled."""
    parsed = parse(read_text(path), str(path))

    def walk(value, where):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("de", "en") and isinstance(item, str):
                    yield where, key, item
                else:
                    yield from walk(item, f"{where}.{key}" if where else str(key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from walk(item, f"{where}[{index}]")

    yield from walk(parsed.data, "")


def findings(path: Path) -> list[str]:
    return [
        f"{where}.{lang}: {date!r}"
        for where, lang, text in texts_as_written(path)
        for date in prose_dates(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Art. 50 KI-VO gilt seit dem 2. August 2026.",
        "Die Pflicht gilt ab August 2026.",
        "Stichtag ist der 02.08.2026.",
        "Annex III applies from 2 Dec 2027.",
        "It applies from 2 December 2027.",
        "from August 2, 2026 on",
        "The AI Act (August 2026) requires …",
        "Art. 4 KI-VO gilt seit 2025.",
        "Art. 4 AI Act has applied since 2025.",
        "Nach Anhang III ab Ende 2027 verpflichtend.",
        "Hochrisiko-Pflichten greifen bis 2030 (Art. 111 Abs. 2 KI-VO).",
        "geplant für 2026-08-02",
        "The deadline is Q3 2027.",
    ],
)
def test_each_way_of_writing_a_date_in_prose_is_found(text):
    assert prose_dates(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Art. 50 KI-VO gilt seit dem {date:ki_vo_art50}.",
        "Annex III applies from {date:ki_vo_art6_annex_iii}.",
        "Verordnung (EU) 2024/1689, geändert durch Verordnung (EU) 2026/1744",
        "Laut Zukunftsradar 2023 sahen zwei Drittel einen Nutzen.",
        "§ 35a VwVfG, § 80 Abs. 1 Nr. 21 BPersVG, Art. 6 Abs. 3 KI-VO",
        "Seit 2019 arbeitet die Stadt mit einem Dokumentenmanagementsystem.",
        "Schulen Sie 20 Beschäftigte in 4 Wochen.",
        "BVerwG, Beschluss vom 16.12.1987, 6 P 32.84",
        "CJEU, judgment of 7 December 2023, C-634/21",
    ],
)
def test_placeholders_citations_and_unrelated_years_are_not_dates_of_law(text):
    assert prose_dates(text) == []


def test_the_sample_questionnaire_writes_no_legal_date_in_prose():
    assert findings(SAMPLE_QUESTIONNAIRE) == []


def test_the_shipped_questionnaire_writes_no_legal_date_in_prose():
    assert findings(DEFAULT_QUESTIONNAIRE) == []
