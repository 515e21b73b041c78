"""The value/effort matrix of the use cases as a plotly figure (pure; no Streamlit).

Fit is shown by colour and by marker shape, so it reads without colour too; use cases in the
same cell are spread on a small circle around it so that none hides another.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

from reports import palette

from .charts import FONT, figure

# Okabe–Ito colours (reports/palette.py family) with distinct shapes per fit.
FIT_STYLE = {
    "startklar": {"color": "#009E73", "symbol": "circle"},
    "mit_vorarbeiten": {"color": "#E69F00", "symbol": "diamond"},
    "noch_nicht": {"color": "#6F6F6F", "symbol": "x"},
}


@dataclass(frozen=True)
class Point:
    """One use case on the matrix."""

    title: str
    fit: str  # a Fit value
    fit_label: str
    value: int
    effort: int


def _offsets(count: int) -> list[tuple[float, float]]:
    if count == 1:
        return [(0.0, 0.0)]
    radius = 0.22
    return [
        (radius * math.cos(2 * math.pi * i / count), radius * math.sin(2 * math.pi * i / count))
        for i in range(count)
    ]


def matrix_figure(points: list[Point], labels: dict[str, str]) -> object:
    """The matrix: effort on x (1–5), value on y (1–5), one trace per fit."""
    cells: dict[tuple[int, int], list[int]] = {}
    for index, point in enumerate(points):
        cells.setdefault((point.effort, point.value), []).append(index)
    position: dict[int, tuple[float, float]] = {}
    for (effort, value), members in cells.items():
        for member, (dx, dy) in zip(members, _offsets(len(members)), strict=True):
            position[member] = (effort + dx, value + dy)
    traces = []
    for fit, style in FIT_STYLE.items():
        chosen = [i for i, p in enumerate(points) if p.fit == fit]
        if not chosen:
            continue
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": html.escape(points[chosen[0]].fit_label, quote=False),
                "x": [round(position[i][0], 3) for i in chosen],
                "y": [round(position[i][1], 3) for i in chosen],
                "marker": {
                    "color": style["color"],
                    "symbol": style["symbol"],
                    "size": 13,
                    "line": {"color": palette.TEXT, "width": 1},
                },
                "customdata": [
                    [html.escape(points[i].title, quote=False), points[i].value, points[i].effort]
                    for i in chosen
                ],
                "hovertemplate": "%{customdata[0]}<br>"
                + html.escape(labels["value"], quote=False)
                + ": %{customdata[1]} · "
                + html.escape(labels["effort"], quote=False)
                + ": %{customdata[2]}<extra></extra>",
            }
        )
    axis = {
        "range": [0.5, 5.5],
        "tickvals": [1, 2, 3, 4, 5],
        "gridcolor": palette.GRID,
        "zeroline": False,
        "fixedrange": True,
    }
    layout = {
        "height": 460,
        "margin": {"l": 60, "r": 20, "t": 30, "b": 90},
        "font": {"family": FONT, "color": palette.TEXT},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "xaxis": {**axis, "title": {"text": html.escape(labels["effort_axis"], quote=False)}},
        "yaxis": {**axis, "title": {"text": html.escape(labels["value_axis"], quote=False)}},
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.2, "x": 0},
    }
    return figure({"data": traces, "layout": layout})
