"""The use-case overview: filters, the value/effort matrix and the table beside it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from questionnaire import KINDS, Questionnaire, localized
from usecases import Family, UseCaseFit

from .. import usecase_content
from ..i18n import t
from ..usecase_chart import Point, matrix_figure
from .result_charts import PLOTLY_CONFIG

MATRIX_KEY = "uc.matrix"
ALL_KINDS = "all"
DETAIL_PAGE = "views/anwendungsfall.py"


def filters(lang: str, kind: str | None) -> tuple[list[str], str | None]:
    """Family and kind-of-municipality filters; returns (families, kind or None for all)."""
    families = [f.value for f in Family]
    chosen = st.multiselect(
        t("uc.filter_family", lang),
        families,
        default=families,
        format_func=lambda f: t(f"uc.family.{f}", lang),
        key="uc.filter.family",
    )
    kinds = [ALL_KINDS, *KINDS]
    picked = st.selectbox(
        t("uc.filter_kind", lang),
        kinds,
        index=kinds.index(kind) if kind in kinds else 0,
        format_func=lambda k: (
            t("uc.filter_kind_all", lang) if k == ALL_KINDS else t(f"kind.{k}", lang)
        ),
        key="uc.filter.kind",
    )
    return chosen, None if picked == ALL_KINDS else picked


def missing_text(questionnaire: Questionnaire, item: UseCaseFit, lang: str) -> str:
    """The blocking dimensions of a use case, e.g. "Recht und Datenschutz: 1 von 3"."""
    names = {d.id: localized(d.name, lang) for d in questionnaire.dimensions}
    return "; ".join(
        t(
            "uc.missing_item",
            lang,
            dimension=names.get(g.dimension, g.dimension),
            level=g.level or t("uc.no_level", lang),
            required=g.required,
        )
        for g in item.gaps
    )


def overview(questionnaire: Questionnaire, fits: list[UseCaseFit], lang: str) -> None:
    """The matrix (fit as colour and shape) with the same data as a table beside it."""
    if not fits:
        st.info(t("uc.none_match", lang))
        return
    tree = usecase_content.triage_tree()
    points = [
        Point(
            localized(f.use_case.title, lang),
            f.fit.value,
            t(f"uc.fit.{f.fit.value}", lang),
            f.use_case.value,
            f.use_case.effort,
        )
        for f in fits
    ]
    labels = {key: t(f"uc.{key}", lang) for key in ("value", "effort", "value_axis", "effort_axis")}
    counts = {
        fit: sum(1 for f in fits if f.fit.value == fit)
        for fit in ("startklar", "mit_vorarbeiten", "noch_nicht")
    }
    chart, table = st.columns([3, 2])
    with chart:
        st.plotly_chart(
            matrix_figure(points, labels),
            key=MATRIX_KEY,
            config=PLOTLY_CONFIG,
            alt=t(
                "uc.matrix_alt",
                lang,
                count=len(fits),
                ready=counts["startklar"],
                prep=counts["mit_vorarbeiten"],
                notyet=counts["noch_nicht"],
            ),
        )
        st.caption(t("uc.matrix_caption", lang))
    with table:
        rows = pd.DataFrame(
            {
                t("uc.col_title", lang): [localized(f.use_case.title, lang) for f in fits],
                t("uc.col_fit", lang): [t(f"uc.fit.{f.fit.value}", lang) for f in fits],
                t("uc.value", lang): [f.use_case.value for f in fits],
                t("uc.effort", lang): [f.use_case.effort for f in fits],
            }
        )
        st.table(rows, hide_index=True)
    st.markdown(t("uc.fit_explain", lang))
    st.subheader(t("uc.details_heading", lang), anchor=False)
    for item in fits:
        case = item.use_case
        label = tree.label(case.classification, lang)
        st.page_link(
            DETAIL_PAGE,
            label=f"{localized(case.title, lang)} · {t(f'uc.fit.{item.fit.value}', lang)} · "
            f"{t('uc.col_classification', lang)}: {label}",
            query_params={"fall": case.id},
            icon=":material/chevron_right:",
        )
        if item.gaps:
            st.caption(missing_text(questionnaire, item, lang))
