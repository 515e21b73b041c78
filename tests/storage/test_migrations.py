"""Migrations: recorded once, idempotent, safe at concurrent start-up (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect

from storage import MIGRATIONS, AssessmentRepository, migrate, open_engine
from storage.schema import metadata, schema_migrations

from .conftest import rows_of, run_together

pytestmark = pytest.mark.postgres


def test_migration_versions_count_up_from_one_without_gaps():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)


def test_a_new_database_records_every_migration_once_with_a_utc_time(engine):
    recorded = rows_of(engine, schema_migrations)

    assert [(row["version"], row["name"]) for row in recorded] == [
        (m.version, m.name) for m in MIGRATIONS
    ]
    applied_at = recorded[0]["applied_at"]
    aware = applied_at if applied_at.tzinfo else applied_at.replace(tzinfo=UTC)
    assert aware <= datetime.now(UTC)


def test_migrating_again_applies_nothing_and_records_nothing(engine):
    before = rows_of(engine, schema_migrations)

    assert migrate(engine) == []
    assert rows_of(engine, schema_migrations) == before


def test_a_restarted_app_sees_everything_saved_before(database, full_answers):
    first = open_engine(database)
    token = AssessmentRepository(first).create(full_answers)
    AssessmentRepository(first).save_answer(token, "champions", "network")
    first.dispose()

    second = open_engine(database)
    try:
        saved = AssessmentRepository(second).get(token)
        assert len(rows_of(second, schema_migrations)) == len(MIGRATIONS)
    finally:
        second.dispose()

    assert saved == full_answers.model_copy(
        update={"answers": {**full_answers.answers, "champions": "network"}}
    )


def test_processes_starting_at_once_migrate_the_database_once(database):
    engines = []

    try:
        # Each engine has its own connections, as separate app processes would.
        run_together(lambda _: engines.append(open_engine(database)), count=4)
        assert len(rows_of(engines[0], schema_migrations)) == len(MIGRATIONS)
    finally:
        for engine in engines:
            engine.dispose()


def test_the_migrated_schema_has_the_tables_and_columns_the_queries_use(engine):
    inspector = inspect(engine)

    assert set(metadata.tables) <= set(inspector.get_table_names())
    for table in metadata.sorted_tables:
        columns = {column["name"] for column in inspector.get_columns(table.name)}
        assert columns == set(table.columns.keys()), table.name
        key = inspector.get_pk_constraint(table.name)["constrained_columns"]
        assert sorted(key) == sorted(column.name for column in table.primary_key), table.name
