"""Horizontal count bars for the workshop views: participants per level, answers per option."""

from __future__ import annotations

import plotly.graph_objects as go

from reports import palette

from .. import charts


def count_bars(labels: list[str], counts: list[int], scale: float = 1.0) -> go.Figure:
    """One bar per label with its count written beside it (labels top to bottom)."""
    wrapped = [charts.wrap(label, 34) for label in labels]
    lines = sum(label.count("<br>") + 1 for label in wrapped)
    traces = [
        {
            "type": "bar",
            "orientation": "h",
            "x": counts,
            "y": wrapped,
            "marker": {"color": palette.CURRENT},
            "text": [str(c) for c in counts],
            "textposition": "outside",
            "textfont": {"size": round(14 * scale), "color": palette.TEXT},
            "cliponaxis": False,
            "hoverinfo": "skip",
            "showlegend": False,
        }
    ]
    top = max(counts, default=0)
    layout = {
        "height": round((60 + 22 * lines + 14 * len(labels)) * scale),
        "margin": {"l": 10, "r": round(40 * scale), "t": 10, "b": 10},
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
