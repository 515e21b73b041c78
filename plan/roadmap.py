"""The 12-month roadmap: steps scheduled into months and quarters by priority, effort and order.

Rules (documented in docs/plan.md):

- Each step lasts by its effort: a quick win one month, a project three, a programme six.
- A step starts no earlier than its priority allows: critical in month 1, high in month 2,
  medium in month 4, low in month 7. A step that others depend on inherits the most urgent
  priority among them, so a critical step's prerequisites are pulled forward with it.
- A step starts after each step it depends on has had time to deliver: after a quick win is
  done, or one month after a longer step started (its first result, e.g. the inventory's first
  list, is what the next step needs).
- At most `CAPACITY` effort points start in one month (quick win 1, project 2, programme 3),
  so a small administration is not asked to start everything at once; critical steps ignore
  the limit.
- A first step (the result's "Erste Schritte") may start in month 1 whatever its priority.
- What does not start within the 12 months is listed as "later".
- A step the user moved keeps its month; a step after it moves along, and a move before a
  prerequisite is kept but reported as a conflict.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

HORIZON = 12  # months
CAPACITY = 4  # effort points that may start in one month
DURATION = {"quick_win": 1, "project": 3, "programme": 6}
POINTS = {"quick_win": 1, "project": 2, "programme": 3}
EARLIEST = {"critical": 0, "high": 1, "medium": 3, "low": 6}
PRIORITIES = ("critical", "high", "medium", "low")


@dataclass(frozen=True)
class Step:
    """One thing to do, before it is scheduled."""

    id: str
    title: str
    description: str
    owner: str
    priority: str  # critical, high, medium, low
    effort: str  # quick_win, project, programme
    depends_on: tuple[str, ...] = ()
    kind: str = "recommendation"  # first_step, recommendation, pilot
    reference: str = ""


@dataclass(frozen=True)
class Scheduled:
    """A step with its months (0-based from the roadmap's start; `start >= HORIZON`: later)."""

    step: Step
    start: int
    due: int  # exclusive: the month after the last one
    moved: bool = False  # the user chose the month

    @property
    def quarter(self) -> int | None:
        """1–4, or None when the step starts after the 12 months."""
        return self.start // 3 + 1 if self.start < HORIZON else None


@dataclass(frozen=True)
class Edit:
    """The user's change of one step: a start month and/or another owner."""

    start: int | None = None
    owner: str | None = None


@dataclass(frozen=True)
class Roadmap:
    items: tuple[Scheduled, ...]
    conflicts: tuple[tuple[str, str], ...] = field(default=())  # (step, prerequisite)

    def item(self, step_id: str) -> Scheduled:
        """The scheduled step with this id (KeyError when there is none)."""
        for scheduled in self.items:
            if scheduled.step.id == step_id:
                return scheduled
        raise KeyError(step_id)

    def in_quarter(self, quarter: int | None) -> tuple[Scheduled, ...]:
        """The steps starting in quarter 1–4, or after the 12 months for None."""
        return tuple(s for s in self.items if s.quarter == quarter)


def _effective_ranks(steps: Mapping[str, Step]) -> dict[str, int]:
    """Each step's priority rank, lowered to the most urgent rank of the steps after it."""
    rank = {sid: PRIORITIES.index(s.priority) for sid, s in steps.items()}
    changed = True
    while changed:  # terminates: ranks only decrease and are bounded below by 0
        changed = False
        for step in steps.values():
            for dep in step.depends_on:
                if dep in rank and rank[step.id] < rank[dep]:
                    rank[dep] = rank[step.id]
                    changed = True
    return rank


def _order(steps: Mapping[str, Step], rank: Mapping[str, int]) -> list[str]:
    """Steps in dependency order, the most urgent first among those that are ready."""
    position = {sid: i for i, sid in enumerate(steps)}
    waiting = {sid: {d for d in s.depends_on if d in steps} for sid, s in steps.items()}
    key = {sid: (rank[sid], POINTS[s.effort], position[sid]) for sid, s in steps.items()}
    ready = [(key[sid], sid) for sid, deps in waiting.items() if not deps]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, sid = heapq.heappop(ready)
        order.append(sid)
        for other, deps in waiting.items():
            if sid in deps:
                deps.discard(sid)
                if not deps:
                    heapq.heappush(ready, (key[other], other))
    if len(order) != len(steps):
        cycle = sorted(set(steps) - set(order))
        raise ValueError(f"the steps {', '.join(cycle)} depend on each other in a cycle")
    return order


def ready_after(prerequisite: Scheduled) -> int:
    """The first month a step that depends on `prerequisite` may start."""
    if prerequisite.step.effort == "quick_win":
        return prerequisite.due
    return prerequisite.start + 1


def schedule(steps: Iterable[Step], edits: Mapping[str, Edit] | None = None) -> Roadmap:
    """Schedule the steps into the 12 months by the rules above; `edits` are the user's."""
    edits = edits or {}
    by_id: dict[str, Step] = {}
    for step in steps:
        if step.id in by_id:
            raise ValueError(f"the step id {step.id} appears twice")
        by_id[step.id] = step
    rank = _effective_ranks(by_id)
    load: dict[int, int] = {}
    placed: dict[str, Scheduled] = {}
    conflicts: list[tuple[str, str]] = []
    for sid in _order(by_id, rank):
        step = by_id[sid]
        edit = edits.get(sid, Edit())
        if edit.owner:
            step = replace(step, owner=edit.owner)
        deps = [placed[d] for d in step.depends_on if d in placed]
        first = 0 if step.kind == "first_step" else EARLIEST[PRIORITIES[rank[sid]]]
        earliest = max([first, *(ready_after(d) for d in deps)])
        if edit.start is not None:
            start = max(0, min(edit.start, HORIZON))
            conflicts += [(sid, d.step.id) for d in deps if start < ready_after(d)]
        else:
            start = earliest
            if rank[sid] > 0:  # critical steps start when they must
                while start < HORIZON and load.get(start, 0) + POINTS[step.effort] > CAPACITY:
                    start += 1
        load[start] = load.get(start, 0) + POINTS[step.effort]
        placed[sid] = Scheduled(step, start, start + DURATION[step.effort], edit.start is not None)
    items = sorted(placed.values(), key=lambda s: (s.start, rank[s.step.id], s.step.id))
    return Roadmap(tuple(items), tuple(conflicts))


def month_start(first: date, offset: int) -> date:
    """The first day of the month `offset` months after the month of `first`."""
    index = first.month - 1 + offset
    return date(first.year + index // 12, index % 12 + 1, 1)


def roadmap_start(today: date) -> date:
    """The roadmap starts on the first day of the month after `today`."""
    return month_start(today, 1)
