"""The documents of the plan page: council summary (PDF first, Word), strategy draft (Word),
roadmap (CSV, Excel) and the template pack (ZIP and single files)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import partial

import streamlit as st

import texts
from plan import Facts
from questionnaire import Rechtsstand
from reports.plan_files import strategy_docx, summary_docx
from reports.roadmap_export import roadmap_csv, roadmap_xlsx
from reports.summary import summary_pdf
from reports.template_pack import template_file, template_names, template_pack_zip

from .downloads import PdfOffer, pdf_on_request

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _fingerprint(facts: Facts) -> str:
    return hashlib.sha256(repr(facts).encode()).hexdigest()


def council_summary(facts: Facts, stem: str, key: str = "plan") -> None:
    """The two-page council summary as PDF, made on request: the self-check's first document.
    The export page and the plan page share the key, so a PDF made on one is offered on both."""
    name = _file_names(facts.lang, stem)["summary_pdf"]
    offer = PdfOffer(f"{key}.summary", _fingerprint(facts), name, lambda: summary_pdf(facts),
                     words="plan")  # fmt: skip
    pdf_on_request(offer, facts.lang)


def plan_downloads(
    facts: Facts,
    rechtsstand: Rechtsstand,
    stem: str,
    key: str = "plan",
    inventory: Sequence[tuple[str, ...]] | None = (),
) -> None:
    """Download buttons; the PDF is made on request, the others when clicked. `inventory`
    fills the AI inventory template; None offers no templates (a workshop)."""

    def w(key: str, **params: object) -> str:
        return texts.text("plan", key, facts.lang, **params)

    names = _file_names(facts.lang, stem)
    council_summary(facts, stem, key)
    left, right = st.columns(2)
    left.download_button(
        w("summary_docx"), lambda: summary_docx(facts),
        file_name=names["summary"], mime=DOCX, key=f"{key}.summary_docx",
        icon=":material/description:", on_click="ignore",
    )  # fmt: skip
    right.download_button(
        w("strategy_docx"), lambda: strategy_docx(facts, rechtsstand),
        file_name=names["strategy"], mime=DOCX, key=f"{key}.strategy_docx",
        icon=":material/edit_document:", on_click="ignore",
    )  # fmt: skip
    left.download_button(
        w("roadmap_csv"), lambda: roadmap_csv(facts.roadmap, facts.roadmap_start, facts.lang),
        file_name=names["roadmap"] + ".csv", mime="text/csv", key=f"{key}.roadmap_csv",
        icon=":material/table:", on_click="ignore",
    )  # fmt: skip
    right.download_button(
        w("roadmap_xlsx"), lambda: roadmap_xlsx(facts.roadmap, facts.roadmap_start, facts.lang),
        file_name=names["roadmap"] + ".xlsx", mime=XLSX, key=f"{key}.roadmap_xlsx",
        icon=":material/table_view:", on_click="ignore",
    )  # fmt: skip
    if inventory is None:
        return
    st.download_button(
        w("templates_zip"),
        lambda: template_pack_zip(facts.organisation, facts.lang, rechtsstand, inventory),
        file_name=names["templates"], mime="application/zip", key=f"{key}.templates_zip",
        icon=":material/folder_zip:", on_click="ignore",
    )  # fmt: skip
    with st.expander(w("templates_single"), icon=":material/article:"):
        for template_id, name in template_names(facts.lang):
            st.download_button(
                name,
                partial(template_file, template_id, facts.organisation, facts.lang,
                        rechtsstand, inventory),
                file_name=name, mime=DOCX, key=f"{key}.template.{template_id}",
                on_click="ignore",
            )  # fmt: skip
    st.caption(w("full_report_hint"))


def _file_names(lang: str, stem: str) -> dict[str, str]:
    parts = {
        "de": ("Rat", "Strategieentwurf", "Fahrplan", "Vorlagen"),
        "en": ("council", "strategy-draft", "roadmap", "templates"),
    }[lang if lang == "en" else "de"]
    council, strategy, roadmap, pack = parts
    return {
        "summary_pdf": f"{stem}-{council}.pdf",
        "summary": f"{stem}-{council}.docx",
        "strategy": f"{stem}-{strategy}.docx",
        "roadmap": f"{stem}-{roadmap}",
        "templates": f"{stem}-{pack}.zip",
    }
