"""Group statistics of a workshop: each participant is scored alone, then summarised.

Every statistic is computed over sorted values, so the order of participants can never change
a result, not even in the last bit of a float.

Anonymity (the one place of the rule): a group result carries only figures that may be shown.
Every figure of a dimension, of the overall score or of a question (mean, median, standard
deviation, consensus, distributions, participants per level) is None unless at least
MIN_ANSWERS_SHOWN participants have a value for it; the single lowest and highest value are None
unless at least MIN_EXTREMES_SHOWN have one. Screens, reports and exports print what they find,
so none of them can show one person's score. `n` (how many have a value) is always given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from questionnaire import DONT_KNOW, NOT_APPLICABLE, Answers, DutyStatus, Questionnaire

from .matrix import (
    MAX_STEP,
    Plan,
    ScoreMatrix,
    answer_matrix,
    capped,
    capped_by,
    levels_of,
    plan_for,
    score_matrix,
)

MIN_ANSWERS_SHOWN = 3  # every group figure needs at least 3 participants with a value
MIN_EXTREMES_SHOWN = 5  # the lowest and the highest value (the range) need at least 5
PROMPT_COUNT = 5
HIGH_CONSENSUS_BELOW = 10.0  # std of dimension scores (points on 0–100)
LOW_CONSENSUS_ABOVE = 20.0


@dataclass(frozen=True)
class Spread:
    n: int
    mean: float | None
    median: float | None
    min: float | None
    max: float | None
    std: float | None  # population standard deviation

    @property
    def has_range(self) -> bool:
        """Whether the lowest and highest value are known (in a group result: shown)."""
        return self.min is not None and self.max is not None


@dataclass(frozen=True)
class DimensionStats:
    id: str
    spread: Spread  # of the participants' dimension scores, as far as it may be shown
    consensus: str | None  # "high", "medium", "low"; None below MIN_ANSWERS_SHOWN scores
    levels: tuple[int, ...] | None  # participants per level 1…L; None below MIN_ANSWERS_SHOWN
    level: int | None = None  # the level of the group's mean score; None when it is not shown


@dataclass(frozen=True)
class QuestionStats:
    id: str
    dimension: str
    spread: Spread  # of step values 0–4, "Weiß nicht" left out, as far as it may be shown
    distribution: dict[str, int] | None  # option id -> count; None below MIN_ANSWERS_SHOWN
    dont_know: int
    # Participants per step 0…4 (a multi question's step rounded to the nearest whole step),
    # "Weiß nicht" left out; None below MIN_ANSWERS_SHOWN.
    steps: tuple[int, ...] | None = None


@dataclass(frozen=True)
class GroupResult:
    questionnaire: Questionnaire
    mode: str
    # The people in the figures: answer sets with at least one answer (any answer, "Weiß nicht"
    # too) to a question of the mode. Someone who joined and answered nothing yet, or whose
    # answers an open workshop has not released yet (release.py), is not counted.
    participants: int
    overall: Spread
    dimensions: tuple[DimensionStats, ...]
    questions: tuple[QuestionStats, ...]
    prompts: tuple[QuestionStats, ...]  # widest disagreement first
    # The group's overall level: the level of the shown overall mean, capped by the weakest
    # dimension level (of the dimension means) + 1, as for one answers file. None: not shown.
    level: int | None = None
    uncapped_level: int | None = None
    capped_by: tuple[str, ...] = ()  # the weakest dimensions, when the cap applied

    @property
    def capped(self) -> bool:
        """Whether the weakest dimension lowered the group's overall level."""
        return bool(self.capped_by)

    def dimension(self, dimension_id: str) -> DimensionStats:
        """The statistics of one dimension (KeyError when there is none)."""
        for d in self.dimensions:
            if d.id == dimension_id:
                return d
        raise KeyError(dimension_id)

    def dimension_table(self) -> pd.DataFrame:
        """One row per dimension: n, mean, median, min, max, std, consensus."""
        rows = [
            {"dimension": d.id, **vars(d.spread), "consensus": d.consensus} for d in self.dimensions
        ]
        return pd.DataFrame(rows).set_index("dimension")


def spread(values: np.ndarray) -> Spread:
    """n, mean, median, min, max and population std of the non-NaN values."""
    data = np.sort(values[~np.isnan(values)])
    if data.size == 0:
        return Spread(0, None, None, None, None, None)
    mean = float(data.sum() / data.size)
    std = float(np.sqrt(np.sort((data - mean) ** 2).sum() / data.size))
    return Spread(
        int(data.size), mean, float(np.median(data)), float(data[0]), float(data[-1]), std
    )


def shown(stats: Spread) -> Spread:
    """The part of a spread that may be shown: figures from MIN_ANSWERS_SHOWN values, the
    lowest and highest value from MIN_EXTREMES_SHOWN (the anonymity rule)."""
    if stats.n < MIN_ANSWERS_SHOWN:
        return Spread(stats.n, None, None, None, None, None)
    if stats.n < MIN_EXTREMES_SHOWN:
        return Spread(stats.n, stats.mean, stats.median, None, None, stats.std)
    return stats


def consensus(stats: Spread) -> str | None:
    """high below 10 points of std, low above 20, medium between (both bounds included);
    None below MIN_ANSWERS_SHOWN scores."""
    if stats.n < MIN_ANSWERS_SHOWN or stats.std is None:
        return None
    if stats.std < HIGH_CONSENSUS_BELOW:
        return "high"
    return "low" if stats.std > LOW_CONSENSUS_ABOVE else "medium"


def group_statistics(
    questionnaire: Questionnaire, answer_sets: Sequence[Answers], mode: str = "full"
) -> GroupResult:
    """Statistics of a group of answer sets, all scored in `mode`."""
    plan = plan_for(questionnaire, mode)
    matrix = answer_matrix(plan, answer_sets)
    scores = score_matrix(plan, matrix)
    spreads = [spread(scores.dimension_score[:, i]) for i in range(len(questionnaire.dimensions))]
    overall = shown(spread(scores.overall_score))
    mean_levels, level, uncapped_level = _group_levels(
        plan, [shown(s).mean for s in spreads], overall.mean
    )
    dimensions = tuple(
        DimensionStats(
            d.id,
            shown(s),
            consensus(s),
            _level_counts(scores, i, len(questionnaire.levels)),
            mean_levels[i],
        )
        for i, (d, s) in enumerate(zip(questionnaire.dimensions, spreads, strict=True))
    )
    weakest = capped_by(
        [d.id for d in dimensions],
        [d.level for d in dimensions],
        level is not None and uncapped_level is not None and level < uncapped_level,
    )
    questions, full = [], []
    for col, question in enumerate(plan.questions):
        values = np.where(matrix.dont_know[:, col], np.nan, matrix.values[:, col])
        stats = spread(values)
        chosen = [a.value(question.id) for a in answer_sets]
        questions.append(
            QuestionStats(
                id=question.id,
                dimension=questionnaire.dimensions[plan.question_dimension[col]].id,
                spread=shown(stats),
                distribution=_distribution(question, chosen)
                if stats.n >= MIN_ANSWERS_SHOWN
                else None,
                dont_know=int(matrix.dont_know[:, col].sum()),
                steps=_step_counts(values) if stats.n >= MIN_ANSWERS_SHOWN else None,
            )
        )
        full.append(stats)
    return GroupResult(
        questionnaire=questionnaire,
        mode=mode,
        participants=int(matrix.answered.any(axis=1).sum()),
        overall=overall,
        dimensions=dimensions,
        questions=tuple(questions),
        prompts=discussion_prompts(questions, full),
        level=level,
        uncapped_level=uncapped_level,
        capped_by=weakest,
    )


def _group_levels(
    plan: Plan, means: list[float | None], overall_mean: float | None
) -> tuple[list[int | None], int | None, int | None]:
    """(level of each dimension mean, capped overall level, uncapped overall level), by the
    rules and the rounding that score one answers file; None where a mean is not shown."""
    dimension_levels = levels_of(plan, np.array([np.nan if m is None else m for m in means]))
    uncapped = levels_of(plan, np.array([np.nan if overall_mean is None else overall_mean]))
    level = capped(uncapped, dimension_levels[np.newaxis, :])
    return (
        [int(lv) or None for lv in dimension_levels],
        int(level[0]) or None,
        int(uncapped[0]) or None,
    )


def _step_counts(values: np.ndarray) -> tuple[int, ...]:
    """Values per whole step 0…4 (rounded half up) of the non-NaN step values."""
    buckets = [0] * (int(MAX_STEP) + 1)
    for value in values[~np.isnan(values)]:
        buckets[min(int(MAX_STEP), int(value + 0.5))] += 1
    return tuple(buckets)


def _level_counts(scores: ScoreMatrix, index: int, count: int) -> tuple[int, ...] | None:
    levels = [int(level) for level in scores.dimension_level[:, index] if level > 0]
    if len(levels) < MIN_ANSWERS_SHOWN:
        return None
    return tuple(levels.count(level) for level in range(1, count + 1))


def _distribution(question, chosen: list) -> dict[str, int]:
    counts = {option.id: 0 for option in question.options}
    for value in chosen:
        if value is None or value in (DONT_KNOW, NOT_APPLICABLE):
            continue
        for option in value if isinstance(value, list) else [value]:
            if option in counts:
                counts[option] += 1
    return counts


def discussion_prompts(
    questions: Sequence[QuestionStats], spreads: Sequence[Spread]
) -> tuple[QuestionStats, ...]:
    """The questions with the widest disagreement: highest std, then larger range, then file
    order; only questions shown to the room (at least 3 answers) with some disagreement.
    `spreads` are the questions' full spreads (the range orders ties but is not shown)."""
    candidates = [
        (index, q, s)
        for index, (q, s) in enumerate(zip(questions, spreads, strict=True))
        if s.n >= MIN_ANSWERS_SHOWN and (s.std or 0.0) > 0.0
    ]
    candidates.sort(
        key=lambda item: (
            -(item[2].std or 0.0),
            -((item[2].max or 0.0) - (item[2].min or 0.0)),
            item[0],
        )
    )
    return tuple(q for _, q, _ in candidates[:PROMPT_COUNT])


def group_duties(results: Sequence) -> tuple:
    """The legal duties of a group from each participant's own result (`score` of each).

    A status stands only when every participant's answers give it and at least
    MIN_ANSWERS_SHOWN took part; where they differ, or with fewer participants (anonymity),
    the duty is "unklar": the room has yet to settle it.
    """
    from .engine import DutyResult

    if not results:
        return ()
    judged = []
    for index, first in enumerate(results[0].legal_duties):
        statuses = {result.legal_duties[index].status for result in results}
        if len(results) >= MIN_ANSWERS_SHOWN and len(statuses) == 1:
            judged.append(DutyResult(first.duty, first.status))
        else:
            judged.append(DutyResult(first.duty, DutyStatus.UNCLEAR))
    return tuple(judged)
