"""Triage and fit results as JSON-ready dicts and readable text (the command line's output)."""

from __future__ import annotations

import datetime as dt

from questionnaire import Questionnaire, localized
from questionnaire.rechtsstand import Rechtsstand
from texts import catalog
from texts.format import long_day

from .fit import UseCaseFit
from .models import DONT_KNOW, Classification, Obligation, TriageTree
from .triage import TriageResult


def obligation_json(
    obligation: Obligation, rechtsstand: Rechtsstand, lang: str, today: dt.date
) -> dict:
    """One obligation with the citation, date and status of its Rechtsstand entry."""
    provision = rechtsstand.provisions[obligation.provision]
    return {
        "id": obligation.id,
        "text": localized(obligation.text, lang),
        "provision": provision.id,
        "citation": provision.cite(lang),
        "applies_from": provision.applies_from.isoformat() if provision.applies_from else None,
        "status": provision.status,
        "when": when(provision.applies_from, lang, today),
    }


def when(applies_from: dt.date | None, lang: str, today: dt.date) -> str:
    """ "gilt seit …", "gilt ab …" or "ohne festes Datum", measured against `today`."""
    t = catalog("usecases", lang)
    if applies_from is None:
        return t["no_date"]
    key = "since" if applies_from <= today else "from"
    return t[key].format(date=long_day(applies_from, lang))


def triage_json(
    result: TriageResult, rechtsstand: Rechtsstand, lang: str = "de", today: dt.date | None = None
) -> dict:
    """The walk's result with the documented keys (docs/usecases.md)."""
    today = today or dt.date.today()
    tree = result.tree
    question = result.question
    return {
        "tree": {"id": tree.id, "version": tree.version},
        "complete": result.complete,
        "classification": result.classification.value if result.classification else None,
        "label": tree.label(result.classification, lang) if result.classification else None,
        "summary": tree.summary(result.classification, lang) if result.classification else None,
        "conclusion": {"id": result.conclusion.id, "text": localized(result.conclusion.text, lang)}
        if result.conclusion
        else None,
        "next_question": _question_json(tree, question, lang) if question else None,
        "path": [
            {
                "question": step.question.id,
                "text": localized(step.question.text, lang),
                "answer": step.answer_id,
                "label": localized(
                    step.answer.label if step.answer else tree.dont_know_label, lang
                ),
            }
            for step in result.path
        ],
        "obligations": [obligation_json(o, rechtsstand, lang, today) for o in result.obligations],
        "ignored": list(result.ignored),
        "disclaimer": localized(tree.disclaimer, lang),
        "rechtsstand": {
            "as_of": rechtsstand.as_of.isoformat(),
            "stale": rechtsstand.is_stale(today),
        },
    }


def _question_json(tree: TriageTree, question, lang: str) -> dict:
    answers = [{"id": a.id, "label": localized(a.label, lang)} for a in question.answers]
    answers.append({"id": DONT_KNOW, "label": localized(tree.dont_know_label, lang)})
    return {"id": question.id, "text": localized(question.text, lang), "answers": answers}


def triage_text(data: dict, lang: str = "de") -> str:
    """The JSON result of `triage_json` as readable text."""
    t = catalog("usecases", lang)
    out = []
    if data["complete"]:
        out += [f"{t['result']}: {data['label']}", data["summary"], data["conclusion"]["text"]]
    else:
        nxt = data["next_question"]
        out += [f"{t['open']}: {nxt['id']}", nxt["text"]]
        out += [f"  - {a['id']}: {a['label']}" for a in nxt["answers"]]
    out += ["", f"{t['path']}:"]
    out += [f"  {i}. {s['text']}\n     → {s['label']}" for i, s in enumerate(data["path"], 1)]
    if data["obligations"]:
        out += ["", f"{t['obligations']}:"]
        out += [f"  - {o['citation']} ({o['when']}): {o['text']}" for o in data["obligations"]]
    if data["ignored"]:
        out += ["", t["ignored"].format(ids=", ".join(data["ignored"]))]
    as_of = dt.date.fromisoformat(data["rechtsstand"]["as_of"])
    out += ["", t["rechtsstand"].format(date=long_day(as_of, lang))]
    if data["rechtsstand"]["stale"]:
        out.append(t["stale"])
    out += ["", data["disclaimer"]]
    return "\n".join(out)


def fit_json(fits: tuple[UseCaseFit, ...], questionnaire: Questionnaire, lang: str = "de",
             kind: str | None = None) -> dict:  # fmt: skip
    """Every use case's fit, best first (fit, then value, then lower effort, then file order)."""
    names = {d.id: localized(d.name, lang) for d in questionnaire.dimensions}
    ordered = sorted(fits, key=lambda f: (f.fit.code, -f.use_case.value, f.use_case.effort))
    return {
        "kind": kind,
        "use_cases": [
            {
                "id": f.use_case.id,
                "title": localized(f.use_case.title, lang),
                "family": f.use_case.family.value,
                "fit": f.fit.value,
                "value": f.use_case.value,
                "effort": f.use_case.effort,
                "classification": f.use_case.classification.value,
                "suits_kind": kind is None or kind in f.use_case.kinds,
                "gaps": [
                    {
                        "dimension": g.dimension,
                        "name": names.get(g.dimension, g.dimension),
                        "level": g.level,
                        "required": g.required,
                        "recommendations": [
                            {"id": r.id, "text": localized(r.text, lang)} for r in g.recommendations
                        ],
                    }
                    for g in f.gaps
                ],
            }
            for f in ordered
        ],
    }


def fit_text(data: dict, tree: TriageTree, lang: str = "de") -> str:
    """The JSON result of `fit_json` as a readable table."""
    t = catalog("usecases", lang)
    header = [t["use_case"], t["fit"], t["value"], t["effort"], t["classification"], t["gaps"]]
    rows = []
    for case in data["use_cases"]:
        if not case["suits_kind"]:
            continue
        gaps = ", ".join(
            t["level"].format(
                dimension=g["name"], level=g["level"] or t["no_level"], required=g["required"]
            )
            for g in case["gaps"]
        )
        label = tree.label(Classification(case["classification"]), lang)
        row = [case["title"], t[case["fit"]], str(case["value"]), str(case["effort"]), label, gaps]
        rows.append(row)
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    out = [line.format(*header), line.format(*("-" * w for w in widths))]
    out += [line.format(*row) for row in rows]
    return "\n".join(x.rstrip() for x in out)
