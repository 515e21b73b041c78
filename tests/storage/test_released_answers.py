"""What an open workshop shows is stored (released_answers, migration 9): released in batches
under the workshop row's lock, the same on SQLite and PostgreSQL; a database saved before
migration 9 loses nothing and releases on the first view."""

from __future__ import annotations

import pytest
from sqlalchemy import text

import storage.migrations
from scoring import released_questions, waiting_people
from storage import WorkshopRepository, open_engine, token_hash
from storage.migrations import MIGRATIONS
from storage.schema import WORKSHOP_TABLES, released_answers
from storage.workshops import Released

from .conftest import rows_of

pytestmark = pytest.mark.postgres


@pytest.fixture
def repo(engine) -> WorkshopRepository:
    return WorkshopRepository(engine)


@pytest.fixture
def workshop(repo, sample):
    return repo.create("Amtsleitungsrunde", sample.id, sample.version, "full")


def rule(sample):
    return lambda shown, current: released_questions(sample, shown, current)


def shown(repo, workshop, sample) -> list[dict]:
    return [a.answers for a in repo.released_answers(workshop.id, rule(sample)).sets]


def test_answers_are_shown_once_three_people_answered_in_a_dimension(repo, workshop, sample):
    people = [repo.join(workshop.code) for _ in range(4)]
    repo.save_answer(people[0], "budget", "line")
    repo.save_answer(people[1], "budget", "ad_hoc")
    assert shown(repo, workshop, sample) == [{}, {}, {}, {}]
    repo.save_answer(people[2], "strategy_document", "ideas")
    assert shown(repo, workshop, sample) == [
        {"budget": "line"},
        {"budget": "ad_hoc"},
        {"strategy_document": "ideas"},
        {},
    ]
    # A fourth answer waits for two more.
    repo.save_answer(people[3], "budget", "multi_year")
    assert shown(repo, workshop, sample)[3] == {}
    # The same read tells whose answers wait.
    released = repo.released_answers(workshop.id, rule(sample))
    assert released.current[max(released.current)] == {"budget": "multi_year"}
    assert waiting_people(sample, released.released, released.current) == 1
    # Everything given is still there, in participant_answers.
    assert repo.answer_sets(workshop.id)[3].answers == {"budget": "multi_year"}


def test_list_answers_are_released_in_their_stored_form(repo, workshop, sample):
    people = [repo.join(workshop.code) for _ in range(3)]
    for person in people:
        repo.save_answer(person, "roles_involved", ["dpo", "it"])
    assert shown(repo, workshop, sample) == [{"roles_involved": ["dpo", "it"]}] * 3


def test_the_release_is_decided_again_under_the_lock(repo, workshop, sample):
    # Between the first look and the lock, one person takes an answer back: only two changes
    # remain, so nothing may be released (the second call decides on what is stored then).
    people = [repo.join(workshop.code) for _ in range(3)]
    for person in people:
        repo.save_answer(person, "budget", "line")
    calls = []

    def racing(released, current):
        calls.append(current)
        if len(calls) == 1:
            repo.save_answer(people[0], "budget", None)
        return released_questions(sample, released, current)

    assert [a.answers for a in repo.released_answers(workshop.id, racing).sets] == [{}, {}, {}]
    assert len(calls) == 2
    assert rows_of(repo._engine, released_answers) == []


def test_deleting_the_workshop_removes_what_was_released(repo, workshop, sample):
    people = [repo.join(workshop.code) for _ in range(3)]
    for person in people:
        repo.save_answer(person, "budget", "line")
    assert rows_of(repo._engine, released_answers) == []
    shown(repo, workshop, sample)
    assert len(rows_of(repo._engine, released_answers)) == 3
    repo.delete(workshop.host_token)
    for table in WORKSHOP_TABLES:
        assert rows_of(repo._engine, table) == [], table.name


def test_an_unknown_workshop_has_nothing_to_show(repo, sample):
    assert repo.released_answers(10_000, rule(sample)) == Released([], {}, {})


HOST = "hostTokenSavedBeforeMigration9-XX"


def test_a_workshop_saved_before_migration_9_keeps_its_answers_and_shows_them(
    database, monkeypatch, sample
):
    with monkeypatch.context() as patch:
        patch.setattr(storage.migrations, "MIGRATIONS", MIGRATIONS[:8])
        old = open_engine(database)
    given = {1: "line", 2: "ad_hoc", 3: "multi_year"}
    try:
        with old.begin() as connection:
            run = connection.execute
            run(
                text(
                    "INSERT INTO workshops (id, code, host_token_hash, title, questionnaire_id,"
                    " questionnaire_version, mode, dimensions, revealed, closed, include_names,"
                    " presentation_step, created_at) VALUES (1, 'KQ7M2X', :hash, 'Runde',"
                    " :qid, :version, 'full', NULL, :yes, :no, :no, 0, CURRENT_TIMESTAMP)"
                ),
                {
                    "hash": token_hash(HOST),
                    "qid": sample.id,
                    "version": sample.version,
                    "yes": True,
                    "no": False,
                },
            )
            for number, value in given.items():
                run(
                    text(
                        "INSERT INTO participants (id, workshop_id, token_hash, number, finished,"
                        " joined_at) VALUES (:n, 1, :hash, :n, :no, CURRENT_TIMESTAMP)"
                    ),
                    {"n": number, "hash": token_hash(f"person{number}" * 4), "no": False},
                )
                run(
                    text("INSERT INTO participant_answers VALUES (:n, 'budget', :v, NULL)"),
                    {"n": number, "v": value},
                )
    finally:
        old.dispose()
    engine = open_engine(database)  # migration 9 runs here
    try:
        repo = WorkshopRepository(engine)
        workshop = repo.by_host_token(HOST)
        assert [a.answers for a in repo.answer_sets(workshop.id)] == [
            {"budget": v} for v in given.values()
        ]
        assert shown(repo, workshop, sample) == [{"budget": v} for v in given.values()]
    finally:
        engine.dispose()
