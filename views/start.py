"""Start page (placeholder until the self-check app lands)."""

import streamlit as st

st.title("KI-Readiness-Check")
st.write("Der Selbstcheck für Kommunalverwaltungen entsteht gerade.")
