"""The date of the legal basis ("Rechtsstand") on every page; a plain warning when it is old."""

from __future__ import annotations

from datetime import date

import streamlit as st

from questionnaire import Questionnaire, format_date

from ..i18n import t


def rechtsstand_note(questionnaire: Questionnaire, lang: str, today: date | None = None) -> None:
    """ "Rechtsstand: 4. Dezember 2026"; a warning when it is more than six months old today."""
    rechtsstand = questionnaire.rechtsstand
    if rechtsstand is None:
        return
    day = format_date(rechtsstand.as_of, lang)
    st.caption(t("rechtsstand.as_of", lang, date=day))
    if rechtsstand.is_stale(today or date.today()):
        st.warning(t("rechtsstand.stale", lang, date=day), icon=":material/history:")
