"""Profil: who is assessing; every field is saved as soon as it is changed."""

import streamlit as st

from ui import actions, page, session
from ui.components.mode_choice import mode_choice
from ui.components.profile_form import profile_form
from ui.components.resume import resume_line
from ui.i18n import t

q, lang = page.begin("profil.title")
answers = page.assessment(q, lang)
token = session.token()

st.markdown(t("profil.intro", lang))
profile_form(
    answers.profile, lang, lambda field, value: actions.save_profile_field(token, field, value)
)
if q.has_short_mode():
    mode_choice(answers.mode, lang, lambda mode: actions.save_settings(token, mode=mode))
st.page_link(
    page.QUESTIONS_PAGE, label=t("profil.to_questions", lang), icon=":material/arrow_forward:"
)
resume_line(token, lang)
