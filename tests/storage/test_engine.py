"""The engine: URL choice, caching, SQLite settings and locking (always on SQLite)."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import make_url

import storage.engine
from questionnaire import new_answers
from storage import (
    MIGRATIONS,
    AssessmentRepository,
    database_url,
    get_engine,
    open_engine,
    token_hash,
)


def test_every_sqlite_connection_gets_the_documented_settings(sqlite_url):
    engine = open_engine(sqlite_url)
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 1  # NORMAL
            assert pragma("PRAGMA busy_timeout").scalar() >= 5000
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA secure_delete").scalar() == 1
    finally:
        engine.dispose()


def test_get_engine_gives_one_engine_per_url(tmp_path):
    first = get_engine(f"sqlite:///{tmp_path / 'a.db'}")

    assert get_engine(f"sqlite:///{tmp_path / 'a.db'}") is first
    assert get_engine(f"sqlite:///{tmp_path / 'b.db'}") is not first


def test_get_engine_without_url_uses_database_url_from_the_environment(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'from-env.db'}"
    monkeypatch.setenv("DATABASE_URL", url)

    assert get_engine() is get_engine(url)
    assert (tmp_path / "from-env.db").exists()


def test_without_any_url_the_database_is_a_file_in_a_created_data_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setattr(storage.engine, "DEFAULT_PATH", tmp_path / "data" / "ki-readiness.db")

    assert database_url() == f"sqlite:///{tmp_path / 'data' / 'ki-readiness.db'}"
    assert (tmp_path / "data").is_dir()


def test_the_shipped_default_is_data_ki_readiness_db_in_the_repository_root():
    default = storage.engine.DEFAULT_PATH

    assert (default.parent.name, default.name) == ("data", "ki-readiness.db")
    assert (default.parent.parent / "app.py").exists()


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgres://u:p@db/kirc", "postgresql+psycopg://u:p@db/kirc"),
        ("postgresql://u@db:5433/kirc", "postgresql+psycopg://u@db:5433/kirc"),
        ("postgresql+psycopg://u@db/kirc", "postgresql+psycopg://u@db/kirc"),
        ("sqlite:////srv/kirc.db", "sqlite:////srv/kirc.db"),
    ],
)
def test_postgresql_urls_use_the_psycopg_driver(given, used):
    assert database_url(given) == used


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_sqlite_database_is_refused(url):
    with pytest.raises(ValueError, match="database file"):
        open_engine(url)


def test_a_deleted_assessment_leaves_no_trace_in_the_sqlite_file(sqlite_url, tmp_path, sample):
    # Some SQLite builds (Debian's among them) enable secure_delete by default, others do not;
    # the engine sets it so this holds everywhere.
    marker = "Kennzeichen-7f3a9c-nur-hier"
    engine = open_engine(sqlite_url)
    repo = AssessmentRepository(engine)
    kept = repo.create(new_answers(sample, notes={"budget": "bleibt"}))
    token = repo.create(
        new_answers(sample, notes={"budget": marker}, profile={"organisation": marker})
    )
    repo.save_answer(token, "champions", "network")

    repo.delete(token)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()

    content = b"".join(path.read_bytes() for path in tmp_path.glob("ki-readiness.db*"))
    assert marker.encode() not in content
    assert token.encode() not in content and token_hash(token).encode() not in content
    # The control: what stays is in the file (the token only as its hash).
    assert token_hash(kept).encode() in content


def test_a_write_waits_for_another_process_holding_the_sqlite_lock(sqlite_url, sample):
    engine = open_engine(sqlite_url)
    repo = AssessmentRepository(engine)
    token = repo.create(new_answers(sample))
    other = sqlite3.connect(make_url(sqlite_url).database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing: holds the write lock
    started = threading.Event()

    def write() -> None:
        started.set()
        repo.save_answer(token, "budget", "line")

    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(write)
        started.wait(timeout=30)
        time.sleep(0.2)  # let the writer reach the lock; no assertion depends on this duration
        # The write cannot finish while the lock is held; it waits (busy_timeout), not fails.
        assert not future.done()
        other.execute(
            "INSERT INTO assessment_answers VALUES (1, 'strategy_document', 'none', NULL)"
        )
        other.execute("COMMIT")
        future.result(timeout=30)
    other.close()

    assert repo.get(token).answers == {"strategy_document": "none", "budget": "line"}
    engine.dispose()


ENGINES_AT_ONCE = 4
FRESH_FILES = 32  # before WAL was retried, about one file in ten failed with 4 processes


def _open_each(urls: list[str], barrier, failures, offset: float) -> None:
    # One app process starting up on each file, together with the others; the offsets (0 to
    # 3 ms) spread the start-ups over the moments where one process switches the fresh file
    # to WAL while another is opening it. No assertion depends on them.
    for url in urls:
        barrier.wait(timeout=60)
        time.sleep(offset)
        try:
            open_engine(url).dispose()
        except Exception as error:  # reported, so the test names what went wrong
            failures.put(f"{type(error).__name__}: {error}".splitlines()[0])


def test_processes_opening_fresh_files_at_once_all_start_in_wal_mode(tmp_path):
    context = multiprocessing.get_context("fork")
    urls = [f"sqlite:///{tmp_path / f'fresh-{n}.db'}" for n in range(FRESH_FILES)]
    barrier = context.Barrier(ENGINES_AT_ONCE)
    failures = context.Queue()
    processes = [
        context.Process(target=_open_each, args=(urls, barrier, failures, index / 1000))
        for index in range(ENGINES_AT_ONCE)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
    reported = []
    while not failures.empty():
        reported.append(failures.get())

    assert reported == []
    assert [process.exitcode for process in processes] == [0] * ENGINES_AT_ONCE
    for url in urls:
        with sqlite3.connect(make_url(url).database) as connection:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            migrations = connection.execute("SELECT count(*) FROM schema_migrations").fetchone()
            assert migrations[0] == len(MIGRATIONS)
