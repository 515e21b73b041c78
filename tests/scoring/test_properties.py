"""Properties of the scoring method that must hold for every answer set (hypothesis).

Answer sets are drawn over the sample questionnaire and over generated questionnaires of
1-4 dimensions with single and multi questions, weights, "not applicable" and short questions.
"""

from __future__ import annotations

from dataclasses import fields

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from questionnaire import (
    SAMPLE_QUESTIONNAIRE,
    Answers,
    Questionnaire,
    check_answers,
    load_questionnaire,
    new_answers,
)
from scoring import group_statistics, score, score_many

SAMPLE = load_questionnaire(SAMPLE_QUESTIONNAIRE)
EXAMPLES = settings(max_examples=100, deadline=None)
WEIGHTS = st.sampled_from([0.3, 0.5, 0.7, 1, 1.5, 2, 3])


@st.composite
def generated_questionnaires(draw, build) -> Questionnaire:
    dimensions = []
    for d in range(draw(st.integers(1, 4))):
        questions = []
        for q in range(draw(st.integers(1, 4))):
            qid = f"q{d}_{q}"
            common = {"weight": draw(WEIGHTS), "short": draw(st.booleans())}
            if draw(st.booleans()):
                scores = draw(
                    st.lists(st.sampled_from([0, 0.5, 1, 2, 2.4, 3, 4]), min_size=2, max_size=5)
                )
                na = draw(st.booleans())
                questions.append(
                    build.single(qid, scores=tuple(scores), not_applicable=na, **common)
                )
            else:
                points = draw(st.lists(st.sampled_from([0, 1, 2, 3]), min_size=2, max_size=4))
                points[0] = max(points[0], 1)  # at least one option is worth something
                max_points = draw(st.none() | st.sampled_from([1, 2, 5]))
                questions.append(
                    build.multi(qid, points=tuple(points), max_points=max_points, **common)
                )
        dimensions.append(build.dimension(f"d{d}", questions, weight=draw(WEIGHTS)))
    # The models alone, not the YAML loader: parsing the text three times in pure Python would
    # cost a third of a second per example; the ids are unique by construction.
    return Questionnaire.model_validate(build.questionnaire_data(*dimensions))


def answer_to(draw, question):
    """One possible answer to `question`, or None for "unanswered"."""
    choices = ["dont_know", None]
    if question.allow_not_applicable:
        choices.append("not_applicable")
    options = [o.id for o in question.options]
    if question.type == "multi":
        ticked = st.lists(st.sampled_from(options), unique=True)
        return draw(st.sampled_from(choices) | ticked)
    return draw(st.sampled_from(choices + options))


@st.composite
def answer_sets(draw, questionnaire: Questionnaire) -> Answers:
    mode = draw(st.sampled_from(["full", "short"])) if questionnaire.has_short_mode() else "full"
    given = {}
    for qid, question in questionnaire.questions().items():
        value = answer_to(draw, question)
        if value is not None:
            given[qid] = value
    answers = new_answers(questionnaire, mode, answers=given)
    assert check_answers(answers, questionnaire) == []
    return answers


@st.composite
def questionnaire_and_answers(draw, build):
    questionnaire = draw(st.just(SAMPLE) | generated_questionnaires(build))
    return questionnaire, draw(answer_sets(questionnaire))


def in_range_or_none(value, low, high):
    return value is None or low <= value <= high


# The `build` fixture is session-scoped, so hypothesis may reuse it across examples.
def given_answers(test):
    return EXAMPLES(given(data=st.data())(test))


@given_answers
def test_scores_are_always_between_0_and_100_or_none(build, data):
    questionnaire, answers = data.draw(questionnaire_and_answers(build))
    result = score(questionnaire, answers)
    levels = len(questionnaire.levels)
    for d in result.dimensions:
        assert in_range_or_none(d.score, 0, 100)
        assert in_range_or_none(d.level, 1, levels)
        assert (d.score is None) == (d.level is None)
        assert 0 <= d.completeness <= 1
        assert 0 <= d.dont_know <= d.answered <= d.asked
    assert in_range_or_none(result.overall.score, 0, 100)
    assert in_range_or_none(result.overall.level, 1, levels)
    assert 0 <= result.overall.completeness <= 1


@given_answers
def test_the_overall_level_never_exceeds_the_weakest_dimension_level_plus_one(build, data):
    questionnaire, answers = data.draw(questionnaire_and_answers(build))
    result = score(questionnaire, answers)
    levels = [d.level for d in result.dimensions if d.level is not None]
    if result.overall.level is not None:
        assert result.overall.level <= min(levels) + 1
        assert result.overall.level <= result.overall.uncapped_level
        assert result.overall.capped == (result.overall.level < result.overall.uncapped_level)


def raised(draw, question, value):
    """A better (or equal) answer than `value`, or None when there is none to draw."""
    if question.type == "multi":
        chosen = [] if value == "dont_know" else list(value)
        missing = [o.id for o in question.options if o.id not in chosen]
        if not missing:
            return None
        return [*chosen, draw(st.sampled_from(missing))]
    current = -1.0 if value == "dont_know" else question.option(value).score
    better = [o.id for o in question.options if o.score >= current]
    return draw(st.sampled_from(better)) if better else None


@given_answers
def test_raising_one_answer_never_lowers_its_dimension_score(build, data):
    questionnaire, answers = data.draw(questionnaire_and_answers(build))
    dimension_of = questionnaire.dimension_of()
    in_mode = {q.id for d in questionnaire.dimensions for q in d.questions_in(answers.mode)}
    candidates = [
        qid
        for qid, value in answers.answers.items()
        if value != "not_applicable" and qid in in_mode
    ]
    if not candidates:
        return
    qid = data.draw(st.sampled_from(candidates))
    better = raised(data.draw, questionnaire.questions()[qid], answers.answers[qid])
    if better is None:
        return
    higher = answers.model_copy(update={"answers": {**answers.answers, qid: better}})
    assert check_answers(higher, questionnaire) == []
    dimension = dimension_of[qid].id
    before = score(questionnaire, answers).dimension(dimension)
    after = score(questionnaire, higher).dimension(dimension)
    assert (before.score is None) == (after.score is None)
    if before.score is not None:
        assert after.score >= before.score
        assert after.level >= before.level


def group_fields(group):
    """Everything a group result says."""
    return {f.name: getattr(group, f.name) for f in fields(group)}


@EXAMPLES
@given(data=st.data())
def test_permuting_participants_never_changes_group_statistics(build, data):
    questionnaire = data.draw(st.just(SAMPLE) | generated_questionnaires(build))
    participants = data.draw(st.lists(answer_sets(questionnaire), min_size=1, max_size=8))
    mode = participants[0].mode
    order = data.draw(st.permutations(range(len(participants))))
    group = group_statistics(questionnaire, participants, mode)
    shuffled = group_statistics(questionnaire, [participants[i] for i in order], mode)
    assert group_fields(shuffled) == group_fields(group)


@EXAMPLES
@given(data=st.data())
def test_score_many_equals_the_score_of_each_file(build, data):
    questionnaire = data.draw(st.just(SAMPLE) | generated_questionnaires(build))
    mode = data.draw(st.sampled_from(["full", "short"]))
    if mode == "short" and not questionnaire.has_short_mode():
        mode = "full"
    rows = data.draw(st.lists(answer_sets(questionnaire), min_size=1, max_size=8))
    rows = [r.model_copy(update={"mode": mode}) for r in rows]
    many = score_many(questionnaire, rows, mode)
    for index, answers in enumerate(rows):
        one = score(questionnaire, answers)
        expected = [np.nan if d.score is None else d.score for d in one.dimensions]
        np.testing.assert_array_equal(many.dimension_score[index], expected)
        assert list(many.dimension_level[index]) == [d.level or 0 for d in one.dimensions]
        overall = np.nan if one.overall.score is None else one.overall.score
        np.testing.assert_array_equal(many.overall_score[index], overall)
        assert many.overall_level[index] == (one.overall.level or 0)
