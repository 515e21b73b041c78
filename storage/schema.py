"""The current tables as SQLAlchemy Core objects, used by the queries; migrations/ creates them.

An assessment is one row in `assessments` plus one row per question in `assessment_answers`
and `assessment_notes` and one per dimension in `assessment_targets`. Child tables refer to
the assessment by its integer id, so the resume token is stored in one place only. Workshops
(migration 2) mirror this: `workshops`, `participants`, and one row per (participant, question).
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

ID_LENGTH = 100  # question, dimension and questionnaire ids are short snake_case slugs

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(100), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

assessments = Table(
    "assessments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token", String(64), nullable=False, unique=True),
    # The earlier assessment of the same administration (history chain); see assessments.py.
    Column("previous_id", Integer, ForeignKey("assessments.id", ondelete="SET NULL")),
    Column("questionnaire_id", String(ID_LENGTH), nullable=False),
    Column("questionnaire_version", String(40), nullable=False),
    Column("mode", String(10), nullable=False),
    Column("language", String(5), nullable=False),
    # The profile as columns (not JSON), so a later peer comparison can group by kind, state
    # and population. Lengths follow questionnaire.Profile.
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


def _assessment_key() -> Column:
    return Column(
        "assessment_id",
        Integer,
        ForeignKey("assessments.id", ondelete="CASCADE"),
        primary_key=True,
    )


assessment_answers = Table(
    "assessment_answers",
    metadata,
    _assessment_key(),
    Column("question_id", String(ID_LENGTH), primary_key=True),
    # A single answer (option id, dont_know, not_applicable) is plain text in `value`, so it
    # can be counted in SQL; a multi answer is a JSON list in `choices`. Exactly one is set.
    Column("value", String(ID_LENGTH)),
    Column("choices", Text),
    CheckConstraint("(value IS NULL) <> (choices IS NULL)", name="answer_one_form"),
)

assessment_notes = Table(
    "assessment_notes",
    metadata,
    _assessment_key(),
    Column("question_id", String(ID_LENGTH), primary_key=True),
    Column("text", Text, nullable=False),
)

assessment_targets = Table(
    "assessment_targets",
    metadata,
    _assessment_key(),
    Column("dimension_id", String(ID_LENGTH), primary_key=True),
    Column("level", Integer, nullable=False),
    CheckConstraint("level >= 1", name="target_positive"),
)

# Every table holding rows of one assessment; delete() and the tests walk this list.
ASSESSMENT_CHILDREN = (assessment_answers, assessment_notes, assessment_targets)
