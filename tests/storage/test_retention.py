"""Retention: stale assessments and workshops are counted and deleted, nothing else is touched
(SQLite and PostgreSQL); the purge command line lists by default and deletes on request."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from questionnaire import new_answers
from storage import WorkshopRepository
from storage.__main__ import main
from storage.retention import Stale, count_stale, delete_stale
from storage.schema import (
    ASSESSMENT_CHILDREN,
    assessments,
    participant_answers,
    participants,
    workshops,
)

from .conftest import assessment_id, hashed, rows_of

pytestmark = pytest.mark.postgres

NOW = datetime.now(UTC)
CUTOFF = NOW - timedelta(days=30)
LONG_AGO = NOW - timedelta(days=400)


def age(engine, table, column: str, row_id: int, moment: datetime) -> None:
    """Set a timestamp of one row directly, as if it had been written at `moment`."""
    with engine.begin() as connection:
        connection.execute(update(table).where(table.c.id == row_id).values({column: moment}))


def old_assessment(repo, engine, answers, previous: str | None = None) -> str:
    token = repo.create(answers, previous_token=previous)
    age(engine, assessments, "updated_at", assessment_id(engine, token), LONG_AGO)
    return token


@pytest.fixture
def workshops_repo(engine) -> WorkshopRepository:
    return WorkshopRepository(engine)


def old_workshop(workshops_repo, engine, sample, people: int):
    """A workshop created long ago with `people` participants who joined then and answered."""
    workshop = workshops_repo.create("Alte Runde", sample.id, sample.version, "short")
    for _ in range(people):
        token = workshops_repo.join(workshop.code)
        workshops_repo.save_answer(token, "budget", "none")
    age(engine, workshops, "created_at", workshop.id, LONG_AGO)
    with engine.begin() as connection:
        connection.execute(
            update(participants)
            .where(participants.c.workshop_id == workshop.id)
            .values(joined_at=LONG_AGO)
        )
    return workshop


def test_only_assessments_unchanged_since_the_cutoff_are_counted_and_deleted(
    repo, engine, full_answers
):
    stale = old_assessment(repo, engine, full_answers)
    fresh = repo.create(full_answers)
    stale_id = assessment_id(engine, stale)

    assert count_stale(engine, CUTOFF) == Stale(assessments=1, workshops=0, participants=0)
    assert repo.get(stale) == full_answers, "counting deletes nothing"

    assert delete_stale(engine, CUTOFF) == Stale(assessments=1, workshops=0, participants=0)

    assert repo.get(stale) is None
    assert repo.get(fresh) == full_answers
    for table in ASSESSMENT_CHILDREN:
        assert rows_of(engine, table, stale_id) == [], table.name
    assert count_stale(engine, CUTOFF) == Stale(0, 0, 0)


def test_a_change_after_the_cutoff_keeps_an_old_assessment(repo, engine, full_answers):
    token = old_assessment(repo, engine, full_answers)

    repo.save_note(token, "budget", "noch aktuell")

    assert count_stale(engine, CUTOFF).assessments == 0
    delete_stale(engine, CUTOFF)
    assert repo.get(token) is not None


def test_deleting_stale_rounds_keeps_the_history_chain_of_the_rounds_left(repo, engine, sample):
    """Two consecutive old rounds go; the newest round's history then ends at the oldest."""
    first = repo.create(new_answers(sample, profile={"organisation": "Runde 0"}))
    second = old_assessment(repo, engine, new_answers(sample), previous=first)
    third = old_assessment(repo, engine, new_answers(sample), previous=second)
    fourth = repo.create(new_answers(sample), previous_token=third)

    assert delete_stale(engine, CUTOFF).assessments == 2

    assert [entry.key for entry in repo.history(fourth)] == hashed(first)
    remaining = {row["id"] for row in rows_of(engine, assessments)}
    assert remaining == {assessment_id(engine, first), assessment_id(engine, fourth)}


def test_a_stale_workshop_goes_with_its_participants_and_answers(workshops_repo, engine, sample):
    stale = old_workshop(workshops_repo, engine, sample, people=3)
    fresh = workshops_repo.create("Neue Runde", sample.id, sample.version, "short")
    workshops_repo.save_answer(workshops_repo.join(fresh.code), "budget", "none")

    assert count_stale(engine, CUTOFF) == Stale(assessments=0, workshops=1, participants=3)
    assert delete_stale(engine, CUTOFF) == Stale(assessments=0, workshops=1, participants=3)

    assert workshops_repo.get(stale.id) is None
    assert workshops_repo.get(fresh.id) == fresh
    assert [row["workshop_id"] for row in rows_of(engine, participants)] == [fresh.id]
    assert len(rows_of(engine, participant_answers)) == 1


def test_an_old_workshop_someone_joined_since_the_cutoff_is_kept(workshops_repo, engine, sample):
    workshop = old_workshop(workshops_repo, engine, sample, people=2)
    workshops_repo.join(workshop.code)

    assert count_stale(engine, CUTOFF) == Stale(0, 0, 0)
    delete_stale(engine, CUTOFF)
    assert workshops_repo.get(workshop.id) is not None


def test_a_moment_without_a_time_zone_is_refused(engine):
    with pytest.raises(ValueError, match="time zone"):
        count_stale(engine, datetime.now())


def test_a_moment_in_another_zone_means_the_same_instant(repo, engine, full_answers):
    old_assessment(repo, engine, full_answers)
    berlin = timezone(timedelta(hours=1))

    assert count_stale(engine, CUTOFF.astimezone(berlin)) == count_stale(engine, CUTOFF)
    # Just after the stored instant (written as UTC) counts it; just before does not.
    assert count_stale(engine, (LONG_AGO + timedelta(seconds=1)).astimezone(berlin)).assessments
    assert not count_stale(engine, (LONG_AGO - timedelta(seconds=1)).astimezone(berlin)).assessments


# --- The command line (on the test's database) ----------------------------------------------


def test_purge_lists_by_default_and_deletes_only_with_delete(
    repo, engine, database, full_answers, capsys
):
    stale = old_assessment(repo, engine, full_answers)

    assert main(["purge", "--older-than", "30", "--database", database]) == 0
    listed = capsys.readouterr().out
    assert "1 assessment(s), 0 workshop(s) with 0 participant(s)" in listed
    assert "--delete" in listed
    assert repo.get(stale) is not None

    assert main(["purge", "--older-than", "30", "--delete", "--database", database]) == 0
    assert "deleted." in capsys.readouterr().out
    assert repo.get(stale) is None


def test_purge_keeps_what_is_younger_than_the_days_given(repo, engine, database, full_answers):
    token = old_assessment(repo, engine, full_answers)  # 400 days old

    assert main(["purge", "--older-than", "500", "--delete", "--database", database]) == 0
    assert repo.get(token) is not None


@pytest.mark.parametrize("days", ["0", "-3", "zehn"])
def test_purge_refuses_a_period_that_is_not_a_positive_number_of_days(days, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["purge", "--older-than", days, "--database", "sqlite:///unused.db"])
    assert stopped.value.code == 2
    assert "--older-than" in capsys.readouterr().err


def test_purge_does_not_create_a_database_at_a_mistyped_path(tmp_path, capsys):
    missing = tmp_path / "tippfehler.db"

    assert main(["purge", "--older-than", "30", "--database", f"sqlite:///{missing}"]) == 2

    assert f"no database file at {missing}" in capsys.readouterr().err
    assert not missing.exists()


def test_purge_names_an_unreachable_database_without_its_password(capsys):
    url = "postgresql+psycopg://kirc:geheim@127.0.0.1:1/kirc?connect_timeout=2"

    assert main(["purge", "--older-than", "30", "--database", url]) == 2

    error = capsys.readouterr().err
    assert error.startswith("error: database postgresql+psycopg://kirc:***@127.0.0.1:1/kirc")
    assert "geheim" not in error
    assert "Traceback" not in error
