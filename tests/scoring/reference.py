"""A scalar reference of the scoring method (docs/scoring.md), for the property tests.

Plain Python, one answers file at a time, in exact rational arithmetic: numbers from the file
(scores, points, weights, min_score) are read as the decimals they are written as, so a mean
that is exactly 60 is 60 here, whatever floating point makes of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from questionnaire import DONT_KNOW, NOT_APPLICABLE, Answers, Question, Questionnaire


def exact(number: float) -> Fraction:
    """A number of the file as the decimal it is written as (0.3 is 3/10)."""
    return Fraction(str(number))


@dataclass(frozen=True)
class Dimension:
    score: Fraction | None
    level: int | None
    completeness: Fraction
    dont_know: int


@dataclass(frozen=True)
class Reference:
    steps: dict[str, Fraction | None]
    dimensions: tuple[Dimension, ...]
    score: Fraction | None
    uncapped_level: int | None
    level: int | None


def step(question: Question, value: object) -> Fraction | None:
    """Step 1: the step value of one answer."""
    if value is None or value == NOT_APPLICABLE:
        return None
    if value == DONT_KNOW:
        return Fraction(0)
    if question.type == "single":
        return exact(question.option(value).score)
    top = sum((exact(o.points) for o in question.options), Fraction(0))
    if question.max_points is not None:
        top = exact(question.max_points)
    total = sum((exact(question.option(c).points) for c in value), Fraction(0))
    return 4 * min(Fraction(1), total / top) if top > 0 else Fraction(0)


def level(questionnaire: Questionnaire, value: Fraction | None) -> int | None:
    """Step 5: the highest level whose min_score is at most the value."""
    if value is None:
        return None
    return max(i for i, lv in enumerate(questionnaire.levels, 1) if exact(lv.min_score) <= value)


def capped(uncapped: int | None, levels: list[int | None]) -> int | None:
    """Step 6: the weakest dimension level + 1 caps the overall level."""
    scored = [lv for lv in levels if lv is not None]
    if uncapped is None or not scored:
        return uncapped
    return min(uncapped, min(scored) + 1)


def reference(questionnaire: Questionnaire, answers: Answers) -> Reference:
    """Steps 1–6 for one answers file in its mode."""
    steps, dimensions = {}, []
    for dimension in questionnaire.dimensions:
        asked = dimension.questions_in(answers.mode)
        weighted, weights, answered, dont_know = Fraction(0), Fraction(0), 0, 0
        for question in asked:
            value = answers.value(question.id)
            steps[question.id] = s = step(question, value)
            answered += value is not None
            dont_know += value == DONT_KNOW
            if s is not None:
                weighted += exact(question.weight) * s
                weights += exact(question.weight)
        completeness = Fraction(answered, len(asked)) if asked else Fraction(0)
        score = (
            100 * weighted / (4 * weights) if weights and completeness >= Fraction(1, 2) else None
        )
        dimensions.append(Dimension(score, level(questionnaire, score), completeness, dont_know))
    pairs = zip(dimensions, questionnaire.dimensions, strict=True)
    scored = [(d, dim) for d, dim in pairs if d.score is not None]
    overall = None
    if scored and 2 * len(scored) >= len(dimensions):
        total = sum((exact(dim.weight) for _, dim in scored), Fraction(0))
        overall = sum((exact(dim.weight) * d.score for d, dim in scored), Fraction(0)) / total
    uncapped = level(questionnaire, overall)
    overall_level = capped(uncapped, [d.level for d in dimensions])
    return Reference(steps, tuple(dimensions), overall, uncapped, overall_level)


def mean(values: list[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)
