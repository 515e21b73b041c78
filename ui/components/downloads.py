"""One downloads component for the self-check and the workshop: the report as PDF (made on
request, with a status that says what is happening) and as HTML, and the raw data as CSV and
XLSX, each generated from reports/ when clicked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import streamlit as st

import reports

from ..i18n import t

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Downloads:
    """What one page offers for download."""

    key: str  # prefix of the widget keys ("export", "workshop_export")
    stem: str  # file name without extension
    version: str  # a PDF made for this version is offered until the version changes
    report: Callable[[], reports.Report]
    csv: Callable[[], bytes] | None = None  # None: no raw data on this page
    xlsx: Callable[[], bytes] | None = None
    raw_explain: str = ""  # said before the raw data buttons


@dataclass(frozen=True)
class PdfOffer:
    """A PDF that is made on request (it takes seconds) and then offered until it is stale."""

    key: str  # prefix of the widget keys
    version: str  # a PDF made for this version is offered until the version changes
    file_name: str
    make: Callable[[], bytes]
    words: str = "export"  # catalog prefix of the labels: make_pdf, making_pdf, pdf, …


def _pdf_cache(key: str) -> str:
    return f"{key}.pdf_bytes"


def _make_pdf(offer: PdfOffer, lang: str) -> None:
    # A status box with text in place of the button while WeasyPrint works (some seconds):
    # the page says what happens instead of greying out.
    with st.status(t(f"{offer.words}.making_pdf", lang), expanded=True) as status:
        st.write(t("export.pdf_step_typeset", lang))
        pdf = offer.make()
        status.update(label=t(f"{offer.words}.pdf_ready", lang), state="complete", expanded=False)
    made = datetime.now().strftime("%H:%M")
    st.session_state[_pdf_cache(offer.key)] = (offer.version, pdf, made)


def pdf_on_request(offer: PdfOffer, lang: str) -> None:
    """The button that makes the PDF (with a status saying what happens), then its download."""
    cached = st.session_state.get(_pdf_cache(offer.key))
    ready = cached is not None and cached[0] == offer.version
    if ready:
        st.download_button(
            t(f"{offer.words}.pdf", lang),
            cached[1],
            file_name=offer.file_name,
            mime="application/pdf",
            key=f"{offer.key}.pdf_download",
            type="primary",
            icon=":material/picture_as_pdf:",
            on_click="ignore",
        )
        st.caption(t("export.pdf_made_at", lang, time=cached[2]))
    label = f"{offer.words}.make_pdf_again" if ready else f"{offer.words}.make_pdf"
    if st.button(
        t(label, lang),
        key=f"{offer.key}.pdf",
        type="secondary" if ready else "primary",
        icon=":material/picture_as_pdf:",
    ):
        _make_pdf(offer, lang)
        st.rerun()


def downloads(offer: Downloads, lang: str) -> None:
    """PDF on request, HTML, and (when offered) CSV and XLSX, one below the other so that no
    label is cut in a narrow column."""
    pdf = PdfOffer(
        offer.key,
        offer.version,
        f"{offer.stem}.pdf",
        lambda: reports.render_pdf(offer.report()),
    )
    pdf_on_request(pdf, lang)
    st.download_button(
        t("export.html", lang),
        lambda: reports.render_html(offer.report()),
        file_name=f"{offer.stem}.html",
        mime="text/html",
        key=f"{offer.key}.html",
        icon=":material/description:",
        on_click="ignore",
    )
    if offer.csv is None or offer.xlsx is None:
        return
    st.markdown(offer.raw_explain)
    st.download_button(
        t("export.csv", lang),
        offer.csv,
        file_name=f"{offer.stem}.csv",
        mime="text/csv",
        key=f"{offer.key}.csv",
        icon=":material/table:",
        on_click="ignore",
    )
    st.download_button(
        t("export.xlsx", lang),
        offer.xlsx,
        file_name=f"{offer.stem}.xlsx",
        mime=XLSX_MIME,
        key=f"{offer.key}.xlsx",
        icon=":material/table_view:",
        on_click="ignore",
    )
