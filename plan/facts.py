"""What the plan documents say, already in the words of one language.

`Facts` is the one input of the strategy draft and the council summary; `reports.plan_facts`
fills it from questionnaire, answers, result, Rechtsstand and portfolio.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .roadmap import Roadmap


@dataclass(frozen=True)
class DimensionFact:
    name: str
    level: str  # "Stufe 2 – Erste Schritte", or the text for "too few answers"
    target: str  # "Stufe 3 – …", or "" without a target
    target_description: str
    measures: tuple[str, ...]  # titles of the recommendations of this dimension


@dataclass(frozen=True)
class DutyFact:
    title: str
    status: str  # "erfüllt", "offen", "unklar", "nicht einschlägig" in the language
    reference: str  # "Art. 4 KI-VO, seit 2. Februar 2025"
    open: bool  # open or unclear: belongs at the start of the roadmap


@dataclass(frozen=True)
class StepFact:
    title: str
    owner: str
    effort: str
    start: str  # "in den nächsten 4 Wochen"


@dataclass(frozen=True)
class UseCaseFact:
    name: str
    status: str
    classification: str


@dataclass(frozen=True)
class Facts:
    organisation: str
    lang: str
    date: str  # the assessment's date in words
    rechtsstand: str  # the Rechtsstand date in words
    rechtsstand_stale: bool
    profile: tuple[tuple[str, str], ...]  # (label, value)
    overall: str  # "Stufe 2 – …" with the cap's reason when it applied
    dimensions: tuple[DimensionFact, ...]
    duties: tuple[DutyFact, ...]
    first_steps: tuple[StepFact, ...]
    use_cases: tuple[UseCaseFact, ...]
    roadmap: Roadmap
    roadmap_start: date  # the first day of month 0
    answered: dict[str, tuple[str, str]]  # question id -> (question, answer as given)
