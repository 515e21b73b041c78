"""The workshop repository: workshops by join code or host token, participants by their token.

Host and participant tokens are stored only as hashes (storage/tokens.py): a Workshop read by
its host token carries that token back to the caller, one read any other way has none.

All state lives in the database, so a server restart in the middle of a workshop loses nothing
and several app replicas can serve one workshop. Codes and tokens are looked up by index, then
compared again with hmac.compare_digest; tokens are never logged or put into messages.

Locking: on SQLite every write runs in BEGIN IMMEDIATE (one writer at a time). On PostgreSQL a
join locks the workshop row (FOR UPDATE), so two joins cannot take the same number; an answer
holds a shared lock on it (FOR SHARE), so answers run side by side while close() waits for
those in flight and no answer slips in after it.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from questionnaire import Answers

from .codec import MODES, answer_of, answer_values, utc
from .engine import reading, writing
from .schema import CODE_LENGTH, participant_answers, participants, workshops
from .sql import upsert
from .tokens import new_token, presentation_key, same_hash, token_hash

JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed
CODE_ATTEMPTS = 20  # a collision is about one in 10^9 per existing workshop; 20 never run out
TITLE_LENGTH = workshops.c.title.type.length
NAME_LENGTH = participants.c.display_name.type.length


@dataclass(frozen=True)
class Workshop:
    id: int
    code: str
    # The facilitator's secret, known only when the workshop was created or read by it (None
    # otherwise): never shown in a participant's view; kept out of repr (logs) and equality.
    host_token: str | None = field(repr=False, compare=False)
    title: str
    questionnaire_id: str
    questionnaire_version: str
    mode: str
    dimensions: tuple[str, ...] | None  # None: every dimension of the questionnaire
    revealed: bool
    closed: bool
    include_names: bool
    presentation_step: int
    created_at: datetime
    # The projector's view-only key, known with the host token or when read by the key itself.
    presentation_key: str | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Participant:
    token: str = field(repr=False)
    number: int
    display_name: str | None
    finished: bool
    workshop: Workshop
    answers: Answers


@dataclass(frozen=True)
class WorkshopProgress:
    joined: int
    finished: int
    answered: dict[str, int]  # question id -> participants who answered it


class UnknownWorkshop(KeyError):
    """No workshop or participant has this code or token (the message never contains it)."""

    def __init__(self) -> None:
        super().__init__("unknown workshop")


class WorkshopClosed(Exception):
    """The workshop is closed: it takes no new participants and no answers."""

    def __init__(self) -> None:
        super().__init__("the workshop is closed")


def normalize_code(text: str) -> str:
    """A join code as typed, without spaces and hyphens, upper-cased."""
    return "".join(text.split()).replace("-", "").upper()


def is_code(code: str) -> bool:
    """Whether a normalized code has the shape of a join code (checked before any query)."""
    return len(code) == CODE_LENGTH and set(code) <= set(JOIN_ALPHABET)


def new_code() -> str:
    """A random join code from JOIN_ALPHABET."""
    return "".join(secrets.choice(JOIN_ALPHABET) for _ in range(CODE_LENGTH))


class WorkshopRepository:
    """Workshops in the database of `engine`; every method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(
        self,
        title: str,
        questionnaire_id: str,
        questionnaire_version: str,
        mode: str,
        dimensions: list[str] | None = None,
    ) -> Workshop:
        """Open a new workshop with a fresh join code and host token."""
        title = title.strip()
        if len(title) > TITLE_LENGTH:
            raise ValueError(f"a title has at most {TITLE_LENGTH} characters")
        if mode not in MODES:
            raise ValueError(f"mode is one of {', '.join(MODES)}")
        if dimensions is not None and not dimensions:
            raise ValueError("choose at least one dimension, or None for all")
        host_token = new_token()
        values = {
            "host_token_hash": token_hash(host_token),
            "title": title,
            "questionnaire_id": questionnaire_id,
            "questionnaire_version": questionnaire_version,
            "mode": mode,
            "dimensions": None if dimensions is None else json.dumps(list(dimensions)),
            "revealed": False,
            "closed": False,
            "include_names": False,
            "presentation_step": 0,
            "created_at": datetime.now(UTC),
        }
        for _ in range(CODE_ATTEMPTS):
            values["code"] = new_code()
            key = presentation_key(host_token, values["code"])
            values["presentation_key_hash"] = token_hash(key)
            try:
                with writing(self._engine) as connection:
                    result = connection.execute(insert(workshops).values(values))
            except IntegrityError:
                continue  # the code is taken; the unique index decides, even across replicas
            return _workshop({"id": result.inserted_primary_key[0], **values}, host_token)
        raise RuntimeError("no free join code found")

    def by_code(self, code: str) -> Workshop | None:
        """The workshop with this join code (as typed: case, spaces, hyphens ignored)."""
        code = normalize_code(code)
        if not is_code(code):
            return None
        with reading(self._engine) as connection:
            row = _find(connection, workshops.c.code, code)
        return None if row is None else _workshop(row)

    def by_host_token(self, token: str) -> Workshop | None:
        """The workshop this host token opens, or None."""
        with reading(self._engine) as connection:
            row = _find(connection, workshops.c.host_token_hash, token_hash(token))
        return None if row is None else _workshop(row, token)

    def by_presentation_key(self, code: str, key: str) -> Workshop | None:
        """The workshop with this join code when `key` is its presentation key, else None."""
        code = normalize_code(code)
        if not is_code(code):
            return None
        with reading(self._engine) as connection:
            row = _find(connection, workshops.c.code, code)
        stored = None if row is None else row["presentation_key_hash"]
        if not stored or not same_hash(stored, key):
            return None
        return replace(_workshop(row), presentation_key=key)

    def get(self, workshop_id: int) -> Workshop | None:
        """The workshop with this id, or None."""
        with reading(self._engine) as connection:
            row = connection.execute(select(workshops).where(workshops.c.id == workshop_id))
            row = row.mappings().first()
        return None if row is None else _workshop(row)

    def join(self, code: str, display_name: str | None = None) -> str:
        """Add a participant (numbered in join order); returns the participant's token."""
        display_name = (display_name or "").strip() or None
        if display_name is not None and len(display_name) > NAME_LENGTH:
            raise ValueError(f"a display name has at most {NAME_LENGTH} characters")
        token = new_token()
        with writing(self._engine) as connection:
            row = _find(connection, workshops.c.code, normalize_code(code), for_update=True)
            if row is None:
                raise UnknownWorkshop()
            if row["closed"]:
                raise WorkshopClosed()
            # Counted under the workshop's lock (BEGIN IMMEDIATE on SQLite): numbers stay unique.
            last = connection.scalar(
                select(func.max(participants.c.number)).where(
                    participants.c.workshop_id == row["id"]
                )
            )
            connection.execute(
                insert(participants).values(
                    workshop_id=row["id"],
                    token_hash=token_hash(token),
                    number=(last or 0) + 1,
                    display_name=display_name,
                    finished=False,
                    joined_at=datetime.now(UTC),
                )
            )
        return token

    def participant(self, token: str) -> Participant | None:
        """The participant with this token, with their workshop and answers, or None."""
        with reading(self._engine) as connection:
            person = _find(connection, participants.c.token_hash, token_hash(token))
            if person is None:
                return None
            row = (
                connection.execute(select(workshops).where(workshops.c.id == person["workshop_id"]))
                .mappings()
                .first()
            )
            if row is None:  # deleted by its host in the meantime
                return None
            workshop = _workshop(row)
            answers = connection.execute(
                select(participant_answers)
                .where(participant_answers.c.participant_id == person["id"])
                .order_by(participant_answers.c.question_id)
            )
            rows = answers.mappings().all()
        return Participant(
            token=token,
            number=person["number"],
            display_name=person["display_name"],
            finished=bool(person["finished"]),
            workshop=workshop,
            answers=_answers(workshop, rows),
        )

    def save_answer(
        self, participant_token: str, question_id: str, value: str | list[str] | None
    ) -> None:
        """Set one answer of a participant (None removes it)."""
        values = None if value is None else answer_values(value)
        with writing(self._engine) as connection:
            key = {"participant_id": _open_participant(connection, participant_token)}
            key["question_id"] = question_id
            if values is None:
                connection.execute(
                    delete(participant_answers).where(
                        *(participant_answers.c[name] == v for name, v in key.items())
                    )
                )
            else:
                upsert(connection, participant_answers, {**key, **values}, list(key))

    def set_finished(self, participant_token: str, finished: bool = True) -> None:
        """Mark the participant as finished (or not); refused once the workshop is closed."""
        with writing(self._engine) as connection:
            participant_id = _open_participant(connection, participant_token)
            connection.execute(
                update(participants)
                .where(participants.c.id == participant_id)
                .values(finished=finished)
            )

    def set_revealed(self, host_token: str, revealed: bool) -> None:
        """Show or hide the group results."""
        self._host_update(host_token, revealed=revealed)

    def close(self, host_token: str) -> None:
        """Close the workshop: no new participants, no new answers."""
        self._host_update(host_token, closed=True)

    def set_presentation_step(self, host_token: str, step: int) -> None:
        """Set the step the presentation view shows (0 is the join screen)."""
        self._host_update(host_token, presentation_step=_step(step))

    def present_step(self, code: str, presentation_key: str, step: int) -> None:
        """Set the presentation's step from the projector, whose link carries only the key."""
        step = _step(step)
        with writing(self._engine) as connection:
            row = _find(connection, workshops.c.code, normalize_code(code), for_update=True)
            stored = None if row is None else row["presentation_key_hash"]
            if not stored or not same_hash(stored, presentation_key):
                raise UnknownWorkshop()
            connection.execute(
                update(workshops).where(workshops.c.id == row["id"]).values(presentation_step=step)
            )

    def set_include_names(self, host_token: str, include: bool) -> None:
        """Whether exports show the display names participants gave."""
        self._host_update(host_token, include_names=include)

    def answer_sets(self, workshop_id: int) -> list[Answers]:
        """One answers value per participant, in join order (empty for an unknown workshop)."""
        with reading(self._engine) as connection:
            row = connection.execute(select(workshops).where(workshops.c.id == workshop_id))
            row = row.mappings().first()
            if row is None:
                return []
            people = connection.scalars(
                select(participants.c.id)
                .where(participants.c.workshop_id == workshop_id)
                .order_by(participants.c.number)
            ).all()
            rows = connection.execute(
                select(participant_answers)
                .join(participants)
                .where(participants.c.workshop_id == workshop_id)
                .order_by(participant_answers.c.participant_id, participant_answers.c.question_id)
            )
            by_person: dict[int, list] = defaultdict(list)
            for answer in rows.mappings():
                by_person[answer["participant_id"]].append(answer)
        workshop = _workshop(row)
        return [_answers(workshop, by_person[person]) for person in people]

    def participants(self, workshop_id: int) -> list[tuple[int, str | None, bool]]:
        """(number, display name, finished) of every participant, in join order."""
        query = (
            select(participants.c.number, participants.c.display_name, participants.c.finished)
            .where(participants.c.workshop_id == workshop_id)
            .order_by(participants.c.number)
        )
        with reading(self._engine) as connection:
            rows = connection.execute(query).all()
        return [(number, name, bool(finished)) for number, name, finished in rows]

    def progress(self, workshop_id: int) -> WorkshopProgress:
        """How many joined and finished, and how many answered each question."""
        mine = participants.c.workshop_id == workshop_id
        with reading(self._engine) as connection:
            count = select(func.count()).select_from(participants).where(mine)
            joined = connection.scalar(count)
            finished = connection.scalar(count.where(participants.c.finished))
            answered = connection.execute(
                select(participant_answers.c.question_id, func.count())
                .join(participants)
                .where(mine)
                .group_by(participant_answers.c.question_id)
                .order_by(participant_answers.c.question_id)
            ).all()
        return WorkshopProgress(joined, finished, {qid: count for qid, count in answered})

    def delete(self, host_token: str) -> bool:
        """Remove the workshop, its participants and all their answers; False when unknown."""
        with writing(self._engine) as connection:
            row = _find(
                connection, workshops.c.host_token_hash, token_hash(host_token), for_update=True
            )
            if row is None:
                return False
            remove_workshop(connection, row["id"])
        return True

    def _host_update(self, host_token: str, **changes: object) -> None:
        with writing(self._engine) as connection:
            row = _find(
                connection, workshops.c.host_token_hash, token_hash(host_token), for_update=True
            )
            if row is None:
                raise UnknownWorkshop()
            connection.execute(update(workshops).where(workshops.c.id == row["id"]).values(changes))


def remove_workshop(connection: Connection, workshop_id: int) -> None:
    """Delete one workshop with its participants and all their answers."""
    people = select(participants.c.id).where(participants.c.workshop_id == workshop_id)
    connection.execute(
        delete(participant_answers).where(participant_answers.c.participant_id.in_(people))
    )
    connection.execute(delete(participants).where(participants.c.workshop_id == workshop_id))
    connection.execute(delete(workshops).where(workshops.c.id == workshop_id))


def _find(
    connection: Connection, column: Column, value: str, for_update: bool = False
) -> Mapping[str, Any] | None:
    # The index finds the row (by code or token hash); compare_digest confirms it without an
    # early exit on a mismatch.
    query = select(column.table).where(column == value)
    if for_update:
        query = query.with_for_update()
    row = connection.execute(query).mappings().first()
    if row is None or not hmac.compare_digest(row[column.name].encode(), value.encode()):
        return None
    return row


def _step(step: int) -> int:
    if isinstance(step, bool) or not isinstance(step, int) or step < 0:
        raise ValueError("a presentation step is an integer of 0 or more")
    return step


def _open_participant(connection: Connection, token: str) -> int:
    # The shared lock on the workshop row makes close() wait for answers already under way.
    person = _find(connection, participants.c.token_hash, token_hash(token))
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


def _workshop(row: Mapping[str, Any], host_token: str | None = None) -> Workshop:
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


def _answers(workshop: Workshop, rows: list) -> Answers:
    # A participant's answers: the workshop's questionnaire and mode, no profile.
    return Answers.model_validate(
        {
            "questionnaire": {
                "id": workshop.questionnaire_id,
                "version": workshop.questionnaire_version,
            },
            "mode": workshop.mode,
            "answers": {r["question_id"]: answer_of(r["value"], r["choices"]) for r in rows},
        }
    )
