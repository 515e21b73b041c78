"""The roadmap scheduler: dependencies, priorities, capacity, the user's moves."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plan import CAPACITY, HORIZON, Edit, Step, ready_after, schedule
from plan.roadmap import DURATION, POINTS

EFFORTS = tuple(DURATION)
PRIORITIES = ("critical", "high", "medium", "low")


def step(sid, priority="medium", effort="project", after=()):
    return Step(sid, sid.title(), "", "Hauptamt", priority, effort, tuple(after))


def test_a_critical_step_starts_in_the_first_month():
    roadmap = schedule([step("a", "critical", "programme")])
    assert roadmap.item("a").start == 0
    assert roadmap.item("a").quarter == 1


def test_a_prerequisite_of_a_critical_step_is_pulled_forward():
    roadmap = schedule(
        [step("inventory", "low", "quick_win"), step("dpia", "critical", after=["inventory"])]
    )
    assert roadmap.item("inventory").start == 0
    assert roadmap.item("dpia").start == 1  # after the quick win is done
    assert roadmap.item("dpia").quarter == 1


def test_a_step_after_a_project_waits_one_month_for_its_first_result():
    roadmap = schedule([step("lead", "high", "project"), step("strategy", "high", after=["lead"])])
    assert roadmap.item("strategy").start == roadmap.item("lead").start + 1


def test_capacity_spreads_non_critical_starts_over_the_months():
    roadmap = schedule([step(f"s{i}", "high", "programme") for i in range(3)])
    starts = sorted(s.start for s in roadmap.items)
    assert starts == [1, 2, 3]  # one programme (3 points) per month under a capacity of 4


def test_what_does_not_fit_the_year_is_later():
    roadmap = schedule([step(f"s{i}", "low", "programme") for i in range(8)])
    assert roadmap.in_quarter(None)
    assert all(s.start == HORIZON for s in roadmap.in_quarter(None))


def test_a_moved_step_keeps_its_month_and_its_dependents_move_along():
    steps = [step("lead", "high", "quick_win"), step("strategy", "high", "quick_win", ["lead"])]
    roadmap = schedule(steps, {"lead": Edit(start=5)})
    assert roadmap.item("lead").start == 5 and roadmap.item("lead").moved
    assert roadmap.item("strategy").start == 6
    assert roadmap.conflicts == ()


def test_moving_a_step_before_its_prerequisite_is_reported():
    steps = [step("lead", "high", "project"), step("strategy", "medium", after=["lead"])]
    roadmap = schedule(steps, {"strategy": Edit(start=0)})
    assert roadmap.item("strategy").start == 0
    assert roadmap.conflicts == (("strategy", "lead"),)


def test_the_user_can_change_the_owner():
    roadmap = schedule([step("a")], {"a": Edit(owner="Bürgermeisterin")})
    assert roadmap.item("a").step.owner == "Bürgermeisterin"


def test_a_cycle_is_refused_with_its_steps_named():
    with pytest.raises(ValueError, match="a, b"):
        schedule([step("a", after=["b"]), step("b", after=["a"])])


def test_a_dependency_on_a_step_that_is_not_there_is_ignored():
    assert schedule([step("a", "critical", after=["gone"])]).item("a").start == 0


@st.composite
def step_lists(draw):
    n = draw(st.integers(1, 14))
    steps = []
    for i in range(n):
        after = draw(st.lists(st.integers(0, i - 1), max_size=3, unique=True)) if i else []
        steps.append(
            step(
                f"s{i}",
                draw(st.sampled_from(PRIORITIES)),
                draw(st.sampled_from(EFFORTS)),
                [f"s{j}" for j in after],
            )
        )
    return draw(st.permutations(steps))


@given(step_lists())
def test_every_dependency_is_respected(steps):
    roadmap = schedule(steps)
    for item in roadmap.items:
        for dep in item.step.depends_on:
            assert item.start >= ready_after(roadmap.item(dep))


@given(step_lists())
def test_critical_steps_and_their_prerequisites_start_in_the_first_quarter_when_chains_are_short(
    steps,
):
    roadmap = schedule(steps)
    by_id = {s.id: s for s in steps}
    for item in roadmap.items:
        if item.step.priority == "critical" and not item.step.depends_on:
            assert item.start == 0
    # a critical step after one quick win starts in the first quarter
    for item in roadmap.items:
        deps = [by_id[d] for d in item.step.depends_on]
        if (
            item.step.priority == "critical"
            and deps
            and all(d.effort == "quick_win" and not d.depends_on for d in deps)
        ):
            assert item.quarter == 1


def _urgent(steps):
    """The ids of critical steps and of everything they need, transitively."""
    by_id = {s.id: s for s in steps}
    todo = [s.id for s in steps if s.priority == "critical"]
    urgent = set()
    while todo:
        sid = todo.pop()
        if sid not in urgent:
            urgent.add(sid)
            todo += list(by_id[sid].depends_on)
    return urgent


@given(step_lists())
def test_steps_that_are_not_urgent_start_within_the_monthly_capacity(steps):
    roadmap = schedule(steps)
    urgent = _urgent(steps)
    load = {}
    for item in roadmap.items:
        if item.start < HORIZON and item.step.id not in urgent:
            load[item.start] = load.get(item.start, 0) + POINTS[item.step.effort]
    assert all(points <= CAPACITY for points in load.values())


@given(step_lists())
def test_no_step_starts_before_its_priority_allows_unless_something_urgent_needs_it(steps):
    roadmap = schedule(steps)
    needed_by = {s.id: [] for s in steps}
    for s in steps:
        for d in s.depends_on:
            needed_by[d].append(s)
    for item in roadmap.items:
        if not needed_by[item.step.id] and item.step.priority == "low":
            assert item.start >= 6
