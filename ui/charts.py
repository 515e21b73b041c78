"""Plotly figures of a result: a radar of the dimensions and bars with level bands.

Pure functions (no Streamlit); colours and line styles from reports/palette.py, shared with
the PDF report. Colour is never the only cue: series also differ by line style and marker.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import plotly.graph_objects as go

from questionnaire import Questionnaire, localized
from reports import palette
from scoring import Result

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"


@dataclass(frozen=True)
class Series:
    """One profile on the radar: its legend name and a score (0–100) or None per dimension."""

    name: str
    values: tuple[float | None, ...]
    kind: str  # "current", "target", "previous", "group" or "participant"


@dataclass(frozen=True)
class Band:
    """A group's spread on the radar: its legend name and (min, max) per dimension."""

    name: str
    values: tuple[tuple[float | None, float | None], ...]


# Where a long German compound may be broken with a hyphen: after a hyphen, after a joint
# ("Veränderungs-kultur"), or before a suffix ("Verantwortlich-keiten"). A heuristic for chart
# labels only; a word without such a place stays whole.
_BREAK_AFTER = re.compile(r"(?<=-)|(?<=ungs)|(?<=ions)|(?<=heits)|(?<=keits)|(?<=täts)")
_BREAK_BEFORE = re.compile(r"(?=keit)|(?=heit)|(?=schaft)")


def _split_word(word: str, width: int) -> list[str]:
    if len(word) <= width:
        return [word]
    places = [m.start() for m in _BREAK_AFTER.finditer(word)]
    places += [m.start() for m in _BREAK_BEFORE.finditer(word)]
    places = [p for p in places if 3 <= p <= len(word) - 3]
    if not places:
        return [word]
    cut = min(places, key=lambda p: abs(p - len(word) / 2))
    head = word[:cut] if word[cut - 1] == "-" else word[:cut] + "-"
    return [head, *_split_word(word[cut:], width)]


def wrap(text: str, width: int = 14) -> str:
    """Break a label into lines of about `width` characters (plotly <br>)."""
    lines: list[str] = []
    for whole in text.split():
        first, *rest = _split_word(whole, width)
        if lines and len(lines[-1]) + 1 + len(first) <= width:
            lines[-1] += " " + first
        else:
            lines.append(first)
        lines.extend(rest)  # the rest of a broken word always starts a new line
    return "<br>".join(lines)


def _text(name: str) -> str:
    # Series names can carry an organisation's name: plotly reads <b>, <a href> and the like
    # in text, so angle brackets and ampersands are escaped.
    return html.escape(name, quote=False)


def score_series(name: str, result: Result, kind: str = "current") -> Series:
    """The dimension scores of a result as a radar series."""
    return Series(name, tuple(d.score for d in result.dimensions), kind)


def target_series(name: str, questionnaire: Questionnaire, targets: dict[str, int]) -> Series:
    """Target levels drawn at the lowest score of that level (None without a target)."""
    values = tuple(
        questionnaire.levels[targets[d.id] - 1].min_score if d.id in targets else None
        for d in questionnaire.dimensions
    )
    return Series(name, values, "target")


_STYLE = {
    "current": {
        "color": palette.CURRENT,
        "dash": "solid",
        "symbol": palette.MARKERS["current"],
        "fill": "toself",
    },
    "target": {
        "color": palette.TARGET,
        "dash": "dash",
        "symbol": palette.MARKERS["target"],
        "fill": "none",
    },
    "previous": {
        "color": palette.PREVIOUS,
        "dash": "dot",
        "symbol": palette.MARKERS["previous"],
        "fill": "none",
    },
    # A group's mean: a line without fill, so the min–max band beneath it stays readable.
    "group": {
        "color": palette.CURRENT,
        "dash": "solid",
        "symbol": palette.MARKERS["current"],
        "fill": "none",
    },
    "participant": {
        "color": palette.PARTICIPANT,
        "dash": "dash",
        "symbol": "diamond",
        "fill": "none",
    },
}


def radar_figure(
    questionnaire: Questionnaire,
    series: list[Series],
    lang: str,
    band: Band | None = None,
    scale: float = 1.0,
) -> go.Figure:
    """A radar with one closed line per series; the rings mark the maturity levels.

    `band` draws a group's min–max spread under the lines; `scale` enlarges text, markers
    and the chart (the projector view uses 2).
    """
    names = [localized(d.name, lang) for d in questionnaire.dimensions]
    theta = [wrap(n, 12) for n in names]
    traces = [_band_trace(band, names, theta)] if band is not None else []
    traces += [_radar_trace(s, names, theta, scale) for s in series]
    levels = questionnaire.levels
    layout = {
        # Wide side margins keep long dimension names inside the chart on a phone.
        **_layout(round(520 * scale), side=round(90 * scale), bottom=round(130 * scale)),
        "polar": {
            "radialaxis": {
                "range": [0, 100],
                "tickvals": [lv.min_score for lv in levels],
                "ticktext": [str(i + 1) for i in range(len(levels))],
                "gridcolor": palette.GRID,
                "linecolor": palette.GRID,
                "tickfont": {"size": round(11 * scale), "color": palette.TEXT},
                # The level scale sits between the first two spokes, its numbers upright.
                "angle": 90 - 180 / len(names),
                "tickangle": 0,
            },
            "angularaxis": {
                "gridcolor": palette.GRID,
                "linecolor": palette.GRID,
                "tickfont": {"size": round(11 * scale), "color": palette.TEXT},
                "direction": "clockwise",
            },
            "bgcolor": "white",
        },
        # Below the bottom spoke's label (up to three lines), so the legend never covers it.
        "legend": {
            "orientation": "h",
            "yanchor": "top",
            "y": -0.2,
            "x": 0,
            "font": {"size": round(12 * scale)},
        },
    }
    return figure({"data": traces, "layout": layout})


def _band_trace(band: Band, names: list[str], theta: list[str]) -> dict:
    # One path out along the maxima and back along the minima in reverse: the fill covers
    # only the ring between them (the two loops run in opposite directions).
    high = [0.0 if hi is None else round(hi, 1) for _, hi in band.values]
    low = [0.0 if lo is None else round(lo, 1) for lo, _ in band.values]
    return {
        "type": "scatterpolar",
        "r": [*high, high[0], low[0], *reversed(low)],
        "theta": [*theta, theta[0], theta[0], *reversed(theta)],
        "name": band.name,
        "mode": "lines",
        "fill": "toself",
        "fillcolor": _translucent(palette.GROUP_BAND, 0.35),
        "line": {"color": palette.GROUP_BAND, "width": 1},
        "hoverinfo": "skip",
    }


def _radar_trace(s: Series, names: list[str], theta: list[str], scale: float = 1.0) -> dict:
    style = _STYLE[s.kind]
    r = [None if v is None else round(v, 1) for v in s.values]
    return {
        "type": "scatterpolar",
        "r": [*r, r[0]],
        "theta": [*theta, theta[0]],
        "name": _text(s.name),
        "mode": "lines+markers",
        "connectgaps": False,
        "fill": style["fill"] if len(names) > 2 else "none",
        "fillcolor": _translucent(style["color"]),
        "line": {"color": style["color"], "dash": style["dash"], "width": 2.5 * scale},
        "marker": {"symbol": style["symbol"], "size": round(8 * scale)},
        "customdata": [*names, names[0]],
        "hovertemplate": "%{customdata}: %{r}<extra>" + _text(s.name) + "</extra>",
    }


def bar_figure(
    questionnaire: Questionnaire,
    result: Result,
    lang: str,
    score_texts: list[str],
    target_name: str,
) -> go.Figure:
    """Horizontal bars of the dimension scores over shaded level bands, targets as ticks.

    `score_texts` label the bars, one per dimension, already formatted for the language.
    """
    labels = [
        wrap(localized(questionnaire.dimension(d.id).name, lang), 22) for d in result.dimensions
    ]
    scores = [d.score for d in result.dimensions]
    traces = [
        {
            "type": "bar",
            "orientation": "h",
            "x": [0 if s is None else round(s, 1) for s in scores],
            "y": labels,
            "marker": {"color": palette.CURRENT},
            "text": score_texts,
            "textposition": "outside",
            "cliponaxis": False,
            "hoverinfo": "skip",
            "showlegend": False,
        }
    ]
    targets = [
        (questionnaire.levels[d.target - 1].min_score, label)
        for d, label in zip(result.dimensions, labels, strict=True)
        if d.target is not None
    ]
    if targets:
        traces.append(
            {
                "type": "scatter",
                "x": [x for x, _ in targets],
                "y": [y for _, y in targets],
                "mode": "markers",
                "name": target_name,
                "marker": {
                    "symbol": "line-ns",
                    "size": 26,
                    "color": palette.TARGET,
                    "line": {"width": 4, "color": palette.TARGET},
                },
                "hoverinfo": "skip",
            }
        )
    shapes, annotations = _level_bands(questionnaire)
    layout = {
        **_layout(110 + 52 * len(labels)),
        "xaxis": {"range": [0, 100], "showgrid": False, "fixedrange": True, "tickvals": []},
        "yaxis": {
            "autorange": "reversed",
            "fixedrange": True,
            "tickfont": {"size": 12, "color": palette.TEXT},
        },
        "bargap": 0.35,
        "shapes": shapes,
        "annotations": annotations,
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.02, "x": 0},
    }
    return figure({"data": traces, "layout": layout})


def figure(spec: dict) -> go.Figure:
    """A plotly figure from a dict spec, without plotly's property-by-property validation.

    Validating costs about 10 ms per figure on every rerun; the specs are fixed by this
    module, and tests/ui/test_charts.py validates them with plotly's full checks.
    """
    return go.Figure(spec, _validate=False)


def _level_bands(questionnaire: Questionnaire) -> tuple[list[dict], list[dict]]:
    levels = questionnaire.levels
    bounds = [lv.min_score for lv in levels] + [100]
    shapes, annotations = [], []
    for i in range(len(levels)):
        shapes.append(
            {
                "type": "rect",
                "xref": "x",
                "yref": "paper",
                "x0": bounds[i],
                "x1": bounds[i + 1],
                "y0": 0,
                "y1": 1,
                "line": {"width": 0},
                "layer": "below",
                "fillcolor": palette.LEVEL_BANDS[min(i, len(palette.LEVEL_BANDS) - 1)],
            }
        )
        annotations.append(
            {
                "x": (bounds[i] + bounds[i + 1]) / 2,
                "y": 1,
                "xref": "x",
                "yref": "paper",
                "yanchor": "bottom",
                "showarrow": False,
                # Numbers only: names would overlap on a phone; a caption names the levels.
                "text": str(i + 1),
                "font": {"size": 12, "color": palette.TEXT},
            }
        )
    return shapes, annotations


def _layout(height: int, side: int = 40, bottom: int = 30) -> dict:
    return {
        "height": height,
        "margin": {"l": side, "r": side, "t": 60, "b": bottom},
        "font": {"family": FONT, "color": palette.TEXT},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
    }


def _translucent(hex_colour: str, alpha: float = 0.15) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"
