"""Score one answers file: dimension and overall results, and the recommendations that fire."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from questionnaire import (
    DONT_KNOW,
    NOT_APPLICABLE,
    Answers,
    Condition,
    DutyStatus,
    LegalDuty,
    Questionnaire,
    Recommendation,
    Start,
)

from .matrix import Plan, ScoreMatrix, answer_matrix, capped_by, plan_for, score_matrix


@dataclass(frozen=True)
class DimensionResult:
    id: str
    score: float | None  # 0–100, None: "zu wenige Antworten"
    level: int | None
    completeness: float  # answered / asked, 0–1
    asked: int
    answered: int
    counted: int
    dont_know: int
    target: int | None
    gap: int | None  # target - level, when both exist

    @property
    def dont_know_share(self) -> float | None:
        """Share of "Weiß nicht" among the answered questions (the knowledge gap)."""
        return self.dont_know / self.answered if self.answered else None


@dataclass(frozen=True)
class OverallResult:
    score: float | None
    level: int | None
    uncapped_level: int | None  # the level of the score alone
    capped: bool  # the weakest dimension lowered the level
    capped_by: tuple[str, ...]  # the weakest dimensions when capped
    completeness: float


@dataclass(frozen=True)
class FiredRecommendation:
    recommendation: Recommendation
    dimension: str
    gap: int  # (target or the top level) - current level, for the ordering


FIRST_STEPS = 5  # "Erste Schritte": the top of the ordered recommendations


@dataclass(frozen=True)
class DutyResult:
    """A legal duty judged from the answers: its status and the note of the deciding rule."""

    duty: LegalDuty
    status: DutyStatus
    note: dict[str, str] | None = None


@dataclass(frozen=True)
class Result:
    questionnaire: Questionnaire
    mode: str
    dimensions: tuple[DimensionResult, ...]
    overall: OverallResult
    recommendations: tuple[FiredRecommendation, ...]
    # Question id -> step value 0–4 for every question of the mode (None: no value).
    steps: Mapping[str, float | None] = field(default_factory=dict)
    legal_duties: tuple[DutyResult, ...] = ()

    @property
    def first_steps(self) -> tuple[FiredRecommendation, ...]:
        """At most five recommendations to begin with: the top of the documented order."""
        return self.recommendations[:FIRST_STEPS]

    @staticmethod
    def start_of(fired: FiredRecommendation) -> Start:
        """When to begin a recommendation (its `start`, or the default of its priority)."""
        return fired.recommendation.suggested_start

    def dimension(self, dimension_id: str) -> DimensionResult:
        """The result of one dimension (KeyError when there is none)."""
        for d in self.dimensions:
            if d.id == dimension_id:
                return d
        raise KeyError(dimension_id)


def _none(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def _level(value: int | float) -> int | None:
    return int(value) or None


def score(questionnaire: Questionnaire, answers: Answers) -> Result:
    """The full result of one answers file in its own mode."""
    plan = plan_for(questionnaire, answers.mode)
    matrix = answer_matrix(plan, [answers])
    scores = score_matrix(plan, matrix)
    dimensions = _dimension_results(plan, scores, answers)
    overall = _overall_result(scores, dimensions)
    values = {q.id: _none(v) for q, v in zip(plan.questions, matrix.values[0], strict=True)}
    values.update({q.id: None for q in plan.unscored})  # asked, for answer_in and dont_know
    fired = fire_recommendations(plan, answers, dimensions, values)
    duties = judge_duties(questionnaire, answers, values)
    return Result(
        questionnaire, answers.mode, dimensions, overall, fired, values, legal_duties=duties
    )


def judge_duties(
    questionnaire: Questionnaire, answers: Answers, values: dict[str, float | None]
) -> tuple[DutyResult, ...]:
    """Each legal duty's status: the first rule whose condition holds, else "unklar".

    A question outside the answers' mode decides nothing, so in the Kurzcheck a duty whose
    questions are not asked stays "unklar".
    """
    results = []
    for duty in questionnaire.legal_duties:
        rule = next((r for r in duty.rules if condition_holds(r.when, None, answers, values)), None)
        if rule is None:
            results.append(DutyResult(duty, DutyStatus.UNCLEAR))
        else:
            results.append(DutyResult(duty, rule.status, rule.note))
    return tuple(results)


def _dimension_results(plan: Plan, scores: ScoreMatrix, answers: Answers) -> tuple:
    results = []
    for i, dimension in enumerate(plan.questionnaire.dimensions):
        level = _level(scores.dimension_level[0, i])
        target = answers.targets.get(dimension.id)
        results.append(
            DimensionResult(
                id=dimension.id,
                score=_none(scores.dimension_score[0, i]),
                level=level,
                completeness=float(scores.completeness[0, i]),
                asked=int(plan.asked[i]),
                answered=int(scores.answered[0, i]),
                counted=int(scores.counted[0, i]),
                dont_know=int(scores.dont_know[0, i]),
                target=target,
                gap=target - level if target is not None and level is not None else None,
            )
        )
    return tuple(results)


def _overall_result(scores: ScoreMatrix, dimensions: tuple[DimensionResult, ...]) -> OverallResult:
    level = _level(scores.overall_level[0])
    uncapped = _level(scores.uncapped_level[0])
    capped = level is not None and uncapped is not None and level < uncapped
    weakest = capped_by([d.id for d in dimensions], [d.level for d in dimensions], capped)
    return OverallResult(
        score=_none(scores.overall_score[0]),
        level=level,
        uncapped_level=uncapped,
        capped=capped,
        capped_by=weakest,
        completeness=float(scores.overall_completeness[0]),
    )


def condition_holds(
    condition: Condition,
    level: int | None,
    answers: Answers,
    values: dict[str, float | None],
) -> bool:
    """Whether `condition` holds for a dimension at `level` and the given step values.

    A question outside the answers' mode never satisfies a condition; neither does an
    unanswered or "nicht zutreffend" question (it has no value).
    """
    if condition.all is not None:
        return all(condition_holds(part, level, answers, values) for part in condition.all)
    if condition.any is not None:
        return any(condition_holds(part, level, answers, values) for part in condition.any)
    if condition.question is None:
        if level is None:
            return False
        low = condition.level_at_least or 1
        high = condition.level_at_most if condition.level_at_most is not None else level
        return low <= level <= high
    if condition.question not in values:
        return False
    answer = answers.value(condition.question)
    if condition.dont_know:
        return answer == DONT_KNOW
    if condition.not_applicable:
        return answer == NOT_APPLICABLE
    if condition.answer_in is not None:
        chosen = answer if isinstance(answer, list) else [answer]
        return any(option in condition.answer_in for option in chosen)
    step = values[condition.question]
    if step is None:
        return False
    if condition.score_at_least is not None and step < condition.score_at_least:
        return False
    return condition.score_at_most is None or step <= condition.score_at_most


def fire_recommendations(
    plan: Plan,
    answers: Answers,
    dimensions: tuple[DimensionResult, ...],
    values: dict[str, float | None],
) -> tuple[FiredRecommendation, ...]:
    """The recommendations whose `when` holds, in the documented order.

    Order: priority (critical first), then the gap of their dimension (target level, or the
    top level without a target, minus the current level; a dimension without a level counts
    as level 1), larger first, then dimension weight, larger first, then file order.
    """
    top = len(plan.questionnaire.levels)
    fired = []
    for position, (dimension, result) in enumerate(
        zip(plan.questionnaire.dimensions, dimensions, strict=True)
    ):
        gap = (result.target or top) - (result.level or 1)
        for order, rec in enumerate(dimension.recommendations):
            if condition_holds(rec.when, result.level, answers, values):
                key = (rec.priority.rank, -gap, -dimension.weight, position, order)
                fired.append((key, FiredRecommendation(rec, dimension.id, gap)))
    fired.sort(key=lambda item: item[0])
    return tuple(item for _, item in fired)
