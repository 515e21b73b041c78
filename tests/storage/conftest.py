"""Storage fixtures: a fresh database per test, SQLite by default, PostgreSQL on request.

When DATABASE_URL names a PostgreSQL database, `database` gives each test its own schema in it
(dropped afterwards), so the tests marked `postgres` run there with the same code. Otherwise,
and always for `sqlite_url`, each test gets a new SQLite file in its temp directory.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Engine, Table, create_engine, select, text

from questionnaire import SAMPLE_QUESTIONNAIRE, Answers, Profile, load_questionnaire, new_answers
from storage import AssessmentRepository, close_engines, open_engine, token_hash
from storage.schema import assessments


def postgres_url() -> str | None:
    """DATABASE_URL when it names a PostgreSQL database, else None."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith("postgres") else None


WRITERS = 50  # ARCHITECTURE.md measured lost writes with 50 concurrent writers


def run_together(work: Callable[[int], None], count: int = WRITERS) -> None:
    """Run work(0) … work(count - 1) in `count` threads released at once; re-raise failures."""
    barrier = threading.Barrier(count)

    def task(index: int) -> None:
        barrier.wait(timeout=30)
        work(index)

    with ThreadPoolExecutor(max_workers=count) as pool:
        for future in [pool.submit(task, index) for index in range(count)]:
            future.result()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """A URL of a new SQLite file."""
    return f"sqlite:///{tmp_path / 'ki-readiness.db'}"


@pytest.fixture
def database(sqlite_url) -> Iterator[str]:
    """The URL of an empty database: a fresh PostgreSQL schema or a new SQLite file."""
    url = postgres_url()
    if url is None:
        yield sqlite_url
        return
    schema = "test_" + secrets.token_hex(6)
    admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    scoped = admin.url.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield scoped.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def engine(database) -> Iterator[Engine]:
    """A migrated engine on the test's database, disposed afterwards."""
    engine = open_engine(database)
    yield engine
    engine.dispose()


@pytest.fixture
def repo(engine) -> AssessmentRepository:
    """The assessment repository on the test's database."""
    return AssessmentRepository(engine)


@pytest.fixture(autouse=True)
def no_cached_engines() -> Iterator[None]:
    """Engines a test got from get_engine do not outlive it."""
    yield
    close_engines()


@pytest.fixture(scope="session")
def sample():
    """The sample questionnaire."""
    return load_questionnaire(SAMPLE_QUESTIONNAIRE)


@pytest.fixture
def full_answers(sample) -> Answers:
    """Answers using every field: profile, mode, language, every kind of answer, notes, targets."""
    profile = Profile(
        organisation="Gemeinde Süderbrück & Söhne <b>",
        kind="gemeinde",
        population=8123,
        state="SH",
        respondent_role="Hauptamt",
        date="2026-11-24",
    )
    return new_answers(
        sample,
        mode="short",
        language="en",
        profile=profile,
        answers={
            "strategy_document": "adopted",
            "budget": "dont_know",
            "face_recognition": "not_applicable",
            "roles_involved": ["dpo", "staff_council"],
        },
        notes={
            "strategy_document": "Ratsbeschluss im Mai — „Entwurf“ liegt vor",
            "budget": "Zeile 1\nZeile 2 ' ; DROP TABLE assessments; --",
        },
        targets={"strategy": 4, "law": 3},
    )


def rows_of(engine: Engine, table: Table, assessment_id: int | None = None) -> list[dict]:
    """The rows of `table` (of one assessment when given), read directly."""
    query = select(table)
    if assessment_id is not None:
        query = query.where(table.c.assessment_id == assessment_id)
    with engine.connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


def assessment_id(engine: Engine, token: str) -> int:
    """The internal id of the assessment with this token."""
    with engine.connect() as connection:
        return connection.scalar(
            select(assessments.c.id).where(assessments.c.token_hash == token_hash(token))
        )


def hashed(*tokens: str) -> list[str]:
    """The stored hashes of `tokens`, in order (what HistoryEntry.key holds)."""
    return [token_hash(token) for token in tokens]
