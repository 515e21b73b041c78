"""Anonymous contributions to the comparison with similar administrations, and their groups.

A contribution holds what the consent text names: kind, size class, Land, year, and per
dimension the score and the target level; no name, no notes, no answers. It belongs to one
assessment (one contribution per assessment; withdrawing deletes it; deleting the assessment
deletes it), and a contribution of a later round of the same administration replaces the
earlier round's.

Every query that hands out scores or counts enforces the anonymity threshold itself
(scoring.peers.MIN_CONTRIBUTIONS distinct assessments per group): a group under it comes back
empty, whichever view asks. No method returns a single contribution.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    Table,
    and_,
    delete,
    distinct,
    func,
    insert,
    select,
)

from scoring.peers import MIN_CONTRIBUTIONS, SIZE_CLASSES

from .assessment_rows import chain_query, id_of
from .engine import reading, writing
from .schema import peer_contributions, peer_scores


@dataclass(frozen=True)
class Contribution:
    """What an administration contributes (built from its profile and its result)."""

    kind: str
    size_class: str
    state: str | None
    year: int
    scores: Mapping[str, float]  # dimension id -> score 0–100 (scored dimensions only)
    targets: Mapping[str, int]  # dimension id -> target level (where one is set)


@dataclass(frozen=True)
class GroupScores:
    """The scores of a group that reached the threshold: count and scores per dimension."""

    contributions: int
    scores: dict[str, list[float]]


class PeerRepository:
    """Contributions in the database of `engine`; every method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def contribute(self, token: str, contribution: Contribution) -> None:
        """Store (or replace) the contribution of the assessment with `token`.

        Contributions of earlier rounds of the same administration are removed: one per
        administration's history, the newest.
        """
        if contribution.size_class not in SIZE_CLASSES:
            raise ValueError(f"size class is one of {', '.join(SIZE_CLASSES)}")
        with writing(self._engine) as connection:
            assessment_id = id_of(connection, token)
            earlier = [row.id for row in connection.execute(chain_query(token))]
            remove_contributions(connection, [assessment_id, *earlier])
            created = connection.execute(
                insert(peer_contributions).values(
                    assessment_id=assessment_id,
                    kind=contribution.kind,
                    size_class=contribution.size_class,
                    state=contribution.state,
                    year=contribution.year,
                    contributed_at=datetime.now(UTC),
                )
            )
            rows = [
                {
                    "contribution_id": created.inserted_primary_key[0],
                    "dimension_id": dimension,
                    "score": float(score),
                    "target": contribution.targets.get(dimension),
                }
                for dimension, score in contribution.scores.items()
            ]
            if rows:
                connection.execute(insert(peer_scores), rows)

    def withdraw(self, token: str) -> bool:
        """Delete the contribution of the assessment with `token`; False when there was none."""
        with writing(self._engine) as connection:
            return remove_contributions(connection, [id_of(connection, token)]) > 0

    def contributed_at(self, token: str) -> datetime | None:
        """When the assessment with `token` contributed, or None (also for an unknown token)."""
        with reading(self._engine) as connection:
            try:
                assessment_id = id_of(connection, token)
            except KeyError:
                return None
            moment = connection.scalar(
                select(peer_contributions.c.contributed_at).where(
                    peer_contributions.c.assessment_id == assessment_id
                )
            )
        if moment is None:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def group(
        self, size_class: str, state: str | None = None, excluding: str | None = None
    ) -> GroupScores | None:
        """The scores of the group (size class, and Land when given), or None under the
        threshold. `excluding`: the asking assessment's token; its own history's
        contributions are left out, so the threshold counts the others only."""
        with reading(self._engine) as connection:
            left_out: list[int] = []
            if excluding is not None:
                try:
                    left_out = [id_of(connection, excluding)]
                except KeyError:
                    left_out = []
                left_out += [row.id for row in connection.execute(chain_query(excluding))]
            rows = connection.execute(_group_query(size_class, state, left_out)).all()
        if not rows:
            return None
        scores: dict[str, list[float]] = defaultdict(list)
        for dimension, score, _ in rows:
            scores[dimension].append(score)
        return GroupScores(rows[0][2], dict(scores))

    def counts(self) -> dict[str, dict[str, int]]:
        """Contributions per size class and per Land, only where at least the threshold."""
        with reading(self._engine) as connection:
            by_class = connection.execute(_counts_query(peer_contributions.c.size_class)).all()
            by_state = connection.execute(_counts_query(peer_contributions.c.state)).all()
        return {"size_class": dict(by_class), "state": dict(by_state)}

    def scores_by_size_class(self) -> dict[str, GroupScores]:
        """The scores of every size class that reaches the threshold."""
        return self._scores_by(peer_contributions.c.size_class)

    def scores_by_year(self) -> dict[int, GroupScores]:
        """The scores of every year that reaches the threshold (all size classes together)."""
        return self._scores_by(peer_contributions.c.year)

    def _scores_by(self, column) -> dict:
        big = _counts_query(column).subquery()
        query = (
            select(column, peer_scores.c.dimension_id, peer_scores.c.score, big.c.contributions)
            .join(peer_contributions, peer_scores.c.contribution_id == peer_contributions.c.id)
            .join(big, big.c.key == column)
            .order_by(column, peer_scores.c.dimension_id)
        )
        found: dict = {}
        with reading(self._engine) as connection:
            for key, dimension, score, contributions in connection.execute(query):
                group = found.setdefault(key, GroupScores(contributions, defaultdict(list)))
                group.scores[dimension].append(score)
        return {key: GroupScores(g.contributions, dict(g.scores)) for key, g in found.items()}


def _members(table: Table, size_class: str, state: str | None, left_out: list[int]):
    condition: list[ColumnElement[bool]] = [table.c.size_class == size_class]
    if state is not None:
        condition.append(table.c.state == state)
    if left_out:
        condition.append(table.c.assessment_id.not_in(left_out))
    return and_(*condition)


def _group_query(size_class: str, state: str | None, left_out: list[int]) -> Select:
    # The threshold is part of the statement: with fewer distinct assessments in the group,
    # the query returns no row at all.
    members = peer_contributions.alias("members")
    contributions = (
        select(func.count(distinct(members.c.assessment_id)))
        .where(_members(members, size_class, state, left_out))
        .scalar_subquery()
    )
    return (
        select(peer_scores.c.dimension_id, peer_scores.c.score, contributions)
        .join(peer_contributions, peer_scores.c.contribution_id == peer_contributions.c.id)
        .where(
            _members(peer_contributions, size_class, state, left_out),
            contributions >= MIN_CONTRIBUTIONS,
        )
        .order_by(peer_scores.c.dimension_id, peer_scores.c.score)
    )


def _counts_query(column) -> Select:
    # Groups under the threshold are left out by HAVING: their count never leaves the database.
    count = func.count(distinct(peer_contributions.c.assessment_id))
    return (
        select(column.label("key"), count.label("contributions"))
        .where(column.is_not(None))
        .group_by(column)
        .having(count >= MIN_CONTRIBUTIONS)
        .order_by(column)
    )


def remove_contributions(connection: Connection, assessment_ids: list[int]) -> int:
    """Delete the contributions of these assessments with their scores; how many there were."""
    mine = select(peer_contributions.c.id).where(
        peer_contributions.c.assessment_id.in_(assessment_ids)
    )
    connection.execute(delete(peer_scores).where(peer_scores.c.contribution_id.in_(mine)))
    removed = connection.execute(
        delete(peer_contributions).where(peer_contributions.c.assessment_id.in_(assessment_ids))
    )
    return removed.rowcount
