"""Vectorised scoring of many answer sets at once (the normative method of docs/scoring.md).

Answers become a matrix of step values (one row per answer set, one column per question of
the mode); dimension scores, completeness and levels are then a few array operations.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from questionnaire import DONT_KNOW, NOT_APPLICABLE, Answers, Question, Questionnaire

MAX_STEP = 4.0


@dataclass(frozen=True, eq=False)
class Plan:
    """What scoring needs of a questionnaire in one mode, as arrays."""

    questionnaire: Questionnaire
    mode: str
    questions: tuple[Question, ...]
    question_dimension: np.ndarray  # (Q,) dimension index of each question
    question_weight: np.ndarray  # (Q,)
    membership: np.ndarray  # (Q, D) one-hot
    asked: np.ndarray  # (D,) questions per dimension in this mode
    dimension_weight: np.ndarray  # (D,)
    min_scores: np.ndarray  # (L,) ascending
    step_tables: tuple[dict[str, float], ...]  # per question: option id -> score or points
    max_points: tuple[float, ...]  # per question: effective max_points (multi), else 0
    unscored: tuple[Question, ...] = ()  # asked in this mode for context ("scored: false")
    # The step tables as arrays by option position, for answers encoded once (encode_answers):
    option_values: np.ndarray | None = None  # (Q, K) score (single) or points (multi)
    is_multi: np.ndarray | None = None  # (Q,) bool

    @property
    def index(self) -> dict[str, int]:
        return {q.id: i for i, q in enumerate(self.questions)}


PLAN_CACHE_SIZE = 16  # compiled plans kept: a server holds one or two questionnaires
_PLANS: OrderedDict[tuple[str, str], Plan] = OrderedDict()  # (content digest, mode), LRU
_DIGESTS: dict[int, tuple[weakref.ref, str]] = {}  # per live questionnaire object
_LOCK = threading.Lock()


def content_digest(questionnaire: Questionnaire) -> str:
    """A digest of the questionnaire's content (equal content, equal digest).

    Remembered per object while the object lives, so repeated scoring with the same object
    does not serialise the questionnaire again; an entry goes when its object goes.
    """
    key = id(questionnaire)
    known = _DIGESTS.get(key)
    if known is not None and known[0]() is questionnaire:
        return known[1]
    digest = hashlib.sha256(questionnaire.model_dump_json().encode()).hexdigest()

    def forget(ref: weakref.ref, key: int = key) -> None:
        if _DIGESTS.get(key, (None,))[0] is ref:
            _DIGESTS.pop(key, None)

    _DIGESTS[key] = (weakref.ref(questionnaire, forget), digest)
    return digest


def plan_for(questionnaire: Questionnaire, mode: str) -> Plan:
    """The arrays for scoring `questionnaire` in `mode`: compiled once per content and mode,
    and at most PLAN_CACHE_SIZE of them kept (the least recently used goes first)."""
    key = (content_digest(questionnaire), mode)
    with _LOCK:
        cached = _PLANS.get(key)
        if cached is not None:
            _PLANS.move_to_end(key)
            return cached
    plan = _compile(questionnaire, mode)
    with _LOCK:
        _PLANS[key] = plan
        while len(_PLANS) > PLAN_CACHE_SIZE:
            _PLANS.popitem(last=False)
    return plan


def _compile(questionnaire: Questionnaire, mode: str) -> Plan:
    questions, dims, unscored = [], [], []
    for d_index, dimension in enumerate(questionnaire.dimensions):
        for question in dimension.questions_in(mode):
            if not question.scored:
                unscored.append(question)
                continue
            questions.append(question)
            dims.append(d_index)
    n_dims = len(questionnaire.dimensions)
    qdim = np.array(dims, dtype=np.intp)
    membership = np.zeros((len(questions), n_dims))
    membership[np.arange(len(questions)), qdim] = 1.0
    tables = tuple(step_table(q) for q in questions)
    width = max((len(q.options) for q in questions), default=1)
    option_values = np.zeros((len(questions), width))
    for row, table in enumerate(tables):
        option_values[row, : len(table)] = list(table.values())
    return Plan(
        questionnaire=questionnaire,
        mode=mode,
        questions=tuple(questions),
        question_dimension=qdim,
        question_weight=np.array([q.weight for q in questions], dtype=float),
        membership=membership,
        asked=membership.sum(axis=0),
        dimension_weight=np.array([d.weight for d in questionnaire.dimensions], dtype=float),
        min_scores=np.array([level.min_score for level in questionnaire.levels], dtype=float),
        step_tables=tables,
        max_points=tuple(q.effective_max_points if q.type == "multi" else 0.0 for q in questions),
        unscored=tuple(unscored),
        option_values=option_values,
        is_multi=np.array([q.type == "multi" for q in questions], dtype=bool),
    )


def step_table(question: Question) -> dict[str, float]:
    """Option id -> its score (single) or points (multi)."""
    return {
        o.id: (o.score if question.type == "single" else o.points) or 0.0 for o in question.options
    }


def step_of(question: Question, value: object) -> float | None:
    """The step value s_q in [0, 4] of one answer to `question`; None: no value."""
    return step_value(question, step_table(question), value)


def step_value(question: Question, table: dict[str, float], value: object) -> float | None:
    """s_q in [0, 4] for one answer; None for not applicable or unanswered."""
    if value is None or value == NOT_APPLICABLE:
        return None
    if value == DONT_KNOW:
        return 0.0
    if question.type == "single":
        return table.get(value)  # type: ignore[arg-type]
    top = question.effective_max_points
    total = sum(table.get(option, 0.0) for option in value)  # type: ignore[union-attr]
    return MAX_STEP * min(1.0, total / top) if top > 0 else 0.0


@dataclass(frozen=True)
class AnswerMatrix:
    """Per answer set and question: step value (NaN = none), answered, don't know."""

    values: np.ndarray  # (N, Q)
    answered: np.ndarray  # (N, Q) bool, dont_know and not_applicable included
    dont_know: np.ndarray  # (N, Q) bool


# Encoded answers (encode_answers): an option's position (single), a bit mask of positions
# (multi), or one of these for a non-answer.
CODE_DONT_KNOW, CODE_NOT_APPLICABLE, CODE_UNANSWERED = -1, -2, -3
_CODES = {DONT_KNOW: CODE_DONT_KNOW, NOT_APPLICABLE: CODE_NOT_APPLICABLE}


def encode_answers(plan: Plan, answer_sets: Sequence[Answers]) -> np.ndarray:
    """The answers as small integers, (N, Q): the one pass of dictionary lookups.

    Encode once (when answers are loaded or saved) and score as often as needed with
    answer_matrix_of: that is array indexing only. An option id the question does not have
    counts as unanswered (single) or raises KeyError (multi), as before.
    """
    codes = np.full((len(answer_sets), len(plan.questions)), CODE_UNANSWERED, dtype=np.int64)
    given = [answers.answers for answers in answer_sets]
    for col, question in enumerate(plan.questions):
        qid = question.id
        positions = {option.id: i for i, option in enumerate(question.options)}
        if question.type == "single":
            lookup = {**positions, **_CODES}
            codes[:, col] = [lookup.get(g.get(qid), CODE_UNANSWERED) for g in given]
        else:
            codes[:, col] = [_mask(positions, g.get(qid)) for g in given]
    return codes


def _mask(positions: dict[str, int], value: object) -> int:
    if value.__class__ is list:
        return sum(1 << positions[option] for option in value)  # type: ignore[union-attr]
    return _CODES.get(value, CODE_UNANSWERED)  # type: ignore[arg-type]


def answer_matrix_of(plan: Plan, codes: np.ndarray) -> AnswerMatrix:
    """Step values of encoded answers (encode_answers), by array operations only."""
    width = plan.option_values.shape[1]
    chosen = np.maximum(codes, 0)
    columns = np.arange(codes.shape[1])
    steps = plan.option_values[columns, np.minimum(chosen, width - 1)]  # single: the score
    multi = np.flatnonzero(plan.is_multi)
    if multi.size:
        bits = (chosen[:, multi, None] >> np.arange(width)) & 1  # (N, multi, K)
        total = (bits * plan.option_values[multi][None, :, :]).sum(axis=2)
        top = np.array(plan.max_points)[multi]
        with np.errstate(divide="ignore", invalid="ignore"):
            steps[:, multi] = np.where(top > 0, MAX_STEP * np.minimum(1.0, total / top), 0.0)
    answered = codes != CODE_UNANSWERED
    dont_know = codes == CODE_DONT_KNOW
    values = np.where(codes >= 0, steps, np.where(dont_know, 0.0, np.nan))
    return AnswerMatrix(values, answered, dont_know)


def answer_matrix(plan: Plan, answer_sets: Sequence[Answers]) -> AnswerMatrix:
    """Step values of every answer set for the plan's questions (encoded, then indexed)."""
    return answer_matrix_of(plan, encode_answers(plan, answer_sets))


@dataclass(frozen=True)
class ScoreMatrix:
    """Scores of N answer sets: per dimension (N, D) and overall (N,); NaN/0 = none."""

    dimension_score: np.ndarray  # (N, D) NaN where "zu wenige Antworten"
    dimension_level: np.ndarray  # (N, D) int, 0 where no level
    completeness: np.ndarray  # (N, D)
    counted: np.ndarray  # (N, D) questions with a value
    answered: np.ndarray  # (N, D)
    dont_know: np.ndarray  # (N, D)
    overall_score: np.ndarray  # (N,) NaN where fewer than half the dimensions are scored
    overall_level: np.ndarray  # (N,) int, 0 where none
    uncapped_level: np.ndarray  # (N,) level of the overall score before the cap
    overall_completeness: np.ndarray  # (N,)


def levels_of(plan: Plan, scores: np.ndarray) -> np.ndarray:
    """Level 1…L of each score (the highest whose min_score <= score); 0 for NaN."""
    # Weights such as 0.3, 0.5 and 0.7 make an exact 60 come out as 59.99999999999999; rounding
    # to 9 decimals (far below the one shown) puts it in the level it belongs to.
    rounded = np.round(np.nan_to_num(scores, nan=-1.0), 9)
    levels = np.searchsorted(plan.min_scores, rounded, side="right")
    return np.where(np.isnan(scores), 0, levels)


def capped(uncapped: np.ndarray, dimension_level: np.ndarray) -> np.ndarray:
    """The overall level under the weakest-dimension cap: min(level of the overall score,
    weakest dimension level + 1). Levels are 1…L, 0 for none; dimensions without a level do
    not cap, and no overall level stays none. `dimension_level` has the dimensions last."""
    weakest = np.where(dimension_level > 0, dimension_level, np.iinfo(np.int64).max).min(axis=-1)
    return np.where(uncapped > 0, np.minimum(uncapped, weakest + 1), 0)


def capped_by(ids: Sequence[str], levels: Sequence[int | None], capped: bool) -> tuple[str, ...]:
    """The dimensions with the lowest level (those that capped the overall level), or ()."""
    weakest = min((level for level in levels if level), default=None)
    return tuple(i for i, level in zip(ids, levels, strict=True) if capped and level == weakest)


def per_dimension(plan: Plan, values: np.ndarray) -> np.ndarray:
    """(N, Q) -> (N, D): each row's sum over the questions of each dimension.

    Not a matrix product: BLAS sums in an order that depends on the number of rows, so one
    answer set scored alone and the same set among others differed in the last bit. Columns
    are grouped by dimension (see _compile), so each row is summed on its own, the same way.
    """
    counts = plan.asked.astype(int)
    present = counts > 0
    starts = (np.cumsum(counts) - counts)[present]
    sums = np.zeros((values.shape[0], counts.size))
    if starts.size:
        sums[:, present] = np.add.reduceat(values, starts, axis=1)
    return sums


def score_matrix(plan: Plan, matrix: AnswerMatrix) -> ScoreMatrix:
    """Apply steps 2–6 of the scoring method to every row at once."""
    has_value = ~np.isnan(matrix.values)
    weighted = np.where(has_value, matrix.values, 0.0) * plan.question_weight
    numerator = per_dimension(plan, weighted)
    denominator = per_dimension(plan, has_value * plan.question_weight)
    counted = has_value.astype(float) @ plan.membership
    answered = matrix.answered.astype(float) @ plan.membership
    dont_know = matrix.dont_know.astype(float) @ plan.membership
    asked = plan.asked
    with np.errstate(divide="ignore", invalid="ignore"):
        completeness = np.where(asked > 0, answered / np.where(asked > 0, asked, 1), 0.0)
        # Multiply before dividing: exact when the true score is a whole number (no 59.999…).
        raw = 100.0 * numerator / (MAX_STEP * denominator)
    scored = (completeness >= 0.5) & (counted > 0)
    dimension_score = np.where(scored, raw, np.nan)
    dimension_level = levels_of(plan, dimension_score)

    weights = np.where(scored, plan.dimension_weight, 0.0)
    enough = scored.sum(axis=1) * 2 >= scored.shape[1]
    with np.errstate(divide="ignore", invalid="ignore"):
        overall = (np.where(scored, dimension_score, 0.0) * weights).sum(axis=1) / weights.sum(
            axis=1
        )
    overall = np.where(enough, overall, np.nan)
    uncapped = levels_of(plan, overall)
    overall_level = capped(uncapped, dimension_level)
    total_asked = asked.sum()
    overall_completeness = answered.sum(axis=1) / total_asked if total_asked else answered[:, 0]
    return ScoreMatrix(
        dimension_score=dimension_score,
        dimension_level=dimension_level,
        completeness=completeness,
        counted=counted,
        answered=answered,
        dont_know=dont_know,
        overall_score=overall,
        overall_level=overall_level,
        uncapped_level=np.where(enough, uncapped, 0),
        overall_completeness=overall_completeness,
    )


def score_many(
    questionnaire: Questionnaire, answer_sets: Sequence[Answers], mode: str
) -> ScoreMatrix:
    """Scores of many answer sets in the same mode."""
    plan = plan_for(questionnaire, mode)
    return score_matrix(plan, answer_matrix(plan, answer_sets))
