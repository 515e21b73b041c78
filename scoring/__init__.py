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
from .group import GroupResult, group_statistics
from .matrix import ScoreMatrix, score_many

__all__ = [
    "DimensionResult",
    "FiredRecommendation",
    "GroupResult",
    "OverallResult",
    "Result",
    "ScoreMatrix",
    "condition_holds",
    "group_statistics",
    "score",
    "score_many",
]
