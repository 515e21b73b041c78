"""Benchmark: scoring many answer sets, and group statistics of a large workshop.

Prints each time with its ratio to a plain numpy reduction over the same score matrix,
measured in the same run (the floor any implementation of the method must pay).
Run: python bench/bench_scoring.py
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from questionnaire import DONT_KNOW, NOT_APPLICABLE, Questionnaire, new_answers
from scoring import group_statistics, score_many
from scoring.matrix import answer_matrix, answer_matrix_of, encode_answers, plan_for, score_matrix

ANSWER_SETS = 10_000
PARTICIPANTS = 300
DIMENSIONS, PER_DIMENSION = 8, 7.5  # 60 questions, as many as the Vollcheck


def _text(value: str) -> dict[str, str]:
    return {"de": value, "en": value}


def synthetic_questionnaire(questions: int = 60, dimensions: int = 8) -> Questionnaire:
    """A valid questionnaire of `questions` questions, every fifth a checklist."""
    dims = []
    for d in range(dimensions):
        qs = []
        for i in range(d * questions // dimensions, (d + 1) * questions // dimensions):
            multi = i % 5 == 4
            options = [
                {"id": f"o{k}", "label": _text(f"o{k}"), ("points" if multi else "score"): k}
                for k in range(5)
            ]
            qs.append(
                {
                    "id": f"q{i}",
                    "text": _text(f"q{i}"),
                    "help": _text("h"),
                    "type": "multi" if multi else "single",
                    "options": options,
                    "allow_not_applicable": True,
                    "short": i % 4 == 0,
                }
            )
        dims.append(
            {"id": f"d{d}", "name": _text(f"d{d}"), "description": _text("d"), "questions": qs}
        )
    levels = [
        {"name": _text(f"L{n}"), "min_score": 20 * n, "description": _text("l")} for n in range(5)
    ]
    return Questionnaire.model_validate(
        {
            "id": "bench",
            "version": "1",
            "languages": ["de", "en"],
            "title": _text("bench"),
            "levels": levels,
            "dimensions": dims,
        }
    )


def random_answers(questionnaire: Questionnaire, count: int, seed: int = 7) -> list:
    """`count` answer sets with a realistic mix of answers, don't-knows and gaps."""
    rng = random.Random(seed)
    questions = list(questionnaire.questions().values())
    sets = []
    for _ in range(count):
        given = {}
        for q in questions:
            roll = rng.random()
            if roll < 0.05:
                continue
            if roll < 0.12:
                given[q.id] = DONT_KNOW
            elif roll < 0.15:
                given[q.id] = NOT_APPLICABLE
            elif q.type == "multi":
                given[q.id] = [o.id for o in q.options if rng.random() < 0.5]
            else:
                given[q.id] = rng.choice(q.options).id
        sets.append(new_answers(questionnaire, answers=given))
    return sets


def median_time(function, repeat: int = 5) -> float:
    """Median wall time of `function()` over `repeat` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    questionnaire = synthetic_questionnaire()
    sets = random_answers(questionnaire, ANSWER_SETS)
    plan = plan_for(questionnaire, "full")
    values = np.nan_to_num(answer_matrix(plan, sets).values)

    # Baseline: one weighted matrix product over the already-built score matrix.
    def baseline() -> np.ndarray:
        return (values * plan.question_weight) @ plan.membership

    base = median_time(baseline)
    many = median_time(lambda: score_many(questionnaire, sets, "full"))
    # Answers encoded as option positions once (as when they are loaded); scoring them is
    # array indexing and the same reductions.
    codes = encode_answers(plan, sets)
    encode = median_time(lambda: encode_answers(plan, sets))
    encoded = median_time(lambda: score_matrix(plan, answer_matrix_of(plan, codes)))
    group_sets = sets[:PARTICIPANTS]
    group_values = values[:PARTICIPANTS]
    group_base = median_time(lambda: (group_values * plan.question_weight) @ plan.membership)
    group = median_time(lambda: group_statistics(questionnaire, group_sets, "full"))

    print(f"questions: {len(plan.questions)}, dimensions: {len(questionnaire.dimensions)}")
    print(
        f"score {ANSWER_SETS} answer sets:      {many * 1000:8.1f} ms "
        f"(numpy reduction {base * 1000:.2f} ms, ratio {many / base:,.0f}x)"
    )
    print(
        f"score them, encoded once:          {encoded * 1000:8.1f} ms "
        f"(numpy reduction {base * 1000:.2f} ms, ratio {encoded / base:,.0f}x; "
        f"encoding itself {encode * 1000:.1f} ms)"
    )
    print(
        f"group statistics, {PARTICIPANTS} people: {group * 1000:8.1f} ms "
        f"(numpy reduction {group_base * 1000:.3f} ms, ratio {group / group_base:,.0f}x)"
    )


if __name__ == "__main__":
    main()
