"""Who may see what: the host token, the presentation key and the participant token.

Every secret arrives in the query string and is checked against storage on every run; the
repository compares their hashes in constant time, the presentation key's too. A checked token
is kept in session state as well, because Streamlit drops query parameters when the user
switches pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from storage import Participant, Workshop

from .. import url_token
from ..i18n import LANGUAGES, set_language
from ..session import is_token
from .store import repository

HOST_PARAM = "host"
HOST_KEY = "workshop.host_token"
PARTICIPANT_PARAM = "p"
PARTICIPANT_KEY = "workshop.participant_token"
CODE_PARAM = "code"
PRESENT_KEY_PARAM = "key"
LANG_PARAM = "lang"

T = TypeVar("T")


def _from_url_or_session(param: str, key: str) -> str | None:
    value = url_token.in_url(param) or st.session_state.get(key)
    return value if isinstance(value, str) else None


def _checked(param: str, key: str, lookup: Callable[[str], T | None]) -> T | None:
    """What `lookup` finds for the token in the URL or session; the token is kept when it is
    found and forgotten otherwise."""
    token = _from_url_or_session(param, key)
    found = lookup(token) if token and is_token(token) else None
    if found is None:
        url_token.forget(param, key)
        return None
    url_token.keep(param, key, token)
    return found


def language_from_url() -> None:
    """Switch the session to the language a workshop link carries (`?lang=en`), if any: the
    projector's link and the participants' join link and QR code name the facilitator's."""
    requested = st.query_params.get(LANG_PARAM)
    if requested in LANGUAGES:
        set_language(requested)


def host_token_given() -> bool:
    """Whether this session brought a host token at all (valid or not)."""
    return bool(_from_url_or_session(HOST_PARAM, HOST_KEY))


def host_workshop() -> Workshop | None:
    """The workshop of this session's host token, checked against storage; None otherwise."""
    return _checked(HOST_PARAM, HOST_KEY, lambda token: repository().by_host_token(token))


def open_as_host(token: str) -> None:
    """Make `token` this session's host token (after creating a workshop)."""
    url_token.keep(HOST_PARAM, HOST_KEY, token)


def leave_host() -> None:
    """Forget the host token in this session (the workshop itself stays)."""
    url_token.forget(HOST_PARAM, HOST_KEY)


def presentation_key(workshop: Workshop) -> str:
    """The projector's view-only key (128 bits, hex) of a workshop opened by a host or key."""
    if workshop.presentation_key is None:
        raise ValueError("only a workshop opened by its host token or key has the key")
    return workshop.presentation_key


def presented_workshop() -> Workshop | None:
    """The workshop named by `?code=…&key=…` when the key matches; None otherwise."""
    code = url_token.in_url(CODE_PARAM) or ""
    key = url_token.in_url(PRESENT_KEY_PARAM) or ""
    return repository().by_presentation_key(code, key) if code and key else None


def participant() -> Participant | None:
    """This session's participant (token from the URL or session), checked; None otherwise."""
    return _checked(
        PARTICIPANT_PARAM, PARTICIPANT_KEY, lambda token: repository().participant(token)
    )


def participant_token_given() -> bool:
    """Whether this session brought a participant token at all (valid or not)."""
    return bool(_from_url_or_session(PARTICIPANT_PARAM, PARTICIPANT_KEY))


def become_participant(token: str) -> None:
    """Make `token` this session's participant token (after joining)."""
    url_token.keep(PARTICIPANT_PARAM, PARTICIPANT_KEY, token)
