"""What the plan page and its documents are built from, for the open assessment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import storage
from plan import Edit, Facts
from questionnaire import Answers, Questionnaire, load_rechtsstand
from reports.plan_facts import plan_facts
from usecases import PortfolioItem

from . import store


def portfolio_of(token: str) -> list[PortfolioItem]:
    """The AI portfolio kept with the assessment (empty when the assessment is gone)."""
    try:
        return store.portfolio_repository().items(token)
    except storage.UnknownAssessment:
        return []


def facts_for(
    questionnaire: Questionnaire,
    answers: Answers,
    lang: str,
    portfolio: Sequence[PortfolioItem],
    edits: Mapping[str, Edit],
) -> Facts:
    """Levels, duties, first steps, the portfolio and the roadmap with the stored changes."""
    return plan_facts(
        questionnaire, answers, load_rechtsstand(), lang, date.today(), portfolio, edits
    )
