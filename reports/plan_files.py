"""The plan documents as files: strategy draft and council summary (DOCX), from `Facts`.

Shared by the app (self-check and workshop) and `python -m reports`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import texts
from plan import Edit, Facts, consensus_answers, load_strategy_text, strategy_document
from plan.templates import filler
from questionnaire import Answers, Questionnaire, Rechtsstand
from usecases import PortfolioItem

from .docx import render_docx
from .plan_facts import plan_facts
from .summary import summary_document


def answers_for_plan(
    questionnaire: Questionnaire, answer_sets: Sequence[Answers], organisation: str = ""
) -> Answers:
    """The one answers set a plan is built from: the assessment, or a group's consensus."""
    if len(answer_sets) == 1:
        return answer_sets[0]
    first = answer_sets[0]
    return consensus_answers(questionnaire, answer_sets, first.mode, organisation, first.language)


def facts_of(
    questionnaire: Questionnaire,
    answer_sets: Sequence[Answers],
    rechtsstand: Rechtsstand,
    lang: str,
    today: dt.date,
    organisation: str = "",
    edits: Mapping[str, Edit] | None = None,
    portfolio: Sequence[PortfolioItem] = (),
) -> Facts:
    """The facts of the plan documents for one assessment or a workshop group."""
    answers = answers_for_plan(questionnaire, answer_sets, organisation)
    return plan_facts(questionnaire, answers, rechtsstand, lang, today, portfolio, edits)


def strategy_docx(facts: Facts, rechtsstand: Rechtsstand) -> bytes:
    """The editable AI strategy draft (DOCX)."""

    def words(key: str, **params: object) -> str:
        return texts.text("plan", key, facts.lang, **params)

    fill = filler(facts.organisation, rechtsstand, facts.lang)
    return render_docx(strategy_document(load_strategy_text(), facts, words, fill))


def summary_docx(facts: Facts) -> bytes:
    """The two-page council summary as an editable DOCX."""
    return render_docx(summary_document(facts))
