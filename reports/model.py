"""The Report value: everything a report shows, already in its language and formatted.

Renderers (HTML, PDF) only lay it out; they compute nothing. Texts that come from users
(organisation, notes) are kept as plain strings here and escaped by the renderer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fact:
    """One labelled line, e.g. on the title page."""

    label: str
    value: str


@dataclass(frozen=True)
class ChartSeries:
    """One line of a chart: a value 0–100 (or None) per dimension, in dimension order."""

    name: str
    values: tuple[float | None, ...]
    role: str  # "current", "target" or "previous": decides colour, line style and marker


@dataclass(frozen=True)
class ChartData:
    """What the radar and the bar chart show: dimensions, series and an optional band."""

    axes: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    band: tuple[tuple[float | None, float | None], ...] | None  # (min, max) per dimension
    band_name: str | None
    levels: tuple[tuple[float, str], ...]  # (min_score, name) per level, ascending
    labels: dict[str, str]  # radar_title, bars_title, desc, none, dash
    decimal: str = "."  # the decimal mark of value labels


@dataclass(frozen=True)
class DimensionRow:
    """One row of the summary table; group reports fill the spread columns."""

    number: int
    name: str
    score: str
    level: str
    target: str = ""
    gap: str = ""
    previous: str = ""
    dont_know: str = ""
    n: str = ""
    range: str = ""
    std: str = ""
    consensus: str = ""


@dataclass(frozen=True)
class Item:
    """A question with what is said about it (an answer, a mean step, a note)."""

    number: str
    question: str
    detail: str


@dataclass(frozen=True)
class DimensionSection:
    """The page(s) about one dimension."""

    number: int
    id: str
    name: str
    description: str
    facts: str
    level: int | None
    level_name: str
    level_description: str
    target: str
    strengths: tuple[Item, ...]
    gaps: tuple[Item, ...]
    knowledge_gaps: tuple[Item, ...]
    notes: tuple[Item, ...]
    actions: str  # "Empfehlungen dazu im Maßnahmenplan: Nr. 1, 4" or ""


@dataclass(frozen=True)
class Action:
    """One row of the action plan."""

    number: int
    text: str
    dimension: str
    priority: str  # the id (critical, high, …): the renderer styles it
    priority_label: str
    effort: str
    owner: str
    references: str
    share: str = ""  # group reports: "5 von 8"
    dimension_id: str = ""
    start: str = ""  # "in den nächsten 4 Wochen"
    title: str = ""  # the recommendation's short title, shown before the text; may be empty


@dataclass(frozen=True)
class FirstStep:
    """One of the "Erste Schritte" on the first page."""

    number: int
    text: str
    facts: str  # "Zuständig: … · Aufwand: … · Beginn: …"
    title: str = ""  # the recommendation's short title, shown before the text; may be empty


@dataclass(frozen=True)
class Duty:
    """A legal duty with its status, on the first page."""

    title: str
    status: str  # the id (fulfilled, open, unclear, not_relevant): the renderer styles it
    status_label: str
    basis: str  # "Art. 4 KI-VO, gilt seit 2. Februar 2025"
    note: str = ""


@dataclass(frozen=True)
class Prompt:
    """A question where a workshop group disagreed most."""

    number: str
    question: str
    dimension: str
    counts: tuple[int, ...]  # participants per step 0…4; () when hidden
    mean: str
    range: str
    std: str


@dataclass(frozen=True)
class AppendixRow:
    """One question with its answer (self-check) or its distribution (group)."""

    number: str
    question: str
    answer: str
    value: str
    dont_know: str = ""
    counts: tuple[int, ...] = ()  # group reports: participants per step 0…4


@dataclass(frozen=True)
class AppendixPart:
    """The appendix rows of one dimension."""

    number: int
    name: str
    rows: tuple[AppendixRow, ...]


@dataclass(frozen=True)
class LevelInfo:
    """A maturity level as the method section lists it."""

    number: int
    name: str
    range: str
    description: str


@dataclass(frozen=True)
class Summary:
    """The overall result, in words and figures."""

    level: int | None
    level_count: int
    level_name: str
    level_description: str
    score: str
    cap: str  # why the weakest dimension capped the overall level, or ""
    lines: tuple[str, ...]  # completeness or spread, earlier assessment
    rows: tuple[DimensionRow, ...]


@dataclass(frozen=True)
class Report:
    """A complete report, ready to be rendered as HTML or PDF."""

    lang: str
    group: bool
    title: str
    subtitle: str
    organisation: str
    date: str
    facts: tuple[Fact, ...]
    summary: Summary
    chart: ChartData
    dimensions: tuple[DimensionSection, ...]
    prompts: tuple[Prompt, ...]
    actions: tuple[Action, ...]
    levels: tuple[LevelInfo, ...]
    appendix: tuple[AppendixPart, ...]
    has_previous: bool = False
    has_targets: bool = False
    iso_date: str = ""  # the profile's date when it is an ISO date, for the PDF metadata
    rechtsstand: str = ""  # "Rechtsstand: 04.12.2026", on the title page and in the footer
    rechtsstand_warning: str = ""  # said plainly when the Rechtsstand is over six months old
    first_steps: tuple[FirstStep, ...] = ()  # at most five, on the first page
    duties: tuple[Duty, ...] = ()  # the legal duties, on the first page
