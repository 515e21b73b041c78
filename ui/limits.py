"""Text fields with a length limit: a longer text is cut, and the field says so.

Streamlit's own limit (max_chars) refuses a longer paste as a whole, without a word: the field
simply stays empty. So the fields using this module have no max_chars; a widget callback cuts
the text to the limit instead, and the field shows what happened until the next change.
"""

from __future__ import annotations

import streamlit as st

from .i18n import t

_CUT = "limits.cut."


def cut_to(key: str, limit: int) -> str:
    """The text of widget `key`, cut to `limit` characters (call it from the widget's callback,
    where Streamlit lets the value change); a cut is remembered for `cut_notice`."""
    text = st.session_state.get(key) or ""
    st.session_state.pop(_CUT + key, None)
    if len(text) > limit:
        st.session_state[key] = text[:limit]
        st.session_state[_CUT + key] = len(text)
    return st.session_state.get(key) or ""


def was_cut(key: str) -> bool:
    """Whether the last change of `key` was cut."""
    return _CUT + key in st.session_state


def cut_notice(key: str, limit: int, lang: str) -> None:
    """Under the field: that its text was cut, from how many characters to how many."""
    length = st.session_state.get(_CUT + key)
    if length:
        message = t("input.cut", lang, length=length, limit=limit)
        st.warning(message, icon=":material/content_cut:")
