"""The operator's secret for the association view: set in the environment or a file.

`KIRC_ADMIN_SECRET_FILE` names a file holding the secret (preferred: not visible in the process
environment), else `KIRC_ADMIN_SECRET` holds it. The secret is hashed as soon as it is read;
what someone types is hashed too and only the two hashes are compared, in constant time. The
session remembers the hash it was admitted with, never the secret, so changing the secret
ends every admitted session.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

import streamlit as st

SECRET_VARIABLE = "KIRC_ADMIN_SECRET"
SECRET_FILE_VARIABLE = "KIRC_ADMIN_SECRET_FILE"
MIN_LENGTH = 16  # characters; a short secret could be guessed through the form
ADMITTED_KEY = "operator.admitted"


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def secret_hash() -> str | None:
    """The hash of the configured secret; None when none is set (or it is too short)."""
    path = os.environ.get(SECRET_FILE_VARIABLE, "").strip()
    secret = os.environ.get(SECRET_VARIABLE, "")
    if path:
        try:
            secret = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
    secret = secret.strip()
    return _hash(secret) if len(secret) >= MIN_LENGTH else None


def admit(given: str) -> bool:
    """Whether `given` is the configured secret; remembers the admission in this session."""
    stored = secret_hash()
    if stored is None or not hmac.compare_digest(stored, _hash(given.strip())):
        return False
    st.session_state[ADMITTED_KEY] = stored
    return True


def admitted() -> bool:
    """Whether this session was admitted with the secret configured now."""
    stored = secret_hash()
    remembered = st.session_state.get(ADMITTED_KEY)
    return (
        stored is not None
        and isinstance(remembered, str)
        and hmac.compare_digest(stored, remembered)
    )


def leave() -> None:
    """Forget the admission of this session."""
    st.session_state.pop(ADMITTED_KEY, None)
