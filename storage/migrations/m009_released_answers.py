"""Migration 9: the answers of an open workshop as last released to the room, one row per
(participant, question), in the same two forms as participant_answers (scoring/release.py says
when they are released again).

Workshops saved before keep every answer in participant_answers; they start with nothing
released, and the first view releases what the rule allows.

Frozen: this is the table as migration 9 created it; later changes go into a new migration.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)


def upgrade(connection: Connection) -> None:
    """Create released_answers."""
    metadata = MetaData()
    # The referenced table as far as the foreign key needs it; it exists since migration 2.
    Table("participants", metadata, Column("id", Integer, primary_key=True))
    released = Table(
        "released_answers",
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
        CheckConstraint("(value IS NULL) <> (choices IS NULL)", name="released_answer_one_form"),
    )
    metadata.create_all(connection, tables=[released])
