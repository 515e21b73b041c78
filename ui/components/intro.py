"""The introduction on the start page: what the check is, how long it takes, where data stays."""

from __future__ import annotations

import math

import streamlit as st

from questionnaire import Questionnaire, localized

from ..i18n import t

# About 45 seconds per question, read and answered with care (our own estimate).
SECONDS_PER_QUESTION = 45


def minutes(questions: int) -> int:
    """Estimated minutes for `questions` questions, rounded up to 5."""
    return max(5, math.ceil(questions * SECONDS_PER_QUESTION / 60 / 5) * 5)


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
