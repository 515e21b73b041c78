"""Streamlit shell of the KI-Readiness-Check: session helpers, UI strings, components, charts.

Only ui/ and views/ import streamlit; the core (questionnaire, scoring, reports) never does.
"""
