"""The JSON Schema of the questionnaire format, for editors (generated from the models)."""

from __future__ import annotations

from pathlib import Path

from .models import Questionnaire

SCHEMA_PATH = Path(__file__).parent / "questionnaire.schema.json"


def questionnaire_schema() -> dict:
    """JSON Schema (draft 2020-12) of a questionnaire file."""
    schema = Questionnaire.model_json_schema()
    return {
        **schema,
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "KI-Readiness-Check questionnaire",
    }
