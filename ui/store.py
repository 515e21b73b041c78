"""Access to the assessment repository of storage/ (the one place the UI opens it)."""

from __future__ import annotations

import streamlit as st

import storage
from questionnaire import Questionnaire


def repository() -> storage.AssessmentRepository:
    """The assessment repository on the configured database (engine cached by storage/)."""
    return storage.AssessmentRepository(storage.get_engine())


def roadmap_repository() -> storage.RoadmapRepository:
    """The repository of roadmap changes on the configured database."""
    return storage.RoadmapRepository(storage.get_engine())


def portfolio_repository() -> storage.PortfolioRepository:
    """The repository of the AI portfolio on the configured database."""
    return storage.PortfolioRepository(storage.get_engine())


def carry_over(questionnaire: Questionnaire) -> storage.CarriedOver:
    """Carry stored work of earlier questionnaire versions over, once per database and version."""
    return _carried(storage.database_url(), questionnaire.id, questionnaire.version, questionnaire)


@st.cache_resource(show_spinner=False)
def _carried(url: str, qid: str, version: str, _questionnaire: Questionnaire):
    # The key is the database and the version; the questionnaire itself is not hashed.
    return storage.carry_over(storage.get_engine(), _questionnaire)
