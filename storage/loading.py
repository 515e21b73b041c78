"""Reading assessments with their child rows, for one or many at once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from questionnaire import Answers

from .child_rows import children_by_parent
from .codec import answers_of
from .schema import assessment_answers, assessment_notes, assessment_targets


def load_answers(connection: Connection, rows: Sequence[Mapping[str, Any]]) -> dict[int, Answers]:
    """The answers value of each `assessments` row, by assessment id (three queries in all)."""
    ids = [row["id"] for row in rows]
    if not ids:
        return {}
    answers, notes, targets = (
        children_by_parent(connection, table, "assessment_id", ids)
        for table in (assessment_answers, assessment_notes, assessment_targets)
    )
    return {
        row["id"]: answers_of(row, answers[row["id"]], notes[row["id"]], targets[row["id"]])
        for row in rows
    }
