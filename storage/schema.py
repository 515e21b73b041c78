"""The current tables as SQLAlchemy Core objects, used by the queries; migrations/ creates them.

An assessment is one row in `assessments` plus one row per question in `assessment_answers`
and `assessment_notes` and one per dimension in `assessment_targets`. Child tables refer to
the assessment by its integer id, so the resume token is stored in one place only. Workshops
(migration 2) mirror this: `workshops`, `participants`, and one row per (participant, question)
in `participant_answers`.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
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
    # SHA-256 of the resume token (storage/tokens.py); the token itself is never stored.
    Column("token_hash", String(64), nullable=False, unique=True),
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
    # JSON of the answers and notes given to an earlier questionnaire version (migration 8).
    Column("legacy", Text),
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

# An assessment's anonymous contribution to the comparison with similar administrations
# (migration 6, storage/peers.py): what the consent text names, nothing else.
peer_contributions = Table(
    "peer_contributions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "assessment_id",
        Integer,
        ForeignKey("assessments.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,  # one contribution per assessment
    ),
    Column("kind", String(40), nullable=False),
    Column("size_class", String(20), nullable=False),
    Column("state", String(2)),
    Column("year", Integer, nullable=False),
    Column("contributed_at", DateTime(timezone=True), nullable=False),
    Index("ix_peer_contributions_group", "size_class", "state"),
)

peer_scores = Table(
    "peer_scores",
    metadata,
    Column(
        "contribution_id",
        Integer,
        ForeignKey("peer_contributions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("dimension_id", String(ID_LENGTH), primary_key=True),
    Column("score", Float, nullable=False),
    Column("target", Integer),
)

# Every table holding rows of one assessment; delete() and the tests walk this list.
ASSESSMENT_CHILDREN = (assessment_answers, assessment_notes, assessment_targets)

# The user's changes to the roadmap (plan/roadmap.py): a start month and/or another owner per
# step. Not part of the answers file, so an import that replaces the answers keeps them.
roadmap_edits = Table(
    "roadmap_edits",
    metadata,
    _assessment_key(),
    Column("step_id", String(120), primary_key=True),
    Column("start_month", Integer),
    Column("owner", String(200)),
    CheckConstraint("start_month BETWEEN 0 AND 12", name="roadmap_start_month_in_range"),
)

# The administration's AI portfolio (usecases/portfolio.py): one row per item, the item as the
# JSON of usecases.PortfolioItem (its fields change with the register format, not the schema).
portfolio_items = Table(
    "portfolio_items",
    metadata,
    _assessment_key(),
    Column("item_id", String(40), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

CODE_LENGTH = 6  # the join code; see workshops.py for its alphabet

workshops = Table(
    "workshops",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(CODE_LENGTH), nullable=False, unique=True),
    Column("host_token_hash", String(64), nullable=False, unique=True),
    # The hash of the projector's view-only key (derived from the host token at creation).
    Column("presentation_key_hash", String(64)),
    Column("title", String(200), nullable=False),
    Column("questionnaire_id", String(ID_LENGTH), nullable=False),
    Column("questionnaire_version", String(40), nullable=False),
    Column("mode", String(10), nullable=False),
    # A JSON list of dimension ids, or NULL for all dimensions of the questionnaire.
    Column("dimensions", Text),
    Column("revealed", Boolean, nullable=False),
    Column("closed", Boolean, nullable=False),
    Column("include_names", Boolean, nullable=False),
    Column("presentation_step", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    CheckConstraint("presentation_step >= 0", name="presentation_step_not_negative"),
)

participants = Table(
    "participants",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id",
        Integer,
        ForeignKey("workshops.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("token_hash", String(64), nullable=False, unique=True),
    # 1, 2, 3 … in join order; exports name participants by this number, not by a person.
    Column("number", Integer, nullable=False),
    Column("display_name", String(100)),
    Column("finished", Boolean, nullable=False),
    Column("joined_at", DateTime(timezone=True), nullable=False),
    # JSON of the answers given to an earlier questionnaire version (migration 8).
    Column("legacy", Text),
    # Also the index that finds a workshop's participants (workshop_id leads).
    UniqueConstraint("workshop_id", "number", name="uq_participants_workshop_number"),
    CheckConstraint("number >= 1", name="participant_number_positive"),
)


def _participant_answer_table(name: str, one_form: str) -> Table:
    # One row per (participant, question), in the same two forms as assessment_answers.
    return Table(
        name,
        metadata,
        Column(
            "participant_id",
            Integer,
            ForeignKey("participants.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("question_id", String(ID_LENGTH), primary_key=True),
        Column("value", String(ID_LENGTH)),
        Column("choices", Text),
        CheckConstraint("(value IS NULL) <> (choices IS NULL)", name=one_form),
    )


participant_answers = _participant_answer_table(
    "participant_answers", "participant_answer_one_form"
)
# The answers of an open workshop as last released to the room (scoring/release.py): what
# every view and download of the open workshop shows, released in batches (migration 9).
released_answers = _participant_answer_table("released_answers", "released_answer_one_form")

# Every table holding rows of one workshop, children first; delete() and the tests walk it.
WORKSHOP_TABLES = (released_answers, participant_answers, participants, workshops)

# Join attempts not yet known to be right, by a hash of the browser session or the network
# address; rows older than join_attempts.WINDOW are deleted (storage/join_attempts.py).
join_attempts = Table(
    "join_attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("client_hash", String(64), nullable=False),
    Column("attempted_at", DateTime(timezone=True), nullable=False),
    Index("ix_join_attempts_client", "client_hash", "attempted_at"),
)
