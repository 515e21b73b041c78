"""The AI strategy draft: the text blocks of plan/data/strategie.yaml filled from `Facts`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from questionnaire import localized

from .datafile import load_model
from .document import Block, Bullets, Contents, Document, Heading, Paragraph, Table
from .facts import Facts
from .roadmap import month_start

LangText = dict[str, str]
STRATEGY_PATH = Path(__file__).parent / "data" / "strategie.yaml"
Content = Literal["profile", "legal_duties", "goals", "answers", "use_cases", "roadmap", "measures"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Section(_Frozen):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    heading: LangText
    paragraphs: tuple[LangText, ...] = ()
    content: Content | None = None
    answers_from: tuple[str, ...] = ()  # question ids, quoted as answered
    decide: tuple[LangText, ...] = ()


class StrategyText(_Frozen):
    format: str = Field(pattern=r"^ki-readiness-check/strategie@1$")
    title: LangText
    draft_note: LangText
    contents: LangText
    contents_hint: LangText
    sections: tuple[Section, ...] = Field(min_length=1)


def load_strategy_text(path: str | Path = STRATEGY_PATH) -> StrategyText:
    """Read and validate the strategy text blocks."""
    return load_model(path, StrategyText, Section)


Words = Callable[[str], str]
"""The `plan` catalog entry for a key in the document's language."""


def strategy_document(
    text: StrategyText, facts: Facts, words: Words, fill: Callable[[str], str]
) -> Document:
    """The strategy draft as a document: title, draft note, contents, the ten sections."""
    lang = facts.lang

    def say(value: LangText) -> str:
        return fill(localized(value, lang))

    blocks: list[Block] = [
        Paragraph(say(text.draft_note), decide=True),
        Contents(say(text.contents), say(text.contents_hint)),
    ]
    for section in text.sections:
        blocks.append(Heading(say(section.heading), 1))
        blocks += [Paragraph(say(p)) for p in section.paragraphs]
        if section.content:
            blocks += _CONTENT[section.content](facts, words, section)
        blocks += [Paragraph(say(d), decide=True) for d in section.decide]
    return Document(
        title=say(text.title),
        lang=lang,
        subtitle=(
            f"{words('draft_of')} {facts.date}",
            f"{words('rechtsstand')}: {facts.rechtsstand}",
        ),
        blocks=tuple(blocks),
        footer=f"{facts.organisation} · {words('strategy_footer')}",
        decide_label=words("decide"),
    )


def _profile(facts: Facts, words: Words, _section: Section) -> list[Block]:
    rows = (*facts.profile, (words("overall_level"), facts.overall))
    levels = tuple((d.name, d.level, d.target or "—") for d in facts.dimensions)
    columns = (words("dimension"), words("level_now"), words("level_target"))
    return [
        Table((words("field"), words("value")), rows, (1.0, 2.0)),
        Table(columns, levels, (1.6, 1.4, 1.4)),
    ]


def _legal_duties(facts: Facts, words: Words, _section: Section) -> list[Block]:
    columns = (words("duty"), words("duty_status"), words("duty_reference"))
    rows = tuple((d.title, d.status, d.reference) for d in facts.duties)
    return [Table(columns, rows, (1.6, 0.8, 1.6))] if rows else []


def _goals(facts: Facts, words: Words, _section: Section) -> list[Block]:
    goals = tuple(
        f"{d.name}: {d.level} → {d.target}. {d.target_description}".strip()
        for d in facts.dimensions
        if d.target
    )
    return [Bullets(goals)] if goals else [Paragraph(words("no_targets"), decide=True)]


def _answers(facts: Facts, words: Words, section: Section) -> list[Block]:
    lines = []
    for question_id in section.answers_from:
        if question_id in facts.answered:
            question, answer = facts.answered[question_id]
            lines.append(f"{question} — {answer}")
    return [Bullets(tuple(lines))] if lines else [Paragraph(words("not_answered"))]


def _use_cases(facts: Facts, words: Words, _section: Section) -> list[Block]:
    if not facts.use_cases:
        return [Paragraph(words("no_use_cases"), decide=True)]
    columns = (words("use_case"), words("use_case_status"), words("use_case_class"))
    rows = tuple((u.name, u.status, u.classification) for u in facts.use_cases)
    return [Table(columns, rows, (2.0, 0.8, 1.2))]


def quarter_label(facts: Facts, quarter: int | None, words: Words) -> str:
    """ "Q1 (01/2027–03/2027)" for a quarter of the roadmap, or "später"."""
    if quarter is None:
        return words("roadmap_later")
    first = month_start(facts.roadmap_start, 3 * (quarter - 1))
    last = month_start(facts.roadmap_start, 3 * quarter - 1)
    return f"Q{quarter} ({first:%m/%Y}–{last:%m/%Y})"


def _roadmap(facts: Facts, words: Words, _section: Section) -> list[Block]:
    columns = (words("roadmap_quarter"), words("roadmap_title"), words("roadmap_owner"))
    rows = tuple(
        (quarter_label(facts, s.quarter, words), s.step.title, s.step.owner)
        for s in facts.roadmap.items
    )
    return [Table(columns, rows, (1.1, 2.4, 1.1))] if rows else []


def _measures(facts: Facts, words: Words, _section: Section) -> list[Block]:
    blocks: list[Block] = []
    for dimension in facts.dimensions:
        if dimension.measures:
            blocks.append(Heading(dimension.name, 2))
            blocks.append(Bullets(dimension.measures[:5]))
    return blocks or [Paragraph(words("no_measures"))]


_CONTENT: Mapping[str, Callable[[Facts, Words, Section], list[Block]]] = {
    "profile": _profile,
    "legal_duties": _legal_duties,
    "goals": _goals,
    "answers": _answers,
    "use_cases": _use_cases,
    "roadmap": _roadmap,
    "measures": _measures,
}
