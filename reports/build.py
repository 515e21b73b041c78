"""build_report: questionnaire and answers -> the Report value, for one assessment or a group."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from questionnaire import (
    Answers,
    Profile,
    QuestionCounts,
    Questionnaire,
    for_profile,
    localized,
    question_counts,
)
from scoring import DimensionResult, PeerGroup, score

from . import build_self as one
from . import charts, common
from .build_group import group_report
from .i18n import Texts, iso_date
from .model import DimensionSection, Report


def build_report(
    questionnaire: Questionnaire,
    answer_sets: Sequence[Answers],
    lang: str = "de",
    previous: Answers | None = None,
    *,
    group: bool | None = None,
    profile: Profile | None = None,
    today: dt.date | None = None,
    peers: PeerGroup | None = None,
) -> Report:
    """The report of one assessment, or of a workshop group when several sets are given.

    `group` forces the kind (a workshop with one participant is still a group report);
    `profile` replaces the title-page data of a group (by default the first set's profile);
    `today` decides whether the Rechtsstand counts as old (default: the day it runs);
    `peers` adds the comparison group's middle half to the radar and its medians to the
    summary (a self-check report only; the group has passed the anonymity threshold).
    """
    if not answer_sets:
        raise ValueError("build_report needs at least one answers set")
    t = Texts(lang)
    # Worded for the administration: its Land's act, owners of a small municipality.
    questionnaire = for_profile(questionnaire, profile or answer_sets[0].profile)
    if group if group is not None else len(answer_sets) > 1:
        report = group_report(questionnaire, list(answer_sets), t, previous, profile)
    else:
        report = self_report(questionnaire, answer_sets[0], t, previous, peers)
    return _with_rechtsstand(report, questionnaire, t, today or dt.date.today())


def _with_rechtsstand(report: Report, questionnaire: Questionnaire, t: Texts, today) -> Report:
    day = common.rechtsstand_date(questionnaire, t)
    if not day:
        return report
    stale = questionnaire.rechtsstand.is_stale(today)
    return dataclasses.replace(
        report,
        rechtsstand=t("rechtsstand", date=day),
        rechtsstand_warning=t("rechtsstand_stale", date=day) if stale else "",
    )


def self_report(
    questionnaire: Questionnaire,
    answers: Answers,
    t: Texts,
    previous: Answers | None,
    peers: PeerGroup | None = None,
) -> Report:
    """The self-check report of one answers set."""
    result = score(questionnaire, answers)
    earlier = one.score_previous(questionnaire, previous)
    prev_date = t.date(previous.profile.date) if previous else ""
    steps = result.steps
    numbers = common.numbering(questionnaire, answers.mode)
    actions = tuple(
        common.action_row(i, fired.recommendation, questionnaire.dimension(fired.dimension), t)
        for i, fired in enumerate(result.recommendations, start=1)
    )
    profile = answers.profile
    role = (profile.respondent_role or "").strip()
    respondents = t("respondent_one_role", role=role) if role else t("respondent_one")
    organisation = (profile.organisation or "").strip() or t("no_organisation")
    series = one.chart_series(result, earlier, answers, prev_date, t)
    return Report(
        lang=t.lang,
        group=False,
        title=t("doc_title", product=t("product"), organisation=organisation),
        subtitle=t("subtitle_self"),
        organisation=organisation,
        date=t.date(profile.date),
        facts=common.cover_facts(questionnaire, profile, answers.mode, respondents, t),
        summary=one.summary(result, answers, earlier, prev_date, t, peers),
        chart=charts.chart_data(questionnaire, series, t, *one.peer_band(result, peers, t)),
        dimensions=_sections(questionnaire, result, answers, steps, numbers, actions, t),
        prompts=(),
        actions=actions,
        levels=common.level_infos(questionnaire, t),
        appendix=one.appendix(questionnaire, answers, steps, numbers, t),
        has_previous=earlier is not None,
        iso_date=iso_date(profile.date),
        has_targets=bool(answers.targets),
        first_steps=common.first_steps(actions, t),
        duties=common.duties(result.legal_duties, questionnaire, t),
    )


def _facts(
    questionnaire: Questionnaire, res: DimensionResult, counts: QuestionCounts, t: Texts
) -> str:
    """Score, level and the questions answered (every question asked, context ones too)."""
    if res.score is None:
        return t("dim_facts_none", answered=counts.answered, count=counts.asked)
    return t(
        "dim_facts_self",
        score=t("points", score=t.number(res.score)),
        level=common.level_name(questionnaire, res.level, t),
        answered=counts.answered,
        count=counts.asked,
    )


def _target(questionnaire: Questionnaire, res: DimensionResult, t: Texts) -> str:
    if res.target is None:
        return ""
    if res.gap is None:
        gap = t("too_few")
    elif res.gap <= 0:
        gap = t("dim_gap_reached")
    else:
        gap = t("dim_gap_open", gap=t.levels(res.gap))
    return t("dim_target", target=common.level_name(questionnaire, res.target, t), gap=gap)


def _sections(questionnaire, result, answers, steps, numbers, actions, t: Texts) -> tuple:
    sections = []
    counts = question_counts(questionnaire, answers)
    for number, dimension in enumerate(questionnaire.dimensions, start=1):
        res = result.dimension(dimension.id)
        strengths, gaps, unknown, notes = one.items(dimension, answers, steps, numbers, t)
        sections.append(
            DimensionSection(
                number=number,
                id=dimension.id,
                name=localized(dimension.name, t.lang),
                description=localized(dimension.description, t.lang),
                facts=_facts(questionnaire, res, counts[dimension.id], t),
                level=res.level,
                level_name=common.level_name(questionnaire, res.level, t),
                level_description=common.level_description(questionnaire, res.level, t),
                target=_target(questionnaire, res, t),
                strengths=strengths,
                gaps=gaps,
                knowledge_gaps=unknown,
                notes=notes,
                actions=common.related_actions(actions, dimension.id, t),
            )
        )
    return tuple(sections)
