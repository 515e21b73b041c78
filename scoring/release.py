"""Which answers of an open workshop may be shown anew: the batch rule against watching figures
change.

While a workshop is open, its figures would otherwise move with every single answer, and
whoever saw them before and after one person answered could work out that person's answer from
the difference. So the room sees the answers as last released, and a dimension's answers are
released again only when at least MIN_ANSWERS_SHOWN participants' answers in it differ from the
released ones. The difference between two states anyone can see then always comes from at
least three people, the same rule as for every figure (group.py). A closed workshop shows
everything.

Pure: participants are keys of mappings (any hashable, e.g. a database id); an answer is what
an answers file holds for a question.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping

from questionnaire import Answer, Questionnaire

from .group import MIN_ANSWERS_SHOWN

AnswersBy = Mapping[Hashable, Mapping[str, Answer]]


def released_questions(
    questionnaire: Questionnaire,
    shown: AnswersBy,
    current: AnswersBy,
    minimum: int = MIN_ANSWERS_SHOWN,
) -> frozenset[str]:
    """The question ids to show anew: every question of each dimension in which at least
    `minimum` participants' current answers differ from those shown (an answer given, changed
    or taken back). Empty when nothing may change."""
    people = set(shown) | set(current)
    released: set[str] = set()
    for dimension in questionnaire.dimensions:
        ids = [q.id for q in dimension.questions]
        changed = sum(
            1
            for person in people
            if _part(shown.get(person, {}), ids) != _part(current.get(person, {}), ids)
        )
        if changed >= minimum:
            released.update(ids)
    return frozenset(released)


def waiting_people(questionnaire: Questionnaire, shown: AnswersBy, current: AnswersBy) -> int:
    """How many participants gave, changed or took back an answer that is not shown yet."""
    ids = [q.id for d in questionnaire.dimensions for q in d.questions]
    return sum(
        1
        for person in set(shown) | set(current)
        if _part(shown.get(person, {}), ids) != _part(current.get(person, {}), ids)
    )


def _part(answers: Mapping[str, Answer], ids: list[str]) -> dict[str, Answer]:
    return {qid: answers[qid] for qid in ids if qid in answers}
