"""KI-Portfolio: the administration's use cases with status and checks, its AI register."""

import datetime as dt

import pandas as pd
import streamlit as st

from questionnaire import localized
from ui import page, session, store, usecase_content
from ui.components.portfolio_downloads import portfolio_downloads
from ui.components.portfolio_form import portfolio_form, word
from ui.components.resume import resume_line
from ui.components.triage_runner import triage_runner
from ui.i18n import t
from usecases import PortfolioItem, from_catalogue, own_item

q, lang = page.begin("pf.title")
answers = page.assessment(q, lang)
token = session.token()
repository = store.portfolio_repository()
catalogue = usecase_content.catalogue()
tree = usecase_content.triage_tree()
st.markdown(t("pf.intro", lang))


def save(item: PortfolioItem) -> None:
    repository.save(token, item)


with st.expander(t("pf.add_heading", lang), icon=":material/add:", expanded=True):
    cases = [case.id for case in catalogue.use_cases]
    picked = st.selectbox(
        t("pf.add_catalogue", lang), cases, index=None,
        format_func=lambda cid: localized(catalogue.use_case(cid).title, lang),
        placeholder=t("pf.add_catalogue_placeholder", lang), key="pf.add.catalogue",
    )  # fmt: skip
    if st.button(t("pf.add_catalogue_button", lang), key="pf.add.catalogue_button",
                 disabled=picked is None, icon=":material/playlist_add:"):  # fmt: skip
        item = from_catalogue(catalogue, picked, lang)
        save(item)
        st.session_state["pf.pick"] = item.id
        st.rerun()
    name = st.text_input(t("pf.add_own", lang), max_chars=200, key="pf.add.own")
    if st.button(t("pf.add_own_button", lang), key="pf.add.own_button",
                 disabled=not name.strip(), icon=":material/edit_note:"):  # fmt: skip
        item = own_item(name.replace("\x00", ""))
        save(item)
        st.session_state["pf.pick"] = item.id
        st.rerun()

items = repository.items(token)
if not items:
    st.info(t("pf.empty", lang), icon=":material/info:")
    resume_line(token, lang)
    st.stop()


def label(item: PortfolioItem) -> str:
    found = item.classification(tree)
    return tree.label(found, lang) if found else word("risk_open", lang)


st.subheader(t("pf.overview", lang), anchor=False)
st.table(
    pd.DataFrame(
        {
            word("field_name", lang): [i.name for i in items],
            word("field_status", lang): [word(f"status_{i.status}", lang) for i in items],
            word("field_unit", lang): [i.unit or "–" for i in items],
            word("field_risk_category", lang): [label(i) for i in items],
        }
    ),
    hide_index=True,
)

ids = [i.id for i in items]
if st.session_state.get("pf.pick") not in ids:
    st.session_state["pf.pick"] = ids[-1]
chosen_id = st.selectbox(
    t("pf.edit_pick", lang), ids, format_func=lambda i: items[ids.index(i)].name, key="pf.pick"
)
chosen = items[ids.index(chosen_id)]
st.subheader(chosen.name, anchor=False)
portfolio_form(chosen, lang, save)
if st.button(t("pf.remove", lang), key=f"pf.{chosen.id}.remove", icon=":material/delete:"):
    repository.remove(token, chosen.id)
    st.rerun()

st.subheader(t("triage.heading", lang), anchor=False)
st.markdown(t("triage.intro", lang))
prefill = catalogue.triage_answers(catalogue.use_case(chosen.use_case)) if chosen.use_case else None
triage_runner(
    f"pf-{chosen.id}", lang, prefill=prefill, stored=chosen.triage,
    save=lambda found: save(chosen.model_copy(update={"triage": found,
                                                      "updated": dt.date.today()})),
)  # fmt: skip

st.subheader(t("pf.downloads", lang), anchor=False)
st.markdown(t("pf.downloads_intro", lang))
portfolio_downloads(items, answers.profile.organisation or "", chosen, lang)
resume_line(token, lang)
