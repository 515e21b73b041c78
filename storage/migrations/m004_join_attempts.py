"""Migration 4: join attempts, so that wrong join codes are counted across app processes.

Frozen: this is the table as migration 4 created it (storage/schema.py holds the current shape).
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, DateTime, Index, Integer, MetaData, String, Table


def upgrade(connection: Connection) -> None:
    """Create join_attempts: one row per attempt, by the hash of the client, for 15 minutes."""
    metadata = MetaData()
    table = Table(
        "join_attempts",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("client_hash", String(64), nullable=False),
        Column("attempted_at", DateTime(timezone=True), nullable=False),
    )
    Index("ix_join_attempts_client", table.c.client_hash, table.c.attempted_at)
    metadata.create_all(connection)
