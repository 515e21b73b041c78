"""Vectorised scoring equals a scalar reference in exact arithmetic (tests/scoring/reference.py).

Answer sets are drawn as in test_properties; a second strategy moves a level boundary onto a
score that the draw produced exactly (e.g. a mean of exactly 60 that floating point computes
as 59.999999999999986), so the levels right at a boundary are compared too.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questionnaire import Questionnaire, new_answers
from scoring import MIN_ANSWERS_SHOWN, group_statistics, score

from .reference import capped, level, mean, reference
from .test_properties import SAMPLE, answer_sets, generated_questionnaires

EXAMPLES = settings(max_examples=60, deadline=None)
DEFAULT_LEVELS = (0, 20, 40, 60, 80)


@st.composite
def even_questionnaires(draw, build) -> Questionnaire:
    """Single questions scored 0–4 with equal weights: many scores and means are whole numbers."""
    dimensions = [
        build.dimension(
            f"d{d}",
            [build.single(f"q{d}_{i}") for i in range(draw(st.sampled_from([1, 2, 3, 3, 3, 4])))],
            weight=draw(st.sampled_from([1, 1, 2])),
        )
        for d in range(draw(st.integers(3, 6)))
    ]
    return Questionnaire.model_validate(build.questionnaire_data(*dimensions))


def with_boundary_at(questionnaire: Questionnaire, value: int) -> Questionnaire:
    """The questionnaire with the level boundary nearest to `value` moved onto it."""
    if value in DEFAULT_LEVELS:
        return questionnaire
    nearest = min(DEFAULT_LEVELS[1:], key=lambda low: abs(low - value))
    lows = sorted({*DEFAULT_LEVELS, value} - {nearest})
    levels = tuple(
        lv.model_copy(update={"min_score": float(low)})
        for lv, low in zip(questionnaire.levels, lows, strict=True)
    )
    return questionnaire.model_copy(update={"levels": levels})


def whole_scores(questionnaire: Questionnaire, answer_sets: list) -> list[int]:
    """Scores and group means in (0, 100) that are whole numbers in exact arithmetic."""
    refs = [reference(questionnaire, a) for a in answer_sets]
    found = [r.score for r in refs] + [d.score for r in refs for d in r.dimensions]
    overall = [r.score for r in refs if r.score is not None]
    if overall:
        found.append(mean(overall))
    return sorted({int(v) for v in found if v is not None and v.denominator == 1 and 0 < v < 100})


@st.composite
def questionnaire_and_group(draw, build):
    questionnaire = draw(
        st.just(SAMPLE) | generated_questionnaires(build) | even_questionnaires(build)
    )
    first = draw(answer_sets(questionnaire))
    others = draw(st.lists(answer_sets(questionnaire), max_size=4))
    copies = draw(st.integers(0, 2))  # identical participants make a group mean land exactly
    group = [first] * (1 + copies) + [a.model_copy(update={"mode": first.mode}) for a in others]
    boundaries = whole_scores(questionnaire, group)
    if boundaries and draw(st.booleans()):
        questionnaire = with_boundary_at(questionnaire, draw(st.sampled_from(boundaries)))
    return questionnaire, group


def close(value: float | None, expected: Fraction | None) -> bool:
    if value is None or expected is None:
        return value is None and expected is None
    return value == pytest.approx(float(expected), abs=1e-9)


def assert_same_result(questionnaire: Questionnaire, answers) -> None:
    result, ref = score(questionnaire, answers), reference(questionnaire, answers)
    assert set(result.steps) == set(ref.steps)
    for qid, expected in ref.steps.items():
        assert close(result.steps[qid], expected), qid
    for got, expected in zip(result.dimensions, ref.dimensions, strict=True):
        assert close(got.score, expected.score), got.id
        assert got.level == expected.level, (got.id, got.score)
        assert got.completeness == pytest.approx(float(expected.completeness))
        assert got.dont_know == expected.dont_know
    assert close(result.overall.score, ref.score)
    assert result.overall.uncapped_level == ref.uncapped_level, result.overall.score
    assert result.overall.level == ref.level
    assert result.overall.capped == (ref.level != ref.uncapped_level)


@EXAMPLES
@given(data=st.data())
def test_each_answers_file_scores_as_the_reference_says(build, data):
    questionnaire, group = data.draw(questionnaire_and_group(build))
    for answers in group:
        assert_same_result(questionnaire, answers)


@EXAMPLES
@given(data=st.data())
def test_group_levels_are_the_levels_of_the_group_means(build, data):
    questionnaire, group = data.draw(questionnaire_and_group(build))
    mode = group[0].mode
    stats = group_statistics(questionnaire, group, mode)
    refs = [reference(questionnaire, a) for a in group]
    levels = []
    for i, got in enumerate(stats.dimensions):
        scores = [r.dimensions[i].score for r in refs if r.dimensions[i].score is not None]
        expected = level(questionnaire, mean(scores)) if len(scores) >= MIN_ANSWERS_SHOWN else None
        assert got.level == expected, (got.id, got.spread.mean)
        levels.append(expected)
    overall = [r.score for r in refs if r.score is not None]
    uncapped = level(questionnaire, mean(overall)) if len(overall) >= MIN_ANSWERS_SHOWN else None
    assert stats.uncapped_level == uncapped, stats.overall.mean
    assert stats.level == capped(uncapped, levels)
    assert stats.capped == (stats.level != stats.uncapped_level)


def test_a_mean_of_exactly_sixty_is_level_four_though_floating_point_says_less(build):
    # 41.7, 41.7, 50, 83.3, 83.3: (5 + 5 + 6 + 10 + 10) / 12 / 5 * 100 = 60 exactly.
    steps = ((2, 2, 1), (2, 2, 1), (2, 2, 2), (4, 4, 2), (4, 4, 2))
    dimensions = [
        build.dimension(f"d{d}", [build.single(f"q{d}_{i}") for i in range(3)])
        for d in range(len(steps))
    ]
    questionnaire = build.questionnaire(*dimensions)
    given = {f"q{d}_{i}": f"s{s}" for d, row in enumerate(steps) for i, s in enumerate(row)}
    answers = new_answers(questionnaire, answers=given)
    assert score(questionnaire, answers).overall.score < 60
    assert reference(questionnaire, answers).score == 60
    assert_same_result(questionnaire, answers)
    assert group_statistics(questionnaire, [answers] * 3).level == 4
