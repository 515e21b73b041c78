"""Load one of plan's YAML data files into its frozen model, with located problems."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from questionnaire import InputError, Problem
from questionnaire.pydantic_problems import known_keys, validated
from questionnaire.source import parse, read_text

M = TypeVar("M", bound=BaseModel)


def load_model(path: str | Path, model: type[M], *parts: type[BaseModel]) -> M:
    """Read and validate `path` as `model`; InputError lists every problem with its place."""
    source = str(path)
    parsed = parse(read_text(path), source)
    if not isinstance(parsed.data, dict):
        raise InputError(source, [Problem("", "not_mapping", line=1)])
    return validated(model, parsed, known_keys(model, *parts), source)
