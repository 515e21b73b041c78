"""A workshop under load and across a restart: no answer or join is lost (both databases).

Each test starts its threads at a barrier, so the writes really overlap, as they do when a
room of participants answers from their phones at once.
"""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from storage import WorkshopClosed, WorkshopRepository, open_engine
from storage.schema import participant_answers, participants

from .conftest import WRITERS, rows_of, run_together

pytestmark = pytest.mark.postgres

QUESTIONS = 60


@pytest.fixture
def repo(engine) -> WorkshopRepository:
    """The workshop repository on the test's database."""
    return WorkshopRepository(engine)


@pytest.fixture
def workshop(repo, sample):
    """An open Vollcheck workshop on the sample questionnaire."""
    return repo.create("Digitalisierungsteam", sample.id, sample.version, "full")


def _value(person: int, question: int) -> str | list[str]:
    # Every answer distinct, every third a checklist, so a lost or crossed write shows.
    if question % 3 == 0:
        return [f"p{person}", f"q{question}"]
    return f"p{person}_q{question}"


def test_fifty_participants_saving_sixty_answers_each_at_once_lose_none(repo, engine, workshop):
    tokens = [repo.join(workshop.code) for _ in range(WRITERS)]

    def work(person: int) -> None:
        for question in range(QUESTIONS):
            repo.save_answer(tokens[person], f"question_{question}", _value(person, question))
        repo.set_finished(tokens[person])

    run_together(work)

    assert len(rows_of(engine, participant_answers)) == WRITERS * QUESTIONS
    sets = repo.answer_sets(workshop.id)
    assert [s.answers for s in sets] == [
        {f"question_{q}": _value(person, q) for q in range(QUESTIONS)} for person in range(WRITERS)
    ]
    progress = repo.progress(workshop.id)
    assert (progress.joined, progress.finished) == (WRITERS, WRITERS)
    assert progress.answered == {f"question_{q}": WRITERS for q in range(QUESTIONS)}


def test_fifty_people_joining_at_once_get_the_numbers_one_to_fifty(repo, workshop):
    tokens: list[str] = []
    lock = threading.Lock()

    def join(index: int) -> None:
        token = repo.join(workshop.code, f"Person {index}")
        with lock:
            tokens.append(token)

    run_together(join)

    numbers = sorted(repo.participant(token).number for token in tokens)
    assert numbers == list(range(1, WRITERS + 1))
    assert [number for number, _, _ in repo.participants(workshop.id)] == numbers


def test_joins_to_two_workshops_at_once_are_numbered_per_workshop(repo, workshop, sample):
    other = repo.create("Ausschuss", sample.id, sample.version, "short")
    codes = [workshop.code, other.code]

    run_together(lambda i: repo.join(codes[i % 2]))

    half = list(range(1, WRITERS // 2 + 1))
    for each in (workshop, other):
        assert [number for number, _, _ in repo.participants(each.id)] == half


def test_an_answer_racing_with_close_is_either_stored_or_refused_never_lost(repo, engine, workshop):
    tokens = [repo.join(workshop.code) for _ in range(WRITERS)]
    refused: list[int] = []
    lock = threading.Lock()

    def work(index: int) -> None:
        if index == 0:
            repo.close(workshop.host_token)
            return
        try:
            repo.save_answer(tokens[index], "budget", "line")
        except WorkshopClosed:
            with lock:
                refused.append(index)

    run_together(work)

    # What save_answer acknowledged is stored; what it refused is not.
    stored = {row["participant_id"] for row in rows_of(engine, participant_answers)}
    ids = {row["number"]: row["id"] for row in rows_of(engine, participants)}
    assert stored == {ids[i + 1] for i in range(1, WRITERS) if i not in refused}
    assert repo.get(workshop.id).closed is True


def test_a_restarted_server_has_the_whole_workshop_and_everyone_continues(database, sample):
    first = open_engine(database)
    before = WorkshopRepository(first)
    workshop = before.create("Vor dem Neustart", sample.id, sample.version, "short", ["law"])
    named = before.join(workshop.code, "Ordnungsamt")
    anonymous = before.join(workshop.code)
    before.save_answer(named, "budget", "line")
    before.save_answer(anonymous, "roles_involved", ["dpo"])
    before.set_finished(named)
    before.set_revealed(workshop.host_token, True)
    before.set_presentation_step(workshop.host_token, 2)
    first.dispose()

    second = open_engine(database)
    try:
        after = WorkshopRepository(second)
        restored = after.by_host_token(workshop.host_token)
        person = after.participant(named)
        after.save_answer(anonymous, "budget", "none")
        late = after.join(workshop.code)
        sets = after.answer_sets(workshop.id)
        people = after.participants(workshop.id)
    finally:
        second.dispose()

    assert restored == replace(workshop, revealed=True, presentation_step=2)
    assert (person.number, person.display_name, person.finished) == (1, "Ordnungsamt", True)
    assert person.answers.answers == {"budget": "line"}
    assert [s.answers for s in sets] == [
        {"budget": "line"},
        {"budget": "none", "roles_involved": ["dpo"]},
        {},
    ]
    assert people == [(1, "Ordnungsamt", True), (2, None, False), (3, None, False)]
    assert late not in (named, anonymous)
