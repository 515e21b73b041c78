"""Benchmark: readiness fit of many assessments against the catalogue, and one triage walk.

Prints each median with its ratio to a baseline measured in the same run: for the fit, the
bare numpy comparison "every minimum reached?" over the same matrices (no three-way rule); for
the triage, following the same path through plain dictionaries (no result, no obligations).
Run: python bench/bench_usecases.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from questionnaire import default_questionnaire_path, load_answers, load_questionnaire
from scoring import score
from usecases import fit, fit_codes, load_catalogue, load_triage, requirements, walk

ROOT = Path(__file__).resolve().parent.parent
ASSESSMENTS = 10_000
REPEATS = 30


def median_seconds(action, repeats: int = REPEATS) -> float:
    """The median wall time of `action` over `repeats` runs, after one warm-up run."""
    action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    questionnaire = load_questionnaire(default_questionnaire_path())
    tree = load_triage()
    catalogue = load_catalogue(tree=tree, questionnaire=questionnaire)
    dimensions = [d.id for d in questionnaire.dimensions]
    rng = np.random.default_rng(7)
    levels = rng.integers(0, 6, size=(ASSESSMENTS, len(dimensions)))
    required = requirements(catalogue, dimensions)

    many = median_seconds(lambda: fit_codes(levels, required))
    floor = median_seconds(lambda: (levels[:, None, :] >= required[None, :, :]).all(axis=2))
    print(
        f"fit, {ASSESSMENTS:,} assessments x {len(catalogue.use_cases)} use cases: "
        f"{many * 1000:.1f} ms (baseline, bare numpy comparison: {floor * 1000:.1f} ms, "
        f"{many / floor:.1f}x; target under 200 ms)"
    )

    answers, _ = load_answers(ROOT / "examples" / "gemeinde-klein.json", questionnaire)
    result = score(questionnaire, answers)
    one = median_seconds(lambda: fit(result, catalogue))
    print(f"fit of one scored assessment with gaps and advice: {one * 1000:.2f} ms")

    chatbot = catalogue.triage_answers(catalogue.use_case("buerger_chatbot"))
    walked = median_seconds(lambda: walk(tree, chatbot), repeats=300)
    graph = {q.id: {a.id: a.next for a in q.answers} for q in tree.questions}

    def bare_walk() -> None:
        node = tree.start
        while node is not None:
            node = graph[node][chatbot[node]]

    bare = median_seconds(bare_walk, repeats=300)
    steps = len(walk(tree, chatbot).path)
    print(
        f"one triage walk ({steps} questions, citizen chatbot): {walked * 1000:.3f} ms "
        f"(baseline, the same path through plain dicts: {bare * 1000:.4f} ms, "
        f"{walked / bare:.0f}x; target under 5 ms)"
    )


if __name__ == "__main__":
    main()
