"""The report of one assessment (self-check): the answers, their scores and the notes."""

from __future__ import annotations

from questionnaire import (
    DONT_KNOW,
    Answers,
    Dimension,
    Questionnaire,
    localized,
    question_counts,
    total_counts,
)
from scoring import DimensionResult, PeerGroup, Result, score

from . import charts, common
from .i18n import Texts
from .model import AppendixPart, AppendixRow, ChartSeries, DimensionRow, Item, Summary


def _gap_text(result: DimensionResult, t: Texts) -> str:
    if result.gap is None:
        return ""
    return t("reached") if result.gap <= 0 else t.levels(result.gap)


def dimension_rows(
    result: Result, answers: Answers, previous: Result | None, t: Texts
) -> tuple[DimensionRow, ...]:
    """The summary table of one assessment ("Weiß nicht" counted over every question asked)."""
    q = result.questionnaire
    counts = question_counts(q, answers)
    rows = []
    for number, (dimension, res) in enumerate(
        zip(q.dimensions, result.dimensions, strict=True), start=1
    ):
        earlier = previous.dimension(dimension.id).score if previous else None
        rows.append(
            DimensionRow(
                number=number,
                name=localized(dimension.name, t.lang),
                score=common.score_text(res.score, t),
                level=common.level_name(q, res.level, t),
                target=common.level_name(q, res.target, t) if res.target else "",
                gap=_gap_text(res, t),
                previous=t.number(earlier) if previous else "",
                dont_know=str(counts[dimension.id].dont_know),
            )
        )
    return tuple(rows)


def summary(
    result: Result,
    answers: Answers,
    previous: Result | None,
    prev_date: str,
    t: Texts,
    peers: PeerGroup | None = None,
) -> Summary:
    """The overall result of one assessment in words and figures."""
    q, overall = result.questionnaire, result.overall
    lines, cap = [], ""
    if overall.score is None:
        lines.append(t("no_overall"))
    if overall.capped:
        weakest = result.dimension(overall.capped_by[0]).level
        names = ", ".join(localized(q.dimension(d).name, t.lang) for d in overall.capped_by)
        cap = t(
            "cap",
            level=common.level_name(q, overall.level, t),
            dimensions=names,
            uncapped=common.level_name(q, overall.uncapped_level, t),
            weakest=common.level_name(q, weakest, t),
            count=len(overall.capped_by),
        )
    # Every question asked counts here, context questions too (questionnaire/counts.py).
    counts = total_counts(q, answers)
    lines.append(
        t(
            "completeness_self",
            answered=counts.answered,
            asked=counts.asked,
            share=t.percent(counts.answered / counts.asked if counts.asked else 0.0),
            dont_know=counts.dont_know,
        )
    )
    if previous is not None:
        lines.append(
            common.previous_line(q, previous.overall.score, previous.overall.level, prev_date, t)
        )
    if peers is not None:
        lines.append(peer_line(result, peers, t))
    level = overall.level
    return Summary(
        level=level,
        level_count=len(q.levels),
        level_name=common.level_name(q, level, t),
        level_description=common.level_description(q, level, t),
        score=t.number(overall.score) if overall.score is not None else t("dash"),
        cap=cap,
        lines=tuple(lines),
        rows=dimension_rows(result, answers, previous, t),
    )


def items(
    dimension: Dimension,
    answers: Answers,
    steps: dict[str, float | None],
    numbers: dict[str, str],
    t: Texts,
) -> tuple[tuple[Item, ...], tuple[Item, ...], tuple[Item, ...], tuple[Item, ...]]:
    """Strengths (step >= 2.5), gaps (below), knowledge gaps and notes of one dimension."""
    valued = []
    unknown = []
    for question in dimension.questions:
        value, step = answers.value(question.id), steps.get(question.id)
        if value == DONT_KNOW and question.id in steps:
            unknown.append(Item(numbers[question.id], localized(question.text, t.lang), ""))
        elif step is not None:
            detail = answer_label(question, value, t, step)
            valued.append(
                (step, Item(numbers[question.id], localized(question.text, t.lang), detail))
            )
    strengths = sorted((v for v in valued if v[0] >= common.STRENGTH_FROM), key=lambda v: -v[0])
    gaps = sorted((v for v in valued if v[0] < common.STRENGTH_FROM), key=lambda v: v[0])
    notes = tuple(
        Item(numbers.get(q.id, ""), localized(q.text, t.lang), answers.notes[q.id])
        for q in dimension.questions
        if answers.notes.get(q.id, "").strip()
    )
    return (
        tuple(i for _, i in strengths[: common.MAX_ITEMS]),
        tuple(i for _, i in gaps[: common.MAX_ITEMS]),
        tuple(unknown),
        notes,
    )


def answer_label(question, value, t: Texts, step: float | None) -> str:
    """The chosen answer with its step, e.g. "Beschlossen (Schritt 3 von 4)"."""
    label = common.answer_label(question, value, t)
    if step is None:
        return label
    digits = 0 if float(step).is_integer() else 1
    return f"{label} ({t('step_of_four', value=t.number(step, digits))})"


def appendix(
    questionnaire: Questionnaire, answers: Answers, steps: dict, numbers: dict, t: Texts
) -> tuple[AppendixPart, ...]:
    """Every question of the mode with its answer and step."""
    parts = []
    for d, dimension in enumerate(questionnaire.dimensions, start=1):
        rows = []
        for question in dimension.questions_in(answers.mode):
            step = steps.get(question.id)
            digits = 0 if step is None or float(step).is_integer() else 1
            rows.append(
                AppendixRow(
                    number=numbers[question.id],
                    question=localized(question.text, t.lang),
                    answer=common.answer_label(question, answers.value(question.id), t),
                    value=t.number(step, digits) if step is not None else t("dash"),
                )
            )
        parts.append(AppendixPart(d, localized(dimension.name, t.lang), tuple(rows)))
    return tuple(parts)


def peer_line(result: Result, peers: PeerGroup, t: Texts) -> str:
    """The comparison group in one sentence: its size and, per dimension, median and band."""
    q = result.questionnaire
    parts = [
        t(
            "peers_dimension",
            name=localized(q.dimension(d.id).name, t.lang),
            median=peers.bands[d.id].median,
            low=peers.bands[d.id].low,
            high=peers.bands[d.id].high,
        )
        for d in result.dimensions
        if d.id in peers.bands
    ]
    key = "peers_line_land" if peers.state else "peers_line"
    return t(key, n=peers.contributions, land=peers.state or "", dimensions="; ".join(parts))


def peer_band(result: Result, peers: PeerGroup | None, t: Texts) -> tuple:
    """The radar band of the comparison group (first to third quartile) and its name."""
    if peers is None:
        return None, None
    band = tuple(
        (float(peers.bands[d.id].low), float(peers.bands[d.id].high))
        if d.id in peers.bands
        else (None, None)
        for d in result.dimensions
    )
    return band, t("legend_peers", n=peers.contributions)


def chart_series(
    result: Result, previous: Result | None, answers: Answers, prev_date: str, t: Texts
) -> list[ChartSeries]:
    """Current profile, target profile and the earlier assessment, where there is one."""
    q = result.questionnaire
    series = [
        ChartSeries(t("legend_current"), tuple(d.score for d in result.dimensions), "current")
    ]
    target = charts.target_series(q, answers.targets, t)
    if target:
        series.append(target)
    if previous is not None:
        name = t("legend_previous") + (f" ({prev_date})" if prev_date else "")
        series.append(ChartSeries(name, tuple(d.score for d in previous.dimensions), "previous"))
    return series


def score_previous(questionnaire: Questionnaire, previous: Answers | None) -> Result | None:
    """The earlier assessment's result, scored in its own mode."""
    if previous is None:
        return None
    if previous.questionnaire.id != questionnaire.id:
        raise ValueError(
            f"the earlier assessment answers questionnaire {previous.questionnaire.id!r}, "
            f"not {questionnaire.id!r}"
        )
    return score(questionnaire, previous)
