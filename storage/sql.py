"""Statements both supported databases share, where SQLite and PostgreSQL spell them apart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite

_INSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


def upsert(
    connection: Connection, table: Table, values: Mapping[str, Any], keys: Sequence[str]
) -> None:
    """Insert a row, or update the row with the same `keys` (atomic on both databases)."""
    try:
        insert = _INSERTS[connection.dialect.name]
    except KeyError:
        raise NotImplementedError(f"no upsert for {connection.dialect.name}") from None
    statement = insert(table).values(dict(values))
    changes = {name: statement.excluded[name] for name in values if name not in keys}
    connection.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=changes))
