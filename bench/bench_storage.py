"""Benchmark: autosave of answers and loading an assessment, on SQLite (or DATABASE_URL).

Prints each time with its ratio to a baseline measured in the same run: one upsert and commit
through the plain sqlite3 module on a file with the same settings (WAL, synchronous=NORMAL,
BEGIN IMMEDIATE), the floor any SQLite storage must pay per acknowledged answer.
Run: python bench/bench_storage.py   (DATABASE_URL=postgresql+psycopg://… for PostgreSQL)
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from questionnaire import SAMPLE_QUESTIONNAIRE, load_questionnaire, new_answers
from storage import AssessmentRepository, open_engine

SAVES = 2000
WRITERS = 50
QUESTIONS = 60  # as many as the Vollcheck


def per_call(function, count: int) -> float:
    """Seconds per call of function(i) for i in range(count)."""
    start = time.perf_counter()
    for i in range(count):
        function(i)
    return (time.perf_counter() - start) / count


def baseline(path: Path) -> float:
    """Seconds per upsert + commit with plain sqlite3."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE TABLE a (k TEXT PRIMARY KEY, v TEXT)")

    def save(i: int) -> None:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO a VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
                   (f"q{i % QUESTIONS}", f"o{i}"))  # fmt: skip
        db.execute("COMMIT")

    seconds = per_call(save, SAVES)
    db.close()
    return seconds


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="kirc-bench-"))
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'bench.db'}"
    floor = baseline(workdir / "baseline.db")
    engine = open_engine(url)
    repo = AssessmentRepository(engine)
    questionnaire = load_questionnaire(SAMPLE_QUESTIONNAIRE)
    token = repo.create(new_answers(questionnaire))

    save = per_call(lambda i: repo.save_answer(token, f"q{i % QUESTIONS}", f"o{i}"), SAVES)
    for i in range(QUESTIONS):
        repo.save_note(token, f"q{i}", f"Notiz {i}")
    load = per_call(lambda _: repo.get(token), 500)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        list(
            pool.map(lambda i: repo.save_answer(token, f"q{i % QUESTIONS}", f"p{i}"), range(SAVES))
        )
    concurrent = (time.perf_counter() - start) / SAVES
    repo.delete(token)  # leave nothing behind in a DATABASE_URL database
    engine.dispose()

    print(f"database: {engine.dialect.name}; baseline sqlite3 upsert+commit: {floor * 1e3:.3f} ms")
    for name, seconds in [
        ("save_answer, one writer", save),
        (f"save_answer, {WRITERS} threads (per save)", concurrent),
        (f"get, {QUESTIONS} answers and notes", load),
    ]:
        print(f"{name:<40} {seconds * 1e3:8.3f} ms  {seconds / floor:6.1f} x baseline")


if __name__ == "__main__":
    main()
