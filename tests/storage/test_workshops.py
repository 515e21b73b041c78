"""The workshop repository: codes, tokens, joins, answers, host actions, delete (both databases)."""

from __future__ import annotations

import string
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import storage.workshops
from questionnaire import new_answers
from storage import (
    JOIN_ALPHABET,
    UnknownWorkshop,
    WorkshopClosed,
    WorkshopProgress,
    WorkshopRepository,
    normalize_code,
    open_engine,
    token_hash,
)
from storage.schema import WORKSHOP_TABLES, participant_answers, participants, workshops

from .conftest import rows_of

pytestmark = pytest.mark.postgres

UNKNOWN_TOKEN = "never-issued-" + "w" * 19


@pytest.fixture
def repo(engine) -> WorkshopRepository:
    """The workshop repository on the test's database."""
    return WorkshopRepository(engine)


@pytest.fixture
def workshop(repo, sample):
    """An open Kurzcheck workshop on the sample questionnaire."""
    return repo.create("Amtsleitungsrunde", sample.id, sample.version, "short")


def test_a_created_workshop_comes_back_by_code_host_token_and_id_with_every_field(repo, sample):
    before = datetime.now(UTC)

    created = repo.create(" KI im Rathaus ", sample.id, sample.version, "full", ["strategy", "law"])

    assert created.title == "KI im Rathaus"
    assert (created.questionnaire_id, created.questionnaire_version) == (sample.id, sample.version)
    assert created.mode == "full"
    assert created.dimensions == ("strategy", "law")
    assert (created.revealed, created.closed, created.include_names) == (False, False, False)
    assert created.presentation_step == 0
    assert created.created_at.tzinfo == UTC and created.created_at >= before
    assert repo.by_code(created.code) == created
    assert repo.by_host_token(created.host_token) == created
    assert repo.get(created.id) == created


def test_a_workshop_without_chosen_dimensions_covers_all_of_them(repo, workshop):
    assert workshop.dimensions is None
    assert repo.get(workshop.id).dimensions is None


@pytest.mark.parametrize("typed", ["{c}", "{l}", " {c} ", "{c3}-{r3}", "{l3} {r3}", " {l3}-{r3}\t"])
def test_a_code_is_found_whatever_its_case_spaces_and_hyphens(repo, workshop, typed):
    code = workshop.code
    text = typed.format(c=code, l=code.lower(), c3=code[:3], r3=code[3:], l3=code[:3].lower())

    assert repo.by_code(text) == workshop


@pytest.mark.parametrize(
    "typed",
    ["", "ABC", "ABCDEFG", "ABCD0O", "ÄBCDEF", "x" * 500],
    ids=["empty", "short", "long", "ambiguous", "umlaut", "huge"],
)
def test_a_malformed_code_finds_no_workshop(repo, workshop, typed):
    assert repo.by_code(typed) is None


def test_a_wrong_code_or_host_token_finds_no_workshop(repo, workshop):
    other = next(c for c in ("AAAAAA", "BBBBBB") if c != workshop.code)

    assert repo.by_code(other) is None
    assert repo.by_host_token(UNKNOWN_TOKEN) is None
    assert repo.by_host_token(workshop.host_token.swapcase()) is None
    assert repo.by_host_token(workshop.host_token[:-1]) is None
    assert repo.by_host_token(workshop.code) is None
    assert repo.get(workshop.id + 1) is None


def test_the_join_alphabet_has_31_distinct_characters_none_of_them_ambiguous():
    assert len(set(JOIN_ALPHABET)) == len(JOIN_ALPHABET) == 31
    assert not set(JOIN_ALPHABET) & set("0O1IL")
    assert set(JOIN_ALPHABET) <= set(string.ascii_uppercase + string.digits)


def test_generated_codes_are_six_characters_and_use_the_whole_alphabet():
    codes = [storage.workshops.new_code() for _ in range(3000)]

    assert all(len(code) == 6 for code in codes)
    # 18 000 draws: a character the generator never picks would be missing here.
    assert set("".join(codes)) == set(JOIN_ALPHABET)
    assert len(set(codes)) > 2990


def test_stored_workshops_get_distinct_codes_from_the_alphabet(repo, sample):
    codes = [repo.create(f"W{i}", sample.id, sample.version, "short").code for i in range(60)]

    assert len(set(codes)) == 60
    assert all(len(code) == 6 and set(code) <= set(JOIN_ALPHABET) for code in codes)


@given(
    code=st.text(alphabet=JOIN_ALPHABET, min_size=6, max_size=6),
    separators=st.lists(st.sampled_from([" ", "-", "\t", "  "]), min_size=7, max_size=7),
    lower=st.lists(st.booleans(), min_size=6, max_size=6),
)
def test_normalize_code_undoes_any_spacing_hyphens_and_case(code, separators, lower):
    typed = separators[0] + "".join(
        (char.lower() if low else char) + sep
        for char, low, sep in zip(code, lower, separators[1:], strict=True)
    )

    assert normalize_code(typed) == code


def test_a_taken_code_is_drawn_again(repo, engine, workshop, sample, monkeypatch):
    fresh = next(c for c in ("222222", "333333") if c != workshop.code)
    drawn = iter([workshop.code, workshop.code, fresh])
    monkeypatch.setattr(storage.workshops, "new_code", lambda: next(drawn))

    second = repo.create("Zweite Runde", sample.id, sample.version, "full")

    assert second.code == fresh
    assert repo.by_code(workshop.code) == workshop
    assert len(rows_of(engine, workshops)) == 2


def test_host_and_participant_tokens_are_url_safe_192_bit_and_all_differ(repo, workshop, sample):
    other = repo.create("Andere", sample.id, sample.version, "short")
    tokens = [workshop.host_token, other.host_token] + [repo.join(workshop.code) for _ in range(5)]

    assert len(set(tokens)) == len(tokens)
    # 24 random bytes are 32 characters of URL-safe base64, without padding.
    assert all(len(token) == 32 for token in tokens)
    assert all(token.replace("-", "").replace("_", "").isalnum() for token in tokens)


def test_tokens_are_kept_out_of_the_printed_form_of_workshops_and_participants(repo, workshop):
    token = repo.join(workshop.code)

    assert workshop.host_token not in repr(workshop)
    shown = repr(repo.participant(token))
    assert token not in shown
    assert workshop.host_token not in shown


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda repo, s: repo.create("T", s.id, s.version, "long"), "mode"),
        (lambda repo, s: repo.create("T", s.id, s.version, "full", []), "dimension"),
        (lambda repo, s: repo.create("T" * 201, s.id, s.version, "full"), "200"),
    ],
    ids=["mode", "no_dimensions", "long_title"],
)
def test_an_invalid_workshop_is_refused_and_nothing_is_stored(repo, engine, sample, call, error):
    with pytest.raises(ValueError, match=error):
        call(repo, sample)

    assert rows_of(engine, workshops) == []


def test_participants_are_numbered_in_join_order_with_optional_names(repo, workshop):
    first = repo.join(workshop.code, "  Kämmerei ")
    second = repo.join(workshop.code.lower())
    third = repo.join(workshop.code, "   ")

    assert [repo.participant(t).number for t in (first, second, third)] == [1, 2, 3]
    assert repo.participants(workshop.id) == [(1, "Kämmerei", False), (2, None, False),
                                              (3, None, False)]  # fmt: skip


def test_numbers_count_per_workshop(repo, workshop, sample):
    other = repo.create("Andere", sample.id, sample.version, "full")
    repo.join(workshop.code)
    repo.join(workshop.code)

    token = repo.join(other.code)

    assert repo.participant(token).number == 1
    assert [number for number, _, _ in repo.participants(workshop.id)] == [1, 2]


def test_a_display_name_longer_than_100_characters_is_refused(repo, engine, workshop):
    with pytest.raises(ValueError, match="100"):
        repo.join(workshop.code, "N" * 101)

    assert rows_of(engine, participants) == []


def test_joining_an_unknown_code_raises_unknown_workshop_without_the_code(repo, workshop):
    other = next(c for c in ("AAAAAA", "BBBBBB") if c != workshop.code)

    with pytest.raises(UnknownWorkshop) as caught:
        repo.join(other)

    assert other not in str(caught.value)
    assert isinstance(caught.value, KeyError)


def test_a_participant_sees_the_workshop_and_their_own_answers_only(repo, workshop, sample):
    mine = repo.join(workshop.code, "Hauptamt")
    theirs = repo.join(workshop.code)
    repo.save_answer(mine, "strategy_document", "adopted")
    repo.save_answer(mine, "roles_involved", ["dpo", "staff_council"])
    repo.save_answer(theirs, "strategy_document", "none")

    me = repo.participant(mine)

    assert (me.token, me.number, me.display_name, me.finished) == (mine, 1, "Hauptamt", False)
    assert me.workshop == workshop
    assert me.answers == new_answers(
        sample,
        mode="short",
        answers={"strategy_document": "adopted", "roles_involved": ["dpo", "staff_council"]},
    )
    assert me.answers.profile.organisation is None


def test_an_unknown_participant_token_gets_none(repo, workshop):
    repo.join(workshop.code)

    assert repo.participant(UNKNOWN_TOKEN) is None
    assert repo.participant(workshop.host_token) is None


def test_saving_again_replaces_the_answer_and_none_removes_it(repo, engine, workshop):
    token = repo.join(workshop.code)
    repo.save_answer(token, "budget", "line")
    repo.save_answer(token, "budget", ["a", "b"])
    repo.save_answer(token, "champions", "network")
    repo.save_answer(token, "champions", None)
    repo.save_answer(token, "never_answered", None)

    assert repo.participant(token).answers.answers == {"budget": ["a", "b"]}
    assert len(rows_of(engine, participant_answers)) == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda repo, token: repo.save_answer(token, "budget", "none"),
        lambda repo, token: repo.save_answer(token, "budget", None),
        lambda repo, token: repo.set_finished(token),
    ],
    ids=["answer", "answer_none", "finished"],
)
def test_writing_with_an_unknown_participant_token_raises_without_the_token(repo, workshop, call):
    repo.join(workshop.code)

    with pytest.raises(UnknownWorkshop) as caught:
        call(repo, UNKNOWN_TOKEN)

    assert UNKNOWN_TOKEN not in str(caught.value)


def test_finished_can_be_set_and_taken_back(repo, workshop):
    token = repo.join(workshop.code)

    repo.set_finished(token)
    assert repo.participant(token).finished is True
    assert repo.participants(workshop.id) == [(1, None, True)]

    repo.set_finished(token, False)
    assert repo.participant(token).finished is False


HOST_CALLS = {
    "reveal": lambda repo, token: repo.set_revealed(token, True),
    "close": lambda repo, token: repo.close(token),
    "step": lambda repo, token: repo.set_presentation_step(token, 3),
    "names": lambda repo, token: repo.set_include_names(token, True),
}


@pytest.mark.parametrize("call", HOST_CALLS.values(), ids=HOST_CALLS.keys())
def test_a_host_action_with_a_wrong_token_raises_and_changes_nothing(repo, workshop, call):
    participant = repo.join(workshop.code)

    for wrong in (UNKNOWN_TOKEN, participant, workshop.code):
        with pytest.raises(UnknownWorkshop) as caught:
            call(repo, wrong)
        assert wrong not in str(caught.value)

    assert repo.get(workshop.id) == workshop


def test_revealed_include_names_and_presentation_step_round_trip(repo, workshop):
    repo.set_revealed(workshop.host_token, True)
    repo.set_include_names(workshop.host_token, True)
    repo.set_presentation_step(workshop.host_token, 4)

    changed = repo.by_code(workshop.code)
    assert (changed.revealed, changed.include_names, changed.presentation_step) == (True, True, 4)

    repo.set_revealed(workshop.host_token, False)
    repo.set_include_names(workshop.host_token, False)
    repo.set_presentation_step(workshop.host_token, 0)
    assert repo.by_code(workshop.code) == workshop


@pytest.mark.parametrize("step", [-1, 1.5, True, "2"])
def test_a_presentation_step_must_be_a_whole_number_from_zero(repo, workshop, step):
    with pytest.raises(ValueError, match="step"):
        repo.set_presentation_step(workshop.host_token, step)

    assert repo.get(workshop.id).presentation_step == 0


def test_a_closed_workshop_refuses_joins_answers_and_finishing_but_keeps_its_answers(
    repo, workshop
):
    token = repo.join(workshop.code)
    repo.save_answer(token, "budget", "line")

    repo.close(workshop.host_token)

    with pytest.raises(WorkshopClosed):
        repo.join(workshop.code)
    with pytest.raises(WorkshopClosed):
        repo.save_answer(token, "champions", "network")
    with pytest.raises(WorkshopClosed):
        repo.save_answer(token, "budget", None)
    with pytest.raises(WorkshopClosed):
        repo.set_finished(token)
    assert repo.get(workshop.id).closed is True
    assert repo.participant(token).answers.answers == {"budget": "line"}
    assert repo.participants(workshop.id) == [(1, None, False)]


def test_a_closed_workshop_can_still_be_revealed_and_presented(repo, workshop):
    repo.close(workshop.host_token)
    repo.close(workshop.host_token)  # closing twice is harmless

    repo.set_revealed(workshop.host_token, True)
    repo.set_presentation_step(workshop.host_token, 2)

    closed = repo.get(workshop.id)
    assert (closed.closed, closed.revealed, closed.presentation_step) == (True, True, 2)


def test_answer_sets_give_one_answers_value_per_participant_in_join_order(repo, workshop, sample):
    tokens = [repo.join(workshop.code) for _ in range(3)]
    repo.save_answer(tokens[2], "budget", "line")
    repo.save_answer(tokens[0], "budget", "none")
    repo.save_answer(tokens[0], "roles_involved", ["dpo"])
    other = repo.create("Andere", sample.id, sample.version, "full")
    repo.save_answer(repo.join(other.code), "budget", "programme")

    sets = repo.answer_sets(workshop.id)

    assert sets == [
        new_answers(sample, mode="short", answers={"budget": "none", "roles_involved": ["dpo"]}),
        new_answers(sample, mode="short"),
        new_answers(sample, mode="short", answers={"budget": "line"}),
    ]


def test_progress_counts_joined_finished_and_answers_per_question(repo, workshop, sample):
    tokens = [repo.join(workshop.code) for _ in range(4)]
    for token in tokens[:3]:
        repo.save_answer(token, "budget", "line")
    repo.save_answer(tokens[0], "champions", "dont_know")
    repo.save_answer(tokens[1], "champions", "network")
    repo.save_answer(tokens[1], "champions", None)
    repo.set_finished(tokens[0])
    repo.set_finished(tokens[3])
    other = repo.create("Andere", sample.id, sample.version, "full")
    repo.save_answer(repo.join(other.code), "budget", "line")

    assert repo.progress(workshop.id) == WorkshopProgress(
        joined=4, finished=2, answered={"budget": 3, "champions": 1}
    )


def test_an_empty_or_unknown_workshop_has_no_participants_and_no_progress(repo, workshop):
    for workshop_id in (workshop.id, workshop.id + 1):
        assert repo.answer_sets(workshop_id) == []
        assert repo.participants(workshop_id) == []
        assert repo.progress(workshop_id) == WorkshopProgress(0, 0, {})


def test_delete_removes_the_workshop_its_participants_and_answers_and_nothing_else(
    repo, engine, workshop, sample
):
    kept = repo.create("Bleibt", sample.id, sample.version, "full")
    kept_token = repo.join(kept.code, "Bleibt")
    repo.save_answer(kept_token, "budget", "line")
    tokens = [repo.join(workshop.code, f"Person {i}") for i in range(3)]
    for token in tokens:
        repo.save_answer(token, "budget", "none")
        repo.save_answer(token, "roles_involved", ["dpo"])

    assert repo.delete(workshop.host_token) is True

    assert [row["id"] for row in rows_of(engine, workshops)] == [kept.id]
    assert [row["token_hash"] for row in rows_of(engine, participants)] == [token_hash(kept_token)]
    assert [row["question_id"] for row in rows_of(engine, participant_answers)] == ["budget"]
    assert repo.by_code(workshop.code) is None
    assert all(repo.participant(token) is None for token in tokens)
    assert repo.participant(kept_token).answers.answers == {"budget": "line"}


def test_after_deleting_the_only_workshop_every_workshop_table_is_empty(repo, engine, workshop):
    token = repo.join(workshop.code, "Name")
    repo.save_answer(token, "budget", "line")

    repo.delete(workshop.host_token)

    for table in WORKSHOP_TABLES:
        assert rows_of(engine, table) == [], table.name


def test_deleting_with_a_wrong_or_used_host_token_returns_false(repo, workshop):
    participant = repo.join(workshop.code)

    assert repo.delete(UNKNOWN_TOKEN) is False
    assert repo.delete(participant) is False
    assert repo.delete(workshop.host_token) is True
    assert repo.delete(workshop.host_token) is False


def test_a_participant_of_a_deleted_workshop_can_no_longer_write(repo, workshop):
    token = repo.join(workshop.code)
    repo.delete(workshop.host_token)

    with pytest.raises(UnknownWorkshop):
        repo.save_answer(token, "budget", "line")
    with pytest.raises(UnknownWorkshop):
        repo.join(workshop.code)


def test_a_deleted_workshop_leaves_no_trace_in_the_sqlite_file(sqlite_url, tmp_path, sample):
    marker = "Kennung-4e1b7d-nur-im-Workshop"
    engine = open_engine(sqlite_url)
    repo = WorkshopRepository(engine)
    kept = repo.create("Bleibt", sample.id, sample.version, "full")
    workshop = repo.create(marker, sample.id, sample.version, "full")
    token = repo.join(workshop.code, marker)
    repo.save_answer(token, "budget", ["opt-" + marker])

    repo.delete(workshop.host_token)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()

    content = b"".join(path.read_bytes() for path in tmp_path.glob("ki-readiness.db*"))
    assert marker.encode() not in content
    assert token.encode() not in content
    assert workshop.host_token.encode() not in content
    assert token_hash(workshop.host_token).encode() not in content
    # The control: what stays is in the file (the token only as its hash).
    assert token_hash(kept.host_token).encode() in content
