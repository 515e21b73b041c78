"""The assessment repository: round trips, upserts, unknown tokens (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from questionnaire import Answers, Profile, new_answers
from storage import UnknownAssessment
from storage.schema import assessment_answers, assessment_notes, assessment_targets, assessments

from .conftest import assessment_id, hashed, rows_of

pytestmark = pytest.mark.postgres


def test_a_created_assessment_comes_back_with_every_field(repo, full_answers):
    token = repo.create(full_answers)

    assert repo.get(token) == full_answers
    assert repo.get(token).model_dump() == full_answers.model_dump()


def test_tokens_are_url_safe_192_bit_and_differ_for_equal_answers(repo, full_answers):
    tokens = {repo.create(full_answers) for _ in range(5)}

    assert len(tokens) == 5
    # 24 random bytes are 32 characters of URL-safe base64, without padding.
    assert all(len(token) == 32 for token in tokens)
    assert all(token.replace("-", "").replace("_", "").isalnum() for token in tokens)


def test_an_unknown_token_gets_none(repo, full_answers):
    repo.create(full_answers)

    assert repo.get("x" * 32) is None


@pytest.mark.parametrize(
    "call",
    [
        lambda repo, token: repo.save_answer(token, "budget", "none"),
        lambda repo, token: repo.save_answer(token, "budget", None),
        lambda repo, token: repo.save_note(token, "budget", "text"),
        lambda repo, token: repo.save_target(token, "strategy", 2),
        lambda repo, token: repo.save_profile(token, Profile(organisation="Kreis")),
        lambda repo, token: repo.save_settings(token, mode="short"),
        lambda repo, token: repo.replace(token, _empty()),
        lambda repo, token: repo.create(_empty(), previous_token=token),
    ],
    ids=["answer", "answer_none", "note", "target", "profile", "settings", "replace", "link"],
)
def test_writing_to_an_unknown_token_raises_key_error_without_the_token(repo, engine, call):
    token = "unknown-token-" + "a" * 18

    with pytest.raises(KeyError) as caught:
        call(repo, token)

    assert isinstance(caught.value, UnknownAssessment)
    assert token not in str(caught.value)
    assert rows_of(engine, assessments) == []


def _empty() -> Answers:
    return Answers.model_validate({"questionnaire": {"id": "sample", "version": "1.0"}})


def test_saving_an_answer_twice_keeps_one_row_with_the_last_value(repo, engine, sample):
    token = repo.create(new_answers(sample))

    repo.save_answer(token, "budget", "none")
    repo.save_answer(token, "budget", "line")

    assert repo.get(token).answers == {"budget": "line"}
    rows = rows_of(engine, assessment_answers, assessment_id(engine, token))
    assert [(row["question_id"], row["value"]) for row in rows] == [("budget", "line")]


def test_saving_none_removes_the_answer_and_keeps_the_others(repo, full_answers):
    token = repo.create(full_answers)

    repo.save_answer(token, "budget", None)
    repo.save_answer(token, "never_answered", None)

    expected = {k: v for k, v in full_answers.answers.items() if k != "budget"}
    assert repo.get(token).answers == expected


def test_a_multi_answer_is_stored_as_a_json_list_and_a_single_answer_as_text(repo, engine, sample):
    token = repo.create(new_answers(sample))

    repo.save_answer(token, "roles_involved", ["staff_council", "dpo"])
    repo.save_answer(token, "strategy_document", "dont_know")

    rows = {r["question_id"]: r for r in rows_of(engine, assessment_answers)}
    assert json.loads(rows["roles_involved"]["choices"]) == ["staff_council", "dpo"]
    assert rows["roles_involved"]["value"] is None
    assert (rows["strategy_document"]["value"], rows["strategy_document"]["choices"]) == (
        "dont_know",
        None,
    )
    assert repo.get(token).answers["roles_involved"] == ["staff_council", "dpo"]


def test_an_empty_checklist_is_an_answer_not_a_removal(repo, sample):
    token = repo.create(new_answers(sample))

    repo.save_answer(token, "roles_involved", [])

    assert repo.get(token).answers == {"roles_involved": []}


def test_a_single_answer_changed_to_a_list_and_back_round_trips(repo, sample):
    token = repo.create(new_answers(sample))

    repo.save_answer(token, "roles_involved", "dont_know")
    repo.save_answer(token, "roles_involved", ["it"])
    assert repo.get(token).answers == {"roles_involved": ["it"]}
    repo.save_answer(token, "roles_involved", "not_applicable")
    assert repo.get(token).answers == {"roles_involved": "not_applicable"}


def test_an_answer_that_is_neither_text_nor_a_list_of_text_is_refused(repo, sample):
    token = repo.create(new_answers(sample))

    with pytest.raises(TypeError):
        repo.save_answer(token, "roles_involved", ["it", 3])
    assert repo.get(token).answers == {}


@pytest.mark.parametrize("removal", [None, ""])
def test_a_note_is_upserted_and_removed_by_none_or_empty_text(repo, engine, sample, removal):
    token = repo.create(new_answers(sample))

    repo.save_note(token, "budget", "erste Fassung")
    repo.save_note(token, "budget", "zweite Fassung")
    assert repo.get(token).notes == {"budget": "zweite Fassung"}
    assert len(rows_of(engine, assessment_notes)) == 1

    repo.save_note(token, "budget", removal)
    assert repo.get(token).notes == {}
    assert rows_of(engine, assessment_notes) == []


def test_a_target_is_upserted_and_removed_by_none(repo, engine, full_answers):
    token = repo.create(full_answers)

    repo.save_target(token, "strategy", 5)
    assert repo.get(token).targets == {"strategy": 5, "law": 3}
    repo.save_target(token, "law", None)
    assert repo.get(token).targets == {"strategy": 5}
    assert len(rows_of(engine, assessment_targets)) == 1


@pytest.mark.parametrize(("level", "error"), [(0, ValueError), (True, TypeError), (2.5, TypeError)])
def test_a_target_level_that_is_not_a_positive_integer_is_refused(repo, sample, level, error):
    token = repo.create(new_answers(sample, targets={"strategy": 2}))

    with pytest.raises(error):
        repo.save_target(token, "strategy", level)
    assert repo.get(token).targets == {"strategy": 2}


def test_saving_a_profile_replaces_every_profile_field(repo, full_answers):
    token = repo.create(full_answers)
    profile = Profile(organisation="Landkreis Nord", kind="landkreis", population=301_000)

    repo.save_profile(token, profile)

    saved = repo.get(token)
    assert saved.profile == profile
    assert saved.profile.state is None
    assert saved.answers == full_answers.answers


def test_settings_change_only_what_is_given(repo, full_answers):
    token = repo.create(full_answers)

    repo.save_settings(token, language="de")
    assert (repo.get(token).mode, repo.get(token).language) == ("short", "de")
    repo.save_settings(token, mode="full")
    assert (repo.get(token).mode, repo.get(token).language) == ("full", "de")
    repo.save_settings(token)
    assert (repo.get(token).mode, repo.get(token).language) == ("full", "de")


@pytest.mark.parametrize("settings", [{"mode": "long"}, {"language": "fr"}])
def test_unknown_settings_are_refused_and_nothing_changes(repo, full_answers, settings):
    token = repo.create(full_answers)

    with pytest.raises(ValueError):
        repo.save_settings(token, **settings)
    assert repo.get(token) == full_answers


@pytest.mark.parametrize(
    "change",
    [
        lambda repo, token: repo.save_answer(token, "budget", "none"),
        lambda repo, token: repo.save_answer(token, "budget", None),
        lambda repo, token: repo.save_note(token, "budget", "neu"),
        lambda repo, token: repo.save_target(token, "strategy", 1),
        lambda repo, token: repo.save_profile(token, Profile()),
        lambda repo, token: repo.save_settings(token, language="de"),
        lambda repo, token: repo.replace(token, _empty()),
    ],
    ids=["answer", "answer_none", "note", "target", "profile", "settings", "replace"],
)
def test_every_change_moves_updated_at_and_keeps_created_at(repo, engine, full_answers, change):
    token = repo.create(full_answers)
    (before,) = rows_of(engine, assessments)
    moment = datetime.now(UTC)

    change(repo, token)

    (after,) = rows_of(engine, assessments)
    assert after["created_at"] == before["created_at"]
    assert _aware(after["updated_at"]) >= moment


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def test_replace_swaps_everything_but_keeps_token_creation_and_history(repo, full_answers, sample):
    first = repo.create(new_answers(sample))
    token = repo.create(new_answers(sample, answers={"budget": "line"}), previous_token=first)
    repo.save_note(token, "champions", "alte Notiz")

    repo.replace(token, full_answers)

    assert repo.get(token) == full_answers
    assert [entry.key for entry in repo.history(token)] == hashed(first)


def test_replace_with_empty_answers_leaves_no_child_rows(repo, engine, full_answers):
    token = repo.create(full_answers)

    repo.replace(token, _empty())

    assert repo.get(token) == _empty()
    for table in (assessment_answers, assessment_notes, assessment_targets):
        assert rows_of(engine, table) == []


def test_get_returns_the_answers_model_not_a_row(repo, full_answers):
    token = repo.create(full_answers)

    assert type(repo.get(token)) is Answers
