"""The overall level in words: its name, what it means, and why it was capped."""

from __future__ import annotations

import streamlit as st

from questionnaire import Questionnaire, localized
from scoring import Result

from ..format import number, percent
from ..i18n import t


def overall_summary(questionnaire: Questionnaire, result: Result, lang: str) -> None:
    """Explain the overall result; says plainly when there are too few answers."""
    overall = result.overall
    count = len(questionnaire.levels)
    if overall.level is None:
        st.warning(t("result.no_overall", lang, completeness=percent(overall.completeness, lang)))
        return
    name = questionnaire.level_name(overall.level, lang)
    st.subheader(t("result.level_heading", lang, level=overall.level, count=count, name=name))
    st.markdown(localized(questionnaire.levels[overall.level - 1].description, lang))
    st.caption(
        t(
            "result.score_line",
            lang,
            score=number(overall.score, lang),
            completeness=percent(overall.completeness, lang),
        )
    )
    if overall.capped:
        st.info(capped_text(questionnaire, result, lang), icon=":material/info:")


def capped_text(questionnaire: Questionnaire, result: Result, lang: str) -> str:
    """Why the overall level is lower than the score alone would give."""
    overall = result.overall
    names = [
        t("result.quoted", lang, name=localized(questionnaire.dimension(d).name, lang))
        for d in overall.capped_by
    ]
    listed = (
        names[0] if len(names) == 1 else (", ".join(names[:-1]) + t("result.and", lang) + names[-1])
    )
    level = result.dimension(overall.capped_by[0]).level
    weakest = t(
        "result.capped_by_one" if len(names) == 1 else "result.capped_by_many",
        lang,
        names=listed,
        level=level,
        name=questionnaire.level_name(level, lang),
    )
    return t(
        "result.capped",
        lang,
        uncapped=overall.uncapped_level,
        uncapped_name=questionnaire.level_name(overall.uncapped_level, lang),
        weakest=weakest,
        level=overall.level,
    )
