"""The roadmap as an SVG timeline: one bar per step across twelve months, grouped by quarter.

Priority is shown by the bar's colour and by a marker shape before the title, so colour is
never the only cue; a table beside it (app, report) carries the same data.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import palette, svg

WIDTH = 680.0
# Wide enough for a recommendation title of TITLE_LENGTH (60) characters at the layout estimate.
LABEL_W = 290.0
ROW_H = 17.0
HEAD_H = 34.0
LEGEND_H = 18.0
MONTHS = 12
_PRIORITY_STYLE = {
    "critical": svg.Style(palette.TARGET, None, 1.0, "square"),
    "high": svg.Style(palette.CURRENT, None, 1.0, "circle"),
    "medium": svg.Style(palette.PREVIOUS, None, 1.0, "diamond"),
    "low": svg.Style("#8A8F98", None, 1.0, "diamond"),
}


@dataclass(frozen=True)
class Bar:
    title: str
    start: int  # month 0–11; 12 and more: later
    due: int  # exclusive
    priority: str


def render_svg_timeline(
    bars: list[Bar],
    month_labels: list[str],
    title: str,
    desc: str,
    later: str,
    ident: str = "timeline",
) -> str:
    """An accessible SVG of the bars; `month_labels` are the twelve column heads."""
    plot_w = WIDTH - LABEL_W
    col = plot_w / MONTHS
    height = HEAD_H + ROW_H * max(1, len(bars)) + 6
    body = [_quarters(col, height)]
    for index, label in enumerate(month_labels[:MONTHS]):
        x = LABEL_W + col * (index + 0.5)
        body.append(svg.text(x, HEAD_H - 6, [label], 7.5, text_anchor="middle", fill=palette.TEXT))
    for row, bar in enumerate(bars):
        body.append(_row(bar, row, col, later))
    return svg.document(WIDTH, height, title, desc, "".join(body), ident)


def _legend(y: float, names: dict[str, str]) -> str:
    parts, x = [], 13.0
    for priority, style in _PRIORITY_STYLE.items():
        parts.append(svg.marker(style.marker, x, y + 10, style, size=3.2))
        parts.append(svg.text(x + 7, y + 13, [names[priority]], 8, fill=palette.TEXT))
        x += 14 + svg.text_width(names[priority], 8) + 12
    return "".join(parts)


def _quarters(col: float, height: float) -> str:
    parts = []
    for quarter in range(4):
        x = LABEL_W + col * 3 * quarter
        fill = "#F3F4F6" if quarter % 2 == 0 else "#FFFFFF"
        parts.append(svg.element("rect", x=x, y=0.0, width=col * 3, height=height, fill=fill))
        parts.append(
            svg.text(
                x + col * 1.5,
                12.0,
                [f"Q{quarter + 1}"],
                9,
                text_anchor="middle",
                font_weight="bold",
                fill=palette.TEXT,
            )
        )
    return "".join(parts)


def _row(bar: Bar, row: int, col: float, later: str) -> str:
    y = HEAD_H + ROW_H * row
    style = _PRIORITY_STYLE.get(bar.priority, _PRIORITY_STYLE["low"])
    label = svg.wrap(bar.title, 8, LABEL_W - 18, max_lines=1)
    parts = [
        svg.marker(style.marker, 5.0, y + ROW_H / 2, style, size=3.2),
        svg.text(13.0, y + ROW_H / 2 + 3, label, 8, fill=palette.TEXT),
    ]
    if bar.start >= MONTHS:
        parts.append(
            svg.text(
                WIDTH - 4,
                y + ROW_H / 2 + 3,
                [later],
                8,
                text_anchor="end",
                fill=palette.TEXT,
                font_style="italic",
            )
        )
        return "".join(parts)
    x = LABEL_W + col * bar.start
    width = col * (min(bar.due, MONTHS) - bar.start)
    parts.append(
        svg.element(
            "rect",
            x=x + 1,
            y=y + 3,
            width=max(width - 2, 3.0),
            height=ROW_H - 6,
            rx=2.0,
            fill=style.colour,
        )
    )
    return "".join(parts)
