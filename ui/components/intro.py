"""The introduction on the start page: what the check is, how long it takes, where data stays."""

from __future__ import annotations

import math

import streamlit as st

from questionnaire import Questionnaire, localized

from ..i18n import t

# The documented estimate (docs/content.md, "How long it takes"): reading the question and its
# options at 180 words per minute plus 10 s to choose averages 35 s per question.
SECONDS_PER_QUESTION = 35


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
