"""The facts of the plan page and its documents for the open assessment."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from plan import Edit, Facts
from questionnaire import Answers, Questionnaire, load_rechtsstand
from reports.plan_facts import plan_facts


def facts_for(
    questionnaire: Questionnaire, answers: Answers, lang: str, edits: Mapping[str, Edit]
) -> Facts:
    """Roadmap (with the stored changes), levels, duties and first steps of the assessment."""
    return plan_facts(
        questionnaire,
        answers,
        load_rechtsstand(),
        lang,
        date.today(),
        edits=edits,
    )
