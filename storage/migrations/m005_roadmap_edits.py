"""Migration 5: the user's changes to the roadmap, one row per (assessment, step).

Frozen: this is the table as migration 5 created it; later changes go into a new migration.
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
)


def upgrade(connection: Connection) -> None:
    """Create roadmap_edits."""
    metadata = MetaData()
    # The referenced table as far as the foreign key needs it; it exists since migration 1.
    Table("assessments", metadata, Column("id", Integer, primary_key=True))
    edits = Table(
        "roadmap_edits",
        metadata,
        Column(
            "assessment_id",
            Integer,
            ForeignKey("assessments.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("step_id", String(120), primary_key=True),
        Column("start_month", Integer),
        Column("owner", String(200)),
        CheckConstraint("start_month BETWEEN 0 AND 12", name="roadmap_start_month_in_range"),
    )
    metadata.create_all(connection, tables=[edits])
