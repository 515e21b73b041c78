"""Deleting an assessment leaves nothing of it; the history chain (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC

import pytest

from questionnaire import new_answers
from storage.schema import ASSESSMENT_CHILDREN, assessments

from .conftest import assessment_id, hashed, rows_of

pytestmark = pytest.mark.postgres


def test_delete_removes_every_row_of_the_assessment_and_nothing_else(repo, engine, full_answers):
    kept = repo.create(full_answers)
    gone = repo.create(full_answers)
    kept_id, gone_id = assessment_id(engine, kept), assessment_id(engine, gone)
    for table in ASSESSMENT_CHILDREN:
        assert rows_of(engine, table, gone_id), f"{table.name} had no rows to delete"

    assert repo.delete(gone) is True

    assert repo.get(gone) is None
    assert [row["id"] for row in rows_of(engine, assessments)] == [kept_id]
    for table in ASSESSMENT_CHILDREN:
        assert rows_of(engine, table, gone_id) == [], table.name
        assert rows_of(engine, table, kept_id), table.name
    assert repo.get(kept) == full_answers


def test_no_stored_value_of_a_deleted_assessment_remains_anywhere(repo, engine, full_answers):
    token = repo.create(full_answers)

    repo.delete(token)

    for table in (assessments, *ASSESSMENT_CHILDREN):
        assert rows_of(engine, table) == [], table.name


def test_deleting_an_unknown_or_already_deleted_token_returns_false(repo, full_answers):
    token = repo.create(full_answers)

    assert repo.delete("never-issued-" + "b" * 19) is False
    assert repo.delete(token) is True
    assert repo.delete(token) is False


def test_writing_to_a_deleted_assessment_raises_key_error(repo, full_answers):
    token = repo.create(full_answers)
    repo.delete(token)

    with pytest.raises(KeyError):
        repo.save_answer(token, "budget", "none")


def _chain(repo, sample, length: int) -> list[str]:
    """`length` assessments, each linked to the one before; oldest first."""
    tokens: list[str] = []
    for round_number in range(length):
        answers = new_answers(sample, profile={"organisation": f"Runde {round_number}"})
        tokens.append(repo.create(answers, previous_token=tokens[-1] if tokens else None))
    return tokens


def test_history_lists_the_earlier_rounds_newest_first_without_the_current(repo, sample):
    first, second, third = _chain(repo, sample, 3)

    history = repo.history(third)

    assert [entry.key for entry in history] == hashed(second, first)
    assert [entry.answers.profile.organisation for entry in history] == ["Runde 1", "Runde 0"]
    assert history[0].created_at >= history[1].created_at
    assert all(
        entry.created_at.tzinfo == UTC and entry.updated_at.tzinfo == UTC for entry in history
    )
    assert [entry.key for entry in repo.history(second)] == hashed(first)
    assert repo.history(first) == []


def test_history_entries_carry_the_full_answers_of_each_round(repo, sample, full_answers):
    first = repo.create(full_answers)
    second = repo.create(new_answers(sample), previous_token=first)

    (entry,) = repo.history(second)

    assert entry.answers == full_answers
    assert entry.updated_at >= entry.created_at


def test_history_of_an_unknown_token_is_empty(repo, sample):
    _chain(repo, sample, 2)

    assert repo.history("unknown-token-" + "c" * 18) == []


def test_a_later_round_does_not_change_the_history_of_an_earlier_one(repo, sample):
    first, second = _chain(repo, sample, 2)
    repo.create(new_answers(sample), previous_token=second)

    assert [entry.key for entry in repo.history(second)] == hashed(first)


def test_same_organisation_name_without_a_link_is_not_history(repo, full_answers):
    repo.create(full_answers)
    stranger = repo.create(full_answers)

    assert repo.history(stranger) == []


def test_deleting_a_middle_round_links_the_next_round_to_the_one_before(repo, engine, sample):
    first, second, third, fourth = _chain(repo, sample, 4)
    second_id = assessment_id(engine, second)

    repo.delete(second)

    assert [entry.key for entry in repo.history(fourth)] == hashed(third, first)
    assert [entry.key for entry in repo.history(third)] == hashed(first)
    assert all(row["previous_id"] != second_id for row in rows_of(engine, assessments))


def test_deleting_the_oldest_round_ends_the_chain_before_it(repo, sample):
    first, second, third = _chain(repo, sample, 3)

    repo.delete(first)

    assert [entry.key for entry in repo.history(third)] == hashed(second)
    assert repo.history(second) == []


def test_deleting_the_newest_round_keeps_the_earlier_chain(repo, sample):
    first, second, third = _chain(repo, sample, 3)

    repo.delete(third)

    assert [entry.key for entry in repo.history(second)] == hashed(first)


def test_deleting_a_round_with_two_successors_relinks_both(repo, sample):
    first, second = _chain(repo, sample, 2)
    branch_a = repo.create(new_answers(sample), previous_token=second)
    branch_b = repo.create(new_answers(sample), previous_token=second)

    repo.delete(second)

    assert [entry.key for entry in repo.history(branch_a)] == hashed(first)
    assert [entry.key for entry in repo.history(branch_b)] == hashed(first)


def test_a_new_round_linked_to_an_unknown_token_is_not_stored(repo, engine, sample):
    with pytest.raises(KeyError):
        repo.create(new_answers(sample), previous_token="unknown-token-" + "d" * 18)

    assert rows_of(engine, assessments) == []
