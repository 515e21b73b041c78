"""The batch rule for an open workshop (scoring/release.py): what the room sees changes only
when at least three people's answers in a dimension changed, so no visible change can be put
down to one person."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from questionnaire import SAMPLE_QUESTIONNAIRE, load_questionnaire
from scoring import MIN_ANSWERS_SHOWN, released_questions, waiting_people

SAMPLE = load_questionnaire(SAMPLE_QUESTIONNAIRE)
DIMENSIONS = {d.id: frozenset(q.id for q in d.questions) for d in SAMPLE.dimensions}
STRATEGY, LAW = DIMENSIONS["strategy"], DIMENSIONS["law"]


def test_two_people_answering_release_nothing_and_a_third_releases_their_dimension():
    current = {1: {"budget": "line"}, 2: {"budget": "ad_hoc"}}
    assert released_questions(SAMPLE, {}, current) == frozenset()
    current[3] = {"strategy_document": "ideas"}
    assert released_questions(SAMPLE, {}, current) == STRATEGY


def test_changes_in_different_dimensions_do_not_add_up():
    current = {1: {"budget": "line"}, 2: {"budget": "ad_hoc"}, 3: {"ai_rules": "none"}}
    assert released_questions(SAMPLE, {}, current) == frozenset()


def test_a_changed_or_withdrawn_answer_counts_like_a_new_one():
    shown = {1: {"budget": "line"}, 2: {"budget": "ad_hoc"}, 3: {"budget": "line"}}
    current = {1: {"budget": "multi_year"}, 2: {}, 3: {"budget": "line"}}
    assert released_questions(SAMPLE, shown, current) == frozenset()
    current[3] = {"budget": "line", "strategy_document": "ideas"}
    assert released_questions(SAMPLE, shown, current) == STRATEGY


def test_several_dimensions_are_released_together_when_each_has_three_changes():
    current = {p: {"budget": "line", "ai_rules": "none"} for p in (1, 2, 3)}
    assert released_questions(SAMPLE, {}, current) == STRATEGY | LAW


def test_nothing_is_released_when_the_shown_answers_are_the_current_ones():
    current = {p: {"budget": "line", "ai_rules": "none"} for p in range(1, 8)}
    assert released_questions(SAMPLE, current, current) == frozenset()


# A workshop as a random sequence of answers: (person, question, answer or None to take it back).
QUESTIONS = sorted(SAMPLE.questions())
EVENTS = st.lists(
    st.tuples(
        st.integers(1, 7),
        st.sampled_from(QUESTIONS),
        st.one_of(st.none(), st.sampled_from(["a", "b", "c"])),
    ),
    max_size=60,
)


def _apply(shown: dict, current: dict, due: frozenset[str]) -> dict:
    """The shown answers after releasing `due` (what storage does)."""
    people = set(shown) | set(current)
    return {
        p: {
            **{q: v for q, v in shown.get(p, {}).items() if q not in due},
            **{q: v for q, v in current.get(p, {}).items() if q in due},
        }
        for p in people
    }


def _part(answers: dict, ids: frozenset[str]) -> dict:
    return {q: v for q, v in answers.items() if q in ids}


def _changed(before: dict, after: dict, ids: frozenset[str]) -> int:
    people = set(before) | set(after)
    return sum(_part(before.get(p, {}), ids) != _part(after.get(p, {}), ids) for p in people)


@settings(max_examples=300, deadline=None)
@given(EVENTS)
def test_every_visible_change_of_a_dimension_comes_from_at_least_three_people(events):
    current: dict[int, dict[str, str]] = {}
    shown: dict[int, dict[str, str]] = {}
    for person, question, value in events:
        answers = dict(current.get(person, {}))
        if value is None:
            answers.pop(question, None)
        else:
            answers[question] = value
        current[person] = answers
        due = released_questions(SAMPLE, shown, current)
        after = _apply(shown, current, due)
        for ids in DIMENSIONS.values():
            moved = _changed(shown, after, ids)
            # Nothing moves, or at least three people's answers in the dimension moved at once.
            assert moved == 0 or moved >= MIN_ANSWERS_SHOWN
            # Whatever is shown of a dimension is what people answered at one moment.
            if moved:
                assert all(
                    _part(after.get(p, {}), ids) == _part(current.get(p, {}), ids) for p in current
                )
            # And nothing is held back once three people's answers differ.
            assert _changed(after, current, ids) < MIN_ANSWERS_SHOWN
        shown = after


def test_waiting_people_counts_everyone_whose_answers_are_not_shown_yet():
    shown = {1: {"budget": "line"}, 2: {"budget": "ad_hoc"}, 3: {"budget": "line"}}
    current = {
        1: {"budget": "line"},  # as shown
        2: {"budget": "ad_hoc", "ai_rules": "none"},  # a new answer elsewhere
        3: {},  # taken back
        4: {"trainings": "none"},  # joined since
    }
    assert waiting_people(SAMPLE, shown, current) == 3
    assert waiting_people(SAMPLE, current, current) == 0
    # Answers to questions the questionnaire does not ask are never shown, nor waiting.
    assert waiting_people(SAMPLE, {}, {5: {"no_such_question": "x"}}) == 0
