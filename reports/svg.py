"""A small SVG writer for the report's charts: escaped elements, wrapped text, series styles.

Charts are built as plain SVG text, without a browser, so that a municipal server without
Chrome can produce them (kaleido, plotly's image export, needs Chrome).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from html import escape

from . import palette

FONT = "Liberation Sans, Arial, DejaVu Sans, sans-serif"
CHAR_WIDTH = 0.56  # average glyph width per unit of font size, for layout estimates


@dataclass(frozen=True)
class Style:
    """How one series is drawn: colour, dash pattern and marker shape (never colour alone)."""

    colour: str
    dash: str | None
    width: float
    marker: str  # "circle", "square" or "diamond"


STYLES = {
    "current": Style(palette.CURRENT, None, 2.4, palette.MARKERS["current"]),
    "target": Style(palette.TARGET, "7 4", 1.8, palette.MARKERS["target"]),
    "previous": Style(palette.PREVIOUS, "1.5 3.5", 2.0, palette.MARKERS["previous"]),
}


def num(value: float) -> str:
    """A coordinate with at most one decimal and no trailing zeros."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def decimal(value: float, mark: str = ".") -> str:
    """A value with one decimal and the language's decimal mark, for labels."""
    return f"{value:.1f}".replace(".", mark)


def element(name: str, content: str = "", **attrs: object) -> str:
    """One SVG element; attribute names use `_` for `-`, a trailing `_` is dropped."""
    parts = [name]
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, float):
            value = num(value)
        parts.append(f'{key.rstrip("_").replace("_", "-")}="{escape(str(value))}"')
    head = " ".join(parts)
    return f"<{head}>{content}</{name}>" if content else f"<{head}/>"


def wrap(text: str, font_size: float, width: float, max_lines: int = 3) -> list[str]:
    """`text` broken into lines that fit `width` units at `font_size`; the last may be cut."""
    chars = max(4, int(width / (font_size * CHAR_WIDTH)))
    lines = textwrap.wrap(text, chars, break_long_words=False) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: chars - 1].rstrip() + "…"
    return lines


def text(x: float, y: float, lines: list[str], size: float, **attrs: object) -> str:
    """A text element of one or more lines; y is the baseline of the first line."""
    spans = "".join(
        element("tspan", escape(line), x=float(x), dy=None if i == 0 else num(size * 1.2))
        for i, line in enumerate(lines)
    )
    return element("text", spans, x=float(x), y=float(y), font_size=num(size), **attrs)


def text_width(value: str, size: float) -> float:
    """An estimate of the width of `value` at `size`."""
    return len(value) * size * CHAR_WIDTH


def marker(shape: str, x: float, y: float, style: Style, size: float = 3.4) -> str:
    """A point marker of the series style: filled circle, open square or filled diamond."""
    if shape == "circle":
        return element("circle", cx=x, cy=y, r=size, fill=style.colour)
    if shape == "square":
        return element(
            "rect",
            x=x - size,
            y=y - size,
            width=2 * size,
            height=2 * size,
            fill="#FFFFFF",
            stroke=style.colour,
            stroke_width=1.6,
        )
    points = (
        f"{num(x)},{num(y - size - 0.8)} {num(x + size + 0.8)},{num(y)} "
        f"{num(x)},{num(y + size + 0.8)} {num(x - size - 0.8)},{num(y)}"
    )
    return element("polygon", points=points, fill=style.colour)


def line_attrs(style: Style) -> dict[str, object]:
    """Stroke attributes of a series line."""
    return {
        "fill": "none",
        "stroke": style.colour,
        "stroke_width": style.width,
        "stroke_dasharray": style.dash,
        "stroke_linecap": "round",
        "stroke_linejoin": "round",
    }


def legend(
    entries: list[tuple[str, str]], x: float, y: float, width: float, bars: bool = False
) -> tuple[str, float]:
    """Legend rows of (role, label) at (x, y); returns the SVG and the height used.

    With `bars`, samples look like the bar chart's marks (a bar, upright ticks) instead of
    the radar's lines.
    """
    size, row_height, sample = 10.0, 17.0, 30.0
    parts, cx, cy = [], x, y
    for role, label in entries:
        item_width = sample + 6 + text_width(label, size) + 18
        if cx > x and cx + item_width > x + width:
            cx, cy = x, cy + row_height
        parts.append(
            _bar_sample(role, cx, cy, sample) if bars else _legend_sample(role, cx, cy, sample)
        )
        parts.append(text(cx + sample + 6, cy + 3.5, [label], size, fill=palette.TEXT))
        cx += item_width
    return "".join(parts), cy - y + row_height


def _legend_sample(role: str, x: float, y: float, length: float) -> str:
    if role == "whisker":
        ends = [(x + 4, x + 4), (x + length - 4, x + length - 4)]
        caps = "".join(
            element("line", x1=a, y1=y - 6, x2=b, y2=y + 6, stroke=palette.TEXT, stroke_width=1.4)
            for a, b in ends
        )
        return caps + element(
            "line", x1=x + 4, y1=y, x2=x + length - 4, y2=y, stroke=palette.TEXT, stroke_width=1.4
        )
    if role == "band":
        return element(
            "rect",
            x=x,
            y=y - 5,
            width=length,
            height=10,
            fill=palette.GROUP_BAND,
            fill_opacity=0.45,
            stroke=palette.GROUP_BAND,
        )
    style = STYLES[role]
    path = element("line", x1=x, y1=y, x2=x + length, y2=y, **line_attrs(style))
    return path + marker(style.marker, x + length / 2, y, style)


def _bar_sample(role: str, x: float, y: float, length: float) -> str:
    if role == "current":
        return element("rect", x=x, y=y - 5, width=length, height=10, fill=palette.CURRENT)
    if role in STYLES:
        style = STYLES[role]
        mid = x + length / 2
        tick = element(
            "line",
            x1=mid,
            y1=y - 4,
            x2=mid,
            y2=y + 7,
            stroke=style.colour,
            stroke_width=2.0,
            stroke_dasharray="3 2" if role == "target" else "1.5 2",
        )
        return tick + marker(style.marker, mid, y - 4, style, size=3.2)
    return _legend_sample(role, x, y, length)


def document(width: float, height: float, title: str, desc: str, body: str, ident: str) -> str:
    """A complete, accessible SVG: role img, labelled by its title and description."""
    head = element("title", escape(title), id=f"{ident}-title")
    head += element("desc", escape(desc), id=f"{ident}-desc")
    return element(
        "svg",
        head + body,
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {num(width)} {num(height)}",
        role="img",
        aria_labelledby=f"{ident}-title {ident}-desc",
        font_family=FONT,
        class_="chart",
    )
