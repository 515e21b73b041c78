"""Downloads of the portfolio: the register as JSON, CSV and HTML page, and a Projektsteckbrief."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from reports.register import register_csv, register_html, register_json, steckbrief_pdf
from usecases import PortfolioItem
from usecases.register import build_register

from .. import usecase_content
from ..filenames import slug
from ..i18n import t


def portfolio_downloads(
    items: list[PortfolioItem], organisation: str, chosen: PortfolioItem | None, lang: str
) -> None:
    """Download buttons; every file is made when its button is clicked."""
    tree = usecase_content.triage_tree()
    rechtsstand = usecase_content.rechtsstand()
    register = build_register(items, organisation, tree, rechtsstand, lang, dt.date.today())
    stem = "-".join(p for p in ("ki-register", slug(organisation)) if p)
    left, middle, right = st.columns(3)
    left.download_button(
        t("pf.download_html", lang), lambda: register_html(register).encode("utf-8"),
        file_name=f"{stem}.html", mime="text/html", key="pf.download.html",
        icon=":material/public:", on_click="ignore",
    )  # fmt: skip
    middle.download_button(
        t("pf.download_csv", lang), lambda: register_csv(register),
        file_name=f"{stem}.csv", mime="text/csv", key="pf.download.csv",
        icon=":material/table:", on_click="ignore",
    )  # fmt: skip
    right.download_button(
        t("pf.download_json", lang), lambda: register_json(register).encode("utf-8"),
        file_name=f"{stem}.json", mime="application/json", key="pf.download.json",
        icon=":material/data_object:", on_click="ignore",
    )  # fmt: skip
    if chosen is not None:
        catalogue = usecase_content.catalogue()
        st.download_button(
            t("pf.download_steckbrief", lang, name=chosen.name),
            lambda: steckbrief_pdf(chosen, organisation, tree, rechtsstand, catalogue, lang),
            file_name=f"steckbrief-{slug(chosen.name) or chosen.id}.pdf",
            mime="application/pdf", key="pf.download.steckbrief",
            icon=":material/picture_as_pdf:", on_click="ignore",
        )  # fmt: skip
