"""The association's view of all contributions: counts, distributions, trend, CSV.

Everything here comes from storage queries that leave out groups under the threshold; no
table lists a single contribution.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from questionnaire import Questionnaire, localized
from reports import frame_csv
from scoring import MIN_CONTRIBUTIONS, peer_group

from .. import peers
from ..i18n import t

CSV_KEY = "association.csv"


def aggregates_frame(questionnaire: Questionnaire, lang: str) -> pd.DataFrame:
    """One row per (size class or year, dimension): contributions, quartiles, median."""
    repo = peers.repository()
    rows = []
    for kind, groups in (
        ("size_class", repo.scores_by_size_class()),
        ("year", repo.scores_by_year()),
    ):
        for key, found in groups.items():
            shown = peer_group(str(key), None, found.contributions, found.scores)
            if shown is None:
                continue
            for dimension in questionnaire.dimensions:
                band = shown.bands.get(dimension.id)
                if band is None:
                    continue
                rows.append(
                    {
                        t("association.col_grouping", lang): t("association." + kind, lang),
                        t("association.col_group", lang): _group_name(kind, key, lang),
                        t("association.col_contributions", lang): shown.contributions,
                        t("table.dimension", lang): localized(dimension.name, lang),
                        t("association.col_low", lang): band.low,
                        t("association.col_median", lang): band.median,
                        t("association.col_high", lang): band.high,
                    }
                )
    columns = [
        t(key, lang)
        for key in (
            "association.col_grouping",
            "association.col_group",
            "association.col_contributions",
            "table.dimension",
            "association.col_low",
            "association.col_median",
            "association.col_high",
        )
    ]
    return pd.DataFrame(rows, columns=columns)


def association_view(questionnaire: Questionnaire, lang: str) -> None:
    """Counts per group, distributions per dimension, trend by year, and the CSV of them."""
    st.markdown(t("association.explain", lang, k=MIN_CONTRIBUTIONS))
    counts = peers.repository().counts()
    st.subheader(t("association.counts_heading", lang))
    count_rows = [
        {
            t("association.col_grouping", lang): t("association." + kind, lang),
            t("association.col_group", lang): _group_name(kind, key, lang),
            t("association.col_contributions", lang): number,
        }
        for kind in ("size_class", "state")
        for key, number in counts[kind].items()
    ]
    if not count_rows:
        st.info(t("association.nothing", lang, k=MIN_CONTRIBUTIONS), icon=":material/group:")
        return
    st.table(pd.DataFrame(count_rows))
    frame = aggregates_frame(questionnaire, lang)
    grouping = t("association.col_grouping", lang)
    st.subheader(t("association.distribution_heading", lang))
    st.table(frame[frame[grouping] == t("association.size_class", lang)].drop(columns=grouping))
    st.subheader(t("association.trend_heading", lang))
    st.table(frame[frame[grouping] == t("association.year", lang)].drop(columns=grouping))
    st.download_button(
        t("association.csv", lang),
        frame_csv(frame, lang),
        file_name=t("association.csv_name", lang),
        mime="text/csv",
        key=CSV_KEY,
        icon=":material/download:",
    )


def _group_name(kind: str, key: object, lang: str) -> str:
    if kind == "size_class":
        return t("peers.size_" + str(key), lang)
    if kind == "state":
        return t("state." + str(key), lang)
    return str(key)
