"""The statements behind WorkshopRepository: find by code or token hash, check, convert, remove."""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Column, Connection, delete, insert, select

from questionnaire import Answers

from .child_rows import children_by_parent
from .codec import answers_by_question, legacy_of, utc
from .schema import participant_answers, participants, released_answers, workshops
from .tokens import presentation_key, token_hash
from .workshop_model import UnknownWorkshop, Workshop, WorkshopClosed


def remove_workshop(connection: Connection, workshop_id: int) -> None:
    """Delete one workshop with its participants and all their answers."""
    people = select(participants.c.id).where(participants.c.workshop_id == workshop_id)
    for table in (released_answers, participant_answers):
        connection.execute(delete(table).where(table.c.participant_id.in_(people)))
    connection.execute(delete(participants).where(participants.c.workshop_id == workshop_id))
    connection.execute(delete(workshops).where(workshops.c.id == workshop_id))


def find(
    connection: Connection, column: Column, value: str, for_update: bool = False
) -> Mapping[str, Any] | None:
    """The row whose `column` (a code or a token hash) is `value`, or None.

    The index finds the row; compare_digest confirms it without an early exit on a mismatch.
    """
    query = select(column.table).where(column == value)
    if for_update:
        query = query.with_for_update()
    row = connection.execute(query).mappings().first()
    if row is None or not hmac.compare_digest(row[column.name].encode(), value.encode()):
        return None
    return row


def checked_step(step: int) -> int:
    """`step` when it is a valid presentation step (an integer of 0 or more); else ValueError."""
    if isinstance(step, bool) or not isinstance(step, int) or step < 0:
        raise ValueError("a presentation step is an integer of 0 or more")
    return step


def open_participant(connection: Connection, token: str) -> int:
    """The id of the participant with `token` in an open workshop; raises otherwise."""
    # The shared lock on the workshop row makes close() wait for answers already under way.
    person = find(connection, participants.c.token_hash, token_hash(token))
    if person is None:
        raise UnknownWorkshop()
    workshop = connection.execute(
        select(workshops.c.closed)
        .where(workshops.c.id == person["workshop_id"])
        .with_for_update(read=True)
    ).first()
    if workshop is None:
        # The host deleted the workshop after the participant was found: on PostgreSQL the
        # lock waits for that delete, then finds no row. The same answer as for a stale link.
        raise UnknownWorkshop()
    if workshop.closed:
        raise WorkshopClosed()
    return person["id"]


def workshop_of(row: Mapping[str, Any], host_token: str | None = None) -> Workshop:
    """The Workshop of a `workshops` row (with the host token when the caller has it)."""
    dimensions = row["dimensions"]
    key = None if host_token is None else presentation_key(host_token, row["code"])
    return Workshop(
        id=row["id"],
        code=row["code"],
        host_token=host_token,
        title=row["title"],
        questionnaire_id=row["questionnaire_id"],
        questionnaire_version=row["questionnaire_version"],
        mode=row["mode"],
        dimensions=None if dimensions is None else tuple(json.loads(dimensions)),
        revealed=bool(row["revealed"]),
        closed=bool(row["closed"]),
        include_names=bool(row["include_names"]),
        presentation_step=row["presentation_step"],
        created_at=utc(row["created_at"]),
        presentation_key=key,
    )


def participant_answers_of(
    workshop: Workshop, rows: Iterable[Mapping[str, Any]], legacy: str | None = None
) -> Answers:
    """A participant's answers from their answer rows: the workshop's questionnaire and mode,
    and what they gave to an earlier version (the `legacy` column) when asked for."""
    return Answers.model_validate(
        {
            "questionnaire": {
                "id": workshop.questionnaire_id,
                "version": workshop.questionnaire_version,
            },
            "mode": workshop.mode,
            "answers": answers_by_question(rows),
            "legacy": legacy_of(legacy),
        }
    )


@dataclass(frozen=True)
class AnswerState:
    """What released_answers reads: a workshop and its answer rows."""

    workshop: Workshop
    people: list[int]  # participant ids in join order
    released: Mapping[int, list[Mapping[str, Any]]]  # answer rows by participant id
    current: Mapping[int, list[Mapping[str, Any]]]


def answer_state(
    connection: Connection, workshop_id: int, lock: bool = False, released: bool = True
) -> AnswerState | None:
    """A workshop with its participants' current and (if `released`) released answer rows;
    `lock` takes the workshop row's lock first. None for an unknown workshop."""
    query = select(workshops).where(workshops.c.id == workshop_id)
    row = connection.execute(query.with_for_update() if lock else query).mappings().first()
    if row is None:
        return None
    people = list(
        connection.scalars(
            select(participants.c.id)
            .where(participants.c.workshop_id == workshop_id)
            .order_by(participants.c.number)
        )
    )
    return AnswerState(
        workshop_of(row),
        people,
        children_by_parent(connection, released_answers, "participant_id", people)
        if released
        else {},
        children_by_parent(connection, participant_answers, "participant_id", people),
    )


def by_question(state: AnswerState) -> tuple[dict, dict]:
    """(released, current) answers by question id, by participant id."""
    return tuple(
        {p: answers_by_question(rows.get(p, [])) for p in state.people}
        for rows in (state.released, state.current)
    )


def release_answers(connection: Connection, state: AnswerState, due: set[str]) -> AnswerState:
    """Replace the released answers to the questions `due` by the current ones."""
    if not due:
        return state
    connection.execute(
        delete(released_answers).where(
            released_answers.c.participant_id.in_(state.people),
            released_answers.c.question_id.in_(sorted(due)),
        )
    )
    fresh = {
        p: [r for r in state.current.get(p, []) if r["question_id"] in due] for p in state.people
    }
    rows = [dict(r) for p in state.people for r in fresh[p]]
    if rows:
        connection.execute(insert(released_answers), rows)
    kept = {
        p: [r for r in state.released.get(p, []) if r["question_id"] not in due] + fresh[p]
        for p in state.people
    }
    return replace(state, released=kept)
