"""Rows that belong to a parent row, shared by the assessment and the workshop repositories.

An assessment's answers, notes and targets and a participant's answers are each one row per
(parent, question or dimension). Both repositories set such a row with one upsert (or delete
it) and read them grouped by parent; codec.py turns answer rows into answers and back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, delete, select

from .sql import upsert


def set_child(connection: Connection, table: Table, key: dict, values: dict | None) -> None:
    """Upsert the child row with `key`, or delete it when `values` is None."""
    if values is None:
        condition = [table.c[name] == value for name, value in key.items()]
        connection.execute(delete(table).where(*condition))
    else:
        upsert(connection, table, {**key, **values}, list(key))


def children_by_parent(
    connection: Connection, table: Table, parent: str, ids: Iterable[int]
) -> dict[int, list[Mapping[str, Any]]]:
    """The rows of `table` whose column `parent` is one of `ids`, grouped by that id.

    Rows come in primary-key order, so a parent always comes back with its keys in one order.
    """
    grouped: dict[int, list] = defaultdict(list)
    query = select(table).where(table.c[parent].in_(list(ids))).order_by(*table.primary_key)
    for row in connection.execute(query).mappings():
        grouped[row[parent]].append(row)
    return grouped
