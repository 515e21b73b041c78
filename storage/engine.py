"""The database engine: URL choice, SQLite settings, one cached engine per URL, write transactions.

SQLite settings (ARCHITECTURE.md, Storage):
- WAL lets readers go on while one writer commits (switched on once per file, retried while
  another process holds the fresh file: see _switch_to_wal); synchronous=NORMAL is durable
  across an app crash in WAL mode and only risks the last commits on a power cut, at a
  fraction of the cost.
- busy_timeout makes a second writer wait for the lock instead of failing at once.
- foreign_keys is off by default in SQLite; the schema relies on it for ON DELETE.
- secure_delete overwrites deleted rows with zeros, so a deleted assessment does not linger in
  free pages of the file (data minimisation; docs/storage.md).
- Every write runs in BEGIN IMMEDIATE: a deferred transaction that reads, then writes, fails
  with "database is locked" when another writer got in between (measured: about 97 % of 50
  concurrent writes lost); IMMEDIATE takes the write lock first, so the writer waits instead.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import weakref
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
POOL_SIZE_VARIABLE = "KIRC_DB_POOL_SIZE"
POOL_SIZE = 30  # connections per app process: a workshop of 60 saving at once queues briefly
RESERVED = 2  # of them, kept free for priority work (host actions): see _Gate
WAIT_SECONDS = 30  # how long ordinary work waits for a connection before StorageBusy
DEFAULT_PATH = ROOT / "data" / "ki-readiness.db"
BUSY_TIMEOUT_MS = 10_000  # twice the required 5 s: a burst of 50 writers on a slow disk
_BEGIN_OPTION = "kirc_sqlite_begin"

_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


class StorageBusy(RuntimeError):
    """Every connection is in use for longer than WAIT_SECONDS; try again shortly."""

    def __init__(self) -> None:
        super().__init__("the database is busy; try again shortly")


class _Gate:
    """Keeps RESERVED connections of an engine's pool free for priority work.

    Ordinary work (participants saving, pages reading) takes a place here before it takes a
    connection; at most pool size minus RESERVED places exist, so a host closing or deleting a
    workshop finds a connection even when a room full of participants saves at once. Without
    it, the host would queue behind them in the pool and could time out.
    """

    def __init__(self, size: int) -> None:
        self._free = max(1, size - RESERVED)
        self._lock = threading.Lock()
        # First come, first served: a freed place goes to the longest waiting, so a thread
        # that saves again at once cannot overtake the others (no starvation under load).
        self._waiting: deque[threading.Event] = deque()

    @contextmanager
    def place(self, priority: bool) -> Iterator[None]:
        if priority:
            yield
            return
        if not self._take():
            raise StorageBusy()
        try:
            yield
        finally:
            self._give_back()

    def _take(self) -> bool:
        with self._lock:
            if self._free and not self._waiting:
                self._free -= 1
                return True
            ticket = threading.Event()
            self._waiting.append(ticket)
        if ticket.wait(WAIT_SECONDS):
            return True
        with self._lock:
            if ticket.is_set():  # handed over just as the wait ran out
                return True
            self._waiting.remove(ticket)
        return False

    def _give_back(self) -> None:
        with self._lock:
            if self._waiting:
                self._waiting.popleft().set()  # the place passes on directly
            else:
                self._free += 1


_gates: weakref.WeakKeyDictionary[Engine, _Gate] = weakref.WeakKeyDictionary()


def pool_size() -> int:
    """Connections per engine: env KIRC_DB_POOL_SIZE, else POOL_SIZE (at least RESERVED + 1)."""
    given = os.environ.get(POOL_SIZE_VARIABLE, "")
    try:
        size = int(given) if given.strip() else POOL_SIZE
    except ValueError:
        raise ValueError(f"{POOL_SIZE_VARIABLE} must be a whole number, not {given!r}") from None
    return max(size, RESERVED + 1)


def database_url(url: str | None = None) -> str:
    """The URL to use: `url`, else env DATABASE_URL, else the SQLite file in data/."""
    url = url or os.environ.get("DATABASE_URL")
    if not url:
        DEFAULT_PATH.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{DEFAULT_PATH}"
    # Hosting panels often hand out postgres:// URLs; psycopg 3 is the driver we ship.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def get_engine(url: str | None = None) -> Engine:
    """The engine for `url` (see database_url), migrated; one per process and URL."""
    resolved = database_url(url)
    with _engines_lock:
        engine = _engines.get(resolved)
        if engine is None:
            engine = _engines[resolved] = open_engine(resolved)
        return engine


def open_engine(url: str, size: int | None = None) -> Engine:
    """A new engine for `url`, configured and migrated (not cached; get_engine caches).

    Its pool holds `size` connections (default: pool_size()), no overflow, so the gate that
    keeps RESERVED of them for host actions knows how many there are.
    """
    from .migrations import migrate

    size = size or pool_size()
    pool = {"pool_size": size, "max_overflow": 0, "pool_timeout": WAIT_SECONDS}
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            # Every pooled connection would open its own empty in-memory database.
            raise ValueError("SQLite needs a database file; an in-memory database is not shared")
        engine = create_engine(url, **pool)
        _configure_sqlite(engine)
    else:
        # pre_ping: a long-running app outlives server-side idle timeouts and restarts.
        engine = create_engine(url, pool_pre_ping=True, **pool)
    _gates[engine] = _Gate(size)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()  # do not leave the failed start-up's connections open
        raise
    return engine


def close_engines() -> None:
    """Dispose every cached engine and forget it (tests, shutdown)."""
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Take transaction control from the sqlite3 module (it would send a deferred BEGIN
        # only before DML); _on_begin sends our own BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_BEGIN_OPTION) == "IMMEDIATE"
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _switch_to_wal(cursor) -> None:
    # WAL is a property of the file: once set, every later connection finds it. Switching needs
    # the file to itself, and SQLite answers "database is locked" at once, without its busy
    # handler, when another connection opens the fresh file at that moment (several app
    # processes starting together). So: only switch when not yet in WAL, and retry for up to
    # the busy timeout.
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.005
    while cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)


@contextmanager
def _connect(engine: Engine, priority: bool) -> Iterator[Connection]:
    gate = _gates.get(engine)  # None for an engine made elsewhere: no reservation
    with gate.place(priority) if gate else nullcontext(), engine.connect() as connection:
        yield connection


@contextmanager
def writing(engine: Engine, priority: bool = False) -> Iterator[Connection]:
    """A write transaction: BEGIN IMMEDIATE on SQLite, a plain transaction elsewhere.

    `priority` (host actions) skips the queue of ordinary work for a connection (see _Gate).
    """
    with _connect(engine, priority) as connection:
        connection.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        with connection.begin():
            yield connection


@contextmanager
def reading(engine: Engine, priority: bool = False) -> Iterator[Connection]:
    """A read transaction: one consistent snapshot for several SELECTs (`priority`: as in
    writing)."""
    with _connect(engine, priority) as connection:
        if engine.dialect.name == "postgresql":
            # READ COMMITTED (the default) takes a new snapshot per statement, so an assessment
            # and its answers could come from either side of a concurrent replace().
            connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            yield connection
