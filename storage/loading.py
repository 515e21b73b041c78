"""Reading assessments with their child rows, for one or many at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, select

from questionnaire import Answers

from .codec import answers_of
from .schema import assessment_answers, assessment_notes, assessment_targets


def load_answers(connection: Connection, rows: Sequence[Mapping[str, Any]]) -> dict[int, Answers]:
    """The answers value of each `assessments` row, by assessment id (three queries in all)."""
    ids = [row["id"] for row in rows]
    if not ids:
        return {}
    answers = _children(connection, assessment_answers, ids)
    notes = _children(connection, assessment_notes, ids)
    targets = _children(connection, assessment_targets, ids)
    return {
        row["id"]: answers_of(row, answers[row["id"]], notes[row["id"]], targets[row["id"]])
        for row in rows
    }


def _children(connection: Connection, table: Table, ids: list[int]) -> dict[int, list]:
    by_assessment: dict[int, list] = defaultdict(list)
    # Primary-key order: the same assessment always comes back with its keys in the same order.
    query = select(table).where(table.c.assessment_id.in_(ids)).order_by(*table.primary_key)
    for row in connection.execute(query).mappings():
        by_assessment[row["assessment_id"]].append(row)
    return by_assessment
