"""Access to the assessment repository of storage/ (the one place the UI opens it)."""

from __future__ import annotations

import storage


def repository() -> storage.AssessmentRepository:
    """The assessment repository on the configured database (engine cached by storage/)."""
    return storage.AssessmentRepository(storage.get_engine())


def roadmap_repository() -> storage.RoadmapRepository:
    """The repository of roadmap changes on the configured database."""
    return storage.RoadmapRepository(storage.get_engine())


def portfolio_repository() -> storage.PortfolioRepository:
    """The repository of the AI portfolio on the configured database."""
    return storage.PortfolioRepository(storage.get_engine())
