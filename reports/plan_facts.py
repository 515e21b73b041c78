"""Fill `plan.Facts` from questionnaire, answers, result, Rechtsstand and portfolio.

The one place where the plan documents meet the rest of the core; the strategy draft and the
council summary read only `Facts`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from plan import Edit, schedule
from plan.facts import DimensionFact, DutyFact, Facts, StepFact, UseCaseFact
from plan.roadmap import roadmap_start
from plan.steps import Pilot, load_dependencies, recommendation_title, roadmap_steps
from questionnaire import Answers, Questionnaire, Rechtsstand, localized
from scoring import Result, score
from texts import text
from texts.format import long_day
from usecases import PortfolioItem, load_triage

from . import common
from .i18n import Texts

MAX_MEASURES = 5


def _level(q: Questionnaire, level: int | None, t: Texts) -> str:
    if level is None:
        return t("too_few")
    return text("plan", "level_named", t.lang, level=level, name=common.level_name(q, level, t))


def _dimensions(q: Questionnaire, result: Result, t: Texts) -> tuple[DimensionFact, ...]:
    facts = []
    for dimension, res in zip(q.dimensions, result.dimensions, strict=True):
        measures = tuple(
            recommendation_title(f.recommendation, t.lang)
            for f in result.recommendations
            if f.dimension == dimension.id
        )
        target_description = ""
        if res.target:
            target_description = localized(q.levels[res.target - 1].description, t.lang)
        facts.append(
            DimensionFact(
                name=localized(dimension.name, t.lang),
                level=_level(q, res.level, t),
                target=_level(q, res.target, t) if res.target else "",
                target_description=target_description,
                measures=measures[:MAX_MEASURES],
            )
        )
    return tuple(facts)


def _profile(answers: Answers, t: Texts) -> tuple[tuple[str, str], ...]:
    profile = answers.profile
    rows = []
    if profile.kind:
        rows.append((t("fact_kind"), t(f"kind_{profile.kind}")))
    if profile.population is not None:
        rows.append((t("fact_population"), t.integer(profile.population)))
    if profile.state:
        rows.append((t("fact_state"), t(f"state_{profile.state}")))
    if profile.respondent_role:
        rows.append((text("plan", "respondent_role", t.lang), profile.respondent_role))
    return tuple(rows)


def _answered(q: Questionnaire, answers: Answers, t: Texts) -> dict[str, tuple[str, str]]:
    return {
        question_id: (localized(question.text, t.lang), common.answer_label(question, value, t))
        for question_id, question in q.questions().items()
        if (value := answers.value(question_id)) is not None
    }


def _duties(
    result: Result, rechtsstand: Rechtsstand, lang: str, today: dt.date
) -> tuple[DutyFact, ...]:
    """The legal duties judged from the answers, each with its references and their dates."""
    facts = []
    for judged in result.legal_duties:
        references = []
        for provision_id in judged.duty.provisions:
            provision = rechtsstand.provisions.get(provision_id)
            if provision is None:
                continue
            since = ""
            if provision.applies_from:
                key = "applies_since" if provision.applies_from <= today else "applies_later"
                since = text("plan", key, lang, date=long_day(provision.applies_from, lang))
            # No line break inside a citation ("§ 35a", "Art. 4").
            citation = provision.cite(lang).replace("§ ", "§\u00a0").replace("Art. ", "Art.\u00a0")
            references.append(citation + since)
        status = judged.status.value
        facts.append(
            DutyFact(
                title=localized(judged.duty.title, lang),
                status=text("scoring", f"duty_{status}", lang),
                reference="; ".join(references),
                open=status in ("open", "unclear"),
            )
        )
    return tuple(facts)


def _first_steps(result: Result, lang: str) -> tuple[tuple[str, StepFact], ...]:
    """(recommendation id, step) of the result's "Erste Schritte", in their order."""
    steps = []
    for fired in result.first_steps:
        rec = fired.recommendation
        step = StepFact(
            title=recommendation_title(rec, lang),
            owner=localized(rec.owner, lang),
            effort=text("scoring", f"effort_{rec.effort.value}", lang),
            start=text("scoring", f"start_{rec.suggested_start.value}", lang),
        )
        steps.append((rec.id, step))
    return tuple(steps)


TO_PILOT = ("idee", "pruefung")  # portfolio items whose pilot is still to start
LISTED = ("idee", "pruefung", "pilot", "betrieb")  # chosen or under way


def _use_cases(portfolio: Sequence[PortfolioItem], lang: str) -> tuple[UseCaseFact, ...]:
    tree = load_triage()
    facts = []
    for item in portfolio:
        if item.status not in LISTED:
            continue
        found = item.classification(tree)
        label = tree.label(found, lang) if found else text("plan", "triage_open", lang)
        status = text("usecases", f"status_{item.status}", lang)
        facts.append(UseCaseFact(item.name, status, label))
    return tuple(facts)


def _pilots(portfolio: Sequence[PortfolioItem], lang: str) -> tuple[Pilot, ...]:
    return tuple(
        Pilot(item.id, text("plan", "pilot_step", lang, name=item.name), item.unit or item.contact)
        for item in portfolio
        if item.status in TO_PILOT
    )


def plan_facts(
    questionnaire: Questionnaire,
    answers: Answers,
    rechtsstand: Rechtsstand,
    lang: str,
    today: dt.date,
    portfolio: Sequence[PortfolioItem] = (),
    edits: Mapping[str, Edit] | None = None,
) -> Facts:
    """The facts of the plan documents for one assessment (or a workshop's consensus)."""
    t = Texts(lang)
    pilots = _pilots(portfolio, lang)
    result = score(questionnaire, answers)
    duties = _duties(result, rechtsstand, lang, today)
    first_steps = _first_steps(result, lang)
    steps = roadmap_steps(
        result, lang, load_dependencies(), [sid for sid, _ in first_steps], pilots
    )
    organisation = (answers.profile.organisation or "").strip() or t("no_organisation")
    overall = _level(questionnaire, result.overall.level, t)
    return Facts(
        organisation=organisation,
        lang=lang,
        date=t.date(answers.profile.date) or long_day(today, lang),
        rechtsstand=long_day(rechtsstand.as_of, lang),
        rechtsstand_stale=rechtsstand.is_stale(today),
        profile=_profile(answers, t),
        overall=overall,
        dimensions=_dimensions(questionnaire, result, t),
        duties=tuple(duties),
        first_steps=tuple(step for _, step in first_steps),
        use_cases=_use_cases(portfolio, lang),
        roadmap=schedule(steps, edits),
        roadmap_start=roadmap_start(today),
        answered=_answered(questionnaire, answers, t),
    )
