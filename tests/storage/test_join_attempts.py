"""Wrong join codes slow down, counted in the database (both databases)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import storage.join_attempts
import storage.migrations
from storage import JoinAttempts, Limit, WorkshopRepository, open_engine
from storage.join_attempts import WINDOW
from storage.migrations import MIGRATIONS
from storage.schema import join_attempts

from .conftest import rows_of, run_together

pytestmark = pytest.mark.postgres

START = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
LIMIT = Limit(free=3, first_wait=5, longest=60)


@pytest.fixture
def clock(monkeypatch):
    """The time the table sees; tests move it forward."""
    moments = [START]
    monkeypatch.setattr(storage.join_attempts, "now", lambda: moments[-1])

    def advance(seconds: float) -> None:
        moments.append(moments[-1] + timedelta(seconds=seconds))

    return advance


@pytest.fixture
def table(engine) -> JoinAttempts:
    return JoinAttempts(engine)


def test_wrong_codes_pass_freely_then_the_wait_doubles_up_to_the_longest(table, clock):
    waits = []
    for _ in range(8):
        admission = table.admit({"session:a": LIMIT})
        while admission.wait:
            waits.append(admission.wait)
            clock(admission.wait)
            admission = table.admit({"session:a": LIMIT})
        clock(1)  # the code was wrong; the person types the next one
    # Three free, then 5, 10, 20, 40, 60 s, each counted from the last wrong code.
    assert waits == [4, 9, 19, 39, 59]


def test_a_right_code_does_not_count_and_other_clients_are_not_slowed(table, clock):
    for _ in range(3):
        table.right(table.admit({"session:a": LIMIT}))
    assert table.admit({"session:a": LIMIT}).wait == 0
    for _ in range(3):
        table.admit({"session:b": LIMIT})
    assert table.admit({"session:b": LIMIT}).wait == 5
    assert table.admit({"session:c": LIMIT}).wait == 0


def test_the_longest_waiting_client_decides(table, clock):
    for _ in range(3):
        table.admit({"address:x": LIMIT})
    assert table.admit({"session:new": LIMIT, "address:x": LIMIT}).wait == 5


def test_attempts_older_than_the_window_are_forgotten_and_deleted(table, clock, engine):
    for _ in range(3):
        table.admit({"session:a": LIMIT})
    clock(WINDOW.total_seconds() + 1)
    assert table.admit({"session:a": LIMIT}).wait == 0
    assert len(rows_of(engine, join_attempts)) == 1


def test_clients_are_stored_only_as_hashes(table, clock, engine):
    table.admit({"address:192.0.2.7": LIMIT})
    [row] = rows_of(engine, join_attempts)
    assert "192.0.2.7" not in str(row) and len(row["client_hash"]) == 64


def test_parallel_attempts_of_one_client_cannot_all_pass(table, clock):
    admitted = []
    run_together(lambda _: admitted.append(table.admit({"address:x": LIMIT}).wait == 0), 20)
    assert admitted.count(True) == LIMIT.free


@given(
    free=st.integers(0, 10),
    count=st.integers(0, 30),
    since=st.floats(0, 1000),
)
def test_the_wait_never_exceeds_the_longest_and_is_zero_below_free(free, count, since):
    limit = Limit(free=free, first_wait=5, longest=300)
    attempts = [START] * count
    wait = limit.wait(attempts, START + timedelta(seconds=since))
    assert 0 <= wait <= 300
    if count < free or since >= 300:
        assert wait == 0


def test_migration_4_adds_the_table_and_keeps_what_was_saved(database, monkeypatch, sample):
    with monkeypatch.context() as patch:
        patch.setattr(storage.migrations, "MIGRATIONS", MIGRATIONS[:3])
        old = open_engine(database)
    workshop = WorkshopRepository(old).create("Vorher", sample.id, sample.version, "short")
    token = WorkshopRepository(old).join(workshop.code, "Kämmerin")
    old.dispose()

    engine = open_engine(database)
    try:
        assert WorkshopRepository(engine).participant(token).display_name == "Kämmerin"
        assert JoinAttempts(engine).admit({"session:a": LIMIT}).wait == 0
    finally:
        engine.dispose()
