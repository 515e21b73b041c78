"""Start: what the check is, start a Kurzcheck or Vollcheck, continue, import, delete."""

import streamlit as st

from scoring import score
from ui import actions, page, session
from ui.components.answers_upload import answers_upload
from ui.components.assessment_panel import begin_buttons, open_assessment_panel
from ui.components.intro import intro
from ui.components.resume import open_by_link
from ui.format import plain
from ui.i18n import t

q, lang = page.begin("start.title")
answers = session.current_answers()
intro(q, lang)

if answers is None:
    mode = begin_buttons(q, lang)
    if mode is not None:
        actions.start_assessment(q, mode, lang)
        st.switch_page(page.PROFILE_PAGE)
else:
    token = session.token()
    if open_assessment_panel(
        answers,
        score(q, answers),
        token,
        lang,
        on_restart=actions.close_assessment,
        on_delete=lambda: actions.delete_assessment(token),
        on_mode=(lambda m: actions.save_settings(token, mode=m)) if q.has_short_mode() else None,
    ):
        actions.new_round(q, token, answers)
        st.switch_page(page.QUESTIONS_PAGE)

st.subheader(t("start.resume_heading", lang))
found = open_by_link(lang)
if found is not None and session.adopt(found):
    st.rerun()

st.subheader(t("start.import_heading", lang))
st.markdown(t("start.import_explain", lang))
imported = answers_upload(q, "start.import_file", t("start.import_label", lang), lang)
if imported is not None:
    org = plain(imported.profile.organisation or t("common.unnamed", lang))
    st.success(t("start.import_ready", lang, org=org, count=len(imported.answers)))
    if st.button(t("start.import_open", lang), key="start.import_open", type="primary"):
        actions.import_assessment(imported)
        st.switch_page(page.RESULT_PAGE)
