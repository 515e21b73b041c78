"""The report of a workshop group: everyone scored alone, then spread and consensus shown.

No participant's individual answers or notes appear; a question's distribution, mean and
"Weiß nicht" count are shown only with at least MIN_ANSWERS_SHOWN answers (anonymity).
"""

from __future__ import annotations

from questionnaire import Answers, Profile, Questionnaire, localized
from scoring import GroupResult, group_duties, group_statistics, score

from . import build_self as one
from . import charts, common, group_parts
from .i18n import Texts, iso_date
from .model import ChartSeries, DimensionRow, DimensionSection, Report, Summary


def group_report(
    questionnaire: Questionnaire,
    answer_sets: list[Answers],
    t: Texts,
    previous: Answers | None,
    profile: Profile | None,
) -> Report:
    """The group report of several answers sets, all scored in the first set's mode."""
    q, mode = questionnaire, answer_sets[0].mode
    sets = [a if a.mode == mode else a.model_copy(update={"mode": mode}) for a in answer_sets]
    stats = group_statistics(q, sets, mode)
    earlier = one.score_previous(q, previous)
    prev_date = t.date(previous.profile.date) if previous else ""
    profile = _group_profile(profile, sets)
    numbers = common.numbering(q, mode)
    actions = group_parts.group_actions(q, sets, t)
    counts = {qs.id: qs.steps for qs in stats.questions}
    organisation = (profile.organisation or "").strip() or t("no_organisation")
    respondents = t("respondent_group", count=stats.participants)
    series = [
        ChartSeries(t("legend_group"), tuple(d.spread.mean for d in stats.dimensions), "current")
    ]
    if earlier is not None:
        name = t("legend_previous") + (f" ({prev_date})" if prev_date else "")
        series.append(ChartSeries(name, tuple(d.score for d in earlier.dimensions), "previous"))
    band = group_parts.band(stats)
    return Report(
        lang=t.lang,
        group=True,
        title=t("doc_title", product=t("product"), organisation=organisation),
        subtitle=t("subtitle_group"),
        organisation=organisation,
        date=t.date(profile.date),
        facts=common.cover_facts(q, profile, mode, respondents, t),
        summary=_summary(stats, earlier, prev_date, t),
        chart=charts.chart_data(q, series, t, band, t("legend_band")),
        dimensions=_sections(stats, numbers, actions, t),
        prompts=group_parts.prompts(stats, counts, numbers, t),
        actions=actions,
        levels=common.level_infos(q, t),
        appendix=group_parts.appendix(stats, counts, numbers, t),
        has_previous=earlier is not None,
        iso_date=iso_date(profile.date),
        first_steps=common.first_steps(actions, t),
        duties=common.duties(group_duties([score(q, a) for a in sets]), q, t),
    )


def _group_profile(profile: Profile | None, sets: list[Answers]) -> Profile:
    """The given title-page data, else the first participant's, dated the latest answer."""
    if profile is not None and profile.date:
        return profile
    dates = sorted(a.profile.date for a in sets if a.profile.date)
    base = profile or sets[0].profile.model_copy(update={"respondent_role": None})
    return base.model_copy(update={"date": dates[-1]}) if dates else base


def _summary(stats: GroupResult, earlier, prev_date: str, t: Texts) -> Summary:
    q = stats.questionnaire
    levels = [d.level for d in stats.dimensions]
    overall = stats.overall
    level = stats.level
    lines, cap = [], ""
    if overall.n == 0:
        lines.append(t("no_overall"))
    if stats.capped:
        weakest = stats.dimension(stats.capped_by[0]).level
        names = ", ".join(localized(q.dimension(d).name, t.lang) for d in stats.capped_by)
        cap = t(
            "cap",
            level=common.level_name(q, level, t),
            dimensions=names,
            uncapped=common.level_name(q, stats.uncapped_level, t),
            weakest=common.level_name(q, weakest, t),
            count=len(stats.capped_by),
        )
    if overall.mean is None:
        lines.append(t("group_hidden", count=stats.participants))
    else:
        lines.append(
            t(
                "completeness_group",
                count=stats.participants,
                mean=t.number(overall.mean),
                range=group_parts.range_words(overall, t),
                std=t.number(overall.std),
            )
        )
    lines.append(t("group_level_note"))
    if earlier is not None:
        lines.append(
            common.previous_line(q, earlier.overall.score, earlier.overall.level, prev_date, t)
        )
    rows = tuple(
        DimensionRow(
            number=i,
            name=localized(d.name, t.lang),
            score=common.score_text(s.spread.mean, t),
            level=common.level_name(q, lv, t),
            n=str(s.spread.n),
            range=group_parts.spread_range(s.spread, t),
            std=t.number(s.spread.std),
            consensus=t(f"consensus_{s.consensus}") if s.consensus else t("dash"),
        )
        for i, (d, s, lv) in enumerate(
            zip(q.dimensions, stats.dimensions, levels, strict=True), start=1
        )
    )
    return Summary(
        level=level,
        level_count=len(q.levels),
        level_name=common.level_name(q, level, t),
        level_description=common.level_description(q, level, t),
        score=t.number(overall.mean),
        cap=cap,
        lines=tuple(lines),
        rows=rows,
    )


def _sections(stats: GroupResult, numbers: dict, actions: tuple, t: Texts) -> tuple:
    q = stats.questionnaire
    sections = []
    for number, (dimension, ds) in enumerate(
        zip(q.dimensions, stats.dimensions, strict=True), start=1
    ):
        s, level = ds.spread, ds.level
        if s.mean is None:
            facts = t("dim_facts_group_hidden" if s.n else "dim_facts_group_none")
        else:
            facts = t(
                "dim_facts_group",
                mean=t("points", score=t.number(s.mean)),
                level=common.level_name(q, level, t),
                range=group_parts.range_words(s, t),
                std=t.number(s.std),
                consensus=t(f"consensus_{ds.consensus}") if ds.consensus else t("dash"),
            )
        strengths, gaps, unknown = group_parts.group_items(stats, dimension.id, numbers, t)
        sections.append(
            DimensionSection(
                number=number,
                id=dimension.id,
                name=localized(dimension.name, t.lang),
                description=localized(dimension.description, t.lang),
                facts=facts,
                level=level,
                level_name=common.level_name(q, level, t),
                level_description=common.level_description(q, level, t),
                target="",
                strengths=strengths,
                gaps=gaps,
                knowledge_gaps=unknown,
                notes=(),
                actions=common.related_actions(actions, dimension.id, t),
            )
        )
    return tuple(sections)
