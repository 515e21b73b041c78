"""English validation messages (namespace "problems"). Same keys as problems_de.py.

One template per problem code; every message says what is wrong and, where it can, how
to fix it. The `expected_*`, `found_*` and `kind_*` entries are filled into other messages.
"""

TEXTS: dict[str, str] = {
    "file_missing": "file not found",
    "file_too_large": "file is {size}\u00a0MB; at most {limit}\u00a0MB are accepted",
    "not_text": "file is not UTF-8 text",
    "syntax": "column {column}: cannot be read as YAML/JSON; check brackets, quotation marks, "
    "commas, colons and indentation",
    "syntax_end": "the file ends before every bracket and quotation mark is closed (the part "
    "still open begins in line {opened})",
    "syntax_tab": "column {column}: a tab character; indent with spaces",
    "syntax_list": "column {column}: a comma or the closing ']' of the list begun in line "
    "{opened} is missing",
    "syntax_mapping": "column {column}: a comma or the closing '}}' of the braces begun in line "
    "{opened} is missing",
    "syntax_colon": "column {column}: a colon where no key can begin; check the indentation, and "
    "put a value containing ': ' in quotation marks",
    "syntax_indent": "column {column}: the indentation does not match the lines above, or a key "
    "lacks its colon",
    "syntax_escape": "column {column}: an unknown escape after a backslash in quotation marks; "
    "write two backslashes for one",
    "syntax_after_end": "column {column}: more text follows the end of the data (one closing "
    "bracket too many?)",
    "syntax_tag": "column {column}: YAML tags (starting with '!') are not allowed; write the "
    "plain value",
    "syntax_character": "column {column}: unexpected {found}; check commas, brackets and "
    "quotation marks",
    "alias": "YAML anchors and aliases (& and *) are not allowed; write the value out",
    "too_deep": "lists and mappings are nested more than {limit} levels deep; "
    "an answers file or questionnaire needs far fewer",
    "not_mapping": "the file must contain a mapping (key: value) at the top level",
    "missing": "required key '{key}' is missing",
    "unknown_key": "unknown key '{key}'",
    "unknown_key_hint": "unknown key '{key}'; did you mean '{hint}'?",
    "boolean_id": "'{raw}' was read as a YAML boolean ({value}); put it in quotes: \"{raw}\"",
    "boolean_number": "'{raw}' was read as a YAML boolean ({value}); a number belongs here",
    "wrong_type": "expected {expected}, found {found}",
    "not_allowed": "'{value}' is not allowed here; use one of: {allowed}",
    "out_of_range": "{value} is out of range: must be {bound}",
    "too_short": "must not be empty",
    "too_few": "needs at least {minimum} entries, found {found}",
    "invalid": "{detail}",
    "not_snake_case": "id '{id}' must be snake_case (lower-case letters, digits, underscores)",
    "bad_questionnaire_id": "id '{id}' may contain only lower-case letters, digits, '-' and '_'",
    "duplicate_id": "{kind} id '{id}' is used twice (first at {first}); ids must be unique",
    "reserved_id": "option id '{id}' is reserved for the built-in answer; choose another id",
    "missing_language": "text in language '{lang}' is missing (declared in 'languages')",
    "title_too_long": "the title has {length} characters, at most {limit} are allowed; shorten "
    "it (the whole text belongs under 'text')",
    "title_full_stop": "a title ends without a full stop; remove the one at the end",
    "levels_start": "the first level must have min_score 0, found {value}",
    "levels_order": "min_score {value} must be greater than the previous level's {previous}",
    "needs_score": "options of a 'single' question need a 'score' (0 to 4), not 'points'",
    "needs_points": "options of a 'multi' question need 'points' (0 or more), not 'score'",
    "no_points": "a 'multi' question needs at least one option with points above 0",
    "unknown_question": "there is no question '{id}' in the questionnaire",
    "unknown_question_hint": "there is no question '{id}' in the questionnaire; did you mean "
    "'{hint}'?",
    "unknown_option": "question '{question}' has no option '{option}'; options: {allowed}",
    "level_bound": "level {value} does not exist; the questionnaire has levels 1 to {count}",
    "level_range_empty": "level_at_least {low} is above level_at_most {high}: the condition can "
    "never hold",
    "unknown_format": "this is not a KI-Readiness-Check answers file (format '{found}', "
    "expected '{expected}')",
    "no_format": 'key \'format\' is missing; an answers file starts with "format": "{expected}"',
    "other_questionnaire": "the answers belong to questionnaire '{found}', not '{expected}'",
    "other_version": "the answers were given to version {found}; this questionnaire is version "
    "{expected}",
    "multi_for_single": "question '{question}' takes one option, not a list",
    "single_for_multi": "question '{question}' takes a list of options, e.g. [\"{example}\"]",
    "reserved_in_list": "'{value}' is an answer of its own: give it as text, not inside a list",
    "chosen_twice": "option '{option}' is chosen twice; list each option once",
    "na_not_allowed": "question '{question}' does not allow 'not_applicable'",
    "unknown_dimension": "there is no dimension '{id}'; dimensions: {allowed}",
    "target_range": "target level {value} is outside 1 to {count}",
    "no_short_mode": "mode 'short' needs questions marked 'short: true'; this questionnaire has "
    "none",
    "unknown_provision": "there is no provision '{id}' in the Rechtsstand",
    "unknown_provision_hint": "there is no provision '{id}' in the Rechtsstand; did you mean "
    "'{hint}'?",
    "provision_without_date": "provision '{id}' has no 'applies_from' date in the Rechtsstand; "
    "write the text without a date or add the date there",
    "needs_date": "a provision with status 'applies_later' needs an 'applies_from' date",
    "warning": "warning: ",
    "kind_dimension": "dimension",
    "kind_question": "question",
    "kind_recommendation": "recommendation",
    "kind_option": "option",
    "expected_text": "text",
    "expected_whole_number": "a whole number",
    "expected_number": "a number",
    "expected_boolean": "true or false",
    "expected_list": "a list",
    "expected_language_map": "a mapping (key: value), e.g. a language map {{de: …, en: …}}",
    "expected_mapping": "a mapping (key: value)",
    "found_boolean": "true/false ({value})",
    "found_number": "the number {value}",
    "found_text": "the text '{value}'",
    "found_list": "a list",
    "found_mapping": "a mapping",
    "found_nothing": "nothing",
    "found_other": "a value of type {name}",
    "condition_one_form": "a condition needs exactly one of: level_at_most/level_at_least, "
    "question (with score_at_most/score_at_least, answer_in, dont_know or not_applicable), all, "
    "any",
    "condition_one_test": "a question condition needs exactly one of "
    "score_at_most/score_at_least, answer_in, dont_know, not_applicable",
    "condition_needs_question": "score_at_most, score_at_least, answer_in, dont_know and "
    "not_applicable need a question",
    "unscored_option_value": "options of a question with 'scored: false' carry no 'score' or "
    "'points'",
    "unscored_condition": "question '{question}' is not scored ('scored: false'): use answer_in "
    "or dont_know, not a score",
    "unknown_placeholder": "unknown placeholder '{found}'; known: {{date:ID}}, {{lpvg}}, "
    "{{kreis:TEXT}}",
    # Use-case files (usecases/): triage tree, catalogue, triage answers
    "kind_conclusion": "conclusion",
    "kind_obligation": "obligation",
    "kind_answer": "answer",
    "kind_use_case": "use case",
    "unknown_reference": "there is no {kind} '{id}'",
    "unknown_reference_hint": "there is no {kind} '{id}'; did you mean '{hint}'?",
    "cycle": "the questions form a cycle ({route}); every path must end in a conclusion",
    "unreachable": "'{id}' cannot be reached from the start question; link it or remove it",
    "dont_know_classification": "the conclusion for 'Weiß nicht' must have classification "
    "'pruefung', found '{found}'",
    "classifications_set": "'classifications' must list each of {expected} once; missing or "
    "doubled: {wrong}",
    "reserved_answer": "answer id '{id}' is built in (every question offers 'Weiß nicht'); "
    "choose another",
    "unknown_kind": "'{value}' is not a kind of municipality; use one of: {allowed}",
    "triage_incomplete": "the triage answers stop at question '{question}'; add an answer for it",
    "triage_mismatch": "the triage answers lead to '{found}', not to the stated classification "
    "'{expected}'",
    "not_triage_answers": "this is not a triage answers file (format '{found}', expected "
    "'{expected}')",
    "duty_level_condition": "a legal duty does not depend on a maturity level; test answers "
    "(question with score_at_most/score_at_least, answer_in or dont_know)",
    "migrated": "the answers were given to version {found} and were carried over to version "
    "{expected}: {carried} answers kept, {again} questions to answer again; the old answers are "
    "kept under 'legacy'",
}
