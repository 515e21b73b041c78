"""YAML/JSON syntax errors: located (line and column) in plain German or English words."""

from __future__ import annotations

import pytest

from questionnaire import InputError
from questionnaire.source import parse
from texts import catalog

CASES = [
    ('{"a": 1,, "b": 2}', 1, "syntax_character", "Spalte 9: Unerwartetes Zeichen ','"),
    ('{"a": [1, 2', 1, "syntax_end", "Die Datei endet, bevor alle Klammern"),
    ('a: "offen', 1, "syntax_end", "der offene Teil beginnt in Zeile 1"),
    ("a: b: c", 1, "syntax_colon", "Spalte 5: Ein Doppelpunkt"),
    ("a:\n\t- b", 2, "syntax_tab", "Spalte 1: Ein Tabulatorzeichen"),
    ("a:\n  b: 1\n c: 2", 3, "syntax_indent", "Spalte 2: Die Einrückung passt nicht"),
    ('"a\\q"', 1, "syntax_escape", "Spalte 4: Unbekannte Zeichenfolge nach einem Backslash"),
    ('{"a" 1}', 1, "syntax_mapping", "Spalte 6: Es fehlt ein Komma oder die schließende"),
    ('{"a": [1, 2}', 1, "syntax_list", "Klammer ']' der Liste aus Zeile 1"),
    ('{"a": 1}}', 1, "syntax_after_end", "Spalte 9: Nach dem Ende der Daten folgt"),
    ("a: !!python/object:os.system x", 1, "syntax_tag", "Spalte 4: YAML-Typangaben"),
    ("a: @x", 1, "syntax_character", "Unerwartetes Zeichen '@'"),
]


@pytest.mark.parametrize(("text", "line", "code", "german"), CASES)
def test_a_syntax_error_is_located_and_explained_in_both_languages(text, line, code, german):
    with pytest.raises(InputError) as caught:
        parse(text, "f.json")
    [problem] = caught.value.problems
    assert (problem.code, problem.line) == (code, line)
    assert caught.value.lines("de")[0].startswith(f"f.json:{line}: ")
    assert german in caught.value.lines("de")[0]
    english = caught.value.lines("en")[0]
    assert english.startswith(f"f.json:{line}: ") and english != caught.value.lines("de")[0]


ENGLISH_OF_THE_PARSER = ("expected", "found", "got", "token", "node", "scalar", "stream")


@pytest.mark.parametrize("code", [c for c in catalog("problems", "de") if c.startswith("syntax")])
def test_no_parser_english_reaches_the_german_messages(code):
    german = catalog("problems", "de")[code].lower()
    assert not [word for word in ENGLISH_OF_THE_PARSER if word in german.split()]
