"""The result as a table: the numbers behind the charts, readable by screen readers."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from questionnaire import Questionnaire, localized
from scoring import Result

from ..format import DASH, number, percent
from ..i18n import t


def result_rows(questionnaire: Questionnaire, result: Result, lang: str) -> pd.DataFrame:
    """One row per dimension: score, level, completeness, "Weiß nicht" share, target, gap."""
    rows = []
    for d in result.dimensions:
        level = questionnaire.level_name(d.level, lang)
        target = questionnaire.level_name(d.target, lang)
        rows.append(
            {
                t("table.dimension", lang): localized(questionnaire.dimension(d.id).name, lang),
                t("table.score", lang): number(d.score, lang)
                if d.score is not None
                else t("chart.no_score", lang),
                t("table.level", lang): f"{d.level} – {level}" if d.level else DASH,
                t("table.completeness", lang): percent(d.completeness, lang),
                t("table.dont_know", lang): percent(d.dont_know_share, lang),
                t("table.target", lang): f"{d.target} – {target}" if d.target else DASH,
                t("table.gap", lang): f"{d.gap:+d}" if d.gap is not None else DASH,
            }
        )
    return pd.DataFrame(rows)


def results_table(questionnaire: Questionnaire, result: Result, lang: str) -> None:
    """Render the result table (a real HTML table, so assistive technology can read it)."""
    with st.container(key="phone-only-table"):
        st.caption(t("table.scroll_hint", lang))
    st.table(result_rows(questionnaire, result, lang), hide_index=True)
    st.caption(t("table.caption", lang))
