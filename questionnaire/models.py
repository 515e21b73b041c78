"""Frozen pydantic models of the questionnaire format (see docs/questionnaire-format.md)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .rechtsstand import Rechtsstand

LangText = dict[str, str]
"""A user-visible text as a language map, e.g. {"de": "…", "en": "…"}."""

TITLE_LENGTH = 60
"""At most this many characters in a recommendation's short title (checked in checks.py)."""
# The limit shows in the JSON Schema for editors; checks.py reports it in the user's language.
ShortText = dict[str, Annotated[str, WithJsonSchema({"type": "string", "maxLength": TITLE_LENGTH})]]

DONT_KNOW = "dont_know"
NOT_APPLICABLE = "not_applicable"
RESERVED_ANSWERS = frozenset({DONT_KNOW, NOT_APPLICABLE})


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def localized(text: LangText | str, lang: str) -> str:
    """Return the text in `lang`, falling back to German, then to any language."""
    if isinstance(text, str):
        return text
    return text.get(lang) or text.get("de") or next(iter(text.values()), "")


class Priority(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for critical … 3 for low: the sort key of the action plan."""
        return list(Priority).index(self)


class Effort(StrEnum):
    QUICK_WIN = "quick_win"
    PROJECT = "project"
    PROGRAMME = "programme"


class Start(StrEnum):
    """When to begin a recommendation: "in den nächsten 4 Wochen" … "in den nächsten 12 Monaten"."""

    WEEKS_4 = "weeks_4"
    MONTHS_3 = "months_3"
    MONTHS_6 = "months_6"
    MONTHS_12 = "months_12"

    @classmethod
    def default_for(cls, priority: Priority) -> Start:
        """The start a recommendation gets when it names none: sooner for higher priority."""
        return {
            Priority.CRITICAL: cls.WEEKS_4,
            Priority.HIGH: cls.MONTHS_3,
            Priority.MEDIUM: cls.MONTHS_6,
            Priority.LOW: cls.MONTHS_12,
        }[priority]


class Option(_Frozen):
    id: str
    label: LangText
    score: float | None = Field(default=None, ge=0, le=4)
    points: float | None = Field(default=None, ge=0)


class Question(_Frozen):
    id: str
    text: LangText
    help: LangText
    type: Literal["single", "multi"] = "single"
    options: tuple[Option, ...] = Field(min_length=1)
    weight: float = Field(default=1.0, gt=0)
    allow_not_applicable: bool = False
    short: bool = False
    scored: bool = True  # false: context only, stored and exported, never scored
    references: tuple[LangText | str, ...] = ()
    provisions: tuple[str, ...] = ()  # ids of the Rechtsstand
    max_points: float | None = Field(default=None, gt=0)

    def option(self, option_id: str) -> Option | None:
        """Return the option with this id, or None."""
        return next((o for o in self.options if o.id == option_id), None)

    @property
    def effective_max_points(self) -> float:
        """`max_points`, or the sum of all option points (multi questions)."""
        if self.max_points is not None:
            return self.max_points
        return sum(o.points or 0 for o in self.options)


class Condition(_Frozen):
    """When a recommendation fires: exactly one form, see docs/questionnaire-format.md."""

    level_at_most: int | None = Field(default=None, ge=1, le=5)
    level_at_least: int | None = Field(default=None, ge=1, le=5)
    question: str | None = None
    score_at_most: float | None = Field(default=None, ge=0, le=4)
    score_at_least: float | None = Field(default=None, ge=0, le=4)
    answer_in: tuple[str, ...] | None = Field(default=None, min_length=1)
    dont_know: Literal[True] | None = None
    not_applicable: Literal[True] | None = None
    all: tuple[Condition, ...] | None = Field(default=None, min_length=1)
    any: tuple[Condition, ...] | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        level = self.level_at_most is not None or self.level_at_least is not None
        score = self.score_at_most is not None or self.score_at_least is not None
        tests = [
            score,
            self.answer_in is not None,
            bool(self.dont_know),
            bool(self.not_applicable),
        ]
        forms = (
            int(level)
            + int(self.question is not None)
            + int(self.all is not None)
            + int(self.any is not None)
        )
        if forms != 1:
            raise PydanticCustomError("condition_one_form", "one form per condition")
        if self.question is not None and sum(tests) != 1:
            raise PydanticCustomError("condition_one_test", "one test per question condition")
        if self.question is None and any(tests):
            raise PydanticCustomError("condition_needs_question", "a test needs a question")
        return self

    def questions(self) -> list[str]:
        """Every question id this condition (and its parts) refers to."""
        own = [self.question] if self.question else []
        parts = (*(self.all or ()), *(self.any or ()))
        return own + [q for part in parts for q in part.questions()]


class Recommendation(_Frozen):
    id: str
    # A short noun phrase for lists and the roadmap ("KI-Verzeichnis anlegen"); optional:
    # without it the roadmap cuts the first sentence of `text` (plan/steps.py).
    title: ShortText | None = Field(
        default=None, description=f"At most {TITLE_LENGTH} characters, no final full stop"
    )
    text: LangText
    priority: Priority
    effort: Effort
    owner: LangText
    owner_small: LangText | None = None  # the owner's name in a small municipality
    start: Start | None = None  # None: Start.default_for(priority)
    references: tuple[LangText | str, ...] = ()
    provisions: tuple[str, ...] = ()  # ids of the Rechtsstand
    when: Condition

    @property
    def suggested_start(self) -> Start:
        """`start`, or the default of its priority."""
        return self.start or Start.default_for(self.priority)


class DutyStatus(StrEnum):
    """Where the administration stands with a legal duty, judged from its answers."""

    FULFILLED = "fulfilled"  # erfüllt
    OPEN = "open"  # offen
    UNCLEAR = "unclear"  # unklar
    NOT_RELEVANT = "not_relevant"  # nicht einschlägig


class DutyRule(_Frozen):
    """One rule of a legal duty: `status` when `when` holds (the first rule that holds wins)."""

    status: DutyStatus
    when: Condition
    note: LangText | None = None


class LegalDuty(_Frozen):
    """A duty that applies regardless of maturity, with the rules that judge it."""

    id: str
    title: LangText
    provisions: tuple[str, ...] = Field(min_length=1)  # ids of the Rechtsstand
    rules: tuple[DutyRule, ...] = Field(min_length=1)


class Level(_Frozen):
    name: LangText
    min_score: float = Field(ge=0, le=100)
    description: LangText


class Dimension(_Frozen):
    id: str
    name: LangText
    description: LangText
    weight: float = Field(default=1.0, gt=0)
    questions: tuple[Question, ...] = Field(min_length=1)
    recommendations: tuple[Recommendation, ...] = ()

    def questions_in(self, mode: str) -> tuple[Question, ...]:
        """The questions of this dimension asked in `mode` ("full" or "short")."""
        if mode == "short":
            return tuple(q for q in self.questions if q.short)
        return self.questions


class Questionnaire(_Frozen):
    id: str
    version: str
    languages: tuple[str, ...] = Field(min_length=1)
    title: LangText
    description: LangText | None = None
    levels: tuple[Level, ...] = Field(min_length=2)
    dimensions: tuple[Dimension, ...] = Field(min_length=1)
    legal_duties: tuple[LegalDuty, ...] = ()
    # Attached by the loader (not part of the file): the Rechtsstand its dates came from, the
    # data as read (dates filled in) and the versions worded for a profile, built from it.
    _rechtsstand: Rechtsstand | None = PrivateAttr(default=None)
    _source: dict | None = PrivateAttr(default=None)
    _tailored: dict = PrivateAttr(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        # The content decides, not what the loader attached.
        if not isinstance(other, Questionnaire):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((self.id, self.version, self.title.get("de")))

    @property
    def rechtsstand(self) -> Rechtsstand | None:
        """The Rechtsstand the loader resolved this questionnaire's `{date:ID}` texts with."""
        return self._rechtsstand

    def questions(self) -> dict[str, Question]:
        """All questions by id, in file order."""
        return {q.id: q for d in self.dimensions for q in d.questions}

    def dimension_of(self) -> dict[str, Dimension]:
        """Map question id -> its dimension."""
        return {q.id: d for d in self.dimensions for q in d.questions}

    def dimension(self, dimension_id: str) -> Dimension:
        """The dimension with this id (KeyError when there is none)."""
        for d in self.dimensions:
            if d.id == dimension_id:
                return d
        raise KeyError(dimension_id)

    def level_name(self, level: int | None, lang: str = "de") -> str | None:
        """Name of level 1…n in `lang`, or None for no level."""
        if level is None:
            return None
        return localized(self.levels[level - 1].name, lang)

    def has_short_mode(self) -> bool:
        """True when at least one question is marked for the Kurzcheck."""
        return any(q.short for d in self.dimensions for q in d.questions)
