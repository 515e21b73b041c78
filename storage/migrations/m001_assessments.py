"""Migration 1: self-check assessments with their answers, notes and target levels.

Frozen: this is the schema as migration 1 created it. Later changes go into a new migration
(and into storage/schema.py, the current shape the queries use); a test compares the two.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)


def upgrade(connection: Connection) -> None:
    """Create assessments, assessment_answers, assessment_notes and assessment_targets."""
    metadata = MetaData()
    Table(
        "assessments",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("token", String(64), nullable=False, unique=True),
        Column("previous_id", Integer, ForeignKey("assessments.id", ondelete="SET NULL")),
        Column("questionnaire_id", String(100), nullable=False),
        Column("questionnaire_version", String(40), nullable=False),
        Column("mode", String(10), nullable=False),
        Column("language", String(5), nullable=False),
        Column("organisation", String(200)),
        Column("kind", String(40)),
        Column("population", Integer),
        Column("state", String(2)),
        Column("respondent_role", String(200)),
        Column("profile_date", String(40)),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False),
        Index("ix_assessments_previous_id", "previous_id"),
    )
    one_form = CheckConstraint("(value IS NULL) <> (choices IS NULL)", name="answer_one_form")
    _child(metadata, "assessment_answers", "question_id",
           Column("value", String(100)), Column("choices", Text), one_form)  # fmt: skip
    _child(metadata, "assessment_notes", "question_id", Column("text", Text, nullable=False))
    positive = CheckConstraint("level >= 1", name="target_positive")
    _child(metadata, "assessment_targets", "dimension_id",
           Column("level", Integer, nullable=False), positive)  # fmt: skip
    metadata.create_all(connection)


def _child(metadata: MetaData, name: str, key: str, *columns: object) -> Table:
    # One row per (assessment, question or dimension); rows go with their assessment.
    return Table(
        name,
        metadata,
        Column(
            "assessment_id",
            Integer,
            ForeignKey("assessments.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(key, String(100), primary_key=True),
        *columns,
    )
