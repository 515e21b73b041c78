"""Readiness fit: which use cases an administration can start with its measured levels.

Rule (docs/usecases.md): a use case names minimum levels for some dimensions. The shortfall of
a dimension is the minimum level minus the measured level; a dimension without a level ("zu
wenige Antworten") counts as level 0, since nothing shows it is ready. The largest shortfall
decides: 0 or less "startklar", 1 "mit Vorarbeiten", 2 or more "noch nicht".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from questionnaire import Recommendation
from scoring import Result

from .models import Catalogue, UseCase


class Fit(StrEnum):
    READY = "startklar"
    PREPARATION = "mit_vorarbeiten"
    NOT_YET = "noch_nicht"

    @property
    def code(self) -> int:
        """0 startklar, 1 mit Vorarbeiten, 2 noch nicht: the clipped largest shortfall."""
        return list(Fit).index(self)


_BY_CODE = tuple(Fit)


@dataclass(frozen=True)
class Gap:
    """One blocking dimension: measured level (None: no level), the minimum, and what helps."""

    dimension: str
    level: int | None
    required: int
    recommendations: tuple[Recommendation, ...]


@dataclass(frozen=True)
class UseCaseFit:
    use_case: UseCase
    fit: Fit
    gaps: tuple[Gap, ...]


def requirements(catalogue: Catalogue, dimensions: Sequence[str]) -> np.ndarray:
    """(U, D) minimum levels of each use case per dimension, 0 where it names none."""
    table = np.zeros((len(catalogue.use_cases), len(dimensions)), dtype=np.int8)
    column = {d: i for i, d in enumerate(dimensions)}
    for row, case in enumerate(catalogue.use_cases):
        for dimension, level in case.prerequisites.items():
            table[row, column[dimension]] = level
    return table


def fit_codes(levels: np.ndarray, required: np.ndarray) -> np.ndarray:
    """(N, D) measured levels (0: none) and (U, D) minimums -> (N, U) fit codes 0/1/2."""
    shortfall = required[np.newaxis, :, :] - levels.astype(np.int8)[:, np.newaxis, :]
    return np.clip(shortfall.max(axis=2), 0, 2)


def fit(result: Result, catalogue: Catalogue) -> tuple[UseCaseFit, ...]:
    """Every use case's fit for one scored assessment, with the gaps that block it.

    Each gap carries the assessment's fired recommendations of that dimension, in the
    result's order: the questionnaire's own advice for closing it.
    """
    measured = {d.id: d.level for d in result.dimensions}
    # A dimension the questionnaire does not measure (another questionnaire file) counts as
    # level 0 like one without a level: nothing shows it is ready.
    extra = sorted({d for c in catalogue.use_cases for d in c.prerequisites} - set(measured))
    dimensions = [*measured, *extra]
    levels = np.array([[measured.get(d) or 0 for d in dimensions]])
    codes = fit_codes(levels, requirements(catalogue, dimensions))[0]
    advice: dict[str, list[Recommendation]] = {}
    for fired in result.recommendations:
        advice.setdefault(fired.dimension, []).append(fired.recommendation)
    out = []
    for case, code in zip(catalogue.use_cases, codes, strict=True):
        gaps = tuple(
            Gap(d, measured.get(d), case.prerequisites[d], tuple(advice.get(d, ())))
            for d in dimensions
            if d in case.prerequisites and (measured.get(d) or 0) < case.prerequisites[d]
        )
        out.append(UseCaseFit(case, _BY_CODE[int(code)], gaps))
    return tuple(out)
