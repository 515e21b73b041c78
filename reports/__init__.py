"""Pure reports: result -> Report -> HTML / PDF / CSV / XLSX bytes; static SVG charts.

No Streamlit, no database, no I/O: every function returns str or bytes.
"""

from .bars import render_svg_bars
from .build import build_report
from .html import render_html
from .i18n import LANGUAGES
from .model import ChartData, ChartSeries, Report
from .pdf import render_pdf
from .radar import render_svg_radar
from .rawdata import answers_csv, answers_frame, answers_xlsx, frame_csv, scores_frame

__all__ = [
    "LANGUAGES",
    "ChartData",
    "ChartSeries",
    "Report",
    "answers_csv",
    "answers_frame",
    "answers_xlsx",
    "build_report",
    "frame_csv",
    "render_html",
    "render_pdf",
    "render_svg_bars",
    "render_svg_radar",
    "scores_frame",
]
