"""One use case in full: what it does, prerequisites against the assessment, law, offer."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from questionnaire import Questionnaire, localized
from scoring import Result
from usecases import UseCaseFit, walk

from .. import usecase_content
from ..format import plain
from ..i18n import t
from .recommendations import with_title
from .triage_runner import obligations_block


def usecase_detail(questionnaire: Questionnaire, result: Result, item: UseCaseFit, lang: str):
    """Render the use case with its fit, gaps (and the advice that closes them) and law."""
    case = item.use_case
    tree = usecase_content.triage_tree()
    catalogue = usecase_content.catalogue()
    st.markdown(
        f"**{t(f'uc.family.{case.family.value}', lang)}** · "
        f"{t('uc.col_fit', lang)}: **{t(f'uc.fit.{item.fit.value}', lang)}**"
    )
    st.markdown(f"**{t('uc.what', lang)}**: {localized(case.description, lang)}")
    st.markdown(
        "- "
        + t("uc.why", lang, value=case.value, reason=localized(case.value_reason, lang))
        + "\n- "
        + t("uc.effort_value", lang, value=case.effort)
        + f"\n- {t('uc.data', lang)}: {localized(case.data, lang)} "
        f"({t(f'uc.personal.{case.personal_data}', lang)})"
        + f"\n- {t('uc.offer', lang)}: {localized(case.offer_note, lang)}"
        + f"\n- {t('uc.kinds', lang)}: "
        + ", ".join(t(f"kind.{k}", lang) for k in case.kinds)
    )

    st.subheader(t("uc.prerequisites", lang), anchor=False)
    names = {d.id: localized(d.name, lang) for d in questionnaire.dimensions}
    levels = {d.id: d.level for d in result.dimensions}
    rows = []
    for dimension, required in case.prerequisites.items():
        level = levels.get(dimension)
        rows.append(
            {
                t("uc.col_dimension", lang): names.get(dimension, dimension),
                t("uc.col_required", lang): required,
                t("uc.col_level", lang): level if level else t("uc.no_level", lang),
                t("uc.col_met", lang): t("uc.met_yes", lang)
                if (level or 0) >= required
                else t("uc.met_no", lang),
            }
        )
    st.table(pd.DataFrame(rows), hide_index=True)
    for gap in item.gaps:
        if not gap.recommendations:
            continue
        name = names.get(gap.dimension, gap.dimension)
        with st.expander(t("uc.close_gap", lang, dimension=name)):
            st.markdown("\n".join(f"- {with_title(r, lang)}" for r in gap.recommendations[:4]))

    st.subheader(t("uc.legal", lang), anchor=False)
    st.markdown(localized(case.legal_notes, lang))
    expected = walk(tree, catalogue.triage_answers(case))
    st.markdown(t("uc.expected", lang, label=tree.label(case.classification, lang)))
    with st.expander(t("uc.expected_obligations", lang)):
        obligations_block(expected, lang)
    if case.examples:
        st.subheader(t("uc.examples", lang), anchor=False)
        st.markdown("\n".join(f"- {plain(localized(e, lang))}" for e in case.examples))
