"""Storage (SQLAlchemy Core): engine, migrations, repositories returning domain objects.

Only ui/ and views/ use this package; the core (questionnaire/, scoring/, reports/) never does.
"""

from .assessment_rows import UnknownAssessment
from .assessments import AssessmentRepository, HistoryEntry
from .engine import close_engines, database_url, get_engine, open_engine
from .migrations import MIGRATIONS, migrate

__all__ = [
    "MIGRATIONS",
    "AssessmentRepository",
    "HistoryEntry",
    "UnknownAssessment",
    "close_engines",
    "database_url",
    "get_engine",
    "migrate",
    "open_engine",
]
