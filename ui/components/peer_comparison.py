"""The result page's comparison with similar administrations: consent, withdrawal, peer band.

Only groups of at least five other administrations are shown (storage enforces it in the
query); the radar draws the middle half of the group (25–75 %) with its median, the table
gives the same figures in words, rounded to whole points.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from questionnaire import Answers, Questionnaire, localized
from scoring import MIN_CONTRIBUTIONS, PeerGroup, Result

from .. import charts, peers
from ..format import DASH, day, number
from ..i18n import t
from .result_charts import PLOTLY_CONFIG

CONSENT_KEY = "peers.consent"
SAME_LAND_KEY = "peers.same_land"
RADAR_KEY = "peers.radar"


def peer_comparison(
    questionnaire: Questionnaire, answers: Answers, result: Result, token: str, lang: str
) -> None:
    """Contribute or withdraw this result, and show the group of similar administrations."""
    st.subheader(t("peers.heading", lang))
    group = peers.group_of(answers)
    if group is None:
        st.info(t("peers.need_profile", lang), icon=":material/info:")
        return
    _contribution(answers, result, token, lang)
    same_land = False
    if answers.profile.state:
        same_land = st.toggle(
            t("peers.same_land", lang, land=t("state." + answers.profile.state, lang)),
            key=SAME_LAND_KEY,
        )
    found = peers.peers(token, answers, same_land)
    if found is None:
        st.info(t("peers.too_few", lang, k=MIN_CONTRIBUTIONS), icon=":material/group:")
        return
    if found.widened:
        st.info(t("peers.widened", lang, k=MIN_CONTRIBUTIONS), icon=":material/zoom_out:")
    st.markdown(_describe_group(found, lang))
    _radar(questionnaire, result, found, lang)
    st.table(peer_rows(questionnaire, result, found, lang))
    st.caption(t("peers.caption", lang))


def _contribution(answers: Answers, result: Result, token: str, lang: str) -> None:
    since = peers.contributed_at(token)
    offered = peers.contribution(answers, result)
    with st.expander(t("peers.consent_heading", lang), expanded=False, icon=":material/share:"):
        st.markdown(consent_text(answers, offered, lang))
        if since is None:
            agreed = st.checkbox(t("peers.consent", lang), key=CONSENT_KEY)
            if st.button(t("peers.contribute", lang), disabled=not agreed, type="primary"):
                peers.contribute(token, answers, result)
                st.rerun()
            return
        st.success(t("peers.contributed", lang, day=day(since, lang)), icon=":material/check:")
        update, withdraw = st.columns(2)
        if update.button(t("peers.update", lang), width="stretch"):
            peers.contribute(token, answers, result)
            st.rerun()
        if withdraw.button(t("peers.withdraw", lang), width="stretch"):
            peers.withdraw(token)
            st.rerun()


def consent_text(answers: Answers, offered, lang: str) -> str:
    """The consent text: exactly what would be stored, and how to withdraw it."""
    state = answers.profile.state
    return t(
        "peers.consent_text",
        lang,
        kind=t("kind." + offered.kind, lang),
        size=t("peers.size_" + offered.size_class, lang),
        land=t("state." + state, lang) if state else t("peers.no_land", lang),
        year=offered.year,
    )


def _describe_group(found: PeerGroup, lang: str) -> str:
    land = t("state." + found.state, lang) if found.state else t("peers.all_lands", lang)
    return t(
        "peers.group",
        lang,
        size=t("peers.size_" + found.size_class, lang),
        land=land,
        n=found.contributions,
    )


def peer_rows(
    questionnaire: Questionnaire, result: Result, found: PeerGroup, lang: str
) -> pd.DataFrame:
    """Per dimension: own score, the group's median and middle half, in whole points."""
    rows = []
    for d in result.dimensions:
        band = found.bands.get(d.id)
        rows.append(
            {
                t("table.dimension", lang): localized(questionnaire.dimension(d.id).name, lang),
                t("peers.own", lang): DASH if d.score is None else number(d.score, lang, 0),
                t("peers.median", lang): DASH if band is None else str(band.median),
                t("peers.middle_half", lang): DASH
                if band is None
                else t("peers.range", lang, low=band.low, high=band.high),
            }
        )
    return pd.DataFrame(rows)


def _radar(questionnaire: Questionnaire, result: Result, found: PeerGroup, lang: str) -> None:
    ids = [d.id for d in questionnaire.dimensions]
    bands = [found.bands.get(i) for i in ids]
    median = charts.Series(
        t("peers.median_series", lang),
        tuple(None if b is None else float(b.median) for b in bands),
        "group",
    )
    band = charts.Band(
        t("peers.band_series", lang),
        tuple((None, None) if b is None else (float(b.low), float(b.high)) for b in bands),
    )
    own = charts.score_series(t("chart.current", lang), result, "participant")
    figure = charts.radar_figure(questionnaire, [median, own], lang, band=band)
    st.plotly_chart(figure, key=RADAR_KEY, config=PLOTLY_CONFIG, alt=t("peers.alt", lang))
