"""Every rule of the scoring method (ARCHITECTURE.md, docs/scoring.md), checked by hand.

Option `s<i>` of a built single question scores i (unless the test gives other scores), so
`"s3"` is a step value of 3; option `p<i>` of a multi question carries `points[i]`.
"""

from __future__ import annotations

import numpy as np
import pytest

from scoring import score, score_many


def one_dimension(build, *questions, recommendations=(), levels=(0, 20, 40, 60, 80)):
    dimension = build.dimension("d1", list(questions), recommendations=list(recommendations))
    return build.questionnaire(dimension, levels=levels)


def two_questions(build):
    return one_dimension(build, build.single("q1", not_applicable=True), build.single("q2"))


# --- 1.-3. step values and the dimension score ---


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("s0", 0.0), ("s1", 25.0), ("s2", 50.0), ("s3", 75.0), ("s4", 100.0), ("dont_know", 0.0)],
)
def test_a_single_answer_scores_its_option_score_out_of_four(build, answer, expected):
    questionnaire = one_dimension(build, build.single("q1"))
    result = score(questionnaire, build.answers(questionnaire, {"q1": answer}))
    assert result.dimension("d1").score == expected


def test_question_weights_weigh_the_step_values(build):
    questionnaire = one_dimension(build, build.single("q1", weight=3), build.single("q2"))
    answers = build.answers(questionnaire, {"q1": "s4", "q2": "s0"})
    # 100 * (3*4 + 1*0) / (4 * (3 + 1)) = 75; unweighted it would be 50.
    assert score(questionnaire, answers).dimension("d1").score == 75.0


def test_a_fractional_option_score_is_used_as_it_is(build):
    questionnaire = one_dimension(build, build.single("q1", scores=(0, 2.5)))
    result = score(questionnaire, build.answers(questionnaire, {"q1": "s1"}))
    assert result.dimension("d1").score == 62.5


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ([], 0.0),  # nothing ticked: step 0
        (["p0"], 25.0),  # 1 of 4 points (the sum of all points): 4 * 1/4 = 1
        (["p0", "p2"], 75.0),  # 3 of 4 points
        (["p0", "p1", "p2"], 100.0),
        ("dont_know", 0.0),
    ],
)
def test_a_multi_answer_without_max_points_counts_against_the_sum_of_all_points(
    build, chosen, expected
):
    questionnaire = one_dimension(build, build.multi("q1", points=(1, 1, 2)))
    result = score(questionnaire, build.answers(questionnaire, {"q1": chosen}))
    assert result.dimension("d1").score == expected


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        (["p0"], 50.0),  # 1 of max_points 2
        (["p0", "p1"], 100.0),  # 2 of 2
        (["p0", "p2"], 100.0),  # 3 points, capped at step 4
        (["p0", "p1", "p2"], 100.0),  # 4 points, still step 4
    ],
)
def test_a_multi_answer_with_max_points_reaches_step_four_at_max_points_and_stays_there(
    build, chosen, expected
):
    questionnaire = one_dimension(build, build.multi("q1", points=(1, 1, 2), max_points=2))
    result = score(questionnaire, build.answers(questionnaire, {"q1": chosen}))
    assert result.dimension("d1").score == expected


def test_an_option_worth_no_points_adds_nothing(build):
    questionnaire = one_dimension(build, build.multi("q1", points=(0, 3)))
    result = score(questionnaire, build.answers(questionnaire, {"q1": ["p0"]}))
    assert result.dimension("d1").score == 0.0
    assert result.dimension("d1").counted == 1


# --- 2. and 4. counted questions and completeness ---


def test_all_not_applicable_gives_no_score_although_complete(build):
    questionnaire = one_dimension(
        build, build.single("q1", not_applicable=True), build.single("q2", not_applicable=True)
    )
    answers = build.answers(questionnaire, {"q1": "not_applicable", "q2": "not_applicable"})
    dimension = score(questionnaire, answers).dimension("d1")
    assert (dimension.score, dimension.level) == (None, None)
    assert (dimension.completeness, dimension.counted, dimension.answered) == (1.0, 0, 2)


def test_not_applicable_counts_for_completeness_but_not_for_the_score(build):
    questionnaire = two_questions(build)
    answers = build.answers(questionnaire, {"q1": "not_applicable", "q2": "s2"})
    dimension = score(questionnaire, answers).dimension("d1")
    assert (dimension.score, dimension.completeness, dimension.counted) == (50.0, 1.0, 1)


def test_dont_know_counts_as_zero_but_is_reported(build):
    questionnaire = two_questions(build)
    answers = build.answers(questionnaire, {"q1": "dont_know", "q2": "dont_know"})
    dimension = score(questionnaire, answers).dimension("d1")
    assert (dimension.score, dimension.level) == (0.0, 1)
    assert (dimension.dont_know, dimension.dont_know_share, dimension.counted) == (2, 1.0, 2)


def test_the_dont_know_share_is_taken_of_the_answered_questions_not_applicable_included(build):
    questionnaire = one_dimension(
        build, *(build.single(f"q{i}", not_applicable=True) for i in range(1, 6))
    )
    answers = {"q1": "dont_know", "q2": "dont_know", "q3": "s4", "q4": "not_applicable"}
    dimension = score(questionnaire, build.answers(questionnaire, answers)).dimension("d1")
    # q5 is unanswered: 2 "Weiß nicht" of 4 answered; the score counts q1, q2, q3.
    assert (dimension.dont_know, dimension.answered, dimension.dont_know_share) == (2, 4, 0.5)
    assert dimension.score == pytest.approx(100 * 4 / 12)


def test_a_dimension_without_answers_has_no_dont_know_share(build):
    questionnaire = two_questions(build)
    dimension = score(questionnaire, build.answers(questionnaire, {})).dimension("d1")
    assert (dimension.score, dimension.completeness, dimension.dont_know_share) == (None, 0, None)


@pytest.mark.parametrize(
    ("asked", "answered", "scored"),
    [
        (2, 1, True),  # exactly 50 %
        (4, 2, True),  # exactly 50 %
        (3, 1, False),  # 33 %
        (9, 4, False),  # 44.4 %: just under half
        (201, 100, False),  # 49.75 %: just under half
        (9, 5, True),  # 55.6 %
        (4, 4, True),
    ],
)
def test_a_dimension_needs_half_its_questions_answered_to_be_scored(build, asked, answered, scored):
    questionnaire = one_dimension(build, *(build.single(f"q{i}") for i in range(asked)))
    answers = build.answers(questionnaire, {f"q{i}": "s3" for i in range(answered)})
    dimension = score(questionnaire, answers).dimension("d1")
    assert dimension.completeness == answered / asked
    assert dimension.score == (75.0 if scored else None)
    assert dimension.level == (4 if scored else None)


def test_dont_know_and_not_applicable_count_as_answered_for_completeness(build):
    questionnaire = one_dimension(
        build,
        build.single("q1", not_applicable=True),
        build.single("q2"),
        build.single("q3"),
        build.single("q4"),
    )
    answers = build.answers(questionnaire, {"q1": "not_applicable", "q2": "dont_know"})
    dimension = score(questionnaire, answers).dimension("d1")
    assert (dimension.completeness, dimension.score) == (0.5, 0.0)


# --- 5. levels ---


@pytest.mark.parametrize(
    ("option_score", "expected_score", "expected_level"),
    [
        (0, 0.0, 1),
        (0.79, 19.75, 1),
        (0.8, 20.0, 2),
        (1.6, 40.0, 3),
        (2.36, 59.0, 3),
        (2.4, 60.0, 4),
        (3.2, 80.0, 5),
        (4, 100.0, 5),
    ],
)
def test_a_score_exactly_at_min_score_reaches_that_level(
    build, option_score, expected_score, expected_level
):
    questionnaire = one_dimension(build, build.single("q1", scores=(0, option_score)))
    dimension = score(questionnaire, build.answers(questionnaire, {"q1": "s1"})).dimension("d1")
    assert dimension.score == pytest.approx(expected_score)
    assert dimension.level == expected_level


def test_no_float_error_puts_an_exact_60_into_level_3(build):
    # 100 * (0.5*3 + 0.7*3) / (4 * (0.3 + 0.5 + 0.7)) is exactly 60, but in floats the
    # numerator and denominator give 59.99999999999999.
    questionnaire = one_dimension(
        build,
        build.single("q1", weight=0.3),
        build.single("q2", weight=0.5),
        build.single("q3", weight=0.7),
    )
    answers = build.answers(questionnaire, {"q1": "s0", "q2": "s3", "q3": "s3"})
    result = score(questionnaire, answers)
    assert result.dimension("d1").score == pytest.approx(60.0)
    assert result.dimension("d1").level == 4
    assert result.overall.level == 4


def test_levels_follow_the_min_scores_of_the_questionnaire(build):
    questionnaire = one_dimension(
        build, build.single("q1", scores=(0, 1, 2, 3, 4)), levels=(0, 30, 50, 70, 90)
    )
    levels = [
        score(questionnaire, build.answers(questionnaire, {"q1": f"s{i}"})).dimension("d1").level
        for i in range(5)
    ]
    # 0, 25, 50, 75, 100
    assert levels == [1, 1, 3, 4, 5]


# --- 6. overall score and level ---


def dimensions_with(build, weights):
    return build.questionnaire(
        *(
            build.dimension(f"d{i}", [build.single(f"q{i}")], weight=weight)
            for i, weight in enumerate(weights, start=1)
        )
    )


def test_the_overall_score_weighs_dimensions_by_their_weight(build):
    questionnaire = dimensions_with(build, [3, 1])
    answers = build.answers(questionnaire, {"q1": "s4", "q2": "s2"})
    # (3*100 + 1*50) / 4 = 87.5; unweighted it would be 75.
    assert score(questionnaire, answers).overall.score == 87.5


def test_the_overall_score_leaves_out_dimensions_without_a_score(build):
    questionnaire = dimensions_with(build, [1, 1, 5])
    answers = build.answers(questionnaire, {"q1": "s4", "q2": "s2"})
    overall = score(questionnaire, answers).overall
    assert overall.score == 75.0
    assert overall.completeness == pytest.approx(2 / 3)


def test_the_weakest_dimension_caps_the_overall_level_and_is_named(build):
    questionnaire = dimensions_with(build, [1, 1])
    # d1 100 (level 5), d2 25 (level 2): overall 62.5 is level 4, capped at 2 + 1 = 3.
    answers = build.answers(questionnaire, {"q1": "s4", "q2": "s1"})
    overall = score(questionnaire, answers).overall
    assert (overall.score, overall.uncapped_level, overall.level) == (62.5, 4, 3)
    assert overall.capped is True
    assert overall.capped_by == ("d2",)


def test_every_equally_weak_dimension_is_named_when_the_cap_applies(build):
    questionnaire = dimensions_with(build, [1, 1, 1, 1])
    answers = build.answers(questionnaire, {"q1": "s4", "q2": "s4", "q3": "s1", "q4": "s1"})
    overall = score(questionnaire, answers).overall
    assert (overall.score, overall.level, overall.capped_by) == (62.5, 3, ("d3", "d4"))


def test_the_cap_does_not_apply_when_the_weakest_dimension_is_one_level_below(build):
    questionnaire = dimensions_with(build, [1, 1])
    # d1 75 (level 4), d2 50 (level 3): overall 62.5 is level 4 = 3 + 1.
    answers = build.answers(questionnaire, {"q1": "s3", "q2": "s2"})
    overall = score(questionnaire, answers).overall
    assert (overall.score, overall.uncapped_level, overall.level) == (62.5, 4, 4)
    assert (overall.capped, overall.capped_by) == (False, ())


@pytest.mark.parametrize(
    ("dimensions", "scored", "overall_score"),
    [
        (3, 1, None),  # fewer than half
        (4, 1, None),
        (4, 2, 50.0),  # exactly half
        (3, 2, 50.0),
        (2, 1, 50.0),  # exactly half
        (1, 0, None),
    ],
)
def test_fewer_than_half_the_dimensions_scored_leaves_the_overall_result_empty(
    build, dimensions, scored, overall_score
):
    questionnaire = dimensions_with(build, [1] * dimensions)
    answers = build.answers(questionnaire, {f"q{i}": "s2" for i in range(1, scored + 1)})
    overall = score(questionnaire, answers).overall
    assert overall.score == overall_score
    assert overall.level == (None if overall_score is None else 3)


# --- modes ---


def short_and_long(build, recommendations=()):
    return one_dimension(
        build,
        build.single("quick", short=True),
        build.single("slow"),
        build.single("slower"),
        recommendations=recommendations,
    )


def test_short_mode_scores_only_the_short_questions(build):
    questionnaire = short_and_long(build)
    answers = {"quick": "s4", "slow": "s0", "slower": "s0"}
    short = score(questionnaire, build.answers(questionnaire, answers, mode="short"))
    full = score(questionnaire, build.answers(questionnaire, answers))
    assert (short.dimension("d1").score, short.dimension("d1").asked) == (100.0, 1)
    assert (full.dimension("d1").score, full.dimension("d1").asked) == (pytest.approx(100 / 3), 3)


def test_short_mode_completeness_counts_only_the_short_questions(build):
    questionnaire = short_and_long(build)
    short = score(questionnaire, build.answers(questionnaire, {"quick": "s2"}, mode="short"))
    full = score(questionnaire, build.answers(questionnaire, {"quick": "s2"}))
    assert (short.dimension("d1").completeness, short.dimension("d1").score) == (1.0, 50.0)
    assert full.dimension("d1").score is None


# --- 7. gap to the target ---


@pytest.mark.parametrize(
    ("answer", "target", "gap"),
    [
        ("s1", 4, 2),  # level 2, target 4
        ("s4", 2, -3),  # level 5 is above the target
        ("s2", 3, 0),
        ("s2", None, None),
    ],
)
def test_the_gap_is_the_target_level_minus_the_level(build, answer, target, gap):
    questionnaire = one_dimension(build, build.single("q1"), build.single("q2"))
    targets = {} if target is None else {"d1": target}
    answers = build.answers(questionnaire, {"q1": answer}, targets=targets)
    dimension = score(questionnaire, answers).dimension("d1")
    assert (dimension.target, dimension.gap) == (target, gap)


def test_a_dimension_without_a_level_has_no_gap(build):
    questionnaire = one_dimension(build, build.single("q1"), build.single("q2"), build.single("q3"))
    answers = build.answers(questionnaire, {"q1": "s4"}, targets={"d1": 3})
    dimension = score(questionnaire, answers).dimension("d1")
    assert (dimension.level, dimension.target, dimension.gap) == (None, 3, None)


# --- recommendations: each form of `when` ---


def fired(build, when, answers, mode="full"):
    """Whether a recommendation with `when` fires in a dimension of four questions."""
    questionnaire = one_dimension(
        build,
        build.single("one", short=True),
        build.single("two", not_applicable=True, short=True),
        build.multi("ticks", points=(1, 1, 2)),
        build.single("long_only"),
        recommendations=[build.recommendation("rec", when)],
    )
    result = score(questionnaire, build.answers(questionnaire, answers, mode=mode))
    return [f.recommendation.id for f in result.recommendations] == ["rec"]


# Dimension levels from "one" and "two" alone (completeness 2/4): s0+s0 -> 0 (level 1),
# s1+s1 -> 25 (2), s2+s2 -> 50 (3), s3+s3 -> 75 (4), s4+s4 -> 100 (5).
def at_level(level):
    step = f"s{level - 1}"
    return {"one": step, "two": step}


@pytest.mark.parametrize(
    ("when", "level", "fires"),
    [
        ({"level_at_most": 2}, 1, True),
        ({"level_at_most": 2}, 2, True),
        ({"level_at_most": 2}, 3, False),
        ({"level_at_least": 2, "level_at_most": 3}, 1, False),
        ({"level_at_least": 2, "level_at_most": 3}, 2, True),
        ({"level_at_least": 2, "level_at_most": 3}, 3, True),
        ({"level_at_least": 2, "level_at_most": 3}, 4, False),
        ({"level_at_least": 4}, 3, False),
        ({"level_at_least": 4}, 4, True),
        ({"level_at_least": 4}, 5, True),
    ],
)
def test_a_level_condition_fires_within_its_range(build, when, level, fires):
    assert fired(build, when, at_level(level)) is fires


def test_a_level_condition_never_fires_for_a_dimension_without_a_level(build):
    assert fired(build, {"level_at_most": 5}, {"one": "s0"}) is False


@pytest.mark.parametrize(
    ("answer", "fires"),
    [
        ("s0", True),
        ("s1", True),
        ("s2", False),
        ("dont_know", True),  # step value 0
        ("not_applicable", False),  # no value
        (None, False),  # unanswered
    ],
)
def test_score_at_most_fires_on_the_step_value_and_never_without_one(build, answer, fires):
    answers = at_level(3) | ({} if answer is None else {"two": answer})
    assert fired(build, {"question": "two", "score_at_most": 1}, answers) is fires


@pytest.mark.parametrize(
    ("answer", "fires"),
    [("s0", True), ("s1", True), ("s2", False), ("dont_know", False), (None, False)],
)
def test_answer_in_fires_when_the_single_answer_is_listed(build, answer, fires):
    answers = at_level(3) | ({} if answer is None else {"one": answer})
    assert fired(build, {"question": "one", "answer_in": ["s0", "s1"]}, answers) is fires


@pytest.mark.parametrize(
    ("ticked", "fires"),
    [
        (["p1"], True),
        (["p0", "p1"], True),
        (["p2", "p1"], True),
        (["p0"], False),
        ([], False),
        ("dont_know", False),
        (None, False),
    ],
)
def test_answer_in_fires_when_any_ticked_option_of_a_multi_question_is_listed(build, ticked, fires):
    answers = at_level(3) | ({} if ticked is None else {"ticks": ticked})
    assert fired(build, {"question": "ticks", "answer_in": ["p1"]}, answers) is fires


@pytest.mark.parametrize(
    ("answer", "fires"),
    [("dont_know", True), ("s0", False), ("not_applicable", False), (None, False)],
)
def test_dont_know_fires_only_on_dont_know(build, answer, fires):
    answers = at_level(3) | ({} if answer is None else {"two": answer})
    assert fired(build, {"question": "two", "dont_know": True}, answers) is fires


@pytest.mark.parametrize(
    ("answers", "fires"),
    [
        ({"one": "s0", "two": "s1"}, True),  # level 1, "one" at s0
        ({"one": "s1", "two": "s0"}, False),  # level 1, but "one" is not s0
        ({"one": "s0", "two": "s4"}, False),  # "one" is s0, but level 3
    ],
)
def test_all_fires_only_when_every_part_holds(build, answers, fires):
    when = {"all": [{"level_at_most": 2}, {"question": "one", "answer_in": ["s0"]}]}
    assert fired(build, when, answers) is fires


@pytest.mark.parametrize(
    ("when", "answer"),
    [
        ({"question": "long_only", "score_at_most": 4}, "s0"),
        ({"question": "long_only", "answer_in": ["s0"]}, "s0"),
        ({"question": "long_only", "dont_know": True}, "dont_know"),
    ],
)
def test_a_question_outside_the_mode_never_fires_even_when_answered(build, when, answer):
    answers = {"one": "s1", "two": "s1", "long_only": answer}
    assert fired(build, when, answers, mode="full") is True
    assert fired(build, when, answers, mode="short") is False


# --- recommendations: the order ---


def order(build, dimensions, answers, targets=None):
    questionnaire = build.questionnaire(*dimensions)
    result = score(questionnaire, build.answers(questionnaire, answers, targets=targets))
    return [f.recommendation.id for f in result.recommendations]


def always(build, rid, priority="medium"):
    return build.recommendation(rid, {"level_at_least": 1}, priority=priority)


def test_recommendations_are_ordered_by_priority_first(build):
    recommendations = [
        always(build, "low", "low"),
        always(build, "medium", "medium"),
        always(build, "critical", "critical"),
        always(build, "high", "high"),
    ]
    dimension = build.dimension("d1", [build.single("q1")], recommendations=recommendations)
    assert order(build, [dimension], {"q1": "s2"}) == ["critical", "high", "medium", "low"]


def test_priority_outranks_a_larger_gap(build):
    strong = build.dimension("d1", [build.single("q1")], recommendations=[always(build, "a")])
    weak = build.dimension("d2", [build.single("q2")], recommendations=[always(build, "b", "low")])
    assert order(build, [strong, weak], {"q1": "s4", "q2": "s0"}) == ["a", "b"]


def test_with_equal_priority_the_larger_gap_comes_first(build):
    strong = build.dimension("d1", [build.single("q1")], recommendations=[always(build, "a")])
    weak = build.dimension("d2", [build.single("q2")], recommendations=[always(build, "b")])
    answers = {"q1": "s3", "q2": "s1"}  # levels 4 and 2: gaps to level 5 are 1 and 3
    assert order(build, [strong, weak], answers) == ["b", "a"]


def test_the_gap_is_measured_to_the_target_when_one_is_set(build):
    strong = build.dimension("d1", [build.single("q1")], recommendations=[always(build, "a")])
    weak = build.dimension("d2", [build.single("q2")], recommendations=[always(build, "b")])
    answers = {"q1": "s3", "q2": "s1"}  # levels 4 and 2
    # target 2 for d2: gap 0; d1 without a target: gap 5 - 4 = 1
    assert order(build, [strong, weak], answers, targets={"d2": 2}) == ["a", "b"]


def test_a_dimension_without_a_level_counts_as_level_1_for_the_gap(build):
    # d1 is at level 2 (gap 3); d2 has no level (1 of 3 answered): gap 5 - 1 = 4.
    d1 = build.dimension("d1", [build.single("q1")], recommendations=[always(build, "a")])
    unknown = build.recommendation("b", {"question": "q2", "dont_know": True})
    d2 = build.dimension(
        "d2",
        [build.single("q2"), build.single("q3"), build.single("q4")],
        recommendations=[unknown],
    )
    assert order(build, [d1, d2], {"q1": "s1", "q2": "dont_know"}) == ["b", "a"]


def test_with_equal_priority_and_gap_the_heavier_dimension_comes_first(build):
    light = build.dimension("d1", [build.single("q1")], recommendations=[always(build, "a")])
    heavy = build.dimension(
        "d2", [build.single("q2")], weight=2, recommendations=[always(build, "b")]
    )
    assert order(build, [light, heavy], {"q1": "s2", "q2": "s2"}) == ["b", "a"]


def test_with_everything_else_equal_the_file_order_decides(build):
    first = build.dimension(
        "d1",
        [build.single("q1")],
        recommendations=[always(build, "z_first"), always(build, "a_second")],
    )
    second = build.dimension("d2", [build.single("q2")], recommendations=[always(build, "m")])
    assert order(build, [first, second], {"q1": "s2", "q2": "s2"}) == ["z_first", "a_second", "m"]


def test_the_fired_recommendation_carries_its_dimension_and_gap(build):
    dimension = build.dimension("d1", [build.single("q1")], recommendations=[always(build, "a")])
    questionnaire = build.questionnaire(dimension)
    result = score(questionnaire, build.answers(questionnaire, {"q1": "s1"}, targets={"d1": 4}))
    (fired_one,) = result.recommendations
    assert (fired_one.dimension, fired_one.gap) == ("d1", 2)


# --- many answer sets at once ---


def test_score_many_equals_score_row_by_row(build):
    questionnaire = build.questionnaire(
        build.dimension(
            "d1",
            [build.single("q1", weight=0.3), build.single("q2", not_applicable=True)],
            weight=2,
        ),
        build.dimension("d2", [build.multi("q3", max_points=3), build.single("q4", short=True)]),
        build.dimension("d3", [build.single("q5"), build.single("q6"), build.single("q7")]),
    )
    rows = [
        {"q1": "s3", "q2": "not_applicable", "q3": ["p0", "p2"], "q4": "s1", "q5": "s4"},
        {"q1": "dont_know", "q3": [], "q5": "s1", "q6": "s2"},
        {},
        {"q2": "s4", "q4": "dont_know", "q5": "s0", "q6": "s0", "q7": "s0"},
        {"q1": "s0", "q2": "s0", "q3": ["p1"], "q4": "s4"},
    ]
    answer_sets = [build.answers(questionnaire, row) for row in rows]
    many = score_many(questionnaire, answer_sets, "full")
    for index, answers in enumerate(answer_sets):
        one = score(questionnaire, answers)
        scores = [np.nan if d.score is None else d.score for d in one.dimensions]
        np.testing.assert_array_equal(many.dimension_score[index], scores)
        assert list(many.dimension_level[index]) == [d.level or 0 for d in one.dimensions]
        assert list(many.completeness[index]) == [d.completeness for d in one.dimensions]
        assert list(many.dont_know[index]) == [d.dont_know for d in one.dimensions]
        overall = np.nan if one.overall.score is None else one.overall.score
        np.testing.assert_array_equal(many.overall_score[index], overall)
        assert many.overall_level[index] == (one.overall.level or 0)
