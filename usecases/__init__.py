"""Use-case navigator: catalogue, AI Act triage tree and readiness fit.

Pure like the rest of the core: no Streamlit, no database; the only I/O is the loader reading
the files it is given (usecases/loader.py).
"""

from .fit import Fit, Gap, UseCaseFit, fit, fit_codes, requirements
from .loader import (
    DEFAULT_CATALOGUE,
    DEFAULT_TRIAGE,
    TRIAGE_FORMAT,
    TriageAnswers,
    load_catalogue,
    load_triage,
    load_triage_answers,
    parse_catalogue,
    parse_triage,
    parse_triage_answers,
)
from .models import (
    DONT_KNOW,
    Answer,
    Catalogue,
    Classification,
    Conclusion,
    Family,
    Obligation,
    TriageQuestion,
    TriageTree,
    UseCase,
)
from .triage import Step, TriageResult, back, walk

__all__ = [
    "DEFAULT_CATALOGUE",
    "DEFAULT_TRIAGE",
    "DONT_KNOW",
    "TRIAGE_FORMAT",
    "Answer",
    "Catalogue",
    "Classification",
    "Conclusion",
    "Family",
    "Fit",
    "Gap",
    "Obligation",
    "Step",
    "TriageAnswers",
    "TriageQuestion",
    "TriageResult",
    "TriageTree",
    "UseCase",
    "UseCaseFit",
    "back",
    "fit",
    "fit_codes",
    "load_catalogue",
    "load_triage",
    "load_triage_answers",
    "parse_catalogue",
    "parse_triage",
    "parse_triage_answers",
    "requirements",
    "walk",
]
