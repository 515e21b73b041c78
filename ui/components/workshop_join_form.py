"""The participant's way in: the code (from the link or typed), an optional name or role."""

from __future__ import annotations

import math

import streamlit as st

from storage import UnknownWorkshop, WorkshopClosed, normalize_code

from ..format import plain
from ..i18n import t
from ..limits import cut_notice, cut_to, was_cut
from ..workshop import actions, throttle
from ..workshop.access import CODE_PARAM

FORM_KEY = "workshop_join.form"
CODE_KEY = "workshop_join.code"
NAME_KEY = "workshop_join.name"
SUBMIT_KEY = "workshop_join.submit"
NAME_MAX_CHARS = 80
CODE_MAX_CHARS = 20


def join_form(lang: str) -> str | None:
    """The form; returns the new participant token once the code opened a workshop."""
    if CODE_KEY not in st.session_state:
        # The join link (?code=…) fills the code in; the person only presses the button. The
        # field's limit holds for the link too: a longer value is not a code.
        st.session_state[CODE_KEY] = st.query_params.get(CODE_PARAM, "")[:CODE_MAX_CHARS]
    st.markdown(t("join.intro", lang))
    with st.form(FORM_KEY, border=True):
        # No max_chars: it would drop a longer paste silently (ui/limits.py).
        st.text_input(
            t("join.code_label", lang),
            key=CODE_KEY,
            placeholder=t("join.code_placeholder", lang),
        )
        cut_notice(CODE_KEY, CODE_MAX_CHARS, lang)
        st.text_input(
            t("join.name_label", lang),
            key=NAME_KEY,
            placeholder=t("join.name_placeholder", lang),
        )
        cut_notice(NAME_KEY, NAME_MAX_CHARS, lang)
        st.caption(t("join.anonymous", lang))
        submitted = st.form_submit_button(
            t("join.submit", lang),
            type="primary",
            key=SUBMIT_KEY,
            icon=":material/login:",
            on_click=_cut_both,
        )
    if not submitted or was_cut(CODE_KEY) or was_cut(NAME_KEY):
        return None  # what was cut is shown first, to be checked before joining
    return _join(st.session_state[CODE_KEY] or "", st.session_state[NAME_KEY] or "", lang)


def _cut_both() -> None:
    cut_to(CODE_KEY, CODE_MAX_CHARS)
    cut_to(NAME_KEY, NAME_MAX_CHARS)


def _join(typed: str, name: str, lang: str) -> str | None:
    try:
        code = normalize_code(typed)
    except ValueError:
        code = ""
    if not code:
        st.error(t("join.code_missing", lang), icon=":material/pin:")
        return None
    name = " ".join(name.split())[:NAME_MAX_CHARS] or None
    # Counted before the code is looked at: wrong codes slow down (ui/workshop/throttle.py).
    admission = throttle.attempts().admit(throttle.clients())
    if admission.wait:
        seconds = math.ceil(admission.wait)
        st.error(t("join.wait", lang, seconds=seconds), icon=":material/hourglass_top:")
        return None
    try:
        token = actions.join(code, name)
    except UnknownWorkshop:
        # The code is what the person (or a link someone sent) typed: shown as text, never
        # read as Markdown.
        message = t("join.unknown_code", lang, code=plain(code))
        st.error(message, icon=":material/search_off:")
        return None
    except WorkshopClosed:
        throttle.attempts().right(admission)
        st.error(t("join.closed", lang), icon=":material/lock:")
        return None
    throttle.attempts().right(admission)
    return token
