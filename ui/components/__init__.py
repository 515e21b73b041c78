"""Reusable Streamlit components; each owns its session-state keys and returns plain values."""
