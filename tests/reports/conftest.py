"""Fixtures of the report tests: the sample, a realistic 60-question Vollcheck, PDF helpers."""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from questionnaire import (
    DONT_KNOW,
    SAMPLE_QUESTIONNAIRE,
    Answers,
    Profile,
    Questionnaire,
    load_answers,
    load_questionnaire,
    new_answers,
)
from questionnaire.checks import check_questionnaire
from questionnaire.source import Parsed

ROOT = Path(__file__).resolve().parents[2]
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
DIMENSION_NAMES = [
    "Strategie und Ziele",
    "Verantwortlichkeiten und Steuerung",
    "Recht und Datenschutz",
    "Ethik und Transparenz",
    "Kompetenzen und Weiterbildung",
    "Fehler-, Innovations- und Veränderungskultur",
    "Daten und IT-Infrastruktur",
    "Anwendungsfälle und Mehrwert",
]
_WORDS = [
    "Verwaltung",
    "Beschäftigte",
    "Fachamt",
    "Personalrat",
    "Datenschutz",
    "Verfahren",
    "Anwendung",
    "Regelung",
    "Dienstanweisung",
    "Verzeichnis",
    "Schulung",
    "Haushalt",
    "Zuständigkeit",
    "Prüfung",
    "Entscheidung",
    "Bürgerinnen",
    "Transparenz",
    "Dienstleister",
    "Beschaffung",
    "Vertrag",
    "Ziel",
    "Kennzahl",
    "Risiko",
]


def prose(rng: random.Random, words: int) -> str:
    """German-looking text of about `words` words, ending with a full stop."""
    return " ".join(rng.choice(_WORDS) for _ in range(words)) + "."


def both(value: str) -> dict[str, str]:
    return {"de": value, "en": value + " (en)"}


def _question(rng: random.Random, qid: str, multi: bool) -> dict:
    kind = "points" if multi else "score"
    return {
        "id": qid,
        "type": "multi" if multi else "single",
        "text": both(prose(rng, 16) + " " + qid),
        "help": both(prose(rng, 30)),
        "short": rng.random() < 0.27,
        "references": ["KI-VO Art. 4"],
        "options": [{"id": f"o{k}", "label": both(prose(rng, 14)), kind: k} for k in range(5)],
    }


def realistic_questionnaire(questions: int = 60, dimensions: int = 8) -> Questionnaire:
    """A valid questionnaire with text lengths like the shipped one (long options and advice)."""
    rng = random.Random(60)
    dims = []
    for d in range(dimensions):
        ids = [
            f"q{i}" for i in range(d * questions // dimensions, (d + 1) * questions // dimensions)
        ]
        recommendations = [
            {
                "id": f"r{d}_{level}",
                "text": both(prose(rng, 55)),
                "priority": priority,
                "effort": "project",
                "owner": both("Hauptamt / Organisation"),
                "references": ["DSGVO Art. 35", "KI-VO Art. 26"],
                "when": {"level_at_most": level},
            }
            for level, priority in ((2, "high"), (3, "medium"), (5, "low"))
        ] + [
            {
                "id": f"r{d}_dk",
                "text": both(prose(rng, 40)),
                "priority": "critical",
                "effort": "quick_win",
                "owner": both("Verwaltungsspitze"),
                "when": {"question": ids[0], "dont_know": True},
            }
        ]
        dims.append(
            {
                "id": f"d{d}",
                "name": both(DIMENSION_NAMES[d % len(DIMENSION_NAMES)]),
                "description": both(prose(rng, 50)),
                "questions": [_question(rng, qid, i % 5 == 4) for i, qid in enumerate(ids)],
                "recommendations": recommendations,
            }
        )
    data = {
        "id": "realistic",
        "version": "1.0",
        "languages": ["de", "en"],
        "title": both("KI-Readiness-Check für Kommunen"),
        "levels": [
            {"name": both(name), "min_score": low, "description": both(prose(rng, 25))}
            for name, low in (
                ("Nicht begonnen", 0),
                ("Erkundend", 20),
                ("Strukturiert", 40),
                ("Gesteuert", 60),
                ("Vorreiter", 80),
            )
        ],
        "dimensions": dims,
    }
    assert check_questionnaire(Parsed(data, {}, {})) == []
    return Questionnaire.model_validate(data)


def realistic_answers(
    questionnaire: Questionnaire, seed: int = 1, notes: bool = True, **profile: object
) -> Answers:
    """Answers to every question: mostly middle steps, some "Weiß nicht", a few notes."""
    rng = random.Random(seed)
    answers: dict[str, str | list[str]] = {}
    for dimension in questionnaire.dimensions:
        for question in dimension.questions:
            if rng.random() < 0.08:
                answers[question.id] = DONT_KNOW
            elif question.type == "multi":
                answers[question.id] = [f"o{k}" for k in range(1, 5) if rng.random() < 0.5] or [
                    "o0"
                ]
            else:
                answers[question.id] = f"o{min(4, max(0, round(rng.gauss(2, 1.1))))}"
    ids = list(answers)
    written = {ids[i]: prose(rng, 30) for i in range(2, len(ids), 9)} if notes else {}
    base = {
        "organisation": "Landkreis Musterhausen",
        "kind": "landkreis",
        "state": "NI",
        "population": 214500,
        "respondent_role": "Stabsstelle Digitalisierung",
        "date": "2026-11-24",
    }
    targets = {d.id: 4 for d in questionnaire.dimensions[:4]}
    return new_answers(
        questionnaire,
        "full",
        profile=Profile(**{**base, **profile}),
        answers=answers,
        notes=written,
        targets=targets,
    )


def pdf_text(pdf: bytes) -> str:
    """The text of every page, whitespace collapsed (line breaks become spaces)."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF."""
    return len(PdfReader(io.BytesIO(pdf)).pages)


class Kit:
    """The helpers above, for tests (conftest modules cannot be imported by name)."""

    XSS_SCRIPT = XSS_SCRIPT
    XSS_IMG = XSS_IMG
    prose = staticmethod(prose)
    questionnaire = staticmethod(realistic_questionnaire)
    answers = staticmethod(realistic_answers)
    pdf_text = staticmethod(pdf_text)
    page_count = staticmethod(page_count)


@pytest.fixture(scope="session")
def kit() -> type[Kit]:
    return Kit


@pytest.fixture(scope="session")
def sample() -> Questionnaire:
    return load_questionnaire(SAMPLE_QUESTIONNAIRE)


@pytest.fixture(scope="session")
def sample_answers(sample: Questionnaire) -> Answers:
    answers, _ = load_answers(ROOT / "examples" / "sample-answers.json", sample)
    return answers


@pytest.fixture(scope="session")
def vollcheck() -> Questionnaire:
    return realistic_questionnaire()


@pytest.fixture(scope="session")
def vollcheck_answers(vollcheck: Questionnaire) -> Answers:
    return realistic_answers(vollcheck)


@pytest.fixture(scope="session")
def hostile(sample_answers: Answers) -> Answers:
    """The sample answers with script and image payloads in organisation and notes."""
    profile = sample_answers.profile.model_copy(update={"organisation": XSS_SCRIPT})
    notes = {"ai_rules": XSS_IMG, "budget": XSS_SCRIPT}
    return sample_answers.model_copy(update={"profile": profile, "notes": notes})
