"""A workshop group's answers as one answers set, so the plan documents can be built for it.

Per question, over the participants who answered it (only when at least `MIN_GROUP` did, the
anonymity threshold of the workshop; otherwise the question stays unanswered):
- "Weiß nicht" or "nicht zutreffend" when more than half gave it;
- a single-choice question: the option at the median step of the others (the lower median, and
  of two options with the same step the first);
- a checklist: the options at least half of them ticked.
Targets: the median of the targets given, when at least `MIN_GROUP` gave one.
"""

from __future__ import annotations

from collections.abc import Sequence

from questionnaire import (
    DONT_KNOW,
    NOT_APPLICABLE,
    Answers,
    Profile,
    Questionnaire,
    QuestionnaireRef,
)

MIN_GROUP = 3


def _lower_median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def consensus_answers(
    questionnaire: Questionnaire,
    answer_sets: Sequence[Answers],
    mode: str,
    organisation: str = "",
    lang: str = "de",
) -> Answers:
    """The group's consensus as one answers set of `mode` (see the module's rules)."""
    answers: dict[str, str | list[str]] = {}
    for dimension in questionnaire.dimensions:
        for question in dimension.questions_in(mode):
            given = [a.value(question.id) for a in answer_sets if a.value(question.id) is not None]
            if len(given) < MIN_GROUP:
                continue
            reserved = [v for v in given if v in (DONT_KNOW, NOT_APPLICABLE)]
            for value in (DONT_KNOW, NOT_APPLICABLE):
                if reserved.count(value) * 2 > len(given):
                    answers[question.id] = value
                    break
            else:
                chosen = [v for v in given if v not in (DONT_KNOW, NOT_APPLICABLE)]
                if chosen:
                    answers[question.id] = _consensus_of(question, chosen)
    targets = {}
    for dimension in questionnaire.dimensions:
        given = [a.targets[dimension.id] for a in answer_sets if dimension.id in a.targets]
        if len(given) >= MIN_GROUP:
            targets[dimension.id] = int(_lower_median(given))
    return Answers(
        questionnaire=QuestionnaireRef(id=questionnaire.id, version=questionnaire.version),
        profile=Profile(organisation=organisation[:200] or None),
        mode=mode,
        language=lang,
        answers=answers,
        targets=targets,
    )


def _consensus_of(question, chosen: list) -> str | list[str]:
    if question.type == "multi":
        lists = [v for v in chosen if isinstance(v, list)]
        return [o.id for o in question.options if sum(o.id in v for v in lists) * 2 >= len(lists)]
    scores = {o.id: o.score for o in question.options}
    steps = [scores[v] for v in chosen if isinstance(v, str) and v in scores]
    median = _lower_median(steps)
    return next(o.id for o in question.options if o.score == median)
