"""The problem codes of the use-case files, added to the questionnaire's one message table.

Every located problem of the project is a `questionnaire.Problem`; its message templates live
in `questionnaire.problems.MESSAGES`, which this module extends on import (the usecases
package imports it first), so there is one kind of problem and one way to print it.
"""

from __future__ import annotations

from questionnaire.problems import MESSAGES

USECASE_MESSAGES: dict[str, dict[str, str]] = {
    "unknown_reference": {
        "en": "there is no {kind} '{id}'",
        "de": "Die Kennung '{id}' gibt es hier nicht; verweisen Sie auf eine vorhandene",
    },
    "unknown_reference_hint": {
        "en": "there is no {kind} '{id}'; did you mean '{hint}'?",
        "de": "Die Kennung '{id}' gibt es hier nicht; meinten Sie '{hint}'?",
    },
    "unknown_provision": {
        "en": "'{id}' is not an entry of the Rechtsstand file; add it there or use one of its ids",
        "de": "'{id}' ist kein Eintrag der Rechtsstand-Datei; ergänzen Sie ihn dort "
        "oder verwenden Sie eine ihrer Kennungen",
    },
    "cycle": {
        "en": "the questions form a cycle ({route}); every path must end in a conclusion",
        "de": "Die Fragen bilden einen Kreis ({route}); jeder Weg muss bei einem Ergebnis enden",
    },
    "unreachable": {
        "en": "'{id}' cannot be reached from the start question; link it or remove it",
        "de": "'{id}' ist von der Startfrage aus nicht erreichbar; "
        "verknüpfen oder entfernen Sie es",
    },
    "dont_know_classification": {
        "en": "the conclusion for 'Weiß nicht' must have classification 'pruefung', "
        "found '{found}'",
        "de": "Das Ergebnis für 'Weiß nicht' muss die Einstufung 'pruefung' haben, "
        "gefunden: '{found}'",
    },
    "classifications_set": {
        "en": "'classifications' must list each of {expected} once; missing or doubled: {wrong}",
        "de": "'classifications' muss jede von {expected} genau einmal nennen; "
        "fehlend oder doppelt: {wrong}",
    },
    "reserved_answer": {
        "en": "answer id '{id}' is built in (every question offers 'Weiß nicht'); choose another",
        "de": "Die Antwort '{id}' ist eingebaut (jede Frage bietet 'Weiß nicht'); "
        "wählen Sie eine andere",
    },
    "unknown_kind": {
        "en": "'{value}' is not a kind of municipality; use one of: {allowed}",
        "de": "'{value}' ist keine Art von Kommune; zulässig: {allowed}",
    },
    "unknown_triage_question": {
        "en": "the triage tree has no question '{id}'",
        "de": "Der Prüfbaum hat keine Frage '{id}'",
    },
    "triage_incomplete": {
        "en": "the triage answers stop at question '{question}'; add an answer for it",
        "de": "Die Prüfantworten enden bei der Frage '{question}'; ergänzen Sie eine Antwort",
    },
    "triage_mismatch": {
        "en": "the triage answers lead to '{found}', not to the stated classification '{expected}'",
        "de": "Die Prüfantworten führen zu '{found}', nicht zur angegebenen Einstufung "
        "'{expected}'",
    },
    "too_long": {
        "en": "text has {length} characters; at most {limit} are allowed",
        "de": "Der Text hat {length} Zeichen; höchstens {limit} sind erlaubt",
    },
}

# setdefault: a code the questionnaire defines itself keeps the questionnaire's wording.
for _code, _texts in USECASE_MESSAGES.items():
    MESSAGES.setdefault(_code, _texts)
