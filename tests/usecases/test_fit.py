"""Readiness fit at the level boundaries, one against many, and a real small Gemeinde."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from questionnaire import load_answers
from scoring import DimensionResult, FiredRecommendation, OverallResult, Result, score
from usecases import Fit, fit, fit_codes, requirements

ROOT = Path(__file__).resolve().parents[2]


def result_with(questionnaire, levels: dict[str, int | None]) -> Result:
    """A scored result whose dimensions have the given levels (others level 3); every
    recommendation of a dimension below level 3 counts as fired."""
    dimensions, fired = [], []
    for dimension in questionnaire.dimensions:
        level = levels.get(dimension.id, 3)
        dimensions.append(DimensionResult(dimension.id, None if level is None else 20.0 * level,
                                          level, 1.0, 1, 1, 1, 0, None, None))  # fmt: skip
        if level is None or level < 3:
            fired += [FiredRecommendation(r, dimension.id, 1) for r in dimension.recommendations]
    overall = OverallResult(None, None, None, False, (), 1.0)
    return Result(questionnaire, "full", tuple(dimensions), overall, tuple(fired))


def by_id(fits):
    return {f.use_case.id: f for f in fits}


# ocr_eingangspost needs governance 2; leistungsantrag_pruefung needs law 5 among others.
def test_a_use_case_is_ready_exactly_at_its_minimum_level(questionnaire, catalogue):
    fits = by_id(fit(result_with(questionnaire, {"governance": 2}), catalogue))
    assert fits["ocr_eingangspost"].fit is Fit.READY
    assert fits["ocr_eingangspost"].gaps == ()


def test_one_level_short_needs_groundwork_and_names_the_gap_with_its_advice(
    questionnaire, catalogue
):
    result = result_with(questionnaire, {"governance": 1})
    case = by_id(fit(result, catalogue))["ocr_eingangspost"]
    assert case.fit is Fit.PREPARATION
    [gap] = case.gaps
    assert (gap.dimension, gap.level, gap.required) == ("governance", 1, 2)
    expected = [r.id for r in questionnaire.dimension("governance").recommendations]
    assert [r.id for r in gap.recommendations] == expected


def test_two_levels_short_is_not_yet(questionnaire, catalogue):
    fits = by_id(fit(result_with(questionnaire, {"law": 3}), catalogue))
    assert fits["leistungsantrag_pruefung"].fit is Fit.NOT_YET
    fits = by_id(fit(result_with(questionnaire, {"law": 4}), catalogue))
    assert fits["leistungsantrag_pruefung"].fit is Fit.PREPARATION  # other dimensions at 3 too


def test_a_dimension_without_a_level_counts_as_level_zero(questionnaire, catalogue):
    fits = by_id(fit(result_with(questionnaire, {"governance": None}), catalogue))
    assert fits["ocr_eingangspost"].fit is Fit.NOT_YET  # needs 2, has none
    [gap] = fits["ocr_eingangspost"].gaps
    assert gap.level is None and gap.recommendations  # fired advice is still offered


def test_dimensions_a_use_case_does_not_name_never_block_it(questionnaire, catalogue):
    low = {d.id: 1 for d in questionnaire.dimensions if d.id != "governance"}
    fits = by_id(fit(result_with(questionnaire, {**low, "governance": 2}), catalogue))
    assert fits["ocr_eingangspost"].fit is Fit.READY


LEVELS = st.lists(st.integers(min_value=0, max_value=5), min_size=8, max_size=8)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(LEVELS, min_size=1, max_size=5))
def test_one_assessment_fits_like_the_same_row_among_many(questionnaire, catalogue, rows):
    dimensions = [d.id for d in questionnaire.dimensions]
    codes = fit_codes(np.array(rows), requirements(catalogue, dimensions))
    for row, expected in zip(rows, codes, strict=True):
        levels = {d: (level or None) for d, level in zip(dimensions, row, strict=True)}
        got = [f.fit.code for f in fit(result_with(questionnaire, levels), catalogue)]
        assert got == list(expected)


@settings(max_examples=60, deadline=None)
@given(row=LEVELS, index=st.integers(min_value=0, max_value=7))
def test_raising_a_level_never_makes_a_fit_worse(questionnaire, catalogue, row, index):
    required = requirements(catalogue, [d.id for d in questionnaire.dimensions])
    higher = list(row)
    higher[index] = min(5, higher[index] + 1)
    before, after = fit_codes(np.array([row]), required), fit_codes(np.array([higher]), required)
    assert (after <= before).all()


def test_the_small_gemeinde_example_gets_a_short_list_it_can_start_now(questionnaire, catalogue):
    answers, _ = load_answers(ROOT / "examples" / "gemeinde-klein.json", questionnaire)
    fits = fit(score(questionnaire, answers), catalogue)
    ready = [f.use_case.id for f in fits if f.fit is Fit.READY]
    assert 1 <= len(ready) <= 8
    assert all(by_id(fits)[i].use_case.classification.value == "gering" for i in ready)


def test_a_dimension_the_questionnaire_does_not_measure_counts_as_missing(catalogue):
    from questionnaire import SAMPLE_QUESTIONNAIRE, load_questionnaire

    sample = load_questionnaire(SAMPLE_QUESTIONNAIRE)  # strategy, law and skills only
    fits = by_id(fit(result_with(sample, {}), catalogue))
    [gap] = fits["ocr_eingangspost"].gaps
    assert (gap.dimension, gap.level, gap.required) == ("governance", None, 2)
    assert fits["ocr_eingangspost"].fit is Fit.NOT_YET
