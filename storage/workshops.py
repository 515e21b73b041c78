"""The workshop repository: workshops by join code or host token, participants by their token.

The values it hands out are in workshop_model.py, the statements it runs in workshop_rows.py.
Host and participant tokens are stored only as hashes (storage/tokens.py).

All state lives in the database, so a server restart in the middle of a workshop loses nothing
and several app replicas can serve one workshop. Codes and tokens are looked up by index, then
compared again with hmac.compare_digest; tokens are never logged or put into messages.

Host actions (by host token or presentation key) run with priority: they find a connection even
when participants use every other one (engine.py, _Gate).

Locking: on SQLite every write runs in BEGIN IMMEDIATE (one writer at a time). On PostgreSQL a
join locks the workshop row (FOR UPDATE), so two joins cannot take the same number; an answer
holds a shared lock on it (FOR SHARE), so answers run side by side while close() waits for
those in flight and no answer slips in after it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from questionnaire import Answer, Answers

from .child_rows import children_by_parent, set_child
from .codec import MODES, answer_values, clean_text
from .engine import reading, writing
from .schema import participant_answers, participants, workshops
from .tokens import new_token, presentation_key, same_hash, token_hash
from .workshop_model import (
    JOIN_ALPHABET,
    Participant,
    Released,
    UnknownWorkshop,
    Workshop,
    WorkshopClosed,
    WorkshopProgress,
    is_code,
    new_code,
    normalize_code,
)
from .workshop_rows import (
    answer_state,
    by_question,
    checked_step,
    find,
    open_participant,
    participant_answers_of,
    release_answers,
    remove_workshop,
    workshop_of,
)

__all__ = [
    "JOIN_ALPHABET",
    "Participant",
    "Released",
    "UnknownWorkshop",
    "Workshop",
    "WorkshopClosed",
    "WorkshopProgress",
    "WorkshopRepository",
    "normalize_code",
]

CODE_ATTEMPTS = 20  # a collision is about one in 10^9 per existing workshop; 20 never run out
TITLE_LENGTH = workshops.c.title.type.length
NAME_LENGTH = participants.c.display_name.type.length

# released_answers: what may be released, from (released, current) answers by participant.
Release = Callable[
    [Mapping[int, Mapping[str, Answer]], Mapping[int, Mapping[str, Answer]]], Collection[str]
]


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
        title = clean_text(title).strip()
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
            return workshop_of({"id": result.inserted_primary_key[0], **values}, host_token)
        raise RuntimeError("no free join code found")

    def by_code(self, code: str) -> Workshop | None:
        """The workshop with this join code (as typed: case, spaces, hyphens ignored)."""
        code = normalize_code(code)
        if not is_code(code):
            return None
        with reading(self._engine) as connection:
            row = find(connection, workshops.c.code, code)
        return None if row is None else workshop_of(row)

    def by_host_token(self, token: str) -> Workshop | None:
        """The workshop this host token opens, or None."""
        with reading(self._engine, priority=True) as connection:
            row = find(connection, workshops.c.host_token_hash, token_hash(token))
        return None if row is None else workshop_of(row, token)

    def by_presentation_key(self, code: str, key: str) -> Workshop | None:
        """The workshop with this join code when `key` is its presentation key, else None."""
        code = normalize_code(code)
        if not is_code(code):
            return None
        with reading(self._engine) as connection:
            row = find(connection, workshops.c.code, code)
        stored = None if row is None else row["presentation_key_hash"]
        if not stored or not same_hash(stored, key):
            return None
        return replace(workshop_of(row), presentation_key=key)

    def get(self, workshop_id: int) -> Workshop | None:
        """The workshop with this id, or None."""
        with reading(self._engine) as connection:
            row = connection.execute(select(workshops).where(workshops.c.id == workshop_id))
            row = row.mappings().first()
        return None if row is None else workshop_of(row)

    def join(self, code: str, display_name: str | None = None) -> str:
        """Add a participant (numbered in join order); returns the participant's token."""
        display_name = clean_text(display_name or "").strip() or None
        if display_name is not None and len(display_name) > NAME_LENGTH:
            raise ValueError(f"a display name has at most {NAME_LENGTH} characters")
        token = new_token()
        with writing(self._engine) as connection:
            row = find(connection, workshops.c.code, normalize_code(code), for_update=True)
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
            person = find(connection, participants.c.token_hash, token_hash(token))
            if person is None:
                return None
            row = (
                connection.execute(select(workshops).where(workshops.c.id == person["workshop_id"]))
                .mappings()
                .first()
            )
            if row is None:  # deleted by its host in the meantime
                return None
            workshop = workshop_of(row)
            mine = [person["id"]]
            rows = children_by_parent(connection, participant_answers, "participant_id", mine)
        return Participant(
            token=token,
            number=person["number"],
            display_name=person["display_name"],
            finished=bool(person["finished"]),
            workshop=workshop,
            answers=participant_answers_of(workshop, rows[person["id"]], person["legacy"]),
        )

    def save_answer(
        self, participant_token: str, question_id: str, value: str | list[str] | None
    ) -> None:
        """Set one answer of a participant (None removes it)."""
        values = None if value is None else answer_values(value)
        with writing(self._engine) as connection:
            key = {"participant_id": open_participant(connection, participant_token)}
            set_child(connection, participant_answers, {**key, "question_id": question_id}, values)

    def set_finished(self, participant_token: str, finished: bool = True) -> None:
        """Mark the participant as finished (or not); refused once the workshop is closed."""
        with writing(self._engine) as connection:
            participant_id = open_participant(connection, participant_token)
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
        self._host_update(host_token, presentation_step=checked_step(step))

    def present_step(self, code: str, presentation_key: str, step: int) -> None:
        """Set the presentation's step from the projector, whose link carries only the key."""
        step = checked_step(step)
        with writing(self._engine, priority=True) as connection:
            row = find(connection, workshops.c.code, normalize_code(code), for_update=True)
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
            state = answer_state(connection, workshop_id, released=False)
        if state is None:
            return []
        return [participant_answers_of(state.workshop, state.current[p]) for p in state.people]

    def released_answers(self, workshop_id: int, release: Release) -> Released:
        """An open workshop's answers as released to the room (nothing for an unknown
        workshop), after releasing anew the questions `release(released, current)` names
        (answers by question id, by participant id; scoring/release.py decides).

        The release runs under the workshop row's lock: answers wait for it (their shared lock),
        and two servers release one after the other, the second from what the first left."""
        with reading(self._engine) as connection:
            state = answer_state(connection, workshop_id)
        if state is not None and release(*by_question(state)):
            with writing(self._engine) as connection:
                state = answer_state(connection, workshop_id, lock=True)
                if state is not None:
                    state = release_answers(connection, state, set(release(*by_question(state))))
        if state is None:
            return Released([], {}, {})
        sets = [
            participant_answers_of(state.workshop, state.released.get(p, [])) for p in state.people
        ]
        return Released(sets, *by_question(state))

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
        with writing(self._engine, priority=True) as connection:
            row = find(
                connection, workshops.c.host_token_hash, token_hash(host_token), for_update=True
            )
            if row is None:
                return False
            remove_workshop(connection, row["id"])
        return True

    def _host_update(self, host_token: str, **changes: object) -> None:
        with writing(self._engine, priority=True) as connection:
            row = find(
                connection, workshops.c.host_token_hash, token_hash(host_token), for_update=True
            )
            if row is None:
                raise UnknownWorkshop()
            connection.execute(update(workshops).where(workshops.c.id == row["id"]).values(changes))
