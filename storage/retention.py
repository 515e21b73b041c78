"""Retention: find and delete what nobody has used since a given moment.

Personal data may be kept only as long as it is needed (storage limitation, Art. 5(1)(e)
DSGVO). The operator sets the period in the deletion concept; nothing here runs by itself.

- An assessment is stale when its last change (`updated_at`) is before the moment. Deleting it
  works as "Einschätzung löschen" does: later rounds are linked to the round before it.
- A workshop is stale when it was created before the moment and nobody joined it since; it goes
  with its participants and all their answers, as "Workshop löschen" does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, exists, func, select

from .assessments import remove_assessment
from .engine import reading, writing
from .schema import assessments, participants, workshops
from .workshop_rows import remove_workshop


@dataclass(frozen=True)
class Stale:
    """How many assessments, workshops and workshop participants are (or were) stale."""

    assessments: int
    workshops: int
    participants: int


def count_stale(engine: Engine, before: datetime) -> Stale:
    """What delete_stale(engine, before) would delete now; changes nothing."""
    with reading(engine) as connection:
        return _count(connection, _utc(before))


def delete_stale(engine: Engine, before: datetime) -> Stale:
    """Delete every stale assessment and workshop in one transaction; what was deleted."""
    before = _utc(before)
    with writing(engine) as connection:
        counted = _count(connection, before)
        for (assessment_id,) in connection.execute(_stale_assessments(before)).all():
            # Read the link now: deleting an earlier stale round may have changed it.
            previous_id = connection.scalar(
                select(assessments.c.previous_id).where(assessments.c.id == assessment_id)
            )
            remove_assessment(connection, assessment_id, previous_id)
        for (workshop_id,) in connection.execute(_stale_workshops(before)).all():
            remove_workshop(connection, workshop_id)
    return counted


def _utc(moment: datetime) -> datetime:
    # The database holds UTC wall times (SQLite keeps no zone), so compare in UTC; a naive
    # moment could mean any zone.
    if moment.tzinfo is None:
        raise ValueError("the moment must carry a time zone")
    return moment.astimezone(UTC)


def _stale_assessments(before: datetime):
    return (
        select(assessments.c.id).where(assessments.c.updated_at < before).order_by(assessments.c.id)
    )


def _stale_workshops(before: datetime):
    joined_since = exists().where(
        participants.c.workshop_id == workshops.c.id, participants.c.joined_at >= before
    )
    return (
        select(workshops.c.id)
        .where(workshops.c.created_at < before, ~joined_since)
        .order_by(workshops.c.id)
    )


def _count(connection: Connection, before: datetime) -> Stale:
    stale_workshops = _stale_workshops(before).subquery()
    people = (
        select(func.count())
        .select_from(participants)
        .where(participants.c.workshop_id.in_(select(stale_workshops)))
    )
    return Stale(
        assessments=connection.scalar(
            select(func.count()).select_from(_stale_assessments(before).subquery())
        ),
        workshops=connection.scalar(select(func.count()).select_from(stale_workshops)),
        participants=connection.scalar(people),
    )
