"""Migration 7: the administration's AI portfolio, one row per (assessment, item).

Frozen: this is the table as migration 7 created it; later changes go into a new migration.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, ForeignKey, Integer, MetaData, String, Table, Text


def upgrade(connection: Connection) -> None:
    """Create portfolio_items; existing assessments start with an empty portfolio."""
    metadata = MetaData()
    # The referenced table as far as the foreign key needs it; it exists since migration 1.
    Table("assessments", metadata, Column("id", Integer, primary_key=True))
    items = Table(
        "portfolio_items",
        metadata,
        Column(
            "assessment_id",
            Integer,
            ForeignKey("assessments.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("item_id", String(40), primary_key=True),
        Column("position", Integer, nullable=False),
        Column("data", Text, nullable=False),
    )
    metadata.create_all(connection, tables=[items])
