"""Secrets at rest: the database keeps only a hash of each token, never the token itself.

A token (resume link, host link, participant link) is 192 random bits, so a plain SHA-256 of it
is enough: nobody can find a token from its hash by trying, and no salt or slow hash is needed
(those protect guessable passwords). Whoever reads the database file learns hashes, which open
nothing: a lookup hashes what it is given, so a hash given as a token does not match.

The presentation key of a workshop (the projector's view-only link) is derived from the host
token when the workshop is created; only its hash is stored, so the projector link keeps working
without the host token in the database.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

TOKEN_BYTES = 24  # 192 bits; ARCHITECTURE.md asks for at least 128
HASH_LENGTH = 64  # hex digits of SHA-256
PRESENTATION_KEY_LENGTH = 32  # hex digits: 128 bits


def new_token() -> str:
    """A fresh random token, URL-safe (32 characters)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    """The stored form of a token: SHA-256, hex."""
    return hashlib.sha256(token.encode()).hexdigest()


def same_hash(stored: str, token: str) -> bool:
    """Whether `token` hashes to `stored`, compared in constant time."""
    return hmac.compare_digest(stored.encode(), token_hash(token).encode())


def presentation_key(host_token: str, code: str) -> str:
    """The projector's view-only key of the workshop with this host token and join code.

    The projector's address bar is visible to the room, so the presentation link never carries
    the host token itself: the key opens the presentation, nothing else.
    """
    message = b"presentation:" + code.encode()
    digest = hmac.new(host_token.encode(), message, hashlib.sha256).hexdigest()
    return digest[:PRESENTATION_KEY_LENGTH]
