"""Verbandsansicht: the operator's aggregates of the peer comparison, behind the admin secret."""

import streamlit as st

from ui import operator
from ui.components.association_view import association_view
from ui.content import questionnaire
from ui.i18n import language, t

lang = language()
st.title(t("association.title", lang), anchor=False)
if operator.secret_hash() is None:
    st.info(t("association.not_set_up", lang), icon=":material/lock:")
    st.stop()
if not operator.admitted():
    with st.form("association.login"):
        given = st.text_input(t("association.secret", lang), type="password")
        if st.form_submit_button(t("association.open", lang), type="primary"):
            if operator.admit(given):
                st.rerun()
            st.error(t("association.wrong", lang), icon=":material/key_off:")
    st.stop()
association_view(questionnaire(), lang)
if st.button(t("association.leave", lang), icon=":material/logout:"):
    operator.leave()
    st.rerun()
