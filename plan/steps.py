"""Roadmap steps from a result: its recommendations (first steps marked) and portfolio pilots.

Which step waits for which lives in plan/data/fahrplan.yaml, by recommendation id, with the
reason; a test checks every id there against the shipped questionnaire.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from questionnaire import Recommendation, localized
from scoring import Result

from .datafile import load_model
from .roadmap import Step

DEPENDENCIES_PATH = Path(__file__).parent / "data" / "fahrplan.yaml"
TITLE_LENGTH = 90
LangText = dict[str, str]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Dependency(_Frozen):
    step: str
    after: tuple[str, ...] = Field(min_length=1)
    why: LangText


class Dependencies(_Frozen):
    format: str = Field(pattern=r"^ki-readiness-check/fahrplan@1$")
    pilots_after: tuple[str, ...] = ()  # what every pilot of the portfolio waits for
    dependencies: tuple[Dependency, ...] = ()

    def after(self, step_id: str) -> tuple[str, ...]:
        """The ids of the steps `step_id` waits for."""
        return tuple(d for dep in self.dependencies if dep.step == step_id for d in dep.after)


def load_dependencies(path: str | Path = DEPENDENCIES_PATH) -> Dependencies:
    """Read and validate the documented dependencies between roadmap steps."""
    return load_model(path, Dependencies, Dependency)


_SENTENCE_END = re.compile(r"(\S+)[.:;](?=\s|$)")
# Tokens before a full stop that do not end a sentence: abbreviations, single letters
# ("z. B."), numbers ("2. Stufe").
_ABBREVIATIONS = frozenset(
    {
        "Art", "Abs", "Nr", "Buchst", "lit", "bzw", "ggf", "vgl", "ca", "inkl", "zzgl",
        "insb", "usw", "etc", "Dr", "Hr", "Fr", "S", "e.g", "i.e",
    }
)  # fmt: skip


def _sentences(text: str) -> list[str]:
    sentences, begin = [], 0
    for match in _SENTENCE_END.finditer(text):
        token = match.group(1)
        if token in _ABBREVIATIONS or len(token) == 1 or token.isdigit():
            continue
        sentences.append(text[begin : match.end(1)].strip())
        begin = match.end()
    rest = text[begin:].strip()
    return [*sentences, rest] if rest else sentences


def _is_request(sentence: str) -> bool:
    # A German request ("Benennen Sie …", "Legen Sie … fest") has "Sie" as its second word.
    words = sentence.split()
    return len(words) > 1 and words[1] == "Sie"


def _first_sentence(text: str) -> str:
    """The first sentence; when it only describes the situation, the first request after it."""
    sentences = _sentences(text) or [text]
    if not _is_request(sentences[0]):
        return next((s for s in sentences[1:] if _is_request(s)), sentences[0])
    return sentences[0]


def short_title(text: str, length: int = TITLE_LENGTH) -> str:
    """The first sentence of `text`, cut at a word to at most `length` characters."""
    first = _first_sentence(text).strip()
    if len(first) <= length:
        return first
    cut = first[: length - 1].rsplit(" ", 1)[0].rstrip(",;–- ")
    return cut + "…"


def recommendation_title(recommendation: Recommendation, lang: str) -> str:
    """The recommendation's own short title in `lang`; without one, its text's first sentence."""
    if recommendation.title:
        return localized(recommendation.title, lang)
    return short_title(localized(recommendation.text, lang))


@dataclass(frozen=True)
class Pilot:
    """A use case of the portfolio that is to start as a pilot."""

    id: str
    name: str
    owner: str


def roadmap_steps(
    result: Result,
    lang: str,
    dependencies: Dependencies,
    first_step_ids: Iterable[str] = (),
    pilots: Sequence[Pilot] = (),
) -> list[Step]:
    """One step per fired recommendation and per pilot, with their documented dependencies."""
    first = set(first_step_ids)
    steps = []
    for fired in result.recommendations:
        rec = fired.recommendation
        text = localized(rec.text, lang)
        steps.append(
            Step(
                id=rec.id,
                title=recommendation_title(rec, lang),
                description=text,
                owner=localized(rec.owner, lang),
                priority=str(rec.priority),
                effort=str(rec.effort),
                depends_on=dependencies.after(rec.id),
                kind="first_step" if rec.id in first else "recommendation",
            )
        )
    for pilot in pilots:
        steps.append(
            Step(
                id=f"pilot:{pilot.id}",
                title=pilot.name,
                description=pilot.name,
                owner=pilot.owner,
                priority="medium",
                effort="project",
                depends_on=dependencies.pilots_after,
                kind="pilot",
            )
        )
    return steps
