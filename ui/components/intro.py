"""The introduction on the start page: what the check is, how long it takes, where data stays."""

from __future__ import annotations

import streamlit as st

from questionnaire import Questionnaire, estimate_minutes, localized

from ..i18n import t

minutes = estimate_minutes  # the one estimate (questionnaire/estimate.py, docs/content.md)


def intro(questionnaire: Questionnaire, lang: str) -> None:
    """Render the introduction with the sizes of the Kurzcheck and the Vollcheck."""
    st.markdown(t("start.intro", lang))
    full = sum(len(d.questions) for d in questionnaire.dimensions)
    short = sum(len(d.questions_in("short")) for d in questionnaire.dimensions)
    dims = ", ".join(localized(d.name, lang) for d in questionnaire.dimensions)
    lines = [t("start.dimensions", lang, count=len(questionnaire.dimensions), names=dims)]
    if short:
        lines.append(t("start.short_size", lang, count=short, minutes=minutes(short)))
    lines.append(t("start.full_size", lang, count=full, minutes=minutes(full)))
    st.markdown("\n".join(f"- {line}" for line in lines))
    st.info(t("start.privacy", lang), icon=":material/lock:")
