"""Downloads of the designed report (PDF, HTML) and the raw data (CSV, XLSX) via reports/."""

from __future__ import annotations

import hashlib

import streamlit as st

import reports
from questionnaire import Answers, Questionnaire, dump_answers

from ..i18n import t

PDF_KEY = "export.pdf"
_PDF_CACHE = "export.pdf_bytes"


def _fingerprint(answers: Answers, lang: str) -> str:
    return hashlib.sha256((dump_answers(answers) + lang).encode()).hexdigest()


def report_downloads(questionnaire: Questionnaire, answers: Answers, lang: str, stem: str) -> None:
    """PDF on request (with a spinner), HTML, CSV and XLSX generated when clicked."""
    sets = [answers]
    fingerprint = _fingerprint(answers, lang)
    cached = st.session_state.get(_PDF_CACHE)
    if cached is None or cached[0] != fingerprint:
        if st.button(
            t("export.make_pdf", lang),
            key=PDF_KEY,
            type="primary",
            icon=":material/picture_as_pdf:",
        ):
            with st.spinner(t("export.making_pdf", lang)):
                report = reports.build_report(questionnaire, sets, lang)
                st.session_state[_PDF_CACHE] = (fingerprint, reports.render_pdf(report))
            st.rerun()
    else:
        st.download_button(
            t("export.pdf", lang),
            cached[1],
            file_name=f"{stem}.pdf",
            mime="application/pdf",
            key="export.pdf_download",
            type="primary",
            icon=":material/picture_as_pdf:",
            on_click="ignore",
        )
    st.download_button(
        t("export.html", lang),
        lambda: reports.render_html(reports.build_report(questionnaire, sets, lang)),
        file_name=f"{stem}.html",
        mime="text/html",
        key="export.html",
        icon=":material/description:",
        on_click="ignore",
    )
    st.markdown(t("export.raw_explain", lang))
    left, right = st.columns(2)
    left.download_button(
        t("export.csv", lang),
        lambda: reports.answers_csv(questionnaire, sets, lang),
        file_name=f"{stem}.csv",
        mime="text/csv",
        key="export.csv",
        icon=":material/table:",
        on_click="ignore",
    )
    right.download_button(
        t("export.xlsx", lang),
        lambda: reports.answers_xlsx(questionnaire, sets, lang),
        file_name=f"{stem}.xlsx",
        key="export.xlsx",
        icon=":material/table_view:",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        on_click="ignore",
    )
