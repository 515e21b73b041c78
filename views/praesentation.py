"""Präsentation: the projector view of a workshop, opened with its code and view-only key.

The key is derived from the host token when the workshop is created (storage keeps only its
hash) and checked on every run; the page never holds or shows the host token, because the
room can read the projector's address bar.
"""

import streamlit as st

from ui.components.workshop_present import presentation, presentation_style
from ui.i18n import language, t
from ui.workshop import access, notice

st.set_page_config(layout="wide", initial_sidebar_state="collapsed")
access.language_from_url()
lang = language()
workshop = access.presented_workshop()
if workshop is None:
    st.title(t("present.title", lang), anchor=False)
    notice.show(lang)
    st.error(t("present.invalid", lang), icon=":material/key_off:")
    st.stop()

presentation_style()
presentation(workshop.code, access.presentation_key(workshop), lang)
