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

from .charts import FONT, figure

# priority -> (colour, pattern)
STYLE = {
    "critical": (palette.TARGET, "x"),
    "high": (palette.CURRENT, "/"),
    "medium": (palette.PREVIOUS, "."),
    "low": ("#8A8F98", ""),
}
LABEL_LENGTH = 34


def timeline_figure(
    roadmap: Roadmap,
    start: date,
    priority_names: dict[str, str],
    later: str,
    compact: bool = False,
) -> go.Figure:
    """Bars from start to due month per step, grouped in the legend by priority.

    `compact` (a phone): the steps by number only and a tick per quarter, so the bars keep
    the width and no month label overlaps another; the table below names the steps.
    """
    items = list(roadmap.items)
    labels = [f"{i + 1}." if compact else f"{i + 1}. {_cut(s.step.title)}"
              for i, s in enumerate(items)]  # fmt: skip
    traces = []
    for priority, (colour, pattern) in STYLE.items():
        rows = [
            (lab, s) for lab, s in zip(labels, items, strict=True) if s.step.priority == priority
        ]
        if not rows:
            continue
        traces.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": priority_names[priority],
                "y": [label for label, _ in rows],
                "x": [_length(s.start, s.due) for _, s in rows],
                "base": [min(s.start, HORIZON - 0.3) for _, s in rows],
                "marker": {
                    "color": colour,
                    "line": {"color": colour, "width": 1},
                    "pattern": {
                        "shape": pattern,
                        "fillmode": "overlay",
                        "fgcolor": "#FFFFFF",
                        "fgopacity": 0.6,
                    },
                },
                "hovertemplate": "%{y}<extra>" + priority_names[priority] + "</extra>",
            }
        )
    months = list(range(0, HORIZON, 3 if compact else 1))
    layout = {
        "height": max(260, 30 * len(items) + 120),
        "margin": {"l": 10, "r": 10, "t": 20, "b": 40},
        "font": {"family": FONT, "size": 12, "color": palette.TEXT},
        "paper_bgcolor": "#FFFFFF",
        "plot_bgcolor": "#FFFFFF",
        "barmode": "overlay",
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.04, "x": 0},
        "yaxis": {
            "type": "category",  # "1." alone would read as a number
            "autorange": "reversed",
            "categoryorder": "array",
            "categoryarray": labels,
            "fixedrange": True,
            "automargin": True,
        },
        "xaxis": {
            "range": [0, HORIZON],
            "tickvals": months,
            "ticktext": [f"{month_start(start, m):%m/%y}" for m in months],
            "gridcolor": palette.GRID,
            "fixedrange": True,
        },
        "shapes": [
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
    }
    _ = later  # steps after the year are drawn as a stub at the right edge
    return figure({"data": traces, "layout": layout})


def _length(start: int, due: int) -> float:
    if start >= HORIZON:
        return 0.3
    return max(1, min(due, HORIZON) - start)


def _cut(title: str, length: int = LABEL_LENGTH) -> str:
    return title if len(title) <= length else title[: length - 1].rstrip() + "…"
