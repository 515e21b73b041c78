"""The user's changes to the roadmap of an assessment: a moved start month, another owner.

The roadmap itself is computed from the answers each time (plan/roadmap.py); only the
changes are stored, so a new answer can add or remove steps without leaving stale rows that
matter (a change for a step that no longer fires is simply not used).
"""

from __future__ import annotations

from sqlalchemy import Engine, delete, select

from plan import HORIZON, Edit

from .assessment_rows import id_of, touch
from .engine import reading, writing
from .schema import roadmap_edits
from .sql import upsert

OWNER_LENGTH = 200


class RoadmapRepository:
    """Roadmap changes in the database of `engine`; every method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def edits(self, token: str) -> dict[str, Edit]:
        """The stored changes of the assessment with `token`, by step id."""
        with reading(self._engine) as connection:
            assessment_id = id_of(connection, token)
            rows = connection.execute(
                select(roadmap_edits).where(roadmap_edits.c.assessment_id == assessment_id)
            ).mappings()
            return {row["step_id"]: Edit(row["start_month"], row["owner"]) for row in rows}

    def save(self, token: str, step_id: str, edit: Edit) -> None:
        """Store the change of one step (an empty change removes it)."""
        if edit.start is not None and not 0 <= edit.start <= HORIZON:
            raise ValueError(f"start month is between 0 and {HORIZON}")
        owner = (edit.owner or "").replace("\x00", "").strip()[:OWNER_LENGTH] or None
        with writing(self._engine) as connection:
            assessment_id = touch(connection, token)
            key = {"assessment_id": assessment_id, "step_id": step_id[:120]}
            if edit.start is None and owner is None:
                connection.execute(
                    delete(roadmap_edits).where(
                        roadmap_edits.c.assessment_id == assessment_id,
                        roadmap_edits.c.step_id == key["step_id"],
                    )
                )
                return
            upsert(connection, roadmap_edits, {**key, "start_month": edit.start, "owner": owner},
                   list(key))  # fmt: skip
