"""How many questions people see, have answered and answered "Weiß nicht", per dimension.

Every question asked in the answers' mode counts, context questions (`scored: false`) too:
the questionnaire shows and numbers them like any other, and an unanswered one is open. These
are the counts shown to people (progress, open questions, reports, raw data). Scoring's
completeness counts the scored questions only (docs/scoring.md); nothing here changes a score.
"""

from __future__ import annotations

from dataclasses import dataclass

from .answers import Answers
from .models import DONT_KNOW, Questionnaire


@dataclass(frozen=True)
class QuestionCounts:
    asked: int = 0
    answered: int = 0  # "Weiß nicht" and "Nicht zutreffend" included
    dont_know: int = 0

    @property
    def open(self) -> int:
        return self.asked - self.answered

    def __add__(self, other: QuestionCounts) -> QuestionCounts:
        return QuestionCounts(
            self.asked + other.asked,
            self.answered + other.answered,
            self.dont_know + other.dont_know,
        )


def question_counts(questionnaire: Questionnaire, answers: Answers) -> dict[str, QuestionCounts]:
    """Dimension id -> the counts of its questions in the answers' mode, in file order."""
    counts = {}
    for dimension in questionnaire.dimensions:
        values = [answers.value(q.id) for q in dimension.questions_in(answers.mode)]
        counts[dimension.id] = QuestionCounts(
            asked=len(values),
            answered=sum(v is not None for v in values),
            dont_know=sum(v == DONT_KNOW for v in values),
        )
    return counts


def total_counts(questionnaire: Questionnaire, answers: Answers) -> QuestionCounts:
    """The counts over all dimensions."""
    return sum(question_counts(questionnaire, answers).values(), QuestionCounts())
