"""After the reveal: the participant's own profile beside the group's (own scores only)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from questionnaire import Questionnaire, localized
from scoring import GroupResult, Result

from ..format import number
from ..i18n import t
from ..workshop import formatted
from .workshop_results import group_radar

RADAR_KEY = "workshop_own.radar"


def own_rows(stats: GroupResult, own: Result, lang: str) -> pd.DataFrame:
    """Per dimension: the participant's score, the group mean and the group's range."""
    rows = []
    for mine, group in zip(own.dimensions, stats.dimensions, strict=True):
        s = group.spread
        rows.append(
            {
                t("table.dimension", lang): localized(
                    stats.questionnaire.dimension(mine.id).name, lang
                ),
                t("own.score", lang): number(mine.score, lang),
                t("group.mean", lang): number(s.mean, lang),
                t("own.range", lang): formatted.range_text(s, lang),
            }
        )
    return pd.DataFrame(rows)


def own_beside_group(
    questionnaire: Questionnaire, stats: GroupResult, own: Result, lang: str
) -> None:
    """Radar (own line, group mean and band) and the same numbers as a table."""
    st.markdown(t("own.explain", lang, count=stats.participants))
    group_radar(stats, lang, RADAR_KEY, own=own)
    st.table(own_rows(stats, own, lang), hide_index=True)
    st.caption(t("own.caption", lang))
