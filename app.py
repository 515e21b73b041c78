"""Entry point: page configuration and navigation over views/, nothing else."""

import streamlit as st

from ui import shell
from ui.i18n import t

st.set_page_config(
    page_title="KI-Readiness-Check", page_icon=":material/checklist:", layout="centered"
)
shell.prepare()
st.navigation(
    [
        st.Page("views/start.py", title=t("nav.start"), icon=":material/home:", default=True),
        st.Page("views/profil.py", title=t("nav.profil"), icon=":material/apartment:"),
        st.Page("views/fragebogen.py", title=t("nav.fragebogen"), icon=":material/checklist:"),
        st.Page("views/ergebnis.py", title=t("nav.ergebnis"), icon=":material/insights:"),
        st.Page("views/export.py", title=t("nav.export"), icon=":material/download:"),
    ]
).run()
