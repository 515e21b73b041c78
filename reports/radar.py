"""The radar chart as static SVG: level rings, current and target profile, earlier assessment,
and a workshop group's min–max band."""

from __future__ import annotations

import math

from . import palette
from .model import ChartData
from .svg import STYLES, document, element, legend, line_attrs, marker, num, text, wrap

WIDTH, CX, CY, RADIUS = 540.0, 270.0, 196.0, 148.0
LABEL_SIZE, LABEL_WIDTH, LABEL_MARGIN = 11.0, 104.0, 6.0


def _point(axis: int, count: int, value: float) -> tuple[float, float]:
    angle = -math.pi / 2 + 2 * math.pi * axis / count
    r = RADIUS * max(0.0, min(100.0, value)) / 100.0
    return CX + r * math.cos(angle), CY + r * math.sin(angle)


def _polygon(values: list[float], count: int) -> str:
    return " ".join(
        f"{num(x)},{num(y)}" for x, y in (_point(i, count, v) for i, v in enumerate(values))
    )


def _rings(chart: ChartData, count: int) -> str:
    bounds = [score for score, _ in chart.levels[1:]] + [100.0]
    parts = []
    for index in reversed(range(len(bounds))):
        fill = palette.LEVEL_BANDS[min(index, len(palette.LEVEL_BANDS) - 1)]
        parts.append(
            element(
                "polygon",
                points=_polygon([bounds[index]] * count, count),
                fill=fill,
                fill_opacity=0.6,
                stroke=palette.GRID,
                stroke_width=0.8,
            )
        )
    for axis in range(count):
        x, y = _point(axis, count, 100.0)
        parts.append(
            element("line", x1=CX, y1=CY, x2=x, y2=y, stroke=palette.GRID, stroke_width=0.8)
        )
    for bound in bounds[:-1]:
        x, y = _point(0, count, bound)
        parts.append(text(x - 4, y + 9, [num(bound)], 8, fill="#4A4F57", text_anchor="end"))
    return "".join(parts)


def _axis_labels(chart: ChartData, count: int) -> str:
    parts = []
    for axis, name in enumerate(chart.axes):
        x, y = _point(axis, count, 109.0)
        dx = x - CX
        anchor = "middle" if abs(dx) < 8 else ("start" if dx > 0 else "end")
        # Labels above and below the chart may use the width beside them; a label at the side
        # may use the room up to the drawing's edge ("Culture of error, innovation and change"
        # was cut at three lines of the narrower width).
        if anchor == "middle":
            room = LABEL_WIDTH * 2
        else:
            room = max(LABEL_WIDTH, (x if anchor == "end" else WIDTH - x) - LABEL_MARGIN)
        lines = wrap(name, LABEL_SIZE, room, max_lines=4)
        height = LABEL_SIZE * 1.2 * (len(lines) - 1)
        dy = y - CY
        if abs(dy) < 8:
            y0 = y + LABEL_SIZE * 0.35 - height / 2
        else:
            clear = LABEL_SIZE * 0.3 if anchor == "middle" else 0.0  # off the axis tip
            y0 = y + LABEL_SIZE * 0.8 + clear if dy > 0 else y - height - clear
        parts.append(text(x, y0, lines, LABEL_SIZE, text_anchor=anchor, fill=palette.TEXT))
    return "".join(parts)


def _band(chart: ChartData, count: int) -> str:
    if not chart.band:
        return ""
    low = [v[0] if v[0] is not None else 0.0 for v in chart.band]
    high = [v[1] if v[1] is not None else 0.0 for v in chart.band]
    outer = [_point(i, count, v) for i, v in enumerate(high)]
    inner = [_point(i, count, v) for i, v in enumerate(low)]
    path = "M" + " L".join(f"{num(x)},{num(y)}" for x, y in outer) + " Z "
    path += "M" + " L".join(f"{num(x)},{num(y)}" for x, y in reversed(inner)) + " Z"
    return element(
        "path",
        d=path,
        fill=palette.GROUP_BAND,
        fill_opacity=0.45,
        fill_rule="evenodd",
        stroke=palette.GROUP_BAND,
        stroke_width=0.8,
    )


def _runs(values: tuple[float | None, ...]) -> list[list[int]]:
    """Consecutive axes with a value; a gap (None) interrupts the line."""
    if all(v is not None for v in values):
        return [[*range(len(values)), 0]]
    runs, current = [], []
    for index, value in enumerate(values):
        if value is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(index)
    if current:
        runs.append(current)
    return runs


def _series(chart: ChartData, count: int) -> str:
    parts = []
    for series in chart.series:
        style = STYLES[series.role]
        for run in _runs(series.values):
            points = " ".join(
                f"{num(x)},{num(y)}"
                for x, y in (_point(i, count, series.values[i] or 0.0) for i in run)
            )
            parts.append(element("polyline", points=points, **line_attrs(style)))
        for axis, value in enumerate(series.values):
            if value is not None:
                parts.append(marker(style.marker, *_point(axis, count, value), style))
    return "".join(parts)


def render_svg_radar(chart: ChartData, ident: str = "radar") -> str:
    """The radar of `chart` as an SVG document; "" for fewer than three dimensions."""
    count = len(chart.axes)
    if count < 3:
        return ""
    entries = [(s.role, s.name) for s in chart.series]
    if chart.band and chart.band_name:
        entries.insert(1, ("band", chart.band_name))
    legend_svg, legend_height = legend(entries, 24.0, CY + RADIUS + 48.0, WIDTH - 48.0)
    body = _rings(chart, count) + _band(chart, count) + _series(chart, count)
    body += _axis_labels(chart, count) + legend_svg
    height = CY + RADIUS + 48.0 + legend_height
    return document(WIDTH, height, chart.labels["radar_title"], chart.labels["desc"], body, ident)
