"""The resume link: shown with a copy button, and pasted in to continue elsewhere."""

from __future__ import annotations

import streamlit as st

from ..i18n import t
from ..links import app_url
from ..session import URL_PARAM, token_from_link

OPEN_INPUT_KEY = "resume.link"
OPEN_BUTTON_KEY = "resume.open"


def resume_url(token: str) -> str:
    """The absolute resume link of this server (relative when the URL is unknown)."""
    return app_url(**{URL_PARAM: token})


def resume_box(token: str, lang: str) -> None:
    """The link with a copy button and why it must be kept safe."""
    st.markdown(t("resume.explain", lang))
    st.code(resume_url(token), language=None, wrap_lines=True)
    st.caption(t("resume.keep_safe", lang))


def resume_line(token: str, lang: str, intro_key: str = "resume.short") -> None:
    """The link with its copy button under one short line (the foot of every page)."""
    st.caption(t(intro_key, lang))
    st.code(resume_url(token), language=None, wrap_lines=True)


def open_by_link(lang: str) -> str | None:
    """A field to paste a resume link; returns its token when the user opens a valid one."""
    text = st.text_input(
        t("resume.paste", lang), key=OPEN_INPUT_KEY, placeholder=t("resume.paste_placeholder", lang)
    )
    if not st.button(t("resume.open", lang), key=OPEN_BUTTON_KEY, icon=":material/link:"):
        return None
    found = token_from_link(text or "")
    if found is None:
        st.error(t("resume.not_a_link", lang))
    return found
