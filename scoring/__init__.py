"""Pure scoring: answers -> scores, levels, recommendations; group statistics (pandas).

No Streamlit, no database, no I/O.
"""

from .engine import (
    FIRST_STEPS,
    DimensionResult,
    DutyResult,
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
    group_duties,
    group_statistics,
)
from .matrix import ScoreMatrix, score_many, step_of
from .peers import (
    MIN_CONTRIBUTIONS,
    SIZE_CLASSES,
    PeerBand,
    PeerGroup,
    band,
    peer_group,
    size_class,
)
from .release import released_questions, waiting_people

__all__ = [
    "FIRST_STEPS",
    "MIN_ANSWERS_SHOWN",
    "MIN_CONTRIBUTIONS",
    "MIN_EXTREMES_SHOWN",
    "PROMPT_COUNT",
    "SIZE_CLASSES",
    "DimensionResult",
    "DutyResult",
    "FiredRecommendation",
    "GroupResult",
    "OverallResult",
    "PeerBand",
    "PeerGroup",
    "QuestionStats",
    "Result",
    "ScoreMatrix",
    "Spread",
    "band",
    "condition_holds",
    "group_duties",
    "group_statistics",
    "peer_group",
    "released_questions",
    "score",
    "score_many",
    "size_class",
    "step_of",
    "waiting_people",
]
