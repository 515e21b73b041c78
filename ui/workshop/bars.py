"""Horizontal count bars for the workshop views: participants per level, answers per option."""

from __future__ import annotations

import plotly.graph_objects as go

from reports import palette

from .. import charts

# Label text is 13 px times the scale; a character is about 0.55 of that wide.
LABEL_PX = 600  # width of the label column in pixels
_CHAR_WIDTH = 0.55 * 13


def wrapped_labels(labels: list[str], scale: float, label_px: int = LABEL_PX) -> list[str]:
    """The labels broken into lines that fill `label_px` pixels at `scale` (plotly <br>)."""
    width = max(12, round(label_px / (_CHAR_WIDTH * scale)))
    return [charts.wrap(label, width) for label in labels]


def bars_height(labels: list[str], scale: float, label_px: int = LABEL_PX) -> int:
    """The height in pixels of count_bars(labels, …, scale, label_px)."""
    lines = sum(label.count("<br>") + 1 for label in wrapped_labels(labels, scale, label_px))
    return round((60 + 22 * lines + 14 * len(labels)) * scale)


def fitting_scale(
    labels: list[str], budget_px: int, largest: float, smallest: float, label_px: int = LABEL_PX
) -> float:
    """The largest scale, in steps of 0.1 from `largest` down, whose bars fit `budget_px` in
    height; `smallest` when none does (the page then scrolls rather than get unreadable)."""
    scale = largest
    while scale > smallest and bars_height(labels, scale, label_px) > budget_px:
        scale = round(scale - 0.1, 1)
    return max(scale, smallest)


def count_bars(
    labels: list[str], counts: list[int], scale: float = 1.0, label_px: int = LABEL_PX
) -> go.Figure:
    """One bar per label with its count written beside it (labels top to bottom)."""
    wrapped = wrapped_labels(labels, scale, label_px)
    traces = [
        {
            "type": "bar",
            "orientation": "h",
            "x": counts,
            "y": wrapped,
            "marker": {"color": palette.CURRENT},
            "text": [str(c) for c in counts],
            "textposition": "outside",
            # The counts are what the room reads from afar: never below 28 px, whatever the
            # labels need.
            "textfont": {"size": round(14 * max(scale, 2.0)), "color": palette.TEXT},
            "cliponaxis": False,
            "hoverinfo": "skip",
            "showlegend": False,
        }
    ]
    top = max(counts, default=0)
    layout = {
        "height": bars_height(labels, scale, label_px),
        "margin": {"l": 10, "r": round(40 * max(scale, 2.0)), "t": 10, "b": 10},
        "font": {"family": charts.FONT, "color": palette.TEXT, "size": round(13 * scale)},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "xaxis": {"range": [0, max(1, top) * 1.15], "visible": False, "fixedrange": True},
        "yaxis": {
            "autorange": "reversed",
            "fixedrange": True,
            "automargin": True,
            "tickfont": {"size": round(13 * scale), "color": palette.TEXT},
        },
        "bargap": 0.3,
    }
    return charts.figure({"data": traces, "layout": layout})
