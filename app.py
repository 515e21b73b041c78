"""Entry point: page configuration and navigation over views/, nothing else."""

import streamlit as st

from ui import shell
from ui.i18n import t

# No page_icon and no page icons: Streamlit turns a Material icon into the favicon, which the
# browser then fetches from fonts.gstatic.com (seen in a browser test). The bundled default
# favicon loads from this server.
st.set_page_config(page_title="KI-Readiness-Check", layout="centered")
shell.prepare()
st.navigation(
    [
        st.Page("views/start.py", title=t("nav.start"), default=True),
        st.Page("views/profil.py", title=t("nav.profil")),
        st.Page("views/fragebogen.py", title=t("nav.fragebogen")),
        st.Page("views/ergebnis.py", title=t("nav.ergebnis")),
        st.Page("views/plan.py", title=t("nav.plan")),
        st.Page("views/export.py", title=t("nav.export")),
        st.Page("views/anwendungsfaelle.py", title=t("nav.anwendungsfaelle")),
        st.Page("views/portfolio.py", title=t("nav.portfolio")),
        # Opened from the overview's links (?fall=ID).
        st.Page("views/anwendungsfall.py", title=t("nav.anwendungsfall"), visibility="hidden"),
        st.Page("views/workshop_leiten.py", title=t("nav.workshop_leiten")),
        st.Page("views/workshop_beitreten.py", title=t("nav.workshop_beitreten")),
        # Opened from the dashboard's link only; the view checks its key itself.
        st.Page("views/praesentation.py", title=t("nav.praesentation"), visibility="hidden"),
        # The operator's aggregates; opened by address only, the view asks for the secret.
        st.Page("views/verband.py", title=t("nav.verband"), visibility="hidden"),
    ]
).run()
