"""Storage (SQLAlchemy Core): engine, migrations, repositories returning domain objects.

Only ui/ and views/ use this package; the core (questionnaire/, scoring/, reports/) never does.
"""

from .assessment_rows import UnknownAssessment
from .assessments import AssessmentRepository, HistoryEntry
from .carry_over import CarriedOver, carry_over
from .engine import StorageBusy, close_engines, database_url, get_engine, open_engine
from .join_attempts import Admission, JoinAttempts, Limit
from .migrations import MIGRATIONS, migrate
from .peers import Contribution, GroupScores, PeerRepository
from .portfolio import PortfolioRepository
from .roadmap import RoadmapRepository
from .tokens import presentation_key, token_hash
from .workshops import (
    JOIN_ALPHABET,
    Participant,
    UnknownWorkshop,
    Workshop,
    WorkshopClosed,
    WorkshopProgress,
    WorkshopRepository,
    normalize_code,
)

__all__ = [
    "JOIN_ALPHABET",
    "MIGRATIONS",
    "Admission",
    "AssessmentRepository",
    "CarriedOver",
    "Contribution",
    "GroupScores",
    "HistoryEntry",
    "JoinAttempts",
    "Limit",
    "Participant",
    "PeerRepository",
    "PortfolioRepository",
    "RoadmapRepository",
    "StorageBusy",
    "UnknownAssessment",
    "UnknownWorkshop",
    "Workshop",
    "WorkshopClosed",
    "WorkshopProgress",
    "WorkshopRepository",
    "carry_over",
    "close_engines",
    "database_url",
    "get_engine",
    "migrate",
    "normalize_code",
    "open_engine",
    "presentation_key",
    "token_hash",
]
