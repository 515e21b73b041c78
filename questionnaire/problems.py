"""Located problems found in a questionnaire or an answers file, in German and English."""

from __future__ import annotations

from dataclasses import dataclass, field

# One template per problem code and language. Every message says what is wrong and,
# where it can, how to fix it.
MESSAGES: dict[str, dict[str, str]] = {
    "file_missing": {
        "en": "file not found",
        "de": "Datei nicht gefunden",
    },
    "file_too_large": {
        "en": "file is {size} bytes; at most {limit} bytes are accepted",
        "de": "Die Datei hat {size} Bytes; höchstens {limit} Bytes sind erlaubt",
    },
    "not_text": {
        "en": "file is not UTF-8 text",
        "de": "Die Datei ist kein UTF-8-Text",
    },
    "syntax": {
        "en": "cannot be read as YAML/JSON: {detail}",
        "de": "Kann nicht als YAML/JSON gelesen werden: {detail}",
    },
    "alias": {
        "en": "YAML anchors and aliases (& and *) are not allowed; write the value out",
        "de": "YAML-Anker und -Aliase (& und *) sind nicht erlaubt; schreiben Sie den Wert aus",
    },
    "too_deep": {
        "en": "lists and mappings are nested more than {limit} levels deep; "
        "an answers file or questionnaire needs far fewer",
        "de": "Listen und Zuordnungen sind mehr als {limit} Ebenen tief verschachtelt; "
        "eine Antwortdatei oder ein Fragebogen braucht weit weniger",
    },
    "not_mapping": {
        "en": "the file must contain a mapping (key: value) at the top level",
        "de": "Die Datei muss auf oberster Ebene Schlüssel und Werte enthalten",
    },
    "missing": {
        "en": "required key '{key}' is missing",
        "de": "Der Pflichtschlüssel '{key}' fehlt",
    },
    "unknown_key": {
        "en": "unknown key '{key}'",
        "de": "Unbekannter Schlüssel '{key}'",
    },
    "unknown_key_hint": {
        "en": "unknown key '{key}'; did you mean '{hint}'?",
        "de": "Unbekannter Schlüssel '{key}'; meinten Sie '{hint}'?",
    },
    "boolean_id": {
        "en": "'{raw}' was read as a YAML boolean ({value}); put it in quotes: \"{raw}\"",
        "de": "'{raw}' wurde als YAML-Wahrheitswert ({value}) gelesen; "
        'setzen Sie es in Anführungszeichen: "{raw}"',
    },
    "boolean_number": {
        "en": "'{raw}' was read as a YAML boolean ({value}); a number belongs here",
        "de": "'{raw}' wurde als YAML-Wahrheitswert ({value}) gelesen; hier gehört eine Zahl hin",
    },
    "wrong_type": {
        "en": "expected {expected}, found {found}",
        "de": "Erwartet: {expected}; gefunden: {found}",
    },
    "not_allowed": {
        "en": "'{value}' is not allowed here; use one of: {allowed}",
        "de": "'{value}' ist hier nicht erlaubt; zulässig: {allowed}",
    },
    "out_of_range": {
        "en": "{value} is out of range: must be {bound}",
        "de": "{value} liegt außerhalb des Bereichs: muss {bound} sein",
    },
    "too_short": {
        "en": "must not be empty",
        "de": "Darf nicht leer sein",
    },
    "too_few": {
        "en": "needs at least {minimum} entries, found {found}",
        "de": "Braucht mindestens {minimum} Einträge, gefunden: {found}",
    },
    "invalid": {
        "en": "{detail}",
        "de": "Ungültiger Wert: {detail}",
    },
    "not_snake_case": {
        "en": "id '{id}' must be snake_case (lower-case letters, digits, underscores)",
        "de": "Die Kennung '{id}' muss aus Kleinbuchstaben, Ziffern und Unterstrichen bestehen",
    },
    "bad_questionnaire_id": {
        "en": "id '{id}' may contain only lower-case letters, digits, '-' and '_'",
        "de": "Die Kennung '{id}' darf nur Kleinbuchstaben, Ziffern, '-' und '_' enthalten",
    },
    "duplicate_id": {
        "en": "{kind} id '{id}' is used twice (first at {first}); ids must be unique",
        "de": "Die Kennung '{id}' ({kind}) kommt doppelt vor (zuerst bei {first})",
    },
    "reserved_id": {
        "en": "option id '{id}' is reserved for the built-in answer; choose another id",
        "de": "Die Kennung '{id}' ist für eine eingebaute Antwort reserviert; "
        "wählen Sie eine andere",
    },
    "missing_language": {
        "en": "text in language '{lang}' is missing (declared in 'languages')",
        "de": "Der Text in der Sprache '{lang}' fehlt (in 'languages' angegeben)",
    },
    "levels_start": {
        "en": "the first level must have min_score 0, found {value}",
        "de": "Die erste Stufe muss min_score 0 haben, gefunden: {value}",
    },
    "levels_order": {
        "en": "min_score {value} must be greater than the previous level's {previous}",
        "de": "min_score {value} muss größer sein als der Wert der vorigen Stufe ({previous})",
    },
    "needs_score": {
        "en": "options of a 'single' question need a 'score' (0 to 4), not 'points'",
        "de": "Optionen einer Einfachauswahl brauchen 'score' (0 bis 4), nicht 'points'",
    },
    "needs_points": {
        "en": "options of a 'multi' question need 'points' (0 or more), not 'score'",
        "de": "Optionen einer Mehrfachauswahl brauchen 'points' (0 oder mehr), nicht 'score'",
    },
    "no_points": {
        "en": "a 'multi' question needs at least one option with points above 0",
        "de": "Eine Mehrfachauswahl braucht mindestens eine Option mit mehr als 0 Punkten",
    },
    "unknown_question": {
        "en": "there is no question '{id}' in the questionnaire",
        "de": "Im Fragebogen gibt es keine Frage '{id}'",
    },
    "unknown_question_hint": {
        "en": "there is no question '{id}' in the questionnaire; did you mean '{hint}'?",
        "de": "Im Fragebogen gibt es keine Frage '{id}'; meinten Sie '{hint}'?",
    },
    "unknown_option": {
        "en": "question '{question}' has no option '{option}'; options: {allowed}",
        "de": "Die Frage '{question}' hat keine Option '{option}'; zulässig: {allowed}",
    },
    "level_bound": {
        "en": "level {value} does not exist; the questionnaire has levels 1 to {count}",
        "de": "Die Stufe {value} gibt es nicht; der Fragebogen hat die Stufen 1 bis {count}",
    },
    "level_range_empty": {
        "en": "level_at_least {low} is above level_at_most {high}: the condition can never hold",
        "de": "level_at_least {low} liegt über level_at_most {high}: die Bedingung gilt nie",
    },
    "unknown_provision": {
        "en": "there is no provision '{id}' in the Rechtsstand",
        "de": "Im Rechtsstand gibt es keine Vorschrift '{id}'",
    },
    "unknown_provision_hint": {
        "en": "there is no provision '{id}' in the Rechtsstand; did you mean '{hint}'?",
        "de": "Im Rechtsstand gibt es keine Vorschrift '{id}'; meinten Sie '{hint}'?",
    },
    "provision_without_date": {
        "en": "provision '{id}' has no 'applies_from' date in the Rechtsstand; "
        "write the text without a date or add the date there",
        "de": "Die Vorschrift '{id}' hat im Rechtsstand kein Datum 'applies_from'; "
        "formulieren Sie ohne Datum oder tragen Sie es dort ein",
    },
    "needs_date": {
        "en": "a provision with status 'applies_later' needs an 'applies_from' date",
        "de": "Eine Vorschrift mit dem Status 'applies_later' braucht ein Datum 'applies_from'",
    },
    "unknown_format": {
        "en": "this is not a KI-Readiness-Check answers file "
        "(format '{found}', expected '{expected}')",
        "de": "Dies ist keine Antwortdatei des KI-Readiness-Checks (Format '{found}', "
        "erwartet '{expected}')",
    },
    "no_format": {
        "en": 'key \'format\' is missing; an answers file starts with "format": "{expected}"',
        "de": "Der Schlüssel 'format' fehlt; eine Antwortdatei beginnt mit "
        '"format": "{expected}"',
    },
    "other_questionnaire": {
        "en": "the answers belong to questionnaire '{found}', not '{expected}'",
        "de": "Die Antworten gehören zum Fragebogen '{found}', nicht zu '{expected}'",
    },
    "other_version": {
        "en": "the answers were given to version {found}; this questionnaire is version {expected}",
        "de": "Die Antworten stammen aus Version {found}; dieser Fragebogen hat Version {expected}",
    },
    "multi_for_single": {
        "en": "question '{question}' takes one option, not a list",
        "de": "Die Frage '{question}' erlaubt nur eine Antwort, keine Liste",
    },
    "single_for_multi": {
        "en": "question '{question}' takes a list of options, e.g. [\"{example}\"]",
        "de": "Die Frage '{question}' erwartet eine Liste von Optionen, z. B. [\"{example}\"]",
    },
    "reserved_in_list": {
        "en": "'{value}' is an answer of its own: give it as text, not inside a list",
        "de": "'{value}' ist eine eigene Antwort: geben Sie sie als Text an, nicht in einer Liste",
    },
    "chosen_twice": {
        "en": "option '{option}' is chosen twice; list each option once",
        "de": "Die Option '{option}' ist doppelt gewählt; nennen Sie jede Option einmal",
    },
    "na_not_allowed": {
        "en": "question '{question}' does not allow 'not_applicable'",
        "de": "Die Frage '{question}' erlaubt die Antwort 'nicht zutreffend' nicht",
    },
    "unknown_dimension": {
        "en": "there is no dimension '{id}'; dimensions: {allowed}",
        "de": "Es gibt keine Dimension '{id}'; vorhanden: {allowed}",
    },
    "target_range": {
        "en": "target level {value} is outside 1 to {count}",
        "de": "Die Zielstufe {value} liegt nicht zwischen 1 und {count}",
    },
    "no_short_mode": {
        "en": "mode 'short' needs questions marked 'short: true'; this questionnaire has none",
        "de": "Der Kurzcheck braucht Fragen mit 'short: true'; dieser Fragebogen hat keine",
    },
}


@dataclass(frozen=True)
class Problem:
    """One problem: where (path, line), what (code with parameters), and how bad."""

    path: str
    code: str
    params: dict[str, object] = field(default_factory=dict, compare=False)
    line: int | None = None
    warning: bool = False

    def message(self, lang: str = "en") -> str:
        """The problem as a sentence in `lang` (de or en)."""
        template = MESSAGES[self.code].get(lang, MESSAGES[self.code]["en"])
        return template.format(**self.params)

    def located(self, source: str = "", lang: str = "en") -> str:
        """`source:line: path: message`, leaving out the parts that are unknown."""
        where = ":".join(p for p in (source, str(self.line) if self.line else "") if p)
        parts = [p for p in (where, self.path) if p]
        prefix = ": ".join(parts)
        kind = ("warning: " if lang == "en" else "Hinweis: ") if self.warning else ""
        return f"{prefix}: {kind}{self.message(lang)}" if prefix else kind + self.message(lang)


class InputError(ValueError):
    """Raised with every problem found, when a file cannot be used."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        super().__init__("\n".join(p.located(source) for p in problems))

    def lines(self, lang: str = "en") -> list[str]:
        """Each problem as one located line in `lang`."""
        return [p.located(self.source, lang) for p in self.problems]
