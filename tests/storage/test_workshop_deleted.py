"""A workshop deleted while its participants are still at work: every repository call answers
UnknownWorkshop (or None), never a database error, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

import storage.workshop_rows
import storage.workshops
from storage import UnknownWorkshop, WorkshopRepository
from storage.schema import participants, workshops
from storage.workshop_rows import remove_workshop

from .conftest import postgres_url

pytestmark = pytest.mark.postgres


@pytest.fixture
def repo(engine) -> WorkshopRepository:
    return WorkshopRepository(engine)


@pytest.fixture
def deleted_meanwhile(repo, sample, monkeypatch):
    """A participant token whose workshop disappears between finding the participant and
    reading the workshop: the participant row as read before the delete, the rest after."""
    kept = repo.create("Bleibt", sample.id, sample.version, "short")
    token = repo.join(kept.code)
    gone = repo.create("Gelöscht", sample.id, sample.version, "short")
    repo.delete(gone.host_token)
    real_find = storage.workshop_rows.find

    def find(connection, column, secret, for_update=False):
        row = real_find(connection, column, secret, for_update)
        if column is participants.c.token_hash and row is not None:
            return {**row, "workshop_id": gone.id}
        return row

    # The repository and its statements (workshop_rows) both look rows up with `find`.
    monkeypatch.setattr(storage.workshops, "find", find)
    monkeypatch.setattr(storage.workshop_rows, "find", find)
    return token


def test_a_participant_whose_workshop_went_meanwhile_is_unknown(repo, deleted_meanwhile):
    assert repo.participant(deleted_meanwhile) is None
    with pytest.raises(UnknownWorkshop):
        repo.save_answer(deleted_meanwhile, "budget", "line")
    with pytest.raises(UnknownWorkshop):
        repo.set_finished(deleted_meanwhile)


@pytest.mark.skipif(postgres_url() is None, reason="the race exists only on PostgreSQL")
def test_an_answer_waiting_for_the_hosts_delete_ends_as_unknown_workshop(repo, engine, sample):
    workshop = repo.create("Runde", sample.id, sample.version, "short")
    token = repo.join(workshop.code)
    outcome: list[BaseException | None] = []

    def answer() -> None:
        try:
            repo.save_answer(token, "budget", "line")
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    with engine.connect() as deleter, engine.connect() as watcher:
        with deleter.begin():
            locked = workshops.select().where(workshops.c.id == workshop.id).with_for_update()
            deleter.execute(locked)
            remove_workshop(deleter, workshop.id)
            writer = threading.Thread(target=answer)
            writer.start()
            # Wait (bounded) until the answer's transaction waits for the delete's lock.
            blocked = text("SELECT count(*) FROM pg_locks WHERE NOT granted")
            deadline = time.monotonic() + 30
            while watcher.scalar(blocked) == 0 and writer.is_alive():
                watcher.rollback()
                assert time.monotonic() < deadline, "the answer never waited for the delete"
        writer.join(timeout=30)
    [error] = outcome
    assert isinstance(error, UnknownWorkshop), repr(error)
