"""render_html: the Report as one self-contained HTML document (inline CSS and SVG)."""

from __future__ import annotations

import math
import re
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .bars import render_svg_bars
from .i18n import Texts
from .model import Report
from .radar import render_svg_radar


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=True,  # every value is escaped, the .css include is template text
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["css_string"] = css_string
    environment.globals["heat"] = heat
    return environment


def css_string(value: str) -> Markup:
    """A CSS string literal of `value`: quotes, backslashes and line breaks escaped."""
    escaped = re.sub(r'[\\"\n\r<>]', lambda m: f"\\{ord(m.group()):x} ", value)
    return Markup(f'"{escaped}"')


def _page_of(t: Texts) -> Markup:
    """The page-number template of the catalog as CSS content, e.g. "Seite " counter(page)."""
    parts = re.split(r"(\{page\}|\{pages\})", t("page_of"))
    tokens = []
    for part in parts:
        if part == "{page}":
            tokens.append("counter(page)")
        elif part == "{pages}":
            tokens.append("counter(pages)")
        elif part:
            tokens.append(css_string(part))
    return Markup(" ".join(tokens))


def heat(count: int, counts: tuple[int, ...]) -> int:
    """Shade 0…4 of a heatmap cell: 0 for none, else the quarter of all answers it holds."""
    total = sum(counts)
    return 0 if not count or not total else max(1, min(4, math.ceil(4 * count / total)))


def _chapters(report: Report) -> list[tuple[str, str]]:
    chapters = [("summary", "summary"), ("dimensions", "dimensions")]
    if report.group:
        chapters.append(("prompts", "prompts"))
    return [*chapters, ("actions", "actions"), ("method", "method"), ("appendix", "appendix")]


def render_html(report: Report) -> str:
    """The report as a complete HTML document; no external reference in any src or href."""
    t = Texts(report.lang)
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report,
        t=t,
        radar=Markup(render_svg_radar(report.chart)),
        bars=Markup(render_svg_bars(report.chart)),
        chapters=_chapters(report),
        footer=" · ".join(
            x
            for x in (t("footer_group" if report.group else "footer_self"), report.rechtsstand)
            if x
        ),
        page_of=_page_of(t),
    )
