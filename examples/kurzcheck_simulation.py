"""How well does the Kurzcheck predict the full questionnaire? A simulation, not a survey.

Generates many plausible answer sets for the shipped questionnaire, scores each in full and in
short mode with the real scoring code, and reports per dimension how closely the Kurzcheck
score follows the full score. It also scores every other pair of questions of the dimension
the same way, to see whether a different pair would predict better.

Run from the repository root:  python examples/kurzcheck_simulation.py [--sets N] [--draws K]

The answer model (documented in docs/content.md):
- each answer set belongs to an organisation with a general maturity g = 4 * Beta(2, 3)
  (most municipalities are early, few are far ahead);
- each dimension has a maturity m = clip(g + N(0, 0.7), 0, 4): dimensions go together, but
  not in lockstep;
- each question has a difficulty d ~ N(0, 0.5), drawn anew for each of K draws, because the
  real difficulties are unknown; its step is round(m - d + N(0, 0.8)), clipped to 0..4;
- a checklist ticks each option with probability (m - d + noise) / 4;
- "Weiß nicht" comes with probability 0.02 + 0.10 * (1 - m / 4), "nicht zutreffend" (where the
  question allows it) with probability 0.6 * (1 - m / 4): small, early administrations more
  often have no chatbot and no AI-prepared decisions;
- the unscored context question (`scored: false`) is answered at random; it never moves a score.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from questionnaire import (
    DEFAULT_QUESTIONNAIRE,
    DONT_KNOW,
    NOT_APPLICABLE,
    Questionnaire,
    load_questionnaire,
    new_answers,
)
from scoring import score_many
from scoring.matrix import answer_matrix, levels_of, plan_for


def is_scored(question) -> bool:
    """False for a context question, which is stored but never scored."""
    return getattr(question, "scored", True)


def simulate(questionnaire: Questionnaire, n: int, rng: np.random.Generator) -> list:
    """N answer sets drawn from the model above (one draw of question difficulties)."""
    dimensions = questionnaire.dimensions
    difficulty = {q.id: rng.normal(0, 0.5) for q in questionnaire.questions().values()}
    general = 4 * rng.beta(2, 3, size=n)
    sets = []
    for i in range(n):
        given = {}
        for dimension in dimensions:
            m = float(np.clip(general[i] + rng.normal(0, 0.7), 0, 4))
            for q in dimension.questions:
                if not is_scored(q):
                    ticked = [o.id for o in q.options[:-1] if rng.random() < 0.3]
                    given[q.id] = ticked or [q.options[-1].id]
                    continue
                if rng.random() < 0.02 + 0.10 * (1 - m / 4):
                    given[q.id] = DONT_KNOW
                    continue
                if q.allow_not_applicable and rng.random() < 0.6 * (1 - m / 4):
                    given[q.id] = NOT_APPLICABLE
                    continue
                level = m - difficulty[q.id] + rng.normal(0, 0.8)
                if q.type == "single":
                    step = int(np.clip(round(level), 0, 4))
                    given[q.id] = next(o.id for o in q.options if o.score == step)
                else:
                    chance = float(np.clip(level / 4, 0, 1))
                    ticked = [o.id for o in q.options if o.points and rng.random() < chance]
                    given[q.id] = ticked or [o.id for o in q.options if not o.points]
        sets.append(new_answers(questionnaire, answers=given))
    return sets


def pair_scores(values: np.ndarray, answered: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Dimension scores from two questions, by the scoring method (null below 50 % answered)."""
    has = ~np.isnan(values)
    num = (np.where(has, values, 0) * weights).sum(axis=1)
    den = (has * weights).sum(axis=1)
    ok = (answered.sum(axis=1) >= 1) & (den > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(ok, 100 * num / (4 * den), np.nan)


def compare(short: np.ndarray, full: np.ndarray, plan) -> dict:
    both = ~np.isnan(short) & ~np.isnan(full)
    s, f = short[both], full[both]
    ls, lf = levels_of(plan, s), levels_of(plan, f)
    return {
        "r": float(np.corrcoef(s, f)[0, 1]),
        "mad": float(np.mean(np.abs(s - f))),
        "bias": float(np.mean(s - f)),
        "same": float(np.mean(ls == lf)),
        "within1": float(np.mean(np.abs(ls - lf) <= 1)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=1000, help="answer sets per draw")
    parser.add_argument("--draws", type=int, default=20, help="draws of question difficulty")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    questionnaire = load_questionnaire(DEFAULT_QUESTIONNAIRE)
    plan = plan_for(questionnaire, "full")
    index = plan.index
    rng = np.random.default_rng(args.seed)
    current: dict[str, list[dict]] = {d.id: [] for d in questionnaire.dimensions}
    overall: list[dict] = []
    pairs: dict[tuple[str, str, str], list[dict]] = {}
    for _ in range(args.draws):
        sets = simulate(questionnaire, args.sets, rng)
        full = score_many(questionnaire, sets, "full")
        short = score_many(questionnaire, sets, "short")
        matrix = answer_matrix(plan, sets)
        overall.append(compare(short.overall_score, full.overall_score, plan))
        agree = short.overall_level == full.overall_level
        overall[-1]["same"] = float(np.mean(agree))  # the capped levels, as reported
        for d_index, dimension in enumerate(questionnaire.dimensions):
            f = full.dimension_score[:, d_index]
            current[dimension.id].append(compare(short.dimension_score[:, d_index], f, plan))
            scored = [q for q in dimension.questions if is_scored(q)]
            for a, b in itertools.combinations(scored, 2):
                cols = [index[a.id], index[b.id]]
                s = pair_scores(
                    matrix.values[:, cols], matrix.answered[:, cols], np.array([a.weight, b.weight])
                )
                pairs.setdefault((dimension.id, a.id, b.id), []).append(compare(s, f, plan))

    def mean(rows: list[dict]) -> dict:
        return {key: float(np.mean([row[key] for row in rows])) for key in rows[0]}

    print(f"{args.draws} draws x {args.sets} answer sets, seed {args.seed}\n")
    header = f"{'dimension':<11} {'r':>5} {'MAD':>5} {'bias':>6} {'same':>5} {'±1':>5}"
    print(header + "   best pair by MAD (r, MAD)")
    for dimension in questionnaire.dimensions:
        now = mean(current[dimension.id])
        ranked = sorted(
            ((mean(rows), a, b) for (d, a, b), rows in pairs.items() if d == dimension.id),
            key=lambda item: item[0]["mad"],
        )
        best, a, b = ranked[0]
        short_ids = sorted(q.id for q in dimension.questions if q.short and is_scored(q))
        ranks = [i + 1 for i, (_, x, y) in enumerate(ranked) if sorted((x, y)) == short_ids]
        rank = ranks[0] if ranks else "-"  # a single scored Kurzcheck question is no pair
        print(
            f"{dimension.id:<11} {now['r']:5.2f} {now['mad']:5.1f} {now['bias']:+6.1f} "
            f"{now['same']:5.0%} {now['within1']:5.0%}   {a} + {b} "
            f"({best['r']:.2f}, {best['mad']:.1f}); Kurzcheck pair ranks {rank} of {len(ranked)}"
        )
    total = mean(overall)
    print(
        f"{'overall':<11} {total['r']:5.2f} {total['mad']:5.1f} {total['bias']:+6.1f} "
        f"{total['same']:5.0%}          (overall level after the cap of the scoring method)"
    )


if __name__ == "__main__":
    main()
