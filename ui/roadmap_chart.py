"""The roadmap as a plotly timeline: one bar per step over twelve months.

Priority shows as colour and as a fill pattern, so colour is never the only cue; the page puts
a table with the same steps beside it.
"""

from __future__ import annotations

import html
from datetime import date

import plotly.graph_objects as go

from plan import HORIZON, Roadmap
from plan.roadmap import month_start
from reports import palette

from .charts import FONT, figure, wrap

# priority -> (colour, pattern)
STYLE = {
    "critical": (palette.TARGET, "x"),
    "high": (palette.CURRENT, "/"),
    "medium": (palette.PREVIOUS, "."),
    "low": ("#8A8F98", ""),
}
LABEL_LENGTH = 38  # characters per line of a step's label; two lines hold a 60-character title
LABEL_LINES = 2
ROW_HEIGHT = 36  # pixels per step: room for two lines of the label


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
    labels = [f"{i + 1}." if compact else _label(f"{i + 1}. {s.step.title}")
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
        "height": max(260, (30 if compact else ROW_HEIGHT) * len(items) + 120),
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


def _label(title: str) -> str:
    """The title on at most two lines, escaped: plotly reads tags in a pilot's name."""
    lines = wrap(title, LABEL_LENGTH).split("<br>")
    if len(lines) > LABEL_LINES:
        lines = [*lines[: LABEL_LINES - 1], lines[LABEL_LINES - 1][: LABEL_LENGTH - 1] + "…"]
    return "<br>".join(html.escape(line, quote=False) for line in lines)
