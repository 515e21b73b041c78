"""German validation messages (namespace "problems"). Same keys as problems_en.py.

One template per problem code; every message says what is wrong and, where it can, how
to fix it. The `expected_*`, `found_*` and `kind_*` entries are filled into other messages.
"""

TEXTS: dict[str, str] = {
    "file_missing": "Datei nicht gefunden",
    "file_too_large": "Die Datei hat {size}\u00a0MB; höchstens {limit}\u00a0MB sind erlaubt",
    "not_text": "Die Datei ist kein UTF-8-Text",
    # YAML/JSON syntax, by kind of mistake (questionnaire/syntax.py sorts the parser's
    # messages)
    "syntax": "Spalte {column}: Kann nicht als YAML/JSON gelesen werden; prüfen Sie Klammern, "
    "Anführungszeichen, Kommas, Doppelpunkte und Einrückung",
    "syntax_end": "Die Datei endet, bevor alle Klammern und Anführungszeichen geschlossen sind "
    "(der offene Teil beginnt in Zeile {opened})",
    "syntax_tab": "Spalte {column}: Ein Tabulatorzeichen; rücken Sie mit Leerzeichen ein",
    "syntax_list": "Spalte {column}: Es fehlt ein Komma oder die schließende Klammer ']' der "
    "Liste aus Zeile {opened}",
    "syntax_mapping": "Spalte {column}: Es fehlt ein Komma oder die schließende Klammer '}}' der "
    "geschweiften Klammern aus Zeile {opened}",
    "syntax_colon": "Spalte {column}: Ein Doppelpunkt, wo kein Schlüssel beginnen kann; prüfen "
    "Sie die Einrückung und setzen Sie einen Wert mit ': ' in Anführungszeichen",
    "syntax_indent": "Spalte {column}: Die Einrückung passt nicht zu den Zeilen darüber, oder "
    "nach einem Schlüssel fehlt der Doppelpunkt",
    "syntax_escape": "Spalte {column}: Unbekannte Zeichenfolge nach einem Backslash in "
    "Anführungszeichen; schreiben Sie zwei Backslashes für einen",
    "syntax_after_end": "Spalte {column}: Nach dem Ende der Daten folgt weiterer Text (eine "
    "schließende Klammer zu viel?)",
    "syntax_tag": "Spalte {column}: YAML-Typangaben (beginnend mit '!') sind nicht erlaubt; "
    "schreiben Sie nur den Wert",
    "syntax_character": "Spalte {column}: Unerwartetes Zeichen {found}; prüfen Sie Kommas, "
    "Klammern und Anführungszeichen",
    "alias": "YAML-Anker und -Aliase (& und *) sind nicht erlaubt; schreiben Sie den Wert aus",
    "too_deep": "Listen und Zuordnungen sind mehr als {limit} Ebenen tief verschachtelt; "
    "eine Antwortdatei oder ein Fragebogen braucht weit weniger",
    "not_mapping": "Die Datei muss auf oberster Ebene Schlüssel und Werte enthalten",
    "missing": "Der Pflichtschlüssel '{key}' fehlt",
    "unknown_key": "Unbekannter Schlüssel '{key}'",
    "unknown_key_hint": "Unbekannter Schlüssel '{key}'; meinten Sie '{hint}'?",
    "boolean_id": "'{raw}' wurde als YAML-Wahrheitswert ({value}) gelesen; setzen Sie es in "
    'Anführungszeichen: "{raw}"',
    "boolean_number": "'{raw}' wurde als YAML-Wahrheitswert ({value}) gelesen; hier gehört eine "
    "Zahl hin",
    "wrong_type": "Erwartet: {expected}; gefunden: {found}",
    "not_allowed": "'{value}' ist hier nicht erlaubt; zulässig: {allowed}",
    "out_of_range": "{value} liegt außerhalb des Bereichs: muss {bound} sein",
    "too_short": "Darf nicht leer sein",
    "too_few": "Braucht mindestens {minimum} Einträge, gefunden: {found}",
    "invalid": "Ungültiger Wert: {detail}",
    "not_snake_case": "Die Kennung '{id}' muss aus Kleinbuchstaben, Ziffern und Unterstrichen "
    "bestehen",
    "bad_questionnaire_id": "Die Kennung '{id}' darf nur Kleinbuchstaben, Ziffern, '-' und '_' "
    "enthalten",
    "duplicate_id": "Die Kennung '{id}' ({kind}) kommt doppelt vor (zuerst bei {first})",
    "reserved_id": "Die Kennung '{id}' ist für eine eingebaute Antwort reserviert; wählen Sie "
    "eine andere",
    "missing_language": "Der Text in der Sprache '{lang}' fehlt (in 'languages' angegeben)",
    "title_too_long": "Der Titel hat {length} Zeichen, erlaubt sind höchstens {limit}; kürzen "
    "Sie ihn (der ganze Text steht unter 'text')",
    "title_full_stop": "Ein Titel endet ohne Punkt; entfernen Sie den Punkt am Ende",
    "levels_start": "Die erste Stufe muss min_score 0 haben, gefunden: {value}",
    "levels_order": "min_score {value} muss größer sein als der Wert der vorigen Stufe "
    "({previous})",
    "needs_score": "Optionen einer Einfachauswahl brauchen 'score' (0 bis 4), nicht 'points'",
    "needs_points": "Optionen einer Mehrfachauswahl brauchen 'points' (0 oder mehr), nicht 'score'",
    "no_points": "Eine Mehrfachauswahl braucht mindestens eine Option mit mehr als 0 Punkten",
    "unknown_question": "Im Fragebogen gibt es keine Frage '{id}'",
    "unknown_question_hint": "Im Fragebogen gibt es keine Frage '{id}'; meinten Sie '{hint}'?",
    "unknown_option": "Die Frage '{question}' hat keine Option '{option}'; zulässig: {allowed}",
    "level_bound": "Die Stufe {value} gibt es nicht; der Fragebogen hat die Stufen 1 bis {count}",
    "level_range_empty": "level_at_least {low} liegt über level_at_most {high}: die Bedingung "
    "gilt nie",
    "unknown_format": "Dies ist keine Antwortdatei des KI-Readiness-Checks (Format '{found}', "
    "erwartet '{expected}')",
    "no_format": "Der Schlüssel 'format' fehlt; eine Antwortdatei beginnt mit \"format\": "
    '"{expected}"',
    "other_questionnaire": "Die Antworten gehören zum Fragebogen '{found}', nicht zu '{expected}'",
    "other_version": "Die Antworten stammen aus Version {found}; dieser Fragebogen hat Version "
    "{expected}",
    "multi_for_single": "Die Frage '{question}' erlaubt nur eine Antwort, keine Liste",
    "single_for_multi": "Die Frage '{question}' erwartet eine Liste von Optionen, z. B. "
    '["{example}"]',
    "reserved_in_list": "'{value}' ist eine eigene Antwort: geben Sie sie als Text an, nicht in "
    "einer Liste",
    "chosen_twice": "Die Option '{option}' ist doppelt gewählt; nennen Sie jede Option einmal",
    "na_not_allowed": "Die Frage '{question}' erlaubt die Antwort 'nicht zutreffend' nicht",
    "unknown_dimension": "Es gibt keine Dimension '{id}'; vorhanden: {allowed}",
    "target_range": "Die Zielstufe {value} liegt nicht zwischen 1 und {count}",
    "no_short_mode": "Der Kurzcheck braucht Fragen mit 'short: true'; dieser Fragebogen hat keine",
    "unknown_provision": "Im Rechtsstand gibt es keine Vorschrift '{id}'",
    "unknown_provision_hint": "Im Rechtsstand gibt es keine Vorschrift '{id}'; meinten Sie "
    "'{hint}'?",
    "provision_without_date": "Die Vorschrift '{id}' hat im Rechtsstand kein Datum "
    "'applies_from'; formulieren Sie ohne Datum oder tragen Sie es dort ein",
    "needs_date": "Eine Vorschrift mit dem Status 'applies_later' braucht ein Datum 'applies_from'",
    "warning": "Hinweis: ",
    "kind_dimension": "Dimension",
    "kind_question": "Frage",
    "kind_recommendation": "Empfehlung",
    "kind_option": "Option",
    "expected_text": "ein Text",
    "expected_whole_number": "eine ganze Zahl",
    "expected_number": "eine Zahl",
    "expected_boolean": "true oder false",
    "expected_list": "eine Liste",
    "expected_language_map": "Schlüssel und Werte, z. B. Texte je Sprache {{de: …, en: …}}",
    "expected_mapping": "Schlüssel und Werte (Schlüssel: Wert)",
    "found_boolean": "ein Wahrheitswert ({value})",
    "found_number": "die Zahl {value}",
    "found_text": "der Text '{value}'",
    "found_list": "eine Liste",
    "found_mapping": "Schlüssel und Werte",
    "found_nothing": "nichts",
    "found_other": "ein Wert vom Typ {name}",
    "condition_one_form": "Eine Bedingung braucht genau eine der Formen: "
    "level_at_most/level_at_least, 'question' (mit score_at_most/score_at_least, answer_in, "
    "dont_know oder not_applicable), 'all', 'any'",
    "condition_one_test": "Eine Bedingung zu einer Frage braucht genau eines von "
    "score_at_most/score_at_least, answer_in, dont_know, not_applicable",
    "condition_needs_question": "score_at_most, score_at_least, answer_in, dont_know und "
    "not_applicable brauchen eine Frage ('question')",
    "unscored_option_value": "Optionen einer Frage mit 'scored: false' haben weder 'score' noch "
    "'points'",
    "unscored_condition": "Die Frage '{question}' wird nicht bewertet ('scored: false'): "
    "verwenden Sie answer_in oder dont_know, keinen Punktwert",
    "unknown_placeholder": "Unbekannter Platzhalter '{found}'; bekannt: {{date:ID}}, {{lpvg}}, "
    "{{kreis:TEXT}}",
    # Use-case files (usecases/): triage tree, catalogue, triage answers
    "kind_conclusion": "Ergebnis",
    "kind_obligation": "Pflicht",
    "kind_answer": "Antwort",
    "kind_use_case": "Anwendungsfall",
    "unknown_reference": "Es gibt kein Element '{id}' (Art: {kind})",
    "unknown_reference_hint": "Es gibt kein Element '{id}' (Art: {kind}); meinten Sie '{hint}'?",
    "cycle": "Die Fragen bilden einen Kreis ({route}); jeder Weg muss bei einem Ergebnis enden",
    "unreachable": "'{id}' ist von der Startfrage aus nicht erreichbar; verknüpfen oder "
    "entfernen Sie es",
    "dont_know_classification": "Das Ergebnis für 'Weiß nicht' muss die Einstufung 'pruefung' "
    "haben, gefunden: '{found}'",
    "classifications_set": "'classifications' muss jede von {expected} genau einmal nennen; "
    "fehlend oder doppelt: {wrong}",
    "reserved_answer": "Die Antwort '{id}' ist eingebaut (jede Frage bietet 'Weiß nicht'); "
    "wählen Sie eine andere",
    "unknown_kind": "'{value}' ist keine Art von Kommune; zulässig: {allowed}",
    "triage_incomplete": "Die Prüfantworten enden bei der Frage '{question}'; ergänzen Sie "
    "eine Antwort",
    "triage_mismatch": "Die Prüfantworten führen zu '{found}', nicht zur angegebenen Einstufung "
    "'{expected}'",
    "not_triage_answers": "Dies ist keine Antwortdatei der KI-VO-Prüfung (Format '{found}', "
    "erwartet '{expected}')",
    "duty_level_condition": "Eine rechtliche Pflicht hängt nicht von einer Stufe ab; prüfen Sie "
    "Antworten ('question' mit score_at_most/score_at_least, answer_in oder dont_know)",
    "migrated": "Die Antworten stammen aus Version {found} und wurden auf Version {expected} "
    "übertragen: {carried} Antworten übernommen, {again} Fragen neu zu beantworten; die alten "
    "Antworten bleiben unter 'legacy' erhalten",
}
