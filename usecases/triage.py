"""Walk the AI Act triage tree with a set of answers: the path, the result, the obligations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .models import DONT_KNOW, Answer, Classification, Conclusion, Obligation, TriageQuestion
from .models import TriageTree as Tree


@dataclass(frozen=True)
class Step:
    """One answered question on the path; `answer` is None for "Weiß nicht"."""

    question: TriageQuestion
    answer_id: str
    answer: Answer | None


@dataclass(frozen=True)
class TriageResult:
    """Where a walk stands: the path so far and either the next question or the conclusion."""

    tree: Tree
    path: tuple[Step, ...]
    question: TriageQuestion | None  # the next question to answer; None when complete
    conclusion: Conclusion | None
    classification: Classification | None
    obligations: tuple[Obligation, ...]
    ignored: tuple[str, ...]  # answered questions that are not on the path

    @property
    def complete(self) -> bool:
        """True when the walk reached a conclusion."""
        return self.conclusion is not None


def walk(tree: Tree, answers: Mapping[str, str]) -> TriageResult:
    """Follow `answers` from the start question as far as they go.

    An answer that is missing or not offered by its question stops the walk there (that
    question is asked next). "Weiß nicht" ends at the tree's `dont_know_conclusion`. The
    classification is the most severe of the conclusion's and of the obligations collected on
    the way; obligations keep the order in which the path met them, each once.
    """
    path: list[Step] = []
    question: TriageQuestion | None = tree.question(tree.start)
    conclusion: Conclusion | None = None
    # A validated tree has no cycle; the bound only keeps a broken one from hanging.
    for _ in range(len(tree.questions)):
        answer_id = answers.get(question.id)
        if answer_id == DONT_KNOW:
            path.append(Step(question, DONT_KNOW, None))
            conclusion, question = tree.conclusion(tree.dont_know_conclusion), None
            break
        answer = question.answer(answer_id) if isinstance(answer_id, str) else None
        if answer is None:
            break
        path.append(Step(question, answer_id, answer))
        if answer.conclusion is not None:
            conclusion, question = tree.conclusion(answer.conclusion), None
            break
        question = tree.question(answer.next)
    on_path = {step.question.id for step in path}
    asked = getattr(question, "id", None)
    ignored = tuple(qid for qid in answers if qid not in on_path and qid != asked)
    obligations = _obligations(tree, path, conclusion)
    return TriageResult(
        tree=tree,
        path=tuple(path),
        question=question,
        conclusion=conclusion,
        classification=_classification(conclusion, obligations),
        obligations=obligations,
        ignored=ignored,
    )


def _obligations(tree: Tree, path: list[Step], conclusion: Conclusion | None) -> tuple:
    ids: dict[str, None] = {}
    for step in path:
        if step.answer is not None:
            ids.update(dict.fromkeys(step.answer.obligations))
    if conclusion is not None:
        ids.update(dict.fromkeys(conclusion.obligations))
    return tuple(tree.obligation(oid) for oid in ids)


def _classification(conclusion: Conclusion | None, obligations: tuple) -> Classification | None:
    if conclusion is None:
        return None
    if conclusion.classification in (Classification.LEGAL_REVIEW, Classification.NO_AI_SYSTEM):
        return conclusion.classification  # the duties met on the way do not decide these
    raised = [o.classification for o in obligations if o.classification is not None]
    return min([conclusion.classification, *raised], key=lambda c: c.severity)


def back(answers: Mapping[str, str], result: TriageResult) -> dict[str, str]:
    """The answers with the last step of the path taken back (the app's "Zurück")."""
    if not result.path:
        return dict(answers)
    last = result.path[-1].question.id
    return {qid: value for qid, value in answers.items() if qid != last}
