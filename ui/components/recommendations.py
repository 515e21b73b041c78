"""The recommendations that fired, grouped by priority, filterable by dimension."""

from __future__ import annotations

import streamlit as st

from questionnaire import Priority, Questionnaire, Recommendation, localized
from scoring import FiredRecommendation, Result

from ..i18n import t

FILTER_KEY = "recommendations.filter"


def dimension_filter(questionnaire: Questionnaire, result: Result, lang: str) -> list[str]:
    """Dimensions to choose (pills); returns the chosen ids (all when none is chosen).

    Pills, not a multi-select: Streamlit's multi-select menu offers "Select all" in English.
    """
    fired = {f.dimension for f in result.recommendations}
    ids = [d.id for d in questionnaire.dimensions if d.id in fired]
    chosen = st.pills(
        t("recommendations.filter", lang),
        ids,
        selection_mode="multi",
        format_func=lambda did: localized(questionnaire.dimension(did).name, lang),
        key=FILTER_KEY,
    )
    return chosen or ids


def recommendations(questionnaire: Questionnaire, result: Result, lang: str) -> None:
    """Render the action plan: priority groups, each recommendation with effort and owner."""
    if not result.recommendations:
        st.markdown(t("recommendations.none", lang))
        return
    shown = set(dimension_filter(questionnaire, result, lang))
    for priority in Priority:
        group = [
            f
            for f in result.recommendations
            if f.recommendation.priority == priority and f.dimension in shown
        ]
        if group:
            # One markdown element per group: each element costs time on every rerun, and a
            # full questionnaire fires twenty and more recommendations.
            items = "\n\n".join(
                f"{n}. {_item(questionnaire, fired, lang)}" for n, fired in enumerate(group, 1)
            )
            heading = f"#### {t('priority.' + priority.value, lang)} ({len(group)})"
            st.markdown(heading + "\n\n" + items)


def _item(questionnaire: Questionnaire, fired: FiredRecommendation, lang: str) -> str:
    rec = fired.recommendation
    facts = [
        t(
            "recommendations.dimension",
            lang,
            name=localized(questionnaire.dimension(fired.dimension).name, lang),
        ),
        t("recommendations.effort", lang, effort=t("effort." + rec.effort.value, lang)),
        t("recommendations.owner", lang, owner=localized(rec.owner, lang)),
    ]
    if rec.references:
        refs = "; ".join(localized(r, lang) for r in rec.references)
        facts.append(t("recommendations.references", lang, references=refs))
    return f"{with_title(rec, lang)}  \n   _{' · '.join(facts)}_"


def with_title(rec: Recommendation, lang: str) -> str:
    """The recommendation's text on one line, led by its short title in bold when it has one."""
    text = " ".join(localized(rec.text, lang).split())
    return f"**{localized(rec.title, lang)}.** {text}" if rec.title else text
