"""The roadmap as a plotly timeline: one bar per step over twelve months.

Priority shows as colour and as a fill pattern, so colour is never the only cue; the page puts
a table with the same steps beside it.
"""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go

from plan import HORIZON, Roadmap
from plan.roadmap import month_start
from reports import palette

# priority -> (colour, pattern)
STYLE = {
    "critical": (palette.TARGET, "x"),
    "high": (palette.CURRENT, "/"),
    "medium": (palette.PREVIOUS, "."),
    "low": ("#8A8F98", ""),
}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"


def timeline_figure(
    roadmap: Roadmap, start: date, priority_names: dict[str, str], later: str
) -> go.Figure:
    """Bars from start to due month per step, grouped in the legend by priority."""
    items = list(roadmap.items)
    labels = [f"{i + 1}. {_cut(s.step.title)}" for i, s in enumerate(items)]
    figure = go.Figure()
    for priority, (colour, pattern) in STYLE.items():
        rows = [
            (label, s)
            for label, s in zip(labels, items, strict=True)
            if s.step.priority == priority
        ]
        if not rows:
            continue
        figure.add_trace(
            go.Bar(
                name=priority_names[priority],
                y=[label for label, _ in rows],
                x=[
                    max(1, min(s.due, HORIZON) - s.start) if s.start < HORIZON else 0.3
                    for _, s in rows
                ],
                base=[min(s.start, HORIZON - 0.3) for _, s in rows],
                orientation="h",
                marker={"color": colour, "pattern": {"shape": pattern, "fgcolor": "#FFFFFF"}},
                hovertemplate="%{y}<extra>" + priority_names[priority] + "</extra>",
                text=[later if s.start >= HORIZON else "" for _, s in rows],
            )
        )
    ticks = list(range(HORIZON + 1))
    figure.update_layout(
        barmode="overlay",
        height=max(260, 34 * len(items) + 110),
        margin={"l": 10, "r": 10, "t": 30, "b": 40},
        font={"family": FONT, "size": 13},
        legend={"orientation": "h", "y": -0.08, "x": 0},
        yaxis={"autorange": "reversed", "categoryorder": "array", "categoryarray": labels},
        xaxis={
            "range": [0, HORIZON],
            "tickvals": ticks[:-1],
            "ticktext": [f"{month_start(start, m):%m/%y}" for m in ticks[:-1]],
            "gridcolor": palette.GRID,
        },
        shapes=[
            {
                "type": "line",
                "x0": q,
                "x1": q,
                "y0": 0,
                "y1": 1,
                "yref": "paper",
                "line": {"color": palette.TEXT, "width": 1},
            }
            for q in (3, 6, 9)
        ],
        plot_bgcolor="#FFFFFF",
    )
    return figure


def _cut(title: str, length: int = 48) -> str:
    return title if len(title) <= length else title[: length - 1].rstrip() + "…"
