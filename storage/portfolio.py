"""The AI portfolio of an assessment: its use-case items, kept with the assessment.

Items are stored as the JSON of `usecases.PortfolioItem`, one row each, in the order they were
added. Like the roadmap changes they are not part of the answers file: an import that replaces
the answers keeps them, and they go when the assessment is deleted.
"""

from __future__ import annotations

from sqlalchemy import Engine, delete, func, select

from usecases import PortfolioItem

from .assessment_rows import id_of, touch
from .engine import reading, writing
from .schema import portfolio_items
from .sql import upsert


class PortfolioRepository:
    """Portfolio items in the database of `engine`; every method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def items(self, token: str) -> list[PortfolioItem]:
        """The items of the assessment with `token`, in the order they were added."""
        with reading(self._engine) as connection:
            assessment_id = id_of(connection, token)
            rows = connection.execute(
                select(portfolio_items.c.data)
                .where(portfolio_items.c.assessment_id == assessment_id)
                .order_by(portfolio_items.c.position)
            ).scalars()
            return [PortfolioItem.model_validate_json(data) for data in rows]

    def save(self, token: str, item: PortfolioItem) -> None:
        """Store `item` (a new one goes to the end; an existing one keeps its place)."""
        data = item.model_dump_json().replace("\\u0000", "")  # no NUL reaches the database
        with writing(self._engine) as connection:
            assessment_id = touch(connection, token)
            key = {"assessment_id": assessment_id, "item_id": item.id}
            position = connection.scalar(
                select(portfolio_items.c.position).where(
                    portfolio_items.c.assessment_id == assessment_id,
                    portfolio_items.c.item_id == item.id,
                )
            )
            if position is None:
                last = connection.scalar(
                    select(func.max(portfolio_items.c.position)).where(
                        portfolio_items.c.assessment_id == assessment_id
                    )
                )
                position = (last or 0) + 1
            upsert(connection, portfolio_items, {**key, "position": position, "data": data},
                   list(key))  # fmt: skip

    def remove(self, token: str, item_id: str) -> None:
        """Delete one item (nothing happens when there is none)."""
        with writing(self._engine) as connection:
            assessment_id = touch(connection, token)
            connection.execute(
                delete(portfolio_items).where(
                    portfolio_items.c.assessment_id == assessment_id,
                    portfolio_items.c.item_id == item_id,
                )
            )
