"""Load the use-case files: parse safely, validate completely, return frozen models.

The one place of this package that reads files (through the questionnaire's safe reader).
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from questionnaire import (
    KINDS,
    InputError,
    Problem,
    Questionnaire,
    default_questionnaire_path,
    load_questionnaire,
)
from questionnaire.problems import Phrase
from questionnaire.pydantic_problems import format_path, known_keys, validated
from questionnaire.rechtsstand import Rechtsstand, load_rechtsstand
from questionnaire.source import Parsed, parse, read_text

from .checks import check_catalogue, check_tree
from .models import (
    DONT_KNOW,
    Answer,
    Catalogue,
    ClassificationText,
    Conclusion,
    Obligation,
    TriageQuestion,
    TriageTree,
    UseCase,
)
from .triage import walk

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_TRIAGE = DATA_DIR / "ki-vo-triage.yaml"
DEFAULT_CATALOGUE = DATA_DIR / "katalog.yaml"
TRIAGE_FORMAT = "ki-readiness-check/triage@1"

_TREE_WORDS = known_keys(TriageTree, TriageQuestion, Answer, Conclusion, Obligation,
                         ClassificationText)  # fmt: skip
_CATALOGUE_WORDS = known_keys(Catalogue, UseCase)


class TriageAnswers(BaseModel):
    """A triage answers file: question id -> answer id, with an optional title."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    format: str
    title: str | None = None
    answers: dict[str, str]


def _mapping(source: str, text: str) -> Parsed:
    parsed = parse(text, source)
    if not isinstance(parsed.data, dict):
        raise InputError(source, [Problem("", "not_mapping", line=1)])
    return parsed


def _validate(model: type[BaseModel], parsed: Parsed, source: str, problems: list,
              words: set[str]) -> Any:  # fmt: skip
    return validated(model, parsed, words, source, problems)


def load_triage(path: str | Path | None = None, rechtsstand: Rechtsstand | None = None):
    """Read and validate a triage tree (default: the shipped one) against the Rechtsstand."""
    path = path or DEFAULT_TRIAGE
    rechtsstand = rechtsstand or load_rechtsstand()
    return parse_triage(read_text(path), str(path), rechtsstand.provisions)


def parse_triage(text: str, source: str, provisions: Collection[str]) -> TriageTree:
    """Validate triage-tree text; InputError lists every problem at once."""
    parsed = _mapping(source, text)
    return _validate(TriageTree, parsed, source, check_tree(parsed, provisions), _TREE_WORDS)


def load_catalogue(
    path: str | Path | None = None,
    tree: TriageTree | None = None,
    questionnaire: Questionnaire | None = None,
) -> Catalogue:
    """Read and validate a catalogue (default: the shipped one) against tree and questionnaire."""
    path = path or DEFAULT_CATALOGUE
    tree = tree or load_triage()
    questionnaire = questionnaire or load_questionnaire(default_questionnaire_path())
    return parse_catalogue(read_text(path), str(path), tree, questionnaire)


def parse_catalogue(
    text: str, source: str, tree: TriageTree, questionnaire: Questionnaire
) -> Catalogue:
    """Validate catalogue text; InputError lists every problem at once."""
    parsed = _mapping(source, text)
    dimensions = [d.id for d in questionnaire.dimensions]
    problems = check_catalogue(parsed, dimensions, len(questionnaire.levels), KINDS)
    catalogue = _validate(Catalogue, parsed, source, problems, _CATALOGUE_WORDS)
    problems = triage_problems(tree, catalogue.triage_defaults, parsed, ("triage_defaults",))
    for index, case in enumerate(catalogue.use_cases):
        where = ("use_cases", index)
        found = triage_problems(tree, case.triage, parsed, (*where, "triage"))
        problems += found
        if not found:
            problems += _walk_problems(tree, catalogue, case, parsed, where)
    if problems:
        raise InputError(source, problems)
    return catalogue


def _walk_problems(tree, catalogue, case, parsed: Parsed, where: tuple) -> list[Problem]:
    result = walk(tree, catalogue.triage_answers(case))
    if not result.complete:
        path = (*where, "triage")
        params = {"question": result.question.id}
        return [Problem(format_path(path), "triage_incomplete", params, parsed.line_of(path))]
    if result.classification != case.classification:
        path = (*where, "classification")
        params = {"found": result.classification.value, "expected": case.classification.value}
        return [Problem(format_path(path), "triage_mismatch", params, parsed.line_of(path))]
    return []


def triage_problems(
    tree: TriageTree, answers: Mapping[str, str], parsed: Parsed, base: tuple
) -> list[Problem]:
    """A located problem for every unknown question or answer id in `answers`."""
    found = []
    questions = {q.id: q for q in tree.questions}
    for qid, value in answers.items():
        path = (*base, qid)
        line = parsed.line_of(path)
        if qid not in questions:
            close = difflib.get_close_matches(qid, list(questions), n=1)
            params = {"kind": Phrase("kind_question"), "id": qid}
            if close:
                params["hint"] = close[0]
            code = "unknown_reference_hint" if close else "unknown_reference"
            found.append(Problem(format_path(path), code, params, line))
            continue
        allowed = [a.id for a in questions[qid].answers] + [DONT_KNOW]
        if value not in allowed:
            params = {"question": qid, "option": value, "allowed": ", ".join(allowed)}
            found.append(Problem(format_path(path), "unknown_option", params, line))
    return found


def load_triage_answers(path: str | Path, tree: TriageTree) -> TriageAnswers:
    """Read and validate a triage answers file; InputError lists every problem at once."""
    return parse_triage_answers(read_text(path), str(path), tree)


def parse_triage_answers(text: str, source: str, tree: TriageTree) -> TriageAnswers:
    """Validate triage answers text (JSON or YAML) against the tree."""
    parsed = _mapping(source, text)
    problems = []
    found = parsed.data.get("format")
    if found is not None and found != TRIAGE_FORMAT:
        params = {"found": found, "expected": TRIAGE_FORMAT}
        line = parsed.line_of(("format",))
        problems.append(Problem("format", "not_triage_answers", params, line))
    answers = _validate(TriageAnswers, parsed, source, problems, known_keys(TriageAnswers))
    problems = triage_problems(tree, answers.answers, parsed, ("answers",))
    if problems:
        raise InputError(source, problems)
    return answers
