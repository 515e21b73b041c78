"""Who may see what: the host token, the presentation key and the participant token.

Every secret arrives in the query string and is checked against storage on every run; the
repository compares tokens in constant time, and the presentation key is compared here with
hmac.compare_digest. A checked token is kept in session state as well, because Streamlit
drops query parameters when the user switches pages.
"""

from __future__ import annotations

import hashlib
import hmac

import streamlit as st

from storage import Participant, Workshop, normalize_code

from ..session import is_token
from .store import repository

HOST_PARAM = "host"
HOST_KEY = "workshop.host_token"
PARTICIPANT_PARAM = "p"
PARTICIPANT_KEY = "workshop.participant_token"
CODE_PARAM = "code"
PRESENT_KEY_PARAM = "key"
LANG_PARAM = "lang"


def _from_url_or_session(param: str, key: str) -> str | None:
    value = st.query_params.get(param) or st.session_state.get(key)
    return value if isinstance(value, str) else None


def _forget(param: str, key: str) -> None:
    st.session_state.pop(key, None)
    if param in st.query_params:
        del st.query_params[param]


def _keep(param: str, key: str, token: str) -> None:
    st.session_state[key] = token
    if st.query_params.get(param) != token:
        st.query_params[param] = token


def host_token_given() -> bool:
    """Whether this session brought a host token at all (valid or not)."""
    return bool(_from_url_or_session(HOST_PARAM, HOST_KEY))


def host_workshop() -> Workshop | None:
    """The workshop of this session's host token, checked against storage; None otherwise."""
    token = _from_url_or_session(HOST_PARAM, HOST_KEY)
    workshop = repository().by_host_token(token) if token and is_token(token) else None
    if workshop is None:
        _forget(HOST_PARAM, HOST_KEY)
        return None
    _keep(HOST_PARAM, HOST_KEY, token)
    return workshop


def open_as_host(token: str) -> None:
    """Make `token` this session's host token (after creating a workshop)."""
    _keep(HOST_PARAM, HOST_KEY, token)


def leave_host() -> None:
    """Forget the host token in this session (the workshop itself stays)."""
    _forget(HOST_PARAM, HOST_KEY)


def presentation_key(workshop: Workshop) -> str:
    """A view-only key for the projector, derived from the host token (128 bits, hex).

    The projector's address bar is visible to the room, so the presentation link never
    carries the host token itself: the key opens the presentation, nothing else.
    """
    message = b"presentation:" + workshop.code.encode()
    return hmac.new(workshop.host_token.encode(), message, hashlib.sha256).hexdigest()[:32]


def presented_workshop() -> Workshop | None:
    """The workshop named by `?code=…&key=…` when the key matches; None otherwise."""
    code = normalize_code(st.query_params.get(CODE_PARAM) or "")
    key = st.query_params.get(PRESENT_KEY_PARAM) or ""
    workshop = repository().by_code(code) if code else None
    if workshop is None:
        return None
    if not hmac.compare_digest(presentation_key(workshop).encode(), key.encode()):
        return None
    return workshop


def participant() -> Participant | None:
    """This session's participant (token from the URL or session), checked; None otherwise."""
    token = _from_url_or_session(PARTICIPANT_PARAM, PARTICIPANT_KEY)
    found = repository().participant(token) if token and is_token(token) else None
    if found is None:
        _forget(PARTICIPANT_PARAM, PARTICIPANT_KEY)
        return None
    _keep(PARTICIPANT_PARAM, PARTICIPANT_KEY, token)
    return found


def participant_token_given() -> bool:
    """Whether this session brought a participant token at all (valid or not)."""
    return bool(_from_url_or_session(PARTICIPANT_PARAM, PARTICIPANT_KEY))


def become_participant(token: str) -> None:
    """Make `token` this session's participant token (after joining)."""
    _keep(PARTICIPANT_PARAM, PARTICIPANT_KEY, token)


def leave_participant() -> None:
    """Forget the participant token in this session (the answers stay)."""
    _forget(PARTICIPANT_PARAM, PARTICIPANT_KEY)
