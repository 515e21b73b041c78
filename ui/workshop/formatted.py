"""The numbers the workshop views show, computed from storage's progress and scoring's group
statistics; formatting only, no new statistics. What the group result leaves out (the
anonymity rule of scoring/group.py) is shown as a dash or "only from 5 people"."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from questionnaire import Questionnaire, localized
from scoring import GroupResult, QuestionStats, Spread
from storage import WorkshopProgress

from ..format import DASH, number
from ..i18n import t


@dataclass(frozen=True)
class DimensionProgress:
    """Answers given in one dimension, out of (questions x participants joined)."""

    id: str
    name: str
    answered: int
    possible: int

    @property
    def share(self) -> float:
        return min(1.0, self.answered / self.possible) if self.possible else 0.0


def dimension_progress(
    questionnaire: Questionnaire, mode: str, progress: WorkshopProgress, lang: str
) -> list[DimensionProgress]:
    """Per dimension with questions in `mode`: answers given and answers possible."""
    rows = []
    for dimension in questionnaire.dimensions:
        questions = dimension.questions_in(mode)
        if not questions:
            continue
        answered = sum(progress.answered.get(q.id, 0) for q in questions)
        rows.append(
            DimensionProgress(
                dimension.id,
                localized(dimension.name, lang),
                answered,
                len(questions) * progress.joined,
            )
        )
    return rows


def consensus_label(consensus: str | None, lang: str) -> str:
    """ "hoch", "mittel", "gering", or a dash with fewer than two scores."""
    return t("consensus." + consensus, lang) if consensus else DASH


def range_text(spread: Spread, lang: str) -> str:
    """ "26,5 bis 72,1", "erst ab 5 Personen", or a dash where nothing may be shown."""
    if spread.has_range:
        return t(
            "group.range_value", lang, low=number(spread.min, lang), high=number(spread.max, lang)
        )
    return t("group.range_hidden", lang) if spread.mean is not None else DASH


def dimension_table(stats: GroupResult, lang: str) -> pd.DataFrame:
    """One row per dimension: n, mean, median, min, max, std and consensus, formatted."""
    rows = []
    for d in stats.dimensions:
        s = d.spread
        rows.append(
            {
                t("table.dimension", lang): localized(
                    stats.questionnaire.dimension(d.id).name, lang
                ),
                t("group.n", lang): str(s.n),
                t("group.mean", lang): number(s.mean, lang),
                t("group.median", lang): number(s.median, lang),
                t("group.min", lang): number(s.min, lang),
                t("group.max", lang): number(s.max, lang),
                t("group.std", lang): number(s.std, lang),
                t("group.consensus", lang): consensus_label(d.consensus, lang),
            }
        )
    return pd.DataFrame(rows)


def mean_values(stats: GroupResult) -> tuple[float | None, ...]:
    """The group mean of each dimension (None where nobody has a score)."""
    return tuple(d.spread.mean for d in stats.dimensions)


def band_values(stats: GroupResult) -> tuple[tuple[float | None, float | None], ...] | None:
    """The (min, max) of each dimension's scores; None unless every dimension with a mean
    shows its range (a band with holes would read as "no spread" there)."""
    with_mean = [d.spread for d in stats.dimensions if d.spread.mean is not None]
    if not with_mean or not all(s.has_range for s in with_mean):
        return None
    return tuple((d.spread.min, d.spread.max) for d in stats.dimensions)


def level_counts(stats: GroupResult, dimension_id: str) -> list[int] | None:
    """Participants per level (1…L) in one dimension; None below the anonymity threshold."""
    levels = stats.dimension(dimension_id).levels
    return None if levels is None else list(levels)


def distribution_rows(
    questionnaire: Questionnaire, prompt: QuestionStats, lang: str
) -> list[tuple[str, int]]:
    """(option label, count) of a discussion prompt, in the questionnaire's option order."""
    question = questionnaire.questions()[prompt.id]
    counts = prompt.distribution or {}
    return [(localized(o.label, lang), counts.get(o.id, 0)) for o in question.options]
