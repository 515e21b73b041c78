"""Entry point: page configuration and navigation over views/, nothing else."""

import streamlit as st

st.set_page_config(page_title="KI-Readiness-Check", layout="wide")
st.navigation([st.Page("views/start.py", title="Start", default=True)]).run()
