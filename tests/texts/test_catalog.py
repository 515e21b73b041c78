"""The text catalog: every key in both languages, the same placeholders, no mixed languages."""

from __future__ import annotations

import re
import string

import pytest

import texts
from texts import CATALOGS, LANGUAGES

ENTRIES = [(ns, key) for ns in sorted(CATALOGS) for key in sorted(CATALOGS[ns]["de"])]
# Names, not words: placeholders, quoted ids, snake_case keys, SETTING_NAMES, file names, links,
# and the digits of ordinals (1st, 3rd).
NAMES = re.compile(
    r"\{\{.*?\}\}|\{[a-z_]+\}|'[^']*'|\"[^\"]*\"|\b[a-z]+_[a-z_]+\b|\b[A-Z]+(?:_[A-Z]+)+\b"
    r"|\b[\w-]+\.(?:csv|json|xlsx|pdf|html|zip|yaml)\b|https?://\S+|\b\d+(?:st|nd|rd|th)\b"
)
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
# Words that belong to one language only: one of them in a text of the other language means
# an untranslated fragment (as "Erwartet: a whole number" once did). Case matters: German
# nouns are capitalised, so "Text" is German and "text" is not.
ENGLISH_ONLY = {
    "a", "and", "are", "been", "expected", "found", "has", "have", "level", "mean", "not",
    "of", "or", "please", "score", "the", "this", "to", "unknown", "whole", "with", "you",
    "your",
}  # fmt: skip
GERMAN_ONLY = {
    "Sie", "bitte", "das", "der", "des", "ein", "eine", "einer", "gefunden", "ist", "mit",
    "nicht", "oder", "und", "von", "wird", "zu",
}  # fmt: skip
# The language switch names itself in both languages on purpose.
BILINGUAL = {("ui", "sidebar.language")}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def words(template: str) -> set[str]:
    return set(WORD.findall(NAMES.sub(" ", template)))


def test_every_namespace_has_both_languages_with_the_same_keys():
    assert set(CATALOGS) >= {"ui", "reports", "scoring", "problems"}
    for namespace, languages in CATALOGS.items():
        assert set(languages) == set(LANGUAGES), namespace
        assert set(languages["de"]) == set(languages["en"]), namespace


@pytest.mark.parametrize(("namespace", "key"), ENTRIES)
def test_both_languages_fill_in_the_same_placeholders_and_say_something(namespace, key):
    german, english = (CATALOGS[namespace][lang][key] for lang in ("de", "en"))
    assert placeholders(german) == placeholders(english)
    assert german.strip() and english.strip()


@pytest.mark.parametrize(("namespace", "key"), ENTRIES)
def test_no_text_mixes_the_languages(namespace, key):
    if (namespace, key) in BILINGUAL:
        return
    german, english = (CATALOGS[namespace][lang][key] for lang in ("de", "en"))
    assert words(german) & ENGLISH_ONLY == set(), german
    assert words(english) & GERMAN_ONLY == set(), english


@pytest.mark.parametrize(
    ("template", "found"),
    [
        ("Erwartet: a whole number; gefunden: {found}", {"a", "whole"}),
        ("Unbekannter Schlüssel '{key}'; did you mean it?", {"you", "mean"}),
        ("Die Stufe {value} und 'the id'", set()),
    ],
)
def test_the_mixing_check_sees_english_words_but_not_names(template, found):
    assert words(template) & ENGLISH_ONLY == found


def test_a_text_is_looked_up_by_namespace_key_and_language():
    assert texts.text("scoring", "overall", "de") == "Gesamt"
    assert texts.text("scoring", "capped", "en", dims="Law") == (
        "Overall level capped by the weakest dimension: Law"
    )
    with pytest.raises(KeyError):
        texts.text("scoring", "no_such_key", "de")
