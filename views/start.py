"""Start: what the check is, start a Kurzcheck or Vollcheck, continue, import, delete."""

import streamlit as st

from scoring import score
from ui import actions, page, session
from ui.components.answers_upload import answers_upload
from ui.components.confirm import confirm_button
from ui.components.intro import intro
from ui.components.progress import overall_progress
from ui.components.resume import open_by_link, resume_box
from ui.i18n import t

q, lang = page.begin("start.title")
answers = session.current_answers()
intro(q, lang)

if answers is None:
    st.subheader(t("start.begin_heading", lang))
    left, right = st.columns(2)
    if q.has_short_mode() and left.button(
        t("start.short", lang), key="start.short", type="primary", width="stretch"
    ):
        actions.start_assessment(q, "short", lang)
        st.switch_page(page.PROFILE_PAGE)
    full = right if q.has_short_mode() else left
    if full.button(t("start.full", lang), key="start.full", width="stretch"):
        actions.start_assessment(q, "full", lang)
        st.switch_page(page.PROFILE_PAGE)
else:
    token = session.token()
    result = score(q, answers)
    st.subheader(t("start.current_heading", lang))
    org = answers.profile.organisation or t("common.unnamed", lang)
    st.markdown(t("start.current", lang, org=org, mode=t("mode." + answers.mode, lang)))
    overall_progress(result, lang)
    left, right = st.columns(2)
    left.page_link(
        page.QUESTIONS_PAGE, label=t("start.continue", lang), icon=":material/checklist:"
    )
    right.page_link(page.RESULT_PAGE, label=t("start.to_result", lang), icon=":material/insights:")
    resume_box(token, lang)
    with st.expander(t("start.more_actions", lang)):
        if result.overall.level is not None:
            st.markdown(t("start.new_round_explain", lang))
            if st.button(
                t("start.new_round", lang), key="start.new_round", icon=":material/history:"
            ):
                actions.new_round(q, token, answers)
                st.switch_page(page.QUESTIONS_PAGE)
        st.markdown(t("start.restart_explain", lang))
        confirm_button(
            "start.restart",
            t("start.restart", lang),
            t("start.restart_question", lang),
            t("start.restart_confirm", lang),
            actions.close_assessment,
            lang,
            icon=":material/restart_alt:",
        )
        st.markdown(t("start.delete_explain", lang))
        confirm_button(
            "start.delete",
            t("start.delete", lang),
            t("start.delete_question", lang),
            t("start.delete_confirm", lang),
            lambda: actions.delete_assessment(token),
            lang,
            icon=":material/delete:",
        )

st.subheader(t("start.resume_heading", lang))
found = open_by_link(lang)
if found is not None and session.adopt(found):
    st.rerun()

st.subheader(t("start.import_heading", lang))
st.markdown(t("start.import_explain", lang))
imported = answers_upload(q, "start.import_file", t("start.import_label", lang), lang)
if imported is not None:
    org = imported.profile.organisation or t("common.unnamed", lang)
    st.success(t("start.import_ready", lang, org=org, count=len(imported.answers)))
    if st.button(t("start.import_open", lang), key="start.import_open", type="primary"):
        actions.import_assessment(imported)
        st.switch_page(page.RESULT_PAGE)
