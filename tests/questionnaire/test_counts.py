"""The question counts people see: every question asked in the mode, context questions too."""

from __future__ import annotations

import pytest

from questionnaire import (
    DONT_KNOW,
    default_questionnaire_path,
    load_questionnaire,
    new_answers,
    question_counts,
    total_counts,
)

CONTEXT = "ai_in_use_families"  # the shipped questionnaire's unscored context question


@pytest.fixture(scope="module")
def shipped():
    return load_questionnaire(default_questionnaire_path())


@pytest.mark.parametrize("mode", ["short", "full"])
def test_every_question_asked_counts_the_unscored_context_question_too(shipped, mode):
    asked = [q for d in shipped.dimensions for q in d.questions_in(mode)]
    assert not shipped.questions()[CONTEXT].scored
    assert CONTEXT in {q.id for q in asked}
    counts = total_counts(shipped, new_answers(shipped, mode))
    assert (counts.asked, counts.answered, counts.open) == (len(asked), 0, len(asked))


def test_an_answered_context_question_counts_as_answered_and_dont_know_as_dont_know(shipped):
    first = shipped.dimensions[0].questions_in("short")[0]
    answers = new_answers(
        shipped, "short", answers={first.id: DONT_KNOW, CONTEXT: ["chatbot_citizens"]}
    )
    per_dimension = question_counts(shipped, answers)
    assert per_dimension[shipped.dimension_of()[CONTEXT].id].answered == 1
    total = total_counts(shipped, answers)
    assert (total.answered, total.dont_know) == (2, 1)
    assert total.open == total.asked - 2
    assert list(per_dimension) == [d.id for d in shipped.dimensions]
