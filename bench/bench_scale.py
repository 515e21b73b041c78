"""Benchmark on PostgreSQL: the peer comparison over 5,000 contributions, and 200 writers at once.

- Peer comparison: the group query of one size class (threshold in the statement, the asking
  administration's history left out) plus the quartiles, against a plain SELECT of the same
  score rows without threshold, measured in the same run. Target: under 50 ms.
- Saving answers: 200 threads, each an administration saving its own answers at the same
  time; prints latency percentiles per save and checks that every acknowledged answer is
  stored (no loss). Baseline: the same saves from one thread.

Run: bash scripts/with-postgres python bench/bench_scale.py
(uses DATABASE_URL; on SQLite it runs too, with SQLite's single writer).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select, text

from questionnaire import SAMPLE_QUESTIONNAIRE, load_questionnaire, new_answers
from scoring import SIZE_CLASSES, peer_group
from storage import AssessmentRepository, PeerRepository, open_engine, token_hash
from storage.schema import assessments, peer_contributions, peer_scores

CONTRIBUTIONS = 5_000
DIMENSIONS = (
    "strategy",
    "governance",
    "law",
    "ethics",
    "skills",
    "culture",
    "data_it",
    "use_cases",
)
STATES = (
    "BW",
    "BY",
    "BE",
    "BB",
    "HB",
    "HH",
    "HE",
    "MV",
    "NI",
    "NW",
    "RP",
    "SL",
    "SN",
    "ST",
    "SH",
    "TH",
)
WRITERS = 200
SAVES_PER_WRITER = 20
RUNS = 30


def fill(engine) -> None:
    """5,000 contributions spread over the size classes and Länder, in bulk."""
    rng = random.Random(7)
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(assessments),
            [
                {
                    "token_hash": token_hash(f"bench-{i}"),
                    "questionnaire_id": "sample",
                    "questionnaire_version": "1.0",
                    "mode": "full",
                    "language": "de",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(CONTRIBUTIONS)
            ],
        )
        ids = connection.scalars(select(assessments.c.id).order_by(assessments.c.id)).all()
        connection.execute(
            insert(peer_contributions),
            [
                {
                    "assessment_id": assessment_id,
                    "kind": "gemeinde",
                    "size_class": SIZE_CLASSES[i % len(SIZE_CLASSES)],
                    "state": STATES[i % len(STATES)],
                    "year": 2024 + i % 3,
                    "contributed_at": now,
                }
                for i, assessment_id in enumerate(ids)
            ],
        )
        contribution_ids = connection.scalars(select(peer_contributions.c.id)).all()
        connection.execute(
            insert(peer_scores),
            [
                {
                    "contribution_id": cid,
                    "dimension_id": d,
                    "score": rng.uniform(0, 100),
                    "target": rng.randint(1, 5),
                }
                for cid in contribution_ids
                for d in DIMENSIONS
            ],
        )
        if engine.dialect.name == "postgresql":
            connection.execute(text("ANALYZE"))


def median_ms(function) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def peers_bench(engine) -> None:
    fill(engine)
    repo = PeerRepository(engine)
    asking = "bench-0"  # a contributor itself: its own contribution is left out

    def comparison():
        found = repo.group("5k_20k", excluding=asking)
        return peer_group("5k_20k", None, found.contributions, found.scores)

    plain = (
        select(peer_scores.c.dimension_id, peer_scores.c.score)
        .join(peer_contributions, peer_scores.c.contribution_id == peer_contributions.c.id)
        .where(peer_contributions.c.size_class == "5k_20k")
    )

    def baseline():
        with engine.connect() as connection:
            return connection.execute(plain).all()

    group = comparison()
    ours, floor = median_ms(comparison), median_ms(baseline)
    with_land = median_ms(lambda: repo.group("5k_20k", "BY", excluding=asking))
    print(f"peer comparison, {CONTRIBUTIONS} contributions, group of {group.contributions}:")
    print(f"  query + quartiles (all Länder)   {ours:8.2f} ms   (target under 50 ms)")
    print(f"  query with Land filter           {with_land:8.2f} ms")
    print(f"  baseline: plain SELECT, no threshold {floor:8.2f} ms   ({ours / floor:.1f} x)")


def writers_bench(engine) -> None:
    questionnaire = load_questionnaire(SAMPLE_QUESTIONNAIRE)
    repo = AssessmentRepository(engine)
    tokens = [repo.create(new_answers(questionnaire)) for _ in range(WRITERS + 1)]
    latencies: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(WRITERS)

    def writer(index: int) -> None:
        barrier.wait(timeout=60)
        mine = []
        for n in range(SAVES_PER_WRITER):
            start = time.perf_counter()
            repo.save_answer(tokens[index], f"q{n}", f"o{index}-{n}")
            mine.append(time.perf_counter() - start)
        with lock:
            latencies.extend(mine)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        list(pool.map(writer, range(WRITERS)))
    wall = time.perf_counter() - start
    single = []
    for n in range(SAVES_PER_WRITER * 5):
        begin = time.perf_counter()
        repo.save_answer(tokens[WRITERS], f"q{n % SAVES_PER_WRITER}", f"s{n}")
        single.append(time.perf_counter() - begin)
    lost = sum(
        repo.get(tokens[i]).answers != {f"q{n}": f"o{i}-{n}" for n in range(SAVES_PER_WRITER)}
        for i in range(WRITERS)
    )
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1e3

    saves = WRITERS * SAVES_PER_WRITER
    print(f"{WRITERS} writers at once, {SAVES_PER_WRITER} answers each ({saves} saves):")
    print(f"  latency per save: p50 {pct(0.50):.1f} ms, p95 {pct(0.95):.1f} ms, "
          f"p99 {pct(0.99):.1f} ms, max {latencies[-1] * 1e3:.1f} ms")  # fmt: skip
    print(f"  throughput {saves / wall:.0f} saves/s; administrations with a lost answer: {lost}")
    print(f"  baseline: one writer alone, median {statistics.median(single) * 1e3:.1f} ms per save")


def main() -> None:
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("set DATABASE_URL (bash scripts/with-postgres python bench/bench_scale.py)")
    engine = open_engine(url)
    print(f"database: {engine.dialect.name}; pool {engine.pool.size()} connections per process")
    try:
        peers_bench(engine)
        writers_bench(engine)
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()
