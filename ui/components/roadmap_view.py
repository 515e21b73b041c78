"""The roadmap on the plan page: timeline, the same data as a table, and a small editor.

The editor changes one step at a time (start month, owner); every change is saved at once and
the roadmap is scheduled again around it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

import pandas as pd
import streamlit as st

import texts
from plan import HORIZON, Edit, Facts
from plan.roadmap import month_start

from ..roadmap_chart import timeline_figure

KEY = "plan.edit"
PRIORITIES = ("critical", "high", "medium", "low")


def _words(lang: str) -> Callable[..., str]:
    return lambda key, **params: texts.text("plan", key, lang, **params)


def month_label(start: date, month: int, lang: str) -> str:
    """ "01/2027" for a month of the roadmap, or the words for "after the twelve months"."""
    if month >= HORIZON:
        return texts.text("plan", "month_later", lang)
    return f"{month_start(start, month):%m/%Y}"


def roadmap_view(
    facts: Facts, edits: Mapping[str, Edit], save: Callable[[str, Edit], None]
) -> None:
    """Timeline, table and editor of the roadmap in `facts`."""
    w = _words(facts.lang)
    roadmap = facts.roadmap
    if not roadmap.items:
        st.info(w("no_steps"))
        return
    names = {p: w(f"priority_{p}") for p in PRIORITIES}
    # A phone gets the compact timeline (numbers, quarters): long labels left no room for bars.
    for compact, where in ((False, "wide-only"), (True, "phone-only")):
        figure = timeline_figure(
            roadmap, facts.roadmap_start, names, w("roadmap_later"), compact=compact
        )
        with st.container(key=f"{where}-plan-timeline"):
            st.plotly_chart(
                figure,
                key=f"plan.timeline.{where}",
                config={"displayModeBar": False},
                theme=None,
                alt=w("chart_alt", count=len(roadmap.items)),
            )
    st.caption(w("chart_alt", count=len(roadmap.items)))
    st.markdown(f"**{w('table_heading')}**")
    # A real HTML table (as the result table): screen readers and phones can read it.
    st.table(_table(facts, w), hide_index=True)
    for step_id, before in roadmap.conflicts:
        st.warning(
            w(
                "conflict",
                step=roadmap.item(step_id).step.title,
                before=roadmap.item(before).step.title,
            )
        )
    _editor(facts, edits, save, w)


def _table(facts: Facts, w) -> pd.DataFrame:
    rows = []
    for number, item in enumerate(facts.roadmap.items, start=1):
        rows.append(
            {
                # The number links a row to its bar in the timeline; the start month says the
                # quarter (a quarter column would make the table wider than the page).
                w("roadmap_number"): number,
                w("roadmap_title"): item.step.title,
                w("roadmap_owner"): item.step.owner,
                w("roadmap_start"): month_label(facts.roadmap_start, item.start, facts.lang),
                w("roadmap_priority"): w(f"priority_{item.step.priority}"),
                w("edit_moved"): "✓" if item.moved else "",
            }
        )
    return pd.DataFrame(rows)


def _editor(facts: Facts, edits: Mapping[str, Edit], save: Callable[[str, Edit], None], w) -> None:
    st.markdown(f"**{w('edit_heading')}**")
    items = {item.step.id: item for item in facts.roadmap.items}
    numbers = {sid: n for n, sid in enumerate(items, start=1)}
    step_id = st.selectbox(
        w("edit_step"),
        list(items),
        format_func=lambda sid: f"{numbers[sid]}. {items[sid].step.title}",
        key=f"{KEY}.step",
    )
    item, stored = items[step_id], edits.get(step_id, Edit())
    month_key, owner_key = f"{KEY}.month.{step_id}", f"{KEY}.owner.{step_id}"

    def moved() -> None:
        save(step_id, Edit(start=st.session_state[month_key], owner=stored.owner))

    def owned() -> None:
        owner = st.session_state[owner_key].strip()
        save(step_id, Edit(start=stored.start, owner=owner if owner != item.step.owner else None))

    left, right = st.columns([1, 2])
    # Keys carry the step, so each step's fields start from its own values.
    left.selectbox(
        w("edit_month"),
        list(range(HORIZON + 1)),
        index=min(item.start, HORIZON),
        format_func=lambda m: month_label(facts.roadmap_start, m, facts.lang),
        key=month_key,
        on_change=moved,
    )
    right.text_input(
        w("edit_owner"), value=item.step.owner, max_chars=200, key=owner_key, on_change=owned
    )
    if stored != Edit() and st.button(
        w("edit_reset"), key=f"{KEY}.reset.{step_id}", icon=":material/undo:"
    ):
        save(step_id, Edit())
        st.session_state.pop(month_key, None)
        st.session_state.pop(owner_key, None)
        st.rerun()
