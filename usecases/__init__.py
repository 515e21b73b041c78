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
from .portfolio import (
    CHECK_STATES,
    COUNCIL_STATES,
    SHORT_DESCRIPTION,
    STATUSES,
    PortfolioItem,
    from_catalogue,
    own_item,
)
from .triage import Step, TriageResult, back, walk

__all__ = [
    "CHECK_STATES",
    "COUNCIL_STATES",
    "DEFAULT_CATALOGUE",
    "DEFAULT_TRIAGE",
    "DONT_KNOW",
    "SHORT_DESCRIPTION",
    "STATUSES",
    "TRIAGE_FORMAT",
    "Answer",
    "Catalogue",
    "Classification",
    "Conclusion",
    "Family",
    "Fit",
    "Gap",
    "Obligation",
    "PortfolioItem",
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
    "from_catalogue",
    "load_catalogue",
    "load_triage",
    "load_triage_answers",
    "own_item",
    "parse_catalogue",
    "parse_triage",
    "parse_triage_answers",
    "requirements",
    "walk",
]
