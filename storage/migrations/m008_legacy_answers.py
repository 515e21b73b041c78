"""Migration 8: a column that keeps, as JSON, the answers given to an earlier questionnaire
version when they are carried over to a new one (storage/carry_over.py).

Frozen: later changes go into a new migration.
"""

from __future__ import annotations

from sqlalchemy import Connection, text


def upgrade(connection: Connection) -> None:
    """Add the nullable `legacy` column to assessments and participants; rows keep NULL."""
    for table in ("assessments", "participants"):
        connection.execute(text(f"ALTER TABLE {table} ADD COLUMN legacy TEXT"))
