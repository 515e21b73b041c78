"""The connection pool: sized for a workshop, with connections kept free for host actions."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import storage.engine
from storage import StorageBusy, WorkshopClosed, WorkshopRepository, open_engine
from storage.engine import RESERVED, pool_size, reading

pytestmark = pytest.mark.postgres

SIZE = 4  # a small pool, so a handful of threads can take every ordinary connection


@pytest.fixture
def small(database):
    engine = open_engine(database, size=SIZE)
    yield engine
    engine.dispose()


def test_the_host_closes_the_workshop_while_participants_hold_every_other_connection(small, sample):
    repo = WorkshopRepository(small)
    workshop = repo.create("Volle Runde", sample.id, sample.version, "short")
    tokens = [repo.join(workshop.code) for _ in range(SIZE)]
    inside = threading.Semaphore(0)
    release = threading.Event()

    def participant(index: int) -> None:
        with reading(small):  # a participant's page holding a connection
            inside.release()
            release.wait(timeout=60)
        repo.save_answer(tokens[index], "budget", "line")

    with ThreadPoolExecutor(max_workers=SIZE) as pool:
        futures = [pool.submit(participant, index) for index in range(SIZE)]
        for _ in range(SIZE - RESERVED):
            assert inside.acquire(timeout=30)
        # Every ordinary place is taken (the other participants wait for one); without the
        # reservation the host would wait for the pool and time out.
        repo.close(workshop.host_token)
        closed = repo.by_host_token(workshop.host_token).closed
        release.set()
        errors = [future.exception(timeout=60) for future in futures]

    assert closed
    assert all(isinstance(error, WorkshopClosed) for error in errors)


def test_ordinary_work_that_finds_no_free_connection_in_time_gets_a_clear_error(
    small, sample, monkeypatch
):
    repo = WorkshopRepository(small)
    workshop = repo.create("Volle Runde", sample.id, sample.version, "short")
    token = repo.join(workshop.code)
    inside = threading.Semaphore(0)
    release = threading.Event()

    def hold(_: int) -> None:
        with reading(small):
            inside.release()
            release.wait(timeout=60)

    with ThreadPoolExecutor(max_workers=SIZE - RESERVED) as pool:
        futures = [pool.submit(hold, index) for index in range(SIZE - RESERVED)]
        for _ in futures:
            assert inside.acquire(timeout=30)
        monkeypatch.setattr(storage.engine, "WAIT_SECONDS", 0.05)
        with pytest.raises(StorageBusy, match="busy"):
            repo.save_answer(token, "budget", "line")
        repo.set_revealed(workshop.host_token, True)  # the host still gets through
        release.set()
        for future in futures:
            future.result(timeout=60)

    repo.save_answer(token, "budget", "line")  # once connections are free again, it works
    assert repo.participant(token).answers.answers == {"budget": "line"}
    assert repo.by_host_token(workshop.host_token).revealed


def test_the_pool_size_comes_from_the_environment_with_a_floor(monkeypatch):
    monkeypatch.delenv("KIRC_DB_POOL_SIZE", raising=False)
    assert pool_size() == storage.engine.POOL_SIZE >= 30
    monkeypatch.setenv("KIRC_DB_POOL_SIZE", "50")
    assert pool_size() == 50
    monkeypatch.setenv("KIRC_DB_POOL_SIZE", "1")
    assert pool_size() == RESERVED + 1
    monkeypatch.setenv("KIRC_DB_POOL_SIZE", "viele")
    with pytest.raises(ValueError, match="KIRC_DB_POOL_SIZE"):
        pool_size()
