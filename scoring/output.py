"""Results as JSON-ready dicts and readable text tables (the command line's output).

Scores and completeness are rounded to one decimal here, never in the computation.
Completeness is given in percent.
"""

from __future__ import annotations

from questionnaire import localized
from texts import format as fmt
from texts import text as catalog_text

from .engine import DutyResult, FiredRecommendation, Result
from .group import GroupResult, Spread


def _texts(lang: str):
    """A lookup of the command line's texts in `lang`: `t("key", name=value)`. The words for
    priorities and consensus are the report's (namespace "reports"), so both say the same."""
    return lambda key, **params: catalog_text("scoring", key, lang, **params)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def result_json(result: Result, lang: str = "de") -> dict:
    """The result with exactly the keys of the documented JSON output."""
    q = result.questionnaire
    overall = result.overall
    return {
        "overall": {
            "score": _round(overall.score),
            "level": overall.level,
            "level_name": q.level_name(overall.level, lang),
            "capped": overall.capped,
            "completeness": _round(100 * overall.completeness),
        },
        "dimensions": [
            {
                "id": d.id,
                "score": _round(d.score),
                "level": d.level,
                "level_name": q.level_name(d.level, lang),
                "completeness": _round(100 * d.completeness),
                "dont_know": d.dont_know,
                "target": d.target,
                "gap": d.gap,
            }
            for d in result.dimensions
        ],
        "recommendations": [
            {
                "id": f.recommendation.id,
                "dimension": f.dimension,
                "priority": f.recommendation.priority.value,
                "effort": f.recommendation.effort.value,
                "text": localized(f.recommendation.text, lang),
            }
            for f in result.recommendations
        ],
        "first_steps": [first_step_json(f, lang) for f in result.first_steps],
        "legal_duties": [duty_json(d, result, lang) for d in result.legal_duties],
        "rechtsstand": _as_of(result),
    }


def _as_of(result: Result) -> str | None:
    rechtsstand = result.questionnaire.rechtsstand
    return rechtsstand.as_of.isoformat() if rechtsstand else None


def first_step_json(fired: FiredRecommendation, lang: str) -> dict:
    """One of the "Erste Schritte": what, who, how much effort, when to begin."""
    rec, t = fired.recommendation, _texts(lang)
    start = rec.suggested_start.value
    return {
        "id": rec.id,
        "dimension": fired.dimension,
        "priority": rec.priority.value,
        "effort": rec.effort.value,
        "effort_label": t("effort_" + rec.effort.value),
        "owner": localized(rec.owner, lang),
        "start": start,
        "start_label": t("start_" + start),
        "text": localized(rec.text, lang),
    }


def duty_json(judged: DutyResult, result: Result, lang: str) -> dict:
    """A legal duty with its status, its references with dates, and the Rechtsstand date."""
    t, duty = _texts(lang), judged.duty
    rechtsstand = result.questionnaire.rechtsstand
    provisions = [rechtsstand.provisions[pid] for pid in duty.provisions] if rechtsstand else []
    return {
        "id": duty.id,
        "title": localized(duty.title, lang),
        "status": judged.status.value,
        "status_label": t("duty_" + judged.status.value),
        "note": localized(judged.note, lang) if judged.note else None,
        "references": [p.cite(lang) for p in provisions],
        "provisions": [
            {
                "id": p.id,
                "citation": p.cite(lang),
                "applies_from": p.applies_from.isoformat() if p.applies_from else None,
                "status": p.status,
            }
            for p in provisions
        ],
        "rechtsstand": _as_of(result),
    }


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    out = [line.format(*header), line.format(*("-" * w for w in widths))]
    out += [line.format(*row) for row in rows]
    return "\n".join(x.rstrip() for x in out)


def _num(value: float | None, lang: str, missing: str = fmt.DASH) -> str:
    return missing if value is None else fmt.number(value, lang)


def result_text(result: Result, lang: str = "de") -> str:
    """A readable table of dimension results, the overall result and the recommendations."""
    t, q = _texts(lang), result.questionnaire
    names = {d.id: localized(d.name, lang) for d in q.dimensions}
    rows = [
        [
            names[d.id],
            _num(d.score, lang, t("none")),
            q.level_name(d.level, lang) or "–",
            fmt.percent(d.completeness, lang),
            str(d.dont_know),
            str(d.target or "–"),
            "–" if d.gap is None else str(d.gap),
        ]
        for d in result.dimensions
    ]
    o = result.overall
    rows.append(
        [
            t("overall"),
            _num(o.score, lang, t("none")),
            q.level_name(o.level, lang) or "–",
            fmt.percent(o.completeness, lang),
            "",
            "",
            "",
        ]
    )
    header = [
        t(k) for k in ("dimension", "score", "level", "completeness", "dont_know", "target", "gap")
    ]
    parts = [localized(q.title, lang)]
    if result.first_steps:
        parts += ["", t("first_steps") + ":"]
        for number, f in enumerate(result.first_steps, start=1):
            step = first_step_json(f, lang)
            parts.append(
                t(
                    "first_step",
                    number=number,
                    text=step["text"],
                    owner=step["owner"],
                    effort=step["effort_label"],
                    start=step["start_label"],
                )
            )
    if result.legal_duties:
        as_of = q.rechtsstand.as_of if q.rechtsstand else None
        heading = t("legal_duties")
        if as_of:
            heading += f" ({t('rechtsstand', date=fmt.day(as_of, lang))})"
        parts += ["", heading + ":"]
        for judged in result.legal_duties:
            duty = duty_json(judged, result, lang)
            references = ", ".join(duty["references"])
            parts.append(f"- {duty['title']} ({references}): {duty['status_label']}")
    parts += ["", _table(header, rows)]
    if o.capped:
        parts += ["", t("capped", dims=", ".join(names[d] for d in o.capped_by))]
    if result.recommendations:
        parts += ["", t("recommendations") + ":"]
        for f in result.recommendations:
            rec = f.recommendation
            text = localized(rec.text, lang)
            priority = catalog_text("reports", "priority_" + rec.priority.value, lang)
            parts.append(f"- [{priority}] {names[f.dimension]}: {text}")
    return "\n".join(parts)


def _spread_json(s: Spread) -> dict:
    return {
        "n": s.n,
        "mean": _round(s.mean),
        "median": _round(s.median),
        "min": _round(s.min),
        "max": _round(s.max),
        "std": _round(s.std),
    }


def group_json(result: GroupResult, lang: str = "de") -> dict:
    """Group statistics as a JSON-ready dict (step values of prompts on the 0–4 scale)."""
    q = result.questionnaire
    questions = q.questions()
    return {
        "participants": result.participants,
        "mode": result.mode,
        "overall": _spread_json(result.overall),
        "dimensions": [
            {"id": d.id, **_spread_json(d.spread), "consensus": d.consensus}
            for d in result.dimensions
        ],
        "prompts": [
            {
                "id": p.id,
                "dimension": p.dimension,
                "text": localized(questions[p.id].text, lang),
                "n": p.spread.n,
                "mean": None if p.spread.mean is None else round(p.spread.mean, 2),
                "std": None if p.spread.std is None else round(p.spread.std, 2),
                "distribution": p.distribution,
            }
            for p in result.prompts
        ],
    }


def group_text(result: GroupResult, lang: str = "de") -> str:
    """A readable table of the group's dimension statistics and the discussion prompts."""
    t, q = _texts(lang), result.questionnaire
    rows = []
    for d in result.dimensions:
        s = d.spread
        agree = (
            catalog_text("reports", f"consensus_{d.consensus}", lang) if d.consensus else fmt.DASH
        )
        rows.append(
            [
                localized(q.dimension(d.id).name, lang),
                str(s.n),
                _num(s.mean, lang),
                _num(s.median, lang),
                _num(s.min, lang),
                _num(s.max, lang),
                _num(s.std, lang),
                agree,
            ]
        )
    columns = ("dimension", "n", "mean", "median", "min", "max", "std", "consensus")
    header = [t(column) for column in columns]
    parts = [f"{t('participants')}: {result.participants}", "", _table(header, rows)]
    if result.prompts:
        questions = q.questions()
        parts += ["", t("prompts") + ":"]
        for p in result.prompts:
            text = localized(questions[p.id].text, lang)
            spread = t("prompt_spread", std=fmt.number(p.spread.std, lang, 2), n=p.spread.n)
            parts.append(f"- {text} ({spread})")
    return "\n".join(parts)
