"""The result starts here: at most five "Erste Schritte" with owner, effort and start."""

from __future__ import annotations

import streamlit as st

from questionnaire import localized
from scoring import Result
from texts import text

from ..i18n import t
from .recommendations import with_title


def first_steps(result: Result, lang: str) -> None:
    """A numbered list of the first steps; nothing when no recommendation fired."""
    steps = result.first_steps
    if not steps:
        return
    st.subheader(t("first_steps.heading", lang), anchor=False)
    st.caption(t("first_steps.intro", lang))
    items = []
    for number, fired in enumerate(steps, start=1):
        rec = fired.recommendation
        facts = t(
            "first_steps.facts",
            lang,
            owner=localized(rec.owner, lang),
            effort=t("effort." + rec.effort.value, lang),
            start=text("scoring", "start_" + rec.suggested_start.value, lang),
        )
        items.append(f"{number}. {with_title(rec, lang)}  \n   _{facts}_")
    # One markdown element for the list: a screen reader hears one ordered list.
    st.markdown("\n\n".join(items))
