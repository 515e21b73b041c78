"""The assessment repository: self-check assessments by resume token, with their history.

History is a chain of links (`previous_token` at creation), not "every assessment with the same
organisation name": anyone can type another municipality's name, so matching on it would show
one administration's answers to another. Only who holds the resume link of an assessment sees
the rounds it was linked to. Deleting a round takes it out of the chain: later rounds are
linked to the round before it, so the rest of the chain stays usable and nothing of the deleted
one remains.

Tokens are secrets (whoever has one can read and change the assessment): they are stored only
as hashes (storage/tokens.py), never logged and never put into exception messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, delete, insert, select, update

from questionnaire import Answers, Profile

from .assessment_rows import chain_query, id_of, insert_children, of_token, touch
from .child_rows import set_child
from .codec import (
    LANGUAGES,
    MODES,
    answer_values,
    assessment_values,
    note_values,
    profile_values,
    utc,
)
from .engine import reading, writing
from .loading import load_answers
from .peers import remove_contributions
from .schema import (
    ASSESSMENT_CHILDREN,
    assessment_answers,
    assessment_notes,
    assessment_targets,
    assessments,
    portfolio_items,
    roadmap_edits,
)
from .tokens import new_token, token_hash


@dataclass(frozen=True)
class HistoryEntry:
    # The stored hash of the round's resume token: tells rounds apart, opens nothing.
    key: str
    created_at: datetime
    updated_at: datetime
    answers: Answers


class AssessmentRepository:
    """Assessments in the database of `engine`; every method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(self, answers: Answers, previous_token: str | None = None) -> str:
        """Store a new assessment (linked to `previous_token` if given); returns its token."""
        token = new_token()
        now = datetime.now(UTC)
        with writing(self._engine) as connection:
            previous_id = None
            if previous_token is not None:
                previous_id = id_of(connection, previous_token)
            result = connection.execute(
                insert(assessments).values(
                    token_hash=token_hash(token),
                    previous_id=previous_id,
                    created_at=now,
                    updated_at=now,
                    **assessment_values(answers),
                )
            )
            insert_children(connection, result.inserted_primary_key[0], answers)
        return token

    def get(self, token: str) -> Answers | None:
        """The full answers value of the assessment, or None for an unknown token."""
        with reading(self._engine) as connection:
            row = connection.execute(select(assessments).where(of_token(token)))
            found = load_answers(connection, row.mappings().all())
        return next(iter(found.values()), None)

    def save_answer(self, token: str, question_id: str, value: str | list[str] | None) -> None:
        """Set one answer (None removes it)."""
        values = None if value is None else answer_values(value)
        with writing(self._engine) as connection:
            key = {"assessment_id": touch(connection, token), "question_id": question_id}
            set_child(connection, assessment_answers, key, values)

    def save_note(self, token: str, question_id: str, text: str | None) -> None:
        """Set the note on one question (None or empty removes it)."""
        with writing(self._engine) as connection:
            key = {"assessment_id": touch(connection, token), "question_id": question_id}
            set_child(connection, assessment_notes, key, note_values(text))

    def save_target(self, token: str, dimension_id: str, level: int | None) -> None:
        """Set the target level of one dimension (None removes it)."""
        if level is not None and (isinstance(level, bool) or not isinstance(level, int)):
            raise TypeError("a target level is an integer")
        if level is not None and level < 1:
            raise ValueError("a target level is 1 or more")
        with writing(self._engine) as connection:
            key = {"assessment_id": touch(connection, token), "dimension_id": dimension_id}
            set_child(
                connection, assessment_targets, key, None if level is None else {"level": level}
            )

    def save_profile(self, token: str, profile: Profile) -> None:
        """Replace the profile."""
        with writing(self._engine) as connection:
            touch(connection, token, **profile_values(profile))

    def save_settings(
        self, token: str, mode: str | None = None, language: str | None = None
    ) -> None:
        """Change mode and/or language (None keeps the current value)."""
        if mode is not None and mode not in MODES:
            raise ValueError(f"mode is one of {', '.join(MODES)}")
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"language is one of {', '.join(LANGUAGES)}")
        changes = {k: v for k, v in (("mode", mode), ("language", language)) if v is not None}
        with writing(self._engine) as connection:
            touch(connection, token, **changes)

    def replace(self, token: str, answers: Answers) -> None:
        """Replace everything the assessment holds by `answers`, atomically."""
        with writing(self._engine) as connection:
            assessment_id = touch(connection, token, **assessment_values(answers))
            for table in ASSESSMENT_CHILDREN:
                connection.execute(delete(table).where(table.c.assessment_id == assessment_id))
            insert_children(connection, assessment_id, answers)

    def delete(self, token: str) -> bool:
        """Remove the assessment and all its rows; False when there was none."""
        with writing(self._engine) as connection:
            found = connection.execute(
                select(assessments.c.id, assessments.c.previous_id)
                .where(of_token(token))
                .with_for_update()
            ).first()
            if found is None:
                return False
            remove_assessment(connection, found.id, found.previous_id)
        return True

    def history(self, token: str) -> list[HistoryEntry]:
        """The earlier assessments of the chain, newest first (empty for an unknown token)."""
        with reading(self._engine) as connection:
            rows = connection.execute(chain_query(token)).mappings().all()
            found = load_answers(connection, rows)
        return [
            HistoryEntry(
                row["token_hash"], utc(row["created_at"]), utc(row["updated_at"]), found[row["id"]]
            )
            for row in rows
        ]


def remove_assessment(connection: Connection, assessment_id: int, previous_id: int | None) -> None:
    """Delete one assessment and its rows; the rounds linked to it are linked to its previous."""
    connection.execute(
        update(assessments)
        .where(assessments.c.previous_id == assessment_id)
        .values(previous_id=previous_id)
    )
    remove_contributions(connection, [assessment_id])
    for table in (*ASSESSMENT_CHILDREN, roadmap_edits, portfolio_items):
        connection.execute(delete(table).where(table.c.assessment_id == assessment_id))
    connection.execute(delete(assessments).where(assessments.c.id == assessment_id))
