"""Load a questionnaire file: parse safely, validate completely, return the frozen model."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from .checks import check_questionnaire
from .models import Condition, Dimension, Level, Option, Question, Questionnaire, Recommendation
from .problems import InputError, Problem
from .pydantic_problems import from_validation_error, known_keys
from .source import parse, read_text, refuse_recursion

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_QUESTIONNAIRE = DATA_DIR / "ki-readiness-kommunen.yaml"
SAMPLE_QUESTIONNAIRE = DATA_DIR / "sample.yaml"

_VOCABULARY = known_keys(
    Questionnaire, Level, Dimension, Question, Option, Recommendation, Condition
)


def load_questionnaire(path: str | Path) -> Questionnaire:
    """Read and validate a questionnaire file; InputError lists every problem with its place."""
    return parse_questionnaire(read_text(path), str(path))


def parse_questionnaire(text: str, source: str = "") -> Questionnaire:
    """Validate questionnaire text (YAML or JSON); InputError lists every problem at once."""
    with refuse_recursion(source):
        return _validate(text, source)


def _validate(text: str, source: str) -> Questionnaire:
    parsed = parse(text, source)
    if not isinstance(parsed.data, dict):
        raise InputError(source, [Problem("", "not_mapping", line=1)])
    problems = check_questionnaire(parsed)
    model = None
    try:
        model = Questionnaire.model_validate(parsed.data)
    except ValidationError as error:
        problems = from_validation_error(error, parsed, _VOCABULARY) + problems
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.path))
        raise InputError(source, problems)
    return model


def default_questionnaire_path() -> Path:
    """The shipped questionnaire, or the small sample while that is not there."""
    return DEFAULT_QUESTIONNAIRE if DEFAULT_QUESTIONNAIRE.exists() else SAMPLE_QUESTIONNAIRE
