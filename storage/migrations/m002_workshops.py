"""Migration 2: workshops, their participants and one answer row per (participant, question).

Frozen: this is the schema as migration 2 created it. Later changes go into a new migration
(and into storage/schema.py, the current shape the queries use); a test compares the two.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)


def upgrade(connection: Connection) -> None:
    """Create workshops, participants and participant_answers."""
    metadata = MetaData()
    Table(
        "workshops",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("code", String(6), nullable=False, unique=True),
        Column("host_token", String(64), nullable=False, unique=True),
        Column("title", String(200), nullable=False),
        Column("questionnaire_id", String(100), nullable=False),
        Column("questionnaire_version", String(40), nullable=False),
        Column("mode", String(10), nullable=False),
        Column("dimensions", Text),
        Column("revealed", Boolean, nullable=False),
        Column("closed", Boolean, nullable=False),
        Column("include_names", Boolean, nullable=False),
        Column("presentation_step", Integer, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        CheckConstraint("presentation_step >= 0", name="presentation_step_not_negative"),
    )
    Table(
        "participants",
        metadata,
        Column("id", Integer, primary_key=True),
        Column(
            "workshop_id", Integer, ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False
        ),
        Column("token", String(64), nullable=False, unique=True),
        Column("number", Integer, nullable=False),
        Column("display_name", String(100)),
        Column("finished", Boolean, nullable=False),
        Column("joined_at", DateTime(timezone=True), nullable=False),
        UniqueConstraint("workshop_id", "number", name="uq_participants_workshop_number"),
        CheckConstraint("number >= 1", name="participant_number_positive"),
    )
    Table(
        "participant_answers",
        metadata,
        Column(
            "participant_id",
            Integer,
            ForeignKey("participants.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("question_id", String(100), primary_key=True),
        Column("value", String(100)),
        Column("choices", Text),
        CheckConstraint("(value IS NULL) <> (choices IS NULL)", name="participant_answer_one_form"),
    )
    metadata.create_all(connection)
