"""The statements behind AssessmentRepository: locate, touch, insert children, walk the chain."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    insert,
    literal,
    select,
    update,
)

from questionnaire import Answers

from .codec import answer_rows, note_values
from .schema import assessment_answers, assessment_notes, assessment_targets, assessments
from .tokens import token_hash

MAX_CHAIN = 1000  # a guard for the recursive history query; a chain is one round per year


class UnknownAssessment(KeyError):
    """No assessment has this token (the message never contains the token)."""

    def __init__(self) -> None:
        super().__init__("unknown assessment")


def of_token(token: str) -> ColumnElement[bool]:
    """The condition that picks the assessment with this resume token (by its stored hash)."""
    return assessments.c.token_hash == token_hash(token)


def id_of(connection: Connection, token: str) -> int:
    """The id of the assessment with `token`; UnknownAssessment when there is none."""
    found = connection.scalar(select(assessments.c.id).where(of_token(token)))
    if found is None:
        raise UnknownAssessment()
    return found


def touch(connection: Connection, token: str, **changes: object) -> int:
    """Set updated_at (and `changes`) of the assessment; returns its id or raises."""
    # Updating the assessment row first also takes its row lock on PostgreSQL, so writes to one
    # assessment queue up there as they do behind SQLite's BEGIN IMMEDIATE.
    statement = (
        update(assessments)
        .where(of_token(token))
        .values(updated_at=datetime.now(UTC), **changes)
        .returning(assessments.c.id)
    )
    found = connection.scalar(statement)
    if found is None:
        raise UnknownAssessment()
    return found


def insert_children(connection: Connection, assessment_id: int, answers: Answers) -> None:
    """Insert the answer, note and target rows of `answers` (empty notes are skipped)."""
    rows = {
        assessment_answers: answer_rows(answers.answers),
        assessment_notes: [
            {"question_id": qid, **note_values(text)}
            for qid, text in answers.notes.items()
            if note_values(text)
        ],
        assessment_targets: [
            {"dimension_id": did, "level": level} for did, level in answers.targets.items()
        ],
    }
    for table, values in rows.items():
        if values:
            connection.execute(
                insert(table), [{"assessment_id": assessment_id, **row} for row in values]
            )


def chain_query(token: str) -> Select:
    """The earlier assessments linked from `token`'s, nearest first."""
    # Walk previous_id links from the current assessment; depth 0 is the current one.
    start = select(assessments.c.id, assessments.c.previous_id, literal(0).label("depth"))
    chain = start.where(of_token(token)).cte("chain", recursive=True)
    earlier = assessments.alias("earlier")
    chain = chain.union_all(
        select(earlier.c.id, earlier.c.previous_id, chain.c.depth + 1).where(
            earlier.c.id == chain.c.previous_id, chain.c.depth < MAX_CHAIN
        )
    )
    return (
        select(assessments)
        .join(chain, assessments.c.id == chain.c.id)
        .where(chain.c.depth > 0)
        .order_by(chain.c.depth)
    )
