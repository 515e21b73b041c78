"""Wrong join codes slow down: attempts are counted per client in the database.

A client is a browser session or a network address (the UI says which). Every attempt is
recorded before the code is looked at and deleted again when the code was right, so only wrong
codes remain. After `Limit.free` of them within WINDOW, the next attempt must wait, first
`Limit.first_wait` seconds, twice as long after each further wrong code, at most
`Limit.longest`. Because the rows live in the database, every app process (replicas behind one
proxy) counts the same attempts. Admitting an attempt is one write transaction under a lock per
client, so parallel requests cannot all pass while the count is still low.

Clients are stored as SHA-256 hashes and kept for WINDOW only (docs/betrieb.md).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, insert, select, text

from .codec import utc
from .engine import writing
from .schema import join_attempts

WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class Limit:
    """How many wrong codes pass freely within WINDOW, and how the wait grows after that."""

    free: int
    first_wait: float
    longest: float

    def wait(self, attempts: list[datetime], now: datetime) -> float:
        """Seconds still to wait after these attempts (within WINDOW, any order)."""
        if not attempts or len(attempts) < self.free:
            return 0.0
        wait = min(self.longest, self.first_wait * 2 ** (len(attempts) - self.free))
        return max(0.0, wait - (now - max(attempts)).total_seconds())


@dataclass(frozen=True)
class Admission:
    """The outcome of asking to try a code: `wait` seconds (0: go ahead) and the rows made."""

    wait: float
    ids: tuple[int, ...] = ()


def now() -> datetime:
    """The current time (tests replace it)."""
    return datetime.now(UTC)


def client_hash(client: str) -> str:
    """The stored form of a client key."""
    return hashlib.sha256(client.encode()).hexdigest()


class JoinAttempts:
    """The attempts table of one database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def admit(self, clients: Mapping[str, Limit]) -> Admission:
        """Record one attempt for every client, unless one of them must still wait."""
        moment = now()
        hashes = {client_hash(client): limit for client, limit in clients.items()}
        with writing(self._engine) as connection:
            if connection.dialect.name == "postgresql":
                for hashed in sorted(hashes):  # a fixed order: two sessions cannot deadlock
                    key = int(hashed[:15], 16)
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
            connection.execute(
                delete(join_attempts).where(join_attempts.c.attempted_at < moment - WINDOW)
            )
            wait = 0.0
            for hashed, limit in hashes.items():
                times = connection.scalars(
                    select(join_attempts.c.attempted_at).where(
                        join_attempts.c.client_hash == hashed
                    )
                ).all()
                wait = max(wait, limit.wait([utc(t) for t in times], moment))
            if wait > 0:
                return Admission(wait)
            ids = [
                connection.execute(
                    insert(join_attempts).values(client_hash=hashed, attempted_at=moment)
                ).inserted_primary_key[0]
                for hashed in hashes
            ]
        return Admission(0.0, tuple(ids))

    def right(self, admission: Admission) -> None:
        """The code was right: the attempt does not count as a wrong one."""
        if admission.ids:
            with writing(self._engine) as connection:
                connection.execute(
                    delete(join_attempts).where(join_attempts.c.id.in_(admission.ids))
                )
