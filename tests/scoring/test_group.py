"""Group statistics of a workshop, against hand-computed values."""

from __future__ import annotations

import math

import numpy as np
import pytest

from scoring import group_statistics
from scoring.group import MIN_ANSWERS_SHOWN, MIN_EXTREMES_SHOWN, Spread, consensus, shown, spread


def test_spread_gives_n_mean_median_min_max_and_population_std():
    stats = spread(np.array([0.0, 25.0, 50.0, 100.0]))
    # mean 43.75; squared deviations 1914.0625, 351.5625, 39.0625, 3164.0625 -> / 4 = 1367.1875
    assert (stats.n, stats.mean, stats.median, stats.min, stats.max) == (4, 43.75, 37.5, 0, 100)
    assert stats.std == pytest.approx(math.sqrt(1367.1875), abs=1e-12)


def test_spread_uses_the_population_not_the_sample_std():
    # sample std of [0, 100] would be 70.7; the population std is 50
    assert spread(np.array([0.0, 100.0])).std == 50.0


def test_spread_leaves_out_missing_values():
    stats = spread(np.array([np.nan, 20.0, np.nan, 40.0, 60.0]))
    assert (stats.n, stats.mean, stats.median, stats.min, stats.max) == (3, 40, 40, 20, 60)
    assert stats.std == pytest.approx(math.sqrt(800 / 3))


def test_spread_of_nothing_is_empty():
    assert spread(np.array([np.nan, np.nan])) == Spread(0, None, None, None, None, None)


@pytest.mark.parametrize(
    ("std", "expected"),
    [
        (0.0, "high"),
        (9.99, "high"),
        (10.0, "medium"),
        (15.0, "medium"),
        (20.0, "medium"),
        (20.01, "low"),
        (45.0, "low"),
    ],
)
def test_consensus_is_high_below_10_low_above_20_and_medium_in_between(std, expected):
    assert consensus(Spread(5, 50.0, 50.0, 0.0, 100.0, std)) == expected


@pytest.mark.parametrize(("n", "std"), [(2, 0.0), (1, 0.0), (0, None)])
def test_consensus_needs_at_least_three_scores(n, std):
    assert consensus(Spread(n, None, None, None, None, std)) is None


def two_dimensions(build):
    return build.questionnaire(
        build.dimension("d1", [build.single("q1"), build.single("q2")]),
        build.dimension("d2", [build.single("q3")]),
    )


def test_dimension_statistics_are_taken_over_the_participant_scores(build):
    questionnaire = two_dimensions(build)
    rows = [
        {"q1": "s4", "q2": "s4", "q3": "s0"},  # d1 100
        {"q1": "s2", "q2": "s2", "q3": "s1"},  # d1 50
        {"q1": "s0", "q2": "s2", "q3": "s2"},  # d1 25
        {"q1": "s0", "q2": "s0"},  # d1 0, d2 not scored
    ]
    group = group_statistics(questionnaire, [build.answers(questionnaire, r) for r in rows])
    d1, d2 = group.dimension("d1"), group.dimension("d2")
    # d1: 100, 50, 25, 0 -> mean 43.75, median 37.5; deviations 56.25, 6.25, -18.75, -43.75
    assert (d1.spread.n, d1.spread.mean, d1.spread.median) == (4, 43.75, 37.5)
    assert (d1.spread.min, d1.spread.max) == (None, None)  # only from 5 (anonymity)
    assert d1.spread.std == pytest.approx(math.sqrt(1367.1875), abs=1e-12)
    assert d1.consensus == "low"
    # d2: 0, 25, 50 (the fourth participant did not answer)
    assert (d2.spread.n, d2.spread.mean, d2.spread.median) == (3, 25, 25)
    assert d2.spread.std == pytest.approx(math.sqrt(1250 / 3))
    assert group.participants == 4


def test_participants_are_the_people_with_an_answer_in_the_figures(build):
    # An open workshop's answer sets include people whose answers are not released yet (or who
    # answered nothing): "Das Profil der Gruppe (6 Personen)" with figures from fewer people.
    questionnaire = two_dimensions(build)
    rows = [{"q1": "s4"}, {"q3": "dont_know"}, {"q2": "s2"}, {}, {}]
    group = group_statistics(questionnaire, [build.answers(questionnaire, r) for r in rows])
    assert group.participants == 3
    assert group_statistics(questionnaire, []).participants == 0


def test_the_dimension_table_has_one_row_per_dimension(build):
    questionnaire = two_dimensions(build)
    rows = [{"q1": "s4", "q3": "s2"}, {"q1": "s2", "q3": "s2"}, {"q1": "s3", "q3": "s2"}]
    table = group_statistics(
        questionnaire, [build.answers(questionnaire, r) for r in rows]
    ).dimension_table()
    assert list(table.index) == ["d1", "d2"]
    assert list(table.columns) == ["n", "mean", "median", "min", "max", "std", "consensus"]
    assert table.loc["d1", "mean"] == 75.0
    assert table.loc["d2", "consensus"] == "high"


def test_dont_know_is_left_out_of_question_statistics_but_counted(build):
    questionnaire = two_dimensions(build)
    rows = [{"q1": "s4"}, {"q1": "s0"}, {"q1": "s2"}, {"q1": "dont_know"}, {"q1": "dont_know"}]
    group = group_statistics(questionnaire, [build.answers(questionnaire, r) for r in rows])
    q1 = group.questions[0]
    assert (q1.id, q1.dimension, q1.dont_know) == ("q1", "d1", 2)
    assert (q1.spread.n, q1.spread.mean) == (3, 2.0)
    assert q1.spread.std == pytest.approx(math.sqrt(8 / 3))


def test_not_applicable_has_no_value_in_question_statistics(build):
    questionnaire = build.questionnaire(
        build.dimension("d1", [build.single("q1", not_applicable=True)])
    )
    rows = [{"q1": "s4"}, {"q1": "s2"}, {"q1": "not_applicable"}, {"q1": "s3"}]
    group = group_statistics(questionnaire, [build.answers(questionnaire, r) for r in rows])
    (q1,) = group.questions
    assert (q1.spread.n, q1.spread.mean, q1.dont_know) == (3, 3.0, 0)
    assert q1.distribution == {"s0": 0, "s1": 0, "s2": 1, "s3": 1, "s4": 1}


@pytest.mark.parametrize(
    ("answers", "shown"),
    [
        (["s1", "s3"], False),
        (["s1", "s3", "dont_know", "dont_know"], False),  # dont_know is not an answer here
        (["s1", "s3", "s3"], True),
        (["s1", "s3", "s3", "dont_know"], True),
    ],
)
def test_a_distribution_is_shown_only_from_three_answers(build, answers, shown):
    questionnaire = two_dimensions(build)
    group = group_statistics(
        questionnaire, [build.answers(questionnaire, {"q1": a}) for a in answers]
    )
    expected = {"s0": 0, "s1": 1, "s2": 0, "s3": answers.count("s3"), "s4": 0}
    assert group.questions[0].distribution == (expected if shown else None)


def test_a_multi_distribution_counts_every_ticked_option(build):
    questionnaire = build.questionnaire(build.dimension("d1", [build.multi("q1")]))
    rows = [{"q1": ["p0", "p1"]}, {"q1": ["p1"]}, {"q1": []}, {"q1": "dont_know"}]
    group = group_statistics(questionnaire, [build.answers(questionnaire, r) for r in rows])
    (q1,) = group.questions
    assert q1.distribution == {"p0": 1, "p1": 2, "p2": 0}
    # steps: 2 of 4 points -> 2, 1 of 4 -> 1, none -> 0
    assert (q1.spread.n, q1.spread.mean, q1.dont_know) == (3, 1.0, 1)


# Step values of 8 participants for 8 questions (one column each).
PROMPT_STEPS = {
    "q1": [1, 1, 1, 1, 3, 3, 3, 3],  # std 1, range 2
    "q2": [0, 2, 2, 2, 2, 2, 2, 4],  # std 1, range 4: before q1 (larger range)
    "q3": [2, 2, 2, 2, 2, 2, 2, 2],  # no spread: never a prompt
    "q4": [0, 0, 0, 0, 4, 4, 4, 4],  # std 2: first
    "q5": [3, 3, 3, 3, 1, 1, 1, 1],  # std 1, range 2, like q1: after q1 (file order)
    "q6": [2, 2, 2, 2, 2, 2, 2, 3],  # std 0.331: sixth, cut off
    "q7": [0, 4, None, None, None, None, None, None],  # std 2 but only 2 answers
    "q8": [2, 2, 2, 2, 2, 2, 3, 3],  # std 0.433: fifth
}


def test_discussion_prompts_are_the_five_widest_disagreements_in_the_documented_order(build):
    questionnaire = build.questionnaire(
        build.dimension("d1", [build.single(qid) for qid in PROMPT_STEPS])
    )
    participants = [
        {qid: f"s{steps[i]}" for qid, steps in PROMPT_STEPS.items() if steps[i] is not None}
        for i in range(8)
    ]
    group = group_statistics(questionnaire, [build.answers(questionnaire, p) for p in participants])
    assert [q.id for q in group.prompts] == ["q4", "q2", "q1", "q5", "q8"]
    stds = {q.id: q.spread.std for q in group.questions}
    assert (stds["q1"], stds["q2"], stds["q4"], stds["q5"]) == (1.0, 1.0, 2.0, 1.0)
    assert stds["q8"] == pytest.approx(math.sqrt(0.1875))
    assert stds["q6"] == pytest.approx(math.sqrt(0.109375))
    assert group.questions[6].spread.n == 2


def test_there_are_no_prompts_when_everybody_agrees(build):
    questionnaire = two_dimensions(build)
    rows = [{"q1": "s2", "q2": "s3", "q3": "s0"}] * 4
    group = group_statistics(questionnaire, [build.answers(questionnaire, r) for r in rows])
    assert group.prompts == ()
    assert group.dimension("d1").consensus == "high"


def test_the_group_is_scored_in_the_mode_it_is_given(build):
    questionnaire = build.questionnaire(
        build.dimension("d1", [build.single("q1", short=True), build.single("q2")])
    )
    rows = [{"q1": "s4", "q2": "s0"}, {"q1": "s2", "q2": "s0"}, {"q1": "s3", "q2": "s0"}]
    answer_sets = [build.answers(questionnaire, r) for r in rows]
    short = group_statistics(questionnaire, answer_sets, "short")
    full = group_statistics(questionnaire, answer_sets, "full")
    assert (short.dimension("d1").spread.mean, [q.id for q in short.questions]) == (75.0, ["q1"])
    assert full.dimension("d1").spread.mean == 37.5


def test_the_overall_spread_is_taken_over_the_overall_scores(build):
    questionnaire = two_dimensions(build)
    rows = [
        {"q1": "s4", "q2": "s4", "q3": "s4"},  # 100
        {"q1": "s2", "q2": "s2", "q3": "s2"},  # 50
        {"q1": "s0", "q2": "s0"},  # 0 (d2 not scored, half the dimensions are enough)
    ]
    group = group_statistics(questionnaire, [build.answers(questionnaire, r) for r in rows])
    assert (group.overall.n, group.overall.mean, group.overall.median) == (3, 50, 50)


def every_spread(group):
    yield group.overall
    yield from (d.spread for d in group.dimensions)
    yield from (q.spread for q in group.questions)


@pytest.mark.parametrize("people", [1, 2, 3, 4, 5, 6])
def test_a_group_result_carries_only_figures_that_may_be_shown(build, people):
    # Everyone answers differently, so any figure shown for one or two people would be theirs.
    questionnaire = two_dimensions(build)
    rows = [
        {"q1": f"s{i % 5}", "q2": f"s{(i + 2) % 5}", "q3": f"s{(i * 3) % 5}"} for i in range(people)
    ]
    group = group_statistics(questionnaire, [build.answers(questionnaire, r) for r in rows])
    for s in every_spread(group):
        assert s.n == people
        figures = (s.mean, s.median, s.std)
        if people < MIN_ANSWERS_SHOWN:
            assert figures == (None, None, None)
        else:
            assert None not in figures
        assert s.has_range == (people >= MIN_EXTREMES_SHOWN)
    for d in group.dimensions:
        assert (d.consensus is None) == (people < MIN_ANSWERS_SHOWN)
        assert (d.levels is None) == (people < MIN_ANSWERS_SHOWN)
        if d.levels is not None:
            assert sum(d.levels) == people
    for q in group.questions:
        assert (q.distribution is None) == (people < MIN_ANSWERS_SHOWN)
    assert all(p.spread.n >= MIN_ANSWERS_SHOWN for p in group.prompts)


def test_the_shown_part_of_a_spread_follows_the_thresholds():
    full = Spread(4, 50.0, 40.0, 10.0, 90.0, 5.0)
    assert shown(full) == Spread(4, 50.0, 40.0, None, None, 5.0)
    assert shown(Spread(2, 50.0, 50.0, 40.0, 60.0, 10.0)) == Spread(2, None, None, None, None, None)
    five = Spread(5, 50.0, 40.0, 10.0, 90.0, 5.0)
    assert shown(five) == five
