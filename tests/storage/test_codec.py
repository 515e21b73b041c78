"""Conversion between the answers model and rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from questionnaire import Answers, Profile
from storage.codec import LANGUAGES, MODES, PROFILE_COLUMNS, answer_of, answer_values, utc
from storage.schema import assessments


def test_every_profile_field_has_a_column_so_none_is_dropped_silently():
    assert set(PROFILE_COLUMNS) == set(Profile.model_fields)
    assert set(PROFILE_COLUMNS.values()) <= set(assessments.columns.keys())


def test_every_answers_field_is_stored_somewhere():
    # format is the file format's name, not data; every other field must have a home.
    # legacy: the answers to an earlier version, in the `legacy` column (migration 8).
    stored = {
        "questionnaire", "profile", "mode", "language", "answers", "notes", "targets", "legacy"
    }  # fmt: skip
    assert set(Answers.model_fields) - {"format"} == stored


def test_modes_and_languages_follow_the_answers_model():
    assert set(MODES) == {"full", "short"}
    assert set(LANGUAGES) == {"de", "en"}


@pytest.mark.parametrize(
    "answer", ["adopted", "dont_know", "not_applicable", [], ["dpo"], ["ä", "Ü ß", '"quoted"']]
)
def test_an_answer_round_trips_through_its_columns(answer):
    columns = answer_values(answer)

    assert (columns["value"] is None) != (columns["choices"] is None)
    assert answer_of(columns["value"], columns["choices"]) == answer


@pytest.mark.parametrize("answer", [3, None, ("dpo",), ["dpo", None], {"dpo": 1}])
def test_anything_but_text_or_a_list_of_text_is_refused(answer):
    with pytest.raises(TypeError):
        answer_values(answer)


def test_stored_times_come_back_as_aware_utc():
    naive = datetime(2026, 11, 24, 12, 0)
    berlin = datetime(2026, 11, 24, 13, 0, tzinfo=timezone(timedelta(hours=1)))

    assert utc(naive) == datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert utc(berlin) == datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert utc(berlin).tzinfo == UTC
