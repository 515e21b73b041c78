"""Benchmark: autosave of answers and loading an assessment, on SQLite (or DATABASE_URL); and
what an open workshop's views read (answers released in batches, scoring/release.py).

Prints each time with its ratio to a baseline measured in the same run: one upsert and commit
through the plain sqlite3 module on a file with the same settings (WAL, synchronous=NORMAL,
BEGIN IMMEDIATE), the floor any SQLite storage must pay per acknowledged answer.
The workshop figures have their own baseline: reading every participant's answers as they are
(what a closed workshop shows), against reading the released ones after the batch check (what
an open workshop shows on every refresh of the dashboard, the projector and each phone).
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

from questionnaire import (
    SAMPLE_QUESTIONNAIRE,
    default_questionnaire_path,
    load_questionnaire,
    new_answers,
)
from scoring import released_questions
from storage import AssessmentRepository, WorkshopRepository, open_engine

SAVES = 2000
WRITERS = 50
QUESTIONS = 60  # as many as the Vollcheck
PARTICIPANTS = 30  # a large workshop


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
    plain, released, release = workshop_reads(engine)
    engine.dispose()

    print(f"database: {engine.dialect.name}; baseline sqlite3 upsert+commit: {floor * 1e3:.3f} ms")
    for name, seconds in [
        ("save_answer, one writer", save),
        (f"save_answer, {WRITERS} threads (per save)", concurrent),
        (f"get, {QUESTIONS} answers and notes", load),
    ]:
        print(f"{name:<40} {seconds * 1e3:8.3f} ms  {seconds / floor:6.1f} x baseline")
    print(f"workshop, {PARTICIPANTS} participants with every Vollcheck question answered:")
    print(f"{'  every answer as it is (closed)':<40} {plain * 1e3:8.3f} ms  baseline")
    for name, seconds in [
        ("  released answers, nothing new (open)", released),
        ("  released answers, one batch released", release),
    ]:
        print(f"{name:<40} {seconds * 1e3:8.3f} ms  {seconds / plain:6.1f} x baseline")


def workshop_reads(engine) -> tuple[float, float, float]:
    """Seconds per read of a workshop's answers: as they are, as released with nothing new to
    release, and as released when a batch of three people's changes is released."""
    questionnaire = load_questionnaire(default_questionnaire_path())
    repo = WorkshopRepository(engine)
    workshop = repo.create("Bench", questionnaire.id, questionnaire.version, "full")
    questions = [q for q in questionnaire.questions().values() if q.type == "single"]
    people = [repo.join(workshop.code) for _ in range(PARTICIPANTS)]
    for n, person in enumerate(people):
        for q in questions:
            repo.save_answer(person, q.id, q.options[n % len(q.options)].id)

    def rule(shown, current):
        return released_questions(questionnaire, shown, current)

    plain = per_call(lambda _: repo.answer_sets(workshop.id), 50)
    repo.released_answers(workshop.id, rule)  # the first release: everything
    released = per_call(lambda _: repo.released_answers(workshop.id, rule), 50)

    def change(i: int) -> None:
        # Three people change their first answer (to a different option every time).
        for person in people[:3]:
            repo.save_answer(person, questions[0].id, questions[0].options[i % 2].id)

    def change_and_release(i: int) -> None:
        change(i)
        repo.released_answers(workshop.id, rule)

    # The release alone: changing and releasing, less the changing.
    release = per_call(change_and_release, 20) - per_call(lambda i: change(i + 1), 20)
    repo.delete(workshop.host_token)
    return plain, released, release


if __name__ == "__main__":
    main()
