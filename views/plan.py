"""Fahrplan: the roadmap of the next twelve months, editable, and the plan documents."""

import streamlit as st

import texts
from questionnaire import load_rechtsstand
from reports.template_pack import inventory_rows
from ui import actions, page, session
from ui.components.plan_downloads import plan_downloads
from ui.components.resume import resume_line
from ui.components.roadmap_view import roadmap_view
from ui.filenames import file_stem
from ui.plan_inputs import facts_for, portfolio_of

q, lang = page.begin("plan.title")
answers = page.assessment(q, lang)
token = session.token()
rechtsstand = load_rechtsstand()
edits = actions.roadmap_edits(token)
portfolio = portfolio_of(token)
facts = facts_for(q, answers, lang, portfolio, edits)


def w(key: str, **params: object) -> str:
    return texts.text("plan", key, lang, **params)


st.markdown(w("page_intro"))
st.subheader(w("documents_heading"), anchor=False)
plan_downloads(
    facts, rechtsstand, file_stem(answers, lang), inventory=inventory_rows(portfolio, lang)
)
st.subheader(w("roadmap_heading"), anchor=False)
st.markdown(w("roadmap_explain"))
roadmap_view(facts, edits, lambda step_id, edit: actions.save_roadmap_edit(token, step_id, edit))
resume_line(token, lang)
