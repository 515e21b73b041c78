"""The open assessment of this browser session: its resume token, in session and URL.

The token is the only thing in the URL (`?t=…`); answers live in the database. Streamlit drops
query parameters when the user switches pages, so every run writes the token back.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import streamlit as st

from questionnaire import Answers

from . import store, url_token
from .i18n import set_language
from .notices import SELF_CHECK

TOKEN_KEY = "session.token"
URL_PARAM = "t"
# Tokens from storage are URL-safe base64 of >= 16 random bytes; anything else is not ours.
_TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
# Widget-state prefixes of components that show saved data; cleared when the data is replaced.
_DATA_WIDGET_PREFIXES = ("q.", "profile.", "target.", "settings.")


def is_token(text: str) -> bool:
    """Whether `text` has the shape of a resume token."""
    return bool(_TOKEN_PATTERN.match(text))


def token_from_link(text: str) -> str | None:
    """The token in a pasted resume link or a bare token; None when there is none."""
    text = text.strip()
    if is_token(text):
        return text
    values = parse_qs(urlsplit(text).query).get(URL_PARAM, [])
    return values[0] if values and is_token(values[0]) else None


def token() -> str | None:
    """The resume token of the open assessment, or None."""
    return st.session_state.get(TOKEN_KEY)


def sync_with_url() -> None:
    """Adopt a token from the URL (a reload or a resume link), else put ours back into it."""
    from_url = url_token.in_url(URL_PARAM)
    current = token()
    if from_url and from_url != current:
        if is_token(from_url):
            adopt(from_url)
        else:
            del st.query_params[URL_PARAM]
            notify("link_invalid")
    elif current and from_url != current:
        st.query_params[URL_PARAM] = current


def adopt(new_token: str) -> bool:
    """Open the assessment of a resume token in its saved language; False when there is none."""
    answers = store.repository().get(new_token)
    if answers is None:
        close()
        notify("link_invalid")
        return False
    open_assessment(new_token)
    set_language(answers.language)
    return True


def open_assessment(new_token: str) -> None:
    """Make `new_token` the open assessment of this session and put it into the URL."""
    forget_data_widgets()
    url_token.keep(URL_PARAM, TOKEN_KEY, new_token)


def close() -> None:
    """Close the open assessment in this session (its data stays until deleted)."""
    forget_data_widgets()
    url_token.forget(URL_PARAM, TOKEN_KEY)


def current_answers() -> Answers | None:
    """The saved answers of the open assessment, or None (closing a vanished one)."""
    current = token()
    if current is None:
        return None
    answers = store.repository().get(current)
    if answers is None:
        close()
        notify("assessment_gone")
    return answers


def forget_data_widgets() -> None:
    """Drop widget state that mirrors saved data, so widgets show the database again."""
    for key in list(st.session_state.keys()):
        if isinstance(key, str) and key.startswith(_DATA_WIDGET_PREFIXES):
            del st.session_state[key]


notify = SELF_CHECK.notify
