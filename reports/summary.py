"""The two-page council summary (PDF and DOCX) from `Facts`: standing, duties, first steps,
use cases, the roadmap at a glance and a draft resolution."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

import texts
from plan import Facts, Scheduled
from plan.document import Bullets, Document, Heading, Paragraph, Table
from plan.roadmap import month_start
from plan.strategy import quarter_label

from .pdf import html_to_pdf
from .timeline import Bar, render_svg_timeline

MAX_USE_CASES = 5
PER_QUARTER = 3  # the roadmap at a glance: the most urgent steps of each quarter


def _words(lang: str):
    return lambda key, **params: texts.text("plan", key, lang, **params)


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _resolution(facts: Facts, w) -> list[str]:
    lines = [w("resolution_take_note")]
    if any(d.open for d in facts.duties):
        lines.append(w("resolution_duties"))
    lines += [w("resolution_first_steps"), w("resolution_strategy"), w("resolution_report")]
    return lines


def at_a_glance(facts: Facts) -> list[Scheduled]:
    """The first steps and then the most urgent steps of each quarter (and of "later"), in the
    order of the roadmap."""
    rank = {p: i for i, p in enumerate(("critical", "high", "medium", "low"))}
    chosen: list[Scheduled] = []
    for quarter in (1, 2, 3, 4, None):
        steps = facts.roadmap.in_quarter(quarter)
        first = {s.step.id for s in steps if s.step.kind == "first_step"}
        urgent = sorted(
            steps, key=lambda s: (s.step.id not in first, rank[s.step.priority], s.start)
        )[:PER_QUARTER]
        chosen += [s for s in steps if s in urgent]
    return chosen


def _quarter_rows(facts: Facts, w) -> list[tuple[str, str, str]]:
    rows = []
    for quarter in (1, 2, 3, 4, None):
        steps = facts.roadmap.in_quarter(quarter)
        if not steps:
            continue
        shown = [s for s in at_a_glance(facts) if s.quarter == quarter]
        titles = "; ".join(s.step.title for s in shown)
        more = len(steps) - len(shown)
        if more:
            titles += " " + w("and_more_steps", count=more)
        rows.append((quarter_label(facts, quarter, w), w("step_count", count=len(steps)), titles))
    return rows


def _timeline(facts: Facts, w) -> str:
    items = at_a_glance(facts)
    bars = [Bar(s.step.title, s.start, s.due, s.step.priority) for s in items]
    months = [f"{month_start(facts.roadmap_start, m):%m}" for m in range(12)]
    desc = "; ".join(f"{quarter_label(facts, s.quarter, w)}: {s.step.title}" for s in items)
    names = {p: w(f"priority_{p}") for p in ("critical", "high", "medium", "low")}
    return render_svg_timeline(bars, months, w("summary_roadmap"), desc, w("roadmap_later"), names)


def summary_html(facts: Facts) -> str:
    """The summary as one self-contained HTML document."""
    w = _words(facts.lang)
    return (
        _environment()
        .get_template("summary.html.j2")
        .render(
            f=facts,
            w=w,
            use_cases=facts.use_cases[:MAX_USE_CASES],
            more_use_cases=max(0, len(facts.use_cases) - MAX_USE_CASES),
            timeline=Markup(_timeline(facts, w)),
            roadmap_rows=_quarter_rows(facts, w),
            resolution=_resolution(facts, w),
        )
    )


def summary_pdf(facts: Facts) -> bytes:
    """The summary as tagged PDF bytes (two A4 pages)."""
    return html_to_pdf(summary_html(facts))


def summary_document(facts: Facts) -> Document:
    """The same summary as an editable document (DOCX)."""
    w = _words(facts.lang)
    dims = tuple((d.name, d.level, d.target or "—") for d in facts.dimensions)
    duties = tuple((d.title, d.status, d.reference) for d in facts.duties)
    steps = tuple(f"{s.title} ({w('roadmap_owner')}: {s.owner}; {s.effort}; {s.start})"
                  for s in facts.first_steps)  # fmt: skip
    roadmap = tuple(_quarter_rows(facts, w))
    use_cases = tuple((u.name, u.status, u.classification) for u in facts.use_cases[:MAX_USE_CASES])
    blocks = [
        Heading(w("summary_where"), 1),
        Paragraph(facts.overall, bold_lead=w("overall_level") + ":"),
        Table((w("dimension"), w("level_now"), w("level_target")), dims, (1.6, 1.2, 1.2)),
        Heading(w("summary_duties"), 1),
        Table((w("duty"), w("duty_status"), w("duty_reference")), duties, (1.6, 0.7, 1.5)),
        Heading(w("summary_first_steps"), 1),
        Bullets(steps),
        Heading(w("summary_use_cases"), 1),
        Table((w("use_case"), w("use_case_status"), w("use_case_class")), use_cases, (2, 0.8, 1.2))
        if use_cases
        else Paragraph(w("no_use_cases")),
        Heading(w("summary_roadmap"), 1),
        Table((w("roadmap_quarter"), w("steps"), w("roadmap_title")), roadmap, (1, 0.6, 2.8)),
        Heading(w("summary_resolution"), 1),
        Paragraph(w("resolution_intro"), decide=True),
        Bullets(tuple(_resolution(facts, w))),
    ]
    return Document(
        title=f"{w('summary_title')}: {facts.organisation}",
        lang=facts.lang,
        subtitle=(
            w("summary_subtitle", date=facts.date),
            f"{w('rechtsstand')}: {facts.rechtsstand}",
        ),
        blocks=tuple(blocks),
        footer=f"{facts.organisation} · {w('summary_title')}",
        decide_label=w("draft_mark") + ":",
    )
