"""The result charts in the app, each with a text alternative (alt text and the table)."""

from __future__ import annotations

import streamlit as st

from questionnaire import Questionnaire, localized
from scoring import Result

from .. import charts
from ..format import number
from ..i18n import t

# No plotly toolbar: its image export is not needed and it distracts on a phone.
PLOTLY_CONFIG = {"displayModeBar": False, "scrollZoom": False}
RADAR_KEY = "result.radar"
BARS_KEY = "result.bars"


def radar_series(
    questionnaire: Questionnaire,
    result: Result,
    lang: str,
    comparison: tuple[str, Result] | None = None,
) -> list[charts.Series]:
    """The profiles on the radar: current, target (when set) and a comparison (when chosen)."""
    series = [charts.score_series(t("chart.current", lang), result)]
    targets = {d.id: d.target for d in result.dimensions if d.target is not None}
    if targets:
        series.append(charts.target_series(t("chart.target", lang), questionnaire, targets))
    if comparison is not None:
        label, other = comparison
        series.append(charts.score_series(label, other, "previous"))
    return series


def radar_chart(
    questionnaire: Questionnaire,
    result: Result,
    lang: str,
    comparison: tuple[str, Result] | None = None,
) -> None:
    """The radar of all dimensions, described in words for screen readers."""
    series = radar_series(questionnaire, result, lang, comparison)
    figure = charts.radar_figure(questionnaire, series, lang)
    st.plotly_chart(
        figure, key=RADAR_KEY, config=PLOTLY_CONFIG, alt=_describe(questionnaire, series, lang)
    )
    st.caption(t("chart.radar_caption", lang, levels=len(questionnaire.levels)))


def bar_chart(questionnaire: Questionnaire, result: Result, lang: str) -> None:
    """Bars of the dimension scores over the level bands."""
    texts = [
        t("chart.no_score", lang) if d.score is None else number(d.score, lang)
        for d in result.dimensions
    ]
    figure = charts.bar_figure(questionnaire, result, lang, texts, t("chart.target", lang))
    series = [charts.score_series(t("chart.current", lang), result)]
    st.plotly_chart(
        figure, key=BARS_KEY, config=PLOTLY_CONFIG, alt=_describe(questionnaire, series, lang)
    )
    names = ", ".join(
        f"{i} {questionnaire.level_name(i, lang)}" for i in range(1, len(questionnaire.levels) + 1)
    )
    st.caption(t("chart.bars_caption", lang, levels=names))


def _describe(questionnaire: Questionnaire, series: list[charts.Series], lang: str) -> str:
    names = [localized(d.name, lang) for d in questionnaire.dimensions]
    parts = []
    for s in series:
        values = ", ".join(
            f"{name} {number(v, lang) if v is not None else t('chart.no_value', lang)}"
            for name, v in zip(names, s.values, strict=True)
        )
        parts.append(f"{s.name}: {values}")
    return t("chart.alt", lang) + " " + "; ".join(parts) + "."
