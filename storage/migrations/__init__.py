"""Ordered schema migrations, each applied once in its own transaction and recorded.

`MIGRATIONS` is the list in order; a migration is a function of an open connection and never
changes after release (write a new one instead). `migrate` runs at engine start-up. Two
processes starting at once are safe: each migration runs under a database-wide lock (SQLite's
write lock via BEGIN IMMEDIATE, a transaction-scoped advisory lock on PostgreSQL) and checks
`schema_migrations` again once it holds the lock, so the second process finds it applied.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, select, text

from ..engine import writing
from ..schema import schema_migrations
from . import (
    m001_assessments,
    m002_workshops,
    m003_hashed_tokens,
    m004_join_attempts,
    m005_roadmap_edits,
    m006_peer_contributions,
    m007_portfolio,
    m008_legacy_answers,
    m009_released_answers,
)

log = logging.getLogger(__name__)

# Any fixed 64-bit number; it names "the migration lock" among all advisory locks of the server.
_PG_LOCK_KEY = 0x4B49_5243_4D49_4752  # "KIRCMIGR"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[[Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "assessments", m001_assessments.upgrade),
    Migration(2, "workshops", m002_workshops.upgrade),
    Migration(3, "hashed_tokens", m003_hashed_tokens.upgrade),
    Migration(4, "join_attempts", m004_join_attempts.upgrade),
    Migration(5, "roadmap_edits", m005_roadmap_edits.upgrade),
    Migration(6, "peer_contributions", m006_peer_contributions.upgrade),
    Migration(7, "portfolio", m007_portfolio.upgrade),
    Migration(8, "legacy_answers", m008_legacy_answers.upgrade),
    Migration(9, "released_answers", m009_released_answers.upgrade),
)


def migrate(engine: Engine) -> list[int]:
    """Apply every migration not yet recorded; returns the versions applied now."""
    applied = []
    for migration in MIGRATIONS:
        with writing(engine) as connection:
            _lock(connection)
            schema_migrations.create(connection, checkfirst=True)
            if migration.version in applied_versions(connection):
                continue
            migration.upgrade(connection)
            connection.execute(
                insert(schema_migrations).values(
                    version=migration.version, name=migration.name, applied_at=datetime.now(UTC)
                )
            )
        log.info("applied migration %d (%s)", migration.version, migration.name)
        applied.append(migration.version)
    return applied


def applied_versions(connection: Connection) -> set[int]:
    """The versions recorded in schema_migrations."""
    return set(connection.scalars(select(schema_migrations.c.version)))


def _lock(connection: Connection) -> None:
    # SQLite: BEGIN IMMEDIATE (see writing) already holds the one write lock.
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
