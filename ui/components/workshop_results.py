"""The group's result: radar with mean and min–max band, the dimension table, the prompts."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from questionnaire import localized
from scoring import GroupResult, Result

from .. import charts
from ..format import number
from ..i18n import t
from ..workshop import formatted
from .result_charts import PLOTLY_CONFIG

MIN_RADAR_DIMENSIONS = 3  # with fewer axes a radar says nothing; the table remains


def group_series(stats: GroupResult, lang: str, own: Result | None = None) -> list[charts.Series]:
    """The group mean, and the participant's own profile when given."""
    series = [charts.Series(t("chart.group_mean", lang), formatted.mean_values(stats), "group")]
    if own is not None:
        series.append(charts.score_series(t("chart.own", lang), own, "participant"))
    return series


def group_radar(
    stats: GroupResult,
    lang: str,
    key: str,
    own: Result | None = None,
    scale: float = 1.0,
    layout: dict | None = None,
) -> None:
    """The radar of the group (mean line over the min–max band), described in words;
    `layout` overrides parts of the figure's layout (the projector's height and legend)."""
    questionnaire = stats.questionnaire
    if len(questionnaire.dimensions) < MIN_RADAR_DIMENSIONS:
        return
    series = group_series(stats, lang, own)
    values = formatted.band_values(stats)
    band = charts.Band(t("chart.group_band", lang), values) if values else None
    figure = charts.radar_figure(questionnaire, series, lang, band=band, scale=scale)
    if layout:
        figure.update_layout(layout)
    st.plotly_chart(figure, key=key, config=PLOTLY_CONFIG, alt=describe(stats, lang, own))


def describe(stats: GroupResult, lang: str, own: Result | None = None) -> str:
    """The radar in words: mean and range per dimension (and the own score when shown)."""
    parts = []
    for index, d in enumerate(stats.dimensions):
        name = localized(stats.questionnaire.dimension(d.id).name, lang)
        text = t(
            "chart.group_alt_dimension",
            lang,
            name=name,
            mean=number(d.spread.mean, lang),
            range=formatted.range_text(d.spread, lang),
        )
        if own is not None:
            text += " " + t("chart.own_alt", lang, score=number(own.dimensions[index].score, lang))
        parts.append(text)
    return t("chart.group_alt", lang, count=stats.participants) + " " + "; ".join(parts) + "."


def dimension_table(stats: GroupResult, lang: str) -> None:
    """The dimension statistics as a real table, with how to read them."""
    st.table(formatted.dimension_table(stats, lang), hide_index=True)
    st.caption(t("group.table_caption", lang))


def discussion_prompts(stats: GroupResult, lang: str) -> None:
    """The questions with the widest disagreement, each with its answer distribution."""
    if not stats.prompts:
        st.info(t("group.no_prompts", lang), icon=":material/forum:")
        return
    st.markdown(t("group.prompts_explain", lang))
    questions = stats.questionnaire.questions()
    for number_, prompt in enumerate(stats.prompts, start=1):
        text = localized(questions[prompt.id].text, lang)
        with st.container(border=True):
            st.markdown(f"**{number_}. {text}**")
            rows = formatted.distribution_rows(stats.questionnaire, prompt, lang)
            frame = pd.DataFrame(
                [{t("group.answer", lang): label, t("group.count", lang): n} for label, n in rows]
            )
            st.table(frame, hide_index=True)
            st.caption(
                t(
                    "group.prompt_caption",
                    lang,
                    count=prompt.spread.n,
                    dont_know=prompt.dont_know,
                    std=number(prompt.spread.std, lang, 2),
                )
            )
