"""Pure scoring: answers -> scores, levels, recommendations; group statistics (pandas).

No Streamlit, no database, no I/O.
"""

from .engine import (
    DimensionResult,
    FiredRecommendation,
    OverallResult,
    Result,
    condition_holds,
    score,
)
from .group import (
    MIN_ANSWERS_SHOWN,
    MIN_EXTREMES_SHOWN,
    PROMPT_COUNT,
    GroupResult,
    QuestionStats,
    Spread,
    group_statistics,
)
from .matrix import ScoreMatrix, score_many, step_of

__all__ = [
    "MIN_ANSWERS_SHOWN",
    "MIN_EXTREMES_SHOWN",
    "PROMPT_COUNT",
    "DimensionResult",
    "FiredRecommendation",
    "GroupResult",
    "OverallResult",
    "QuestionStats",
    "Result",
    "ScoreMatrix",
    "Spread",
    "condition_holds",
    "group_statistics",
    "score",
    "score_many",
    "step_of",
]
