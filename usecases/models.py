"""Frozen models of the use-case files: the AI Act triage tree and the catalogue.

Formats: docs/usecases.md. Texts are language maps like the questionnaire's.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from questionnaire import localized

LangText = dict[str, str]

DONT_KNOW = "dont_know"
"""The built-in answer of every triage question; it ends the walk at the tree's
`dont_know_conclusion` ("rechtliche Prüfung nötig") instead of a guess."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Classification(StrEnum):
    """The six results of the triage, most severe first (see `severity`)."""

    PROHIBITED = "verboten"
    LEGAL_REVIEW = "pruefung"
    HIGH_RISK = "hochrisiko"
    TRANSPARENCY = "transparenz"
    MINIMAL = "gering"
    NO_AI_SYSTEM = "kein_ki_system"

    @property
    def severity(self) -> int:
        """0 for the most severe (verboten) … 5 for kein KI-System."""
        return list(Classification).index(self)


class Family(StrEnum):
    """The catalogue's use-case families (INTERFACES.md)."""

    DOCUMENT_MANAGEMENT = "document_management"
    TEXT_RECOGNITION = "text_recognition"
    SPEECH_AUDIO = "speech_audio"
    IMAGE_OBJECTS = "image_objects"
    IMAGE_PEOPLE = "image_people"
    SPATIAL = "spatial"
    CHATBOTS_ASSISTANTS = "chatbots_assistants"
    AUTOMATED_DECISIONS = "automated_decisions"


# ---------------------------------------------------------------- triage tree


class ClassificationText(_Frozen):
    id: Classification
    label: LangText
    summary: LangText


class Obligation(_Frozen):
    """A duty the result names; its date and citation come from the Rechtsstand entry."""

    id: str
    provision: str
    text: LangText
    classification: Classification | None = None  # the result is at least this severe


class Answer(_Frozen):
    id: str
    label: LangText
    next: str | None = None
    conclusion: str | None = None
    obligations: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _one_target(self) -> Answer:
        if (self.next is None) == (self.conclusion is None):
            raise ValueError("an answer needs exactly one of 'next' (a question) or 'conclusion'")
        return self


class TriageQuestion(_Frozen):
    id: str
    text: LangText
    help: LangText
    references: tuple[str, ...] = ()  # Rechtsstand provision ids
    answers: tuple[Answer, ...] = Field(min_length=2)

    def answer(self, answer_id: str) -> Answer | None:
        """The answer with this id, or None."""
        for answer in self.answers:
            if answer.id == answer_id:
                return answer
        return None


class Conclusion(_Frozen):
    id: str
    classification: Classification
    text: LangText
    obligations: tuple[str, ...] = ()


class TriageTree(_Frozen):
    id: str
    version: str
    languages: tuple[str, ...] = Field(min_length=1)
    title: LangText
    disclaimer: LangText
    dont_know_label: LangText
    start: str
    dont_know_conclusion: str
    classifications: tuple[ClassificationText, ...] = Field(min_length=6)
    obligations: tuple[Obligation, ...] = ()
    questions: tuple[TriageQuestion, ...] = Field(min_length=1)
    conclusions: tuple[Conclusion, ...] = Field(min_length=1)
    _lookup: tuple[dict, dict, dict, dict] = PrivateAttr()

    def question(self, question_id: str) -> TriageQuestion:
        """The question with this id (KeyError when there is none)."""
        return self._index()[0][question_id]

    def conclusion(self, conclusion_id: str) -> Conclusion:
        """The conclusion with this id (KeyError when there is none)."""
        return self._index()[1][conclusion_id]

    def obligation(self, obligation_id: str) -> Obligation:
        """The obligation with this id (KeyError when there is none)."""
        return self._index()[2][obligation_id]

    def label(self, classification: Classification, lang: str = "de") -> str:
        """The classification's name in `lang`, e.g. "Hochrisiko"."""
        return localized(self._index()[3][classification].label, lang)

    def summary(self, classification: Classification, lang: str = "de") -> str:
        """One sentence on what the classification means."""
        return localized(self._index()[3][classification].summary, lang)

    def _index(self) -> tuple[dict, dict, dict, dict]:
        # Read past pydantic's attribute hook: a walk looks up every step here.
        return self.__pydantic_private__["_lookup"]

    def model_post_init(self, _context: object) -> None:
        # Built once per tree: the model is frozen, so the lookup cannot go stale.
        self._lookup = (
            {q.id: q for q in self.questions},
            {c.id: c for c in self.conclusions},
            {o.id: o for o in self.obligations},
            {c.id: c for c in self.classifications},
        )


# ---------------------------------------------------------------- catalogue

PersonalData = Literal["none", "personal", "special"]
Offer = Literal["product", "shared_service", "both", "none"]


class UseCase(_Frozen):
    id: str
    family: Family
    title: LangText
    description: LangText
    value: int = Field(ge=1, le=5)
    value_reason: LangText
    effort: int = Field(ge=1, le=5)
    data: LangText
    personal_data: PersonalData
    prerequisites: dict[str, int]
    classification: Classification
    triage: dict[str, str] = {}
    legal_notes: LangText
    offer: Offer
    offer_note: LangText
    kinds: tuple[str, ...] = Field(min_length=1)
    examples: tuple[LangText, ...] = ()


class Catalogue(_Frozen):
    id: str
    version: str
    languages: tuple[str, ...] = Field(min_length=1)
    title: LangText
    triage_defaults: dict[str, str] = {}
    use_cases: tuple[UseCase, ...] = Field(min_length=1)

    def use_case(self, use_case_id: str) -> UseCase:
        """The use case with this id (KeyError when there is none)."""
        for use_case in self.use_cases:
            if use_case.id == use_case_id:
                return use_case
        raise KeyError(use_case_id)

    def triage_answers(self, use_case: UseCase) -> dict[str, str]:
        """The triage answers of a use case: the catalogue's defaults, overridden by its own."""
        return {**self.triage_defaults, **use_case.triage}
