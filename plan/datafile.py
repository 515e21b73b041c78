"""Load one of plan's YAML data files into its frozen model, with located problems."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from questionnaire import InputError, Problem
from questionnaire.pydantic_problems import from_validation_error, known_keys
from questionnaire.source import parse, read_text

M = TypeVar("M", bound=BaseModel)


def load_model(path: str | Path, model: type[M], *parts: type[BaseModel]) -> M:
    """Read and validate `path` as `model`; InputError lists every problem with its place."""
    source = str(path)
    parsed = parse(read_text(path), source)
    if not isinstance(parsed.data, dict):
        raise InputError(source, [Problem("", "not_mapping", line=1)])
    try:
        return model.model_validate(parsed.data)
    except ValidationError as error:
        vocabulary = known_keys(model, *parts)
        raise InputError(source, from_validation_error(error, parsed, vocabulary)) from None
