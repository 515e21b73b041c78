"""The facilitator's downloads: group report (PDF on request, HTML) and raw data (CSV, XLSX)."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

import reports
from questionnaire import Questionnaire
from scoring import MIN_ANSWERS_SHOWN
from storage import Workshop

from ..i18n import t
from ..workshop import export
from ..workshop.store import repository

MAKE_PDF_KEY = "workshop_export.make_pdf"
WATCH_SECONDS = 2
_PDF = "workshop_export.pdf_bytes"


def _stage(joined: int) -> int:
    # What the section offers: nothing yet, the report, the report and the raw data.
    return 0 if joined == 0 else 1 if joined < MIN_ANSWERS_SHOWN else 2


@st.fragment(run_every=WATCH_SECONDS)
def _watch_joined(workshop_id: int, stage: int) -> None:
    """Rerun the page when enough people joined for more downloads (no click needed)."""
    if _stage(repository().progress(workshop_id).joined) != stage:
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
    stem = export.file_stem(workshop)
    cached = st.session_state.get(_PDF)
    if cached is not None and cached[0] == workshop.id:
        st.download_button(
            t("host.pdf_download", lang, time=cached[2]),
            cached[1],
            file_name=f"{stem}.pdf",
            mime="application/pdf",
            key="workshop_export.pdf",
            type="primary",
            icon=":material/picture_as_pdf:",
            on_click="ignore",
        )
    label = "host.pdf_again" if cached is not None and cached[0] == workshop.id else "host.pdf_make"
    if st.button(t(label, lang), key=MAKE_PDF_KEY, icon=":material/picture_as_pdf:"):
        with st.spinner(t("export.making_pdf", lang)):
            pdf = reports.render_pdf(export.group_report(questionnaire, workshop, lang))
        st.session_state[_PDF] = (workshop.id, pdf, datetime.now().strftime("%H:%M"))
        st.rerun()
    st.download_button(
        t("export.html", lang),
        lambda: reports.render_html(export.group_report(questionnaire, workshop, lang)),
        file_name=f"{stem}.html",
        mime="text/html",
        key="workshop_export.html",
        icon=":material/description:",
        on_click="ignore",
    )
    if joined < MIN_ANSWERS_SHOWN:
        st.info(t("host.raw_too_few", lang), icon=":material/group:")
        return
    st.markdown(t("host.raw_explain", lang))
    # One below the other: side by side, the narrow column cut "Antworten als Excel (XLSX)".
    st.download_button(
        t("export.csv", lang),
        lambda: export.raw_csv(questionnaire, workshop, lang),
        file_name=f"{stem}.csv",
        mime="text/csv",
        key="workshop_export.csv",
        icon=":material/table:",
        on_click="ignore",
    )
    st.download_button(
        t("export.xlsx", lang),
        lambda: export.raw_xlsx(questionnaire, workshop, lang),
        file_name=f"{stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="workshop_export.xlsx",
        icon=":material/table_view:",
        on_click="ignore",
    )
