"""English words of `python -m usecases` (namespace "usecases").

Same keys as usecases_de.py.
"""

TEXTS: dict[str, str] = {
    "result": "Result",
    "open": "Still open – next question",
    "path": "Your answers",
    "obligations": "Obligations",
    "since": "applies since {date}",
    "from": "applies from {date}",
    "no_date": "no fixed date",
    "rechtsstand": "Legal status as of {date}",
    "stale": "The legal status is more than six months old; check the dates.",
    "ignored": "Not on the path (ignored): {ids}",
    "use_case": "Use case",
    "fit": "Fit",
    "value": "Value",
    "effort": "Effort",
    "classification": "AI Act",
    "gaps": "Missing",
    "startklar": "ready to start",
    "mit_vorarbeiten": "needs groundwork",
    "noch_nicht": "not yet",
    "level": "{dimension} {level} of {required}",
    "no_level": "none",
}
