"""German words of `python -m usecases` (namespace "usecases").

Same keys as usecases_en.py.
"""

TEXTS: dict[str, str] = {
    "result": "Ergebnis",
    "open": "Noch offen – nächste Frage",
    "path": "Ihre Antworten",
    "obligations": "Pflichten",
    "since": "gilt seit {date}",
    "from": "gilt ab {date}",
    "no_date": "ohne festes Datum",
    "rechtsstand": "Rechtsstand: {date}",
    "stale": "Der Rechtsstand ist älter als sechs Monate; prüfen Sie die Daten.",
    "ignored": "Nicht auf dem Weg (nicht berücksichtigt): {ids}",
    "use_case": "Anwendungsfall",
    "fit": "Passung",
    "value": "Nutzen",
    "effort": "Aufwand",
    "classification": "KI-VO",
    "gaps": "Fehlt",
    "startklar": "startklar",
    "mit_vorarbeiten": "mit Vorarbeiten",
    "noch_nicht": "noch nicht",
    "level": "{dimension} {level} von {required}",
    "no_level": "keine",
}
