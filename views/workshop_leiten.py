"""Workshop leiten: create a workshop, or, with its host token, run it from the dashboard.

This view checks the host token itself on every run (never relying on app.py): without a
valid token it shows only the form for a new workshop.
"""

import streamlit as st

from questionnaire import localized
from ui.components.workshop_admin import (
    end_controls,
    host_link,
    include_names_checkbox,
    reveal_toggle,
)
from ui.components.workshop_create import create_form
from ui.components.workshop_dashboard import live_dashboard
from ui.components.workshop_export import export_section
from ui.components.workshop_join_info import join_panel
from ui.components.workshop_remote import remote
from ui.content import questionnaire
from ui.format import plain
from ui.i18n import language, t
from ui.workshop import access, actions, notice
from ui.workshop.content import workshop_questionnaire

WIDE = "<style>[data-testid='stMainBlockContainer'] { max-width: 1500px !important; }</style>"

lang = language()
token_given = access.host_token_given()
workshop = access.host_workshop()
if workshop is not None:
    # The dashboard uses the width: joining and controls on the left, the live state right.
    # A constant stylesheet, not set_page_config(layout="wide"): app.py sets the layout on
    # every run, and after a widget's rerun the page fell back to the narrow layout.
    st.html(WIDE)
st.title(t("host.title", lang), anchor=False)
notice.show(lang)

if workshop is None:
    if token_given:
        st.error(t("host.invalid_link", lang), icon=":material/key_off:")
    st.markdown(t("host.intro", lang))
    st.subheader(t("host.create_heading", lang), anchor=False)
    q = questionnaire()
    request = create_form(q, lang)
    if request is not None:
        actions.create(request.title, q, request.mode, request.dimensions)
        st.rerun()
    st.stop()

q = workshop_questionnaire(workshop)
if q is None:
    st.error(t("host.wrong_questionnaire", lang, found=workshop.questionnaire_id))
    st.stop()

st.header(plain(workshop.title), anchor=False)
asked = sum(len(d.questions_in(workshop.mode)) for d in q.dimensions)
names = ", ".join(localized(d.name, lang) for d in q.dimensions)
st.markdown(t("host.summary", lang, mode=t("mode." + workshop.mode, lang), count=asked))
st.caption(names)
if workshop.closed:
    st.warning(t("host.status_closed", lang), icon=":material/lock:")

left, right = st.columns([2, 3], gap="large")
with left:
    if not workshop.closed:
        st.subheader(t("host.join_heading", lang), anchor=False)
        join_panel(workshop, lang)
    st.subheader(t("host.present_heading", lang), anchor=False)
    remote(workshop, q, lang)
    host_link(workshop, lang)
with right:
    st.subheader(t("host.live_heading", lang), anchor=False)
    reveal_toggle(workshop, lang)
    live_dashboard(workshop.host_token, lang)

st.divider()
left, right = st.columns([2, 3], gap="large")
with left:
    st.subheader(t("host.export_heading", lang), anchor=False)
    include_names_checkbox(workshop, lang)
    export_section(q, workshop, actions.progress(workshop.id).joined, lang)
with right:
    st.subheader(t("host.end_heading", lang), anchor=False)
    end_controls(workshop, q, lang)
