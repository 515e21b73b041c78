"""The facts of the plan page and its documents for the open assessment."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import storage
from plan import Edit, Facts
from questionnaire import Answers, Questionnaire, load_rechtsstand
from reports.plan_facts import plan_facts

from . import store


def facts_for(
    questionnaire: Questionnaire,
    answers: Answers,
    lang: str,
    token: str,
    edits: Mapping[str, Edit],
) -> Facts:
    """Levels, duties, first steps, the portfolio and the roadmap with the stored changes."""
    try:
        portfolio = store.portfolio_repository().items(token)
    except storage.UnknownAssessment:
        portfolio = []
    return plan_facts(
        questionnaire, answers, load_rechtsstand(), lang, date.today(), portfolio, edits
    )
