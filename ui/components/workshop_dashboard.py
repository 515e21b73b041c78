"""The facilitator's live dashboard, refreshed every REFRESH_SECONDS without a reload."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..format import plain
from ..i18n import t
from ..workshop import actions, formatted
from ..workshop.content import workshop_questionnaire
from .workshop_live import live_counts, progress_bars
from .workshop_results import dimension_table, discussion_prompts, group_radar

REFRESH_SECONDS = 1.5
RADAR_KEY = "workshop_dashboard.radar"


@st.fragment(run_every=REFRESH_SECONDS)
def live_dashboard(host_token: str, lang: str) -> None:
    """Participants, progress per dimension and, once revealed, the group's result."""
    # Checked again on every refresh: a workshop deleted from another device shows nothing.
    workshop = actions.by_host_token(host_token)
    questionnaire = workshop_questionnaire(workshop) if workshop else None
    if workshop is None or questionnaire is None:
        st.warning(t("host.gone", lang))
        return
    progress = actions.progress(workshop.id)
    live_counts(progress, lang)
    if progress.joined == 0:
        st.info(t("host.no_participants", lang), icon=":material/qr_code_2:")
    else:
        st.markdown(f"**{t('host.progress_heading', lang)}**")
        progress_bars(
            formatted.dimension_progress(questionnaire, workshop.mode, progress, lang), lang
        )
        _participants(actions.participants(workshop.id), lang)
    st.subheader(t("host.results_heading", lang), anchor=False)
    if not workshop.revealed:
        st.info(t("host.hidden", lang), icon=":material/visibility_off:")
        return
    if progress.joined == 0:
        st.info(t("host.no_results", lang))
        return
    stats, waiting = actions.live_result(workshop, questionnaire)
    if not workshop.closed:
        st.caption(t("live.batched", lang))
        if waiting:
            st.caption(t("host.waiting", lang, count=waiting))
    group_radar(stats, lang, RADAR_KEY)
    st.caption(t("chart.group_caption", lang, levels=len(questionnaire.levels)))
    dimension_table(stats, lang)
    st.subheader(t("group.prompts_heading", lang), anchor=False)
    discussion_prompts(stats, lang)


def _participants(rows: list[tuple[int, str | None, bool]], lang: str) -> None:
    # The names people chose to give, with their status; never their answers, and no number
    # (raw data numbers people anew for every download). st.table renders Markdown, so names
    # are escaped.
    with st.expander(t("host.participants_heading", lang, count=len(rows))):
        frame = pd.DataFrame(
            [
                {
                    t("host.participant_name", lang): plain(name)
                    if name
                    else t("host.anonymous", lang),
                    t("host.participant_status", lang): t(
                        "host.status_finished" if finished else "host.status_answering", lang
                    ),
                }
                for _, name, finished in rows
            ]
        )
        st.table(frame, hide_index=True)
