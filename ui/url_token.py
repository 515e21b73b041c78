"""A secret token carried in the query string and kept in session state as well, because
Streamlit drops query parameters when the user switches pages. The self-check's resume token
and the workshop's host and participant tokens go through these three functions."""

from __future__ import annotations

import streamlit as st


def in_url(param: str) -> str | None:
    """The value of `?param=…`, or None."""
    value = st.query_params.get(param)
    return value if isinstance(value, str) and value else None


def keep(param: str, key: str, token: str) -> None:
    """Remember `token` in session state under `key` and put it into the URL as `param`."""
    st.session_state[key] = token
    if st.query_params.get(param) != token:
        st.query_params[param] = token


def forget(param: str, key: str) -> None:
    """Drop the token from session state and from the URL."""
    st.session_state.pop(key, None)
    if param in st.query_params:
        del st.query_params[param]
