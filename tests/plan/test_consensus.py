"""The group's consensus answers: thresholds, medians, majorities, and always valid answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from plan.consensus import MIN_GROUP, consensus_answers
from questionnaire import (
    DONT_KNOW,
    NOT_APPLICABLE,
    Answers,
    QuestionnaireRef,
    check_answers,
    load_questionnaire,
)
from questionnaire.loader import SAMPLE_QUESTIONNAIRE

Q = load_questionnaire(SAMPLE_QUESTIONNAIRE)
QUESTIONS = [q for d in Q.dimensions for q in d.questions_in("full")]
SINGLE = next(q for q in QUESTIONS if q.type == "single")
MULTI = next((q for q in QUESTIONS if q.type == "multi"), None)


def answers(values: dict, targets: dict | None = None) -> Answers:
    ref = QuestionnaireRef(id=Q.id, version=Q.version)
    return Answers(questionnaire=ref, answers=values, targets=targets or {})


def test_a_question_fewer_than_three_answered_stays_unanswered():
    option = SINGLE.options[0].id
    group = [answers({SINGLE.id: option})] * (MIN_GROUP - 1) + [answers({})]
    assert SINGLE.id not in consensus_answers(Q, group, "full").answers


def test_a_single_choice_takes_the_option_at_the_lower_median_step():
    by_score = sorted(SINGLE.options, key=lambda o: o.score)
    low, high = by_score[0], by_score[-1]
    group = [answers({SINGLE.id: low.id}), answers({SINGLE.id: high.id}),
             answers({SINGLE.id: high.id}), answers({SINGLE.id: low.id})]  # fmt: skip
    assert consensus_answers(Q, group, "full").answers[SINGLE.id] == low.id
    group.append(answers({SINGLE.id: high.id}))
    assert consensus_answers(Q, group, "full").answers[SINGLE.id] == high.id


def test_dont_know_wins_only_with_more_than_half():
    option = SINGLE.options[0].id
    group = [answers({SINGLE.id: DONT_KNOW})] * 2 + [answers({SINGLE.id: option})] * 2
    assert consensus_answers(Q, group, "full").answers[SINGLE.id] == option
    group.append(answers({SINGLE.id: DONT_KNOW}))
    assert consensus_answers(Q, group, "full").answers[SINGLE.id] == DONT_KNOW


def test_targets_are_the_median_when_three_gave_one():
    dim = Q.dimensions[0].id
    group = [answers({}, {dim: 2}), answers({}, {dim: 5}), answers({}, {dim: 3})]
    assert consensus_answers(Q, group, "full").targets == {dim: 3}
    assert consensus_answers(Q, group[:2], "full").targets == {}


def _value(question):
    reserved = [DONT_KNOW] + ([NOT_APPLICABLE] if question.allow_not_applicable else [])
    ids = [o.id for o in question.options]
    if question.type == "multi":
        return st.one_of(st.sampled_from(reserved), st.lists(st.sampled_from(ids), unique=True))
    return st.sampled_from(ids + reserved)


@st.composite
def groups(draw):
    size = draw(st.integers(0, 7))
    sets = []
    for _ in range(size):
        chosen = draw(st.lists(st.sampled_from(QUESTIONS), unique_by=lambda q: q.id))
        sets.append(answers({q.id: draw(_value(q)) for q in chosen}))
    return sets


@settings(max_examples=60, deadline=None)
@given(groups())
def test_the_consensus_is_always_a_valid_answers_set_of_answers_some_three_gave(group):
    result = consensus_answers(Q, group, "full")
    assert not [p for p in check_answers(result, Q) if not p.warning]
    for question_id, value in result.answers.items():
        given_by = [a for a in group if a.value(question_id) is not None]
        assert len(given_by) >= MIN_GROUP
        if isinstance(value, str):
            assert any(a.value(question_id) == value for a in given_by)
