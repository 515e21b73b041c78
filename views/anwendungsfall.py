"""Anwendungsfall: one catalogue use case in detail, with its own AI Act check."""

import streamlit as st

from questionnaire import localized
from scoring import score
from ui import page, session, store, usecase_content
from ui.components.triage_runner import triage_runner
from ui.components.usecase_detail import usecase_detail
from ui.i18n import t
from usecases import fit, from_catalogue

OVERVIEW = "views/anwendungsfaelle.py"

q, lang = page.begin("nav.anwendungsfall")
answers = page.assessment(q, lang)
catalogue = usecase_content.catalogue()
chosen = st.query_params.get("fall", "")
result = score(q, answers)
fits = {item.use_case.id: item for item in fit(result, catalogue)}
st.page_link(OVERVIEW, label=t("uc.back_to_list", lang), icon=":material/arrow_back:")
if chosen not in fits:
    st.info(t("uc.unknown", lang), icon=":material/info:")
    st.stop()
item = fits[chosen]
st.header(localized(item.use_case.title, lang), anchor=False)
if st.button(t("uc.add_to_portfolio", lang), key="uc.add_to_portfolio",
             icon=":material/playlist_add:"):  # fmt: skip
    added = from_catalogue(catalogue, chosen, lang)
    store.portfolio_repository().save(session.token(), added)
    st.session_state["pf.pick"] = added.id
    st.switch_page("views/portfolio.py")
usecase_detail(q, result, item, lang)

st.subheader(t("triage.heading", lang), anchor=False)
st.markdown(t("triage.intro", lang))
triage_runner(chosen, lang, prefill=catalogue.triage_answers(item.use_case))
