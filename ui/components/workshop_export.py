"""The facilitator's downloads (the shared downloads component): group report, and raw data
from 3 participants on."""

from __future__ import annotations

import streamlit as st

from questionnaire import Questionnaire, load_rechtsstand
from scoring import MIN_ANSWERS_SHOWN
from storage import Workshop

from ..i18n import t
from ..workshop import actions, export
from .downloads import Downloads, downloads
from .plan_downloads import plan_downloads

WATCH_SECONDS = 2


def _stage(joined: int) -> int:
    # What the section offers: nothing yet, the report, the report and the raw data.
    return 0 if joined == 0 else 1 if joined < MIN_ANSWERS_SHOWN else 2


@st.fragment(run_every=WATCH_SECONDS)
def _watch_joined(workshop_id: int, stage: int) -> None:
    """Rerun the page when enough people joined for more downloads (no click needed)."""
    if _stage(actions.progress(workshop_id).joined) != stage:
        st.rerun(scope="app")


def export_section(
    questionnaire: Questionnaire, workshop: Workshop, joined: int, lang: str
) -> None:
    """Downloads of the group's data, generated from the database when clicked; the section
    follows the number of people who joined without a click."""
    stage = _stage(joined)
    if stage < 2:
        _watch_joined(workshop.id, stage)
    if joined == 0:
        st.info(t("host.export_empty", lang), icon=":material/hourglass_empty:")
        return
    st.markdown(t("host.export_explain", lang))
    if not workshop.closed:
        st.info(t("host.export_open", lang), icon=":material/lock_open:")
    raw = stage == 2
    if not raw:
        st.info(t("host.raw_too_few", lang), icon=":material/group:")
    downloads(
        Downloads(
            key="workshop_export",
            stem=export.file_stem(workshop, lang),
            version=str(workshop.id),
            report=lambda: export.group_report(questionnaire, workshop, lang),
            csv=(lambda: export.raw_csv(questionnaire, workshop, lang)) if raw else None,
            xlsx=(lambda: export.raw_xlsx(questionnaire, workshop, lang)) if raw else None,
            raw_explain=t(
                "host.raw_explain_names" if workshop.include_names else "host.raw_explain", lang
            ),
        ),
        lang,
    )
    if raw:
        _plan(questionnaire, workshop, lang)


def _plan(questionnaire: Questionnaire, workshop: Workshop, lang: str) -> None:
    """Council summary, strategy draft and roadmap for the group's consensus answers."""
    st.markdown(t("host.plan_explain", lang))
    facts = export.plan_facts(questionnaire, workshop, lang)
    plan_downloads(
        facts, load_rechtsstand(), export.file_stem(workshop, lang), "workshop_plan", None
    )
