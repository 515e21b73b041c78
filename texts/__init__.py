"""Every text the product shows, in one catalog with namespaces, and one formatter.

Pure: no imports from the rest of the project, no I/O. One module per namespace and
language (`ui_de.py`, `ui_en.py`, `reports_de.py`, …); `text(namespace, key, lang)` looks an
entry up. The namespaces:

- `ui`: the Streamlit app (looked up through `ui.i18n.t`)
- `reports`: HTML/PDF reports and raw-data exports (through `reports.i18n.Texts`)
- `scoring`: the text output of `python -m scoring`
- `usecases`: the text output of `python -m usecases`
- `problems`: validation messages for questionnaire and answers files (through
  `questionnaire.problems.Problem`; a problem's code is its key)
- `plan`: strategy draft, roadmap, council summary, template pack and the plan page

Numbers, percentages and dates are written by `texts.format`, for every namespace.
"""

from __future__ import annotations

from . import (
    plan_de,
    plan_en,
    problems_de,
    problems_en,
    reports_de,
    reports_en,
    scoring_de,
    scoring_en,
    ui_de,
    ui_en,
    usecases_de,
    usecases_en,
)

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
CATALOGS: dict[str, dict[str, dict[str, str]]] = {
    "ui": {"de": ui_de.TEXTS, "en": ui_en.TEXTS},
    "reports": {"de": reports_de.DE, "en": reports_en.EN},
    "scoring": {"de": scoring_de.TEXTS, "en": scoring_en.TEXTS},
    "problems": {"de": problems_de.TEXTS, "en": problems_en.TEXTS},
    "plan": {"de": plan_de.TEXTS, "en": plan_en.TEXTS},
    "usecases": {"de": usecases_de.TEXTS, "en": usecases_en.TEXTS},
}
NAMESPACES = tuple(CATALOGS)


def catalog(namespace: str, lang: str) -> dict[str, str]:
    """The entries of one namespace in one language (KeyError for an unknown one)."""
    return CATALOGS[namespace][lang]


def text(namespace: str, key: str, lang: str, **params: object) -> str:
    """The entry `key` of `namespace` in `lang`, with `params` filled in.

    Plural: where the entry `key.one` exists, it is taken when the parameter `count` is 1
    ("1 Frage", "1 question"; German and English share this one rule).
    """
    entries = CATALOGS[namespace][lang]
    if params.get("count") == 1 and f"{key}.one" in entries:
        key = f"{key}.one"
    template = entries[key]
    return template.format(**params) if params else template


__all__ = ["CATALOGS", "DEFAULT_LANGUAGE", "LANGUAGES", "NAMESPACES", "catalog", "text"]
