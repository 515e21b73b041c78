"""Migration 3: tokens are stored as SHA-256 hashes; workshops keep their presentation key's hash.

Renames `assessments.token` to `token_hash`, `participants.token` to `token_hash` and
`workshops.host_token` to `host_token_hash`, replaces each stored token by its hash, and adds
`workshops.presentation_key_hash`, computed from the host token while it is still at hand, so
every link handed out before (resume, host, participant and projector links) keeps working.

Frozen: the two derivations below are copies of the ones in storage/tokens.py at the time of
this migration, so a later change there cannot change what this migration did.
"""

from __future__ import annotations

import hashlib
import hmac

from sqlalchemy import Connection, text

_RENAMES = (
    ("assessments", "token", "token_hash"),
    ("participants", "token", "token_hash"),
    ("workshops", "host_token", "host_token_hash"),
)


def upgrade(connection: Connection) -> None:
    """Rename the token columns, hash every stored token, add the presentation key hash."""
    connection.execute(text("ALTER TABLE workshops ADD COLUMN presentation_key_hash VARCHAR(64)"))
    workshops = connection.execute(text("SELECT id, code, host_token FROM workshops")).all()
    for workshop_id, code, host_token in workshops:
        connection.execute(
            text("UPDATE workshops SET presentation_key_hash = :key WHERE id = :id"),
            {"key": _hash(_presentation_key(host_token, code)), "id": workshop_id},
        )
    for table, old, new in _RENAMES:
        connection.execute(text(f"ALTER TABLE {table} RENAME COLUMN {old} TO {new}"))
        rows = connection.execute(text(f"SELECT id, {new} FROM {table}")).all()
        for row_id, token in rows:
            connection.execute(
                text(f"UPDATE {table} SET {new} = :hash WHERE id = :id"),
                {"hash": _hash(token), "id": row_id},
            )


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _presentation_key(host_token: str, code: str) -> str:
    message = b"presentation:" + code.encode()
    return hmac.new(host_token.encode(), message, hashlib.sha256).hexdigest()[:32]
