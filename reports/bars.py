"""The bar chart as static SVG: one bar per dimension over the level bands, with target and
earlier-assessment marks and, for a group, the min–max whisker."""

from __future__ import annotations

from . import palette
from .model import ChartData
from .svg import STYLES, decimal, document, element, legend, marker, num, text, wrap

WIDTH = 540.0
LABEL_X, PLOT_X0, PLOT_X1, VALUE_X = 4.0, 196.0, 482.0, 534.0
ROW, BAR = 34.0, 13.0
LABEL_SIZE, SMALL = 10.5, 8.5


def _x(value: float) -> float:
    return PLOT_X0 + (PLOT_X1 - PLOT_X0) * max(0.0, min(100.0, value)) / 100.0


def _bands(chart: ChartData, top: float, bottom: float) -> str:
    parts = []
    bounds = [score for score, _ in chart.levels] + [100.0]
    for index, (low, name) in enumerate(chart.levels):
        x0, x1 = _x(low), _x(bounds[index + 1])
        fill = palette.LEVEL_BANDS[min(index, len(palette.LEVEL_BANDS) - 1)]
        parts.append(
            element(
                "rect", x=x0, y=top, width=x1 - x0, height=bottom - top, fill=fill, fill_opacity=0.7
            )
        )
        lines = wrap(name, SMALL, x1 - x0 - 4, max_lines=2)
        y = top - 6 - SMALL * 1.2 * (len(lines) - 1)
        parts.append(text((x0 + x1) / 2, y, lines, SMALL, text_anchor="middle", fill="#3B4048"))
    for bound in bounds:
        parts.append(
            element(
                "line",
                x1=_x(bound),
                y1=top,
                x2=_x(bound),
                y2=bottom + 4,
                stroke="#FFFFFF",
                stroke_width=1.2,
            )
        )
        parts.append(
            text(_x(bound), bottom + 15, [num(bound)], SMALL, text_anchor="middle", fill="#4A4F57")
        )
    return "".join(parts)


def _row(chart: ChartData, index: int, y: float) -> str:
    name = chart.axes[index]
    lines = wrap(name, LABEL_SIZE, PLOT_X0 - LABEL_X - 10, max_lines=2)
    mid = y + ROW / 2
    first = mid + LABEL_SIZE * 0.35 - LABEL_SIZE * 0.6 * (len(lines) - 1)
    parts = [text(LABEL_X, first, lines, LABEL_SIZE, fill=palette.TEXT)]
    current = next((s for s in chart.series if s.role == "current"), None)
    value = current.values[index] if current else None
    if value is None:
        parts.append(
            text(
                PLOT_X0 + 6,
                mid + 3.5,
                [chart.labels["none"]],
                SMALL,
                fill="#4A4F57",
                font_style="italic",
            )
        )
    else:
        parts.append(
            element(
                "rect",
                x=PLOT_X0,
                y=mid - BAR / 2,
                width=_x(value) - PLOT_X0,
                height=BAR,
                fill=palette.CURRENT,
            )
        )
    parts.append(_whisker(chart, index, mid))
    for series in chart.series:
        mark = series.values[index]
        if series.role != "current" and mark is not None:
            parts.append(_mark(series.role, _x(mark), mid))
    label = decimal(value, chart.decimal) if value is not None else chart.labels["dash"]
    parts.append(
        text(
            VALUE_X,
            mid + 4,
            [label],
            LABEL_SIZE,
            text_anchor="end",
            fill=palette.TEXT,
            font_weight="bold",
        )
    )
    return "".join(parts)


def _whisker(chart: ChartData, index: int, mid: float) -> str:
    if not chart.band or chart.band[index][0] is None or chart.band[index][1] is None:
        return ""
    low, high = (_x(v) for v in chart.band[index])  # type: ignore[arg-type]
    attrs = {"stroke": palette.TEXT, "stroke_width": 1.4}
    return (
        element("line", x1=low, y1=mid, x2=high, y2=mid, **attrs)
        + element("line", x1=low, y1=mid - 7, x2=low, y2=mid + 7, **attrs)
        + element("line", x1=high, y1=mid - 7, x2=high, y2=mid + 7, **attrs)
    )


def _mark(role: str, x: float, mid: float) -> str:
    style = STYLES[role]
    tick = element(
        "line",
        x1=x,
        y1=mid - 12,
        x2=x,
        y2=mid + 12,
        stroke=style.colour,
        stroke_width=2.0,
        stroke_dasharray="3 2" if role == "target" else "1.5 2",
        stroke_linecap="butt",
    )
    return tick + marker(style.marker, x, mid - 12, style, size=3.2)


def _legend_entries(chart: ChartData) -> list[tuple[str, str]]:
    entries = [(s.role, s.name) for s in chart.series]
    if chart.band and chart.band_name:
        entries.insert(1, ("whisker", chart.band_name))
    return entries


def render_svg_bars(chart: ChartData, ident: str = "bars") -> str:
    """The bar chart of `chart` as an SVG document, one bar per dimension."""
    top = 36.0
    bottom = top + ROW * len(chart.axes)
    body = _bands(chart, top, bottom)
    for index in range(len(chart.axes)):
        body += _row(chart, index, top + ROW * index)
    legend_svg, legend_height = legend(
        _legend_entries(chart), 24.0, bottom + 38, WIDTH - 48, bars=True
    )
    body += legend_svg
    height = bottom + 38 + legend_height
    return document(WIDTH, height, chart.labels["bars_title"], chart.labels["desc"], body, ident)
