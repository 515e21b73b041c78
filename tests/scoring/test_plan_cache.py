"""The compiled scoring plans are cached by the questionnaire's content, and only a few."""

from __future__ import annotations

import gc

from questionnaire import SAMPLE_QUESTIONNAIRE, load_questionnaire
from scoring import matrix


def test_equal_questionnaires_loaded_twice_share_one_plan():
    first, second = (load_questionnaire(SAMPLE_QUESTIONNAIRE) for _ in range(2))
    assert first is not second
    assert matrix.plan_for(first, "full") is matrix.plan_for(second, "full")
    assert matrix.plan_for(first, "short") is not matrix.plan_for(first, "full")


def test_a_changed_questionnaire_gets_its_own_plan():
    sample = load_questionnaire(SAMPLE_QUESTIONNAIRE)
    levels = tuple(lv.model_copy(update={"min_score": lv.min_score / 2}) for lv in sample.levels)
    changed = sample.model_copy(update={"levels": levels})
    plan = matrix.plan_for(changed, "full")
    assert plan is not matrix.plan_for(sample, "full")
    assert list(plan.min_scores) == [lv.min_score for lv in levels]


def test_the_cache_keeps_at_most_its_size_and_forgets_dead_questionnaires(build):
    before = len(matrix._DIGESTS)
    for n in range(matrix.PLAN_CACHE_SIZE + 5):
        questionnaire = build.questionnaire(build.dimension("d", [build.single("q")], weight=n + 1))
        matrix.plan_for(questionnaire, "full")
        del questionnaire
    gc.collect()
    assert len(matrix._PLANS) <= matrix.PLAN_CACHE_SIZE
    # A plan keeps its questionnaire alive; every other questionnaire's digest is gone.
    assert len(matrix._DIGESTS) <= before + matrix.PLAN_CACHE_SIZE
    assert len(matrix._DIGESTS) < before + matrix.PLAN_CACHE_SIZE + 5
