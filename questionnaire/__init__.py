"""The questionnaire format: models, validation, safe YAML loading and answers files.

Pure: no Streamlit, no database; the only I/O is reading the file a loader is given.
"""

from .answers import (
    FORMAT,
    KINDS,
    STATES,
    Answers,
    Profile,
    QuestionnaireRef,
    check_answers,
    dump_answers,
    load_answers,
    new_answers,
    parse_answers,
)
from .loader import (
    DEFAULT_QUESTIONNAIRE,
    SAMPLE_QUESTIONNAIRE,
    default_questionnaire_path,
    load_questionnaire,
    parse_questionnaire,
)
from .models import (
    DONT_KNOW,
    NOT_APPLICABLE,
    RESERVED_ANSWERS,
    Condition,
    Dimension,
    Effort,
    Level,
    Option,
    Priority,
    Question,
    Questionnaire,
    Recommendation,
    localized,
)
from .problems import InputError, Problem
from .rechtsstand import (
    Provision,
    Rechtsstand,
    default_rechtsstand_path,
    format_date,
    load_rechtsstand,
    parse_rechtsstand,
)

__all__ = [
    "DEFAULT_QUESTIONNAIRE",
    "DONT_KNOW",
    "FORMAT",
    "KINDS",
    "NOT_APPLICABLE",
    "RESERVED_ANSWERS",
    "SAMPLE_QUESTIONNAIRE",
    "STATES",
    "Answers",
    "Condition",
    "Dimension",
    "Effort",
    "InputError",
    "Level",
    "Option",
    "Priority",
    "Problem",
    "Profile",
    "Provision",
    "Question",
    "Questionnaire",
    "QuestionnaireRef",
    "Rechtsstand",
    "Recommendation",
    "check_answers",
    "default_questionnaire_path",
    "default_rechtsstand_path",
    "dump_answers",
    "format_date",
    "load_answers",
    "load_questionnaire",
    "load_rechtsstand",
    "localized",
    "new_answers",
    "parse_answers",
    "parse_questionnaire",
    "parse_rechtsstand",
]
