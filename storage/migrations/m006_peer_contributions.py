"""Migration 6: anonymous contributions to the comparison with similar administrations.

Frozen: these are the tables as migration 6 created them (storage/schema.py holds the current
shape).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
)


def upgrade(connection: Connection) -> None:
    """Create peer_contributions (one per assessment) and peer_scores (one per dimension)."""
    metadata = MetaData()
    # The referenced table as far as the foreign key needs it (it exists since migration 1).
    Table("assessments", metadata, Column("id", Integer, primary_key=True))
    contributions = Table(
        "peer_contributions",
        metadata,
        Column("id", Integer, primary_key=True),
        Column(
            "assessment_id",
            Integer,
            ForeignKey("assessments.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        Column("kind", String(40), nullable=False),
        Column("size_class", String(20), nullable=False),
        Column("state", String(2)),
        Column("year", Integer, nullable=False),
        Column("contributed_at", DateTime(timezone=True), nullable=False),
    )
    Index("ix_peer_contributions_group", contributions.c.size_class, contributions.c.state)
    scores = Table(
        "peer_scores",
        metadata,
        Column(
            "contribution_id",
            Integer,
            ForeignKey("peer_contributions.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("dimension_id", String(100), primary_key=True),
        Column("score", Float, nullable=False),
        Column("target", Integer),
    )
    metadata.create_all(connection, tables=[contributions, scores])
