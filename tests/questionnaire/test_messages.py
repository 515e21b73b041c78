"""Validation messages speak one language at a time and give hints that help."""

from __future__ import annotations

import json

import pytest
import yaml

from questionnaire import SAMPLE_QUESTIONNAIRE, InputError, load_questionnaire, parse_questionnaire
from questionnaire.answers import parse_answers


def answers_problems(profile: dict, lang: str) -> list[str]:
    questionnaire = load_questionnaire(SAMPLE_QUESTIONNAIRE)
    data = {
        "format": "ki-readiness-check/answers@1",
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "profile": profile,
        "answers": {},
    }
    with pytest.raises(InputError) as caught:
        parse_answers(json.dumps(data), questionnaire, "a.json")
    return caught.value.lines(lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", "Erwartet: eine ganze Zahl; gefunden: der Text 'viele'"),
        ("en", "expected a whole number, found the text 'viele'"),
    ],
)
def test_a_wrong_type_is_described_in_the_language_of_the_message(lang, expected):
    [line] = answers_problems({"population": "viele"}, lang)
    assert line.endswith(f"profile.population: {expected}")


def test_a_number_where_text_belongs_is_described_in_german_words():
    [line] = answers_problems({"organisation": 5}, "de")
    assert line.endswith("profile.organisation: Erwartet: ein Text; gefunden: die Zahl 5")


def test_a_known_key_in_the_wrong_place_gets_no_hint_to_itself():
    data = yaml.safe_load(SAMPLE_QUESTIONNAIRE.read_text(encoding="utf-8"))
    data["levels"][1]["id"] = "exploring"
    with pytest.raises(InputError) as caught:
        parse_questionnaire(yaml.safe_dump(data, allow_unicode=True), "q.yaml")
    [english] = caught.value.lines("en")
    [german] = caught.value.lines("de")
    assert english.endswith("levels[1]: unknown key 'id'")
    assert german.endswith("levels[1]: Unbekannter Schlüssel 'id'")


def test_a_condition_of_two_forms_is_refused_in_german_words():
    data = yaml.safe_load(SAMPLE_QUESTIONNAIRE.read_text(encoding="utf-8"))
    when = data["dimensions"][0]["recommendations"][0]["when"]
    when.update({"level_at_most": 2, "question": data["dimensions"][0]["questions"][0]["id"]})
    with pytest.raises(InputError) as caught:
        parse_questionnaire(yaml.safe_dump(data, allow_unicode=True), "q.yaml")
    german = "\n".join(caught.value.lines("de"))
    assert "Eine Bedingung braucht genau eine der Formen" in german
    assert "needs" not in german
