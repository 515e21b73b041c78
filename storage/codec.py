"""Conversion between the answers model and table rows; the repository never exposes rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, get_args

from questionnaire import Answers, Legacy, Profile

# Profile field -> column of `assessments` ("date" alone would be a reserved word in SQL).
PROFILE_COLUMNS = {
    "organisation": "organisation",
    "kind": "kind",
    "population": "population",
    "state": "state",
    "respondent_role": "respondent_role",
    "date": "profile_date",
}
MODES = get_args(Answers.model_fields["mode"].annotation)
LANGUAGES = get_args(Answers.model_fields["language"].annotation)


def clean_text(text: str) -> str:
    """User text as stored: without NUL characters.

    PostgreSQL refuses NUL in text ("invalid byte sequence"), SQLite keeps it; nobody types one
    on purpose (it comes from pasted or crafted input) and no output could show it. Every text
    a user enters (organisation, role, note, workshop title, display name) passes here on its
    way into the database, so both databases store the same.
    """
    return text.replace("\x00", "")


def profile_values(profile: Profile) -> dict[str, Any]:
    """The `assessments` columns of a profile (texts through clean_text)."""
    values = {column: getattr(profile, field) for field, column in PROFILE_COLUMNS.items()}
    return {k: clean_text(v) if isinstance(v, str) else v for k, v in values.items()}


def assessment_values(answers: Answers) -> dict[str, Any]:
    """The `assessments` columns of an answers value (without token, link and timestamps)."""
    return {
        "questionnaire_id": answers.questionnaire.id,
        "questionnaire_version": answers.questionnaire.version,
        "mode": answers.mode,
        "language": answers.language,
        "legacy": legacy_value(answers.legacy),
        **profile_values(answers.profile),
    }


def legacy_value(legacy: Legacy | None) -> str | None:
    """The `legacy` column: the earlier version's answers and notes as JSON, or NULL."""
    if legacy is None:
        return None
    return json.dumps(legacy.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)


def legacy_of(value: str | None) -> dict | None:
    """The `legacy` field of an answers value from the column."""
    return None if value is None else json.loads(value)


def answer_values(value: str | list[str]) -> dict[str, str | None]:
    """The value/choices columns of one answer: text for single, a JSON list for multi."""
    if isinstance(value, str):
        return {"value": value, "choices": None}
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return {"value": None, "choices": json.dumps(value, ensure_ascii=False)}
    raise TypeError("an answer is an option id or a list of option ids")


def answer_of(value: str | None, choices: str | None) -> str | list[str]:
    """The answer stored in a value/choices pair."""
    return value if choices is None else json.loads(choices)


def note_values(text: str | None) -> dict[str, str] | None:
    """The column of a note (through clean_text); None when there is nothing to keep."""
    text = clean_text(text or "")
    return {"text": text} if text else None


def answer_rows(answers: Mapping[str, str | list[str]]) -> list[dict[str, Any]]:
    """One row (question_id, value, choices) per answer, without the parent's key."""
    return [{"question_id": qid, **answer_values(value)} for qid, value in answers.items()]


def answers_by_question(rows: Iterable[Mapping[str, Any]]) -> dict[str, str | list[str]]:
    """The answers held by answer rows (of one assessment or participant), by question id."""
    return {row["question_id"]: answer_of(row["value"], row["choices"]) for row in rows}


def answers_of(
    row: Mapping[str, Any],
    answer_rows: Iterable[Mapping[str, Any]],
    note_rows: Iterable[Mapping[str, Any]],
    target_rows: Iterable[Mapping[str, Any]],
) -> Answers:
    """The answers value of one assessment row and its child rows."""
    profile = {field: row[column] for field, column in PROFILE_COLUMNS.items()}
    return Answers.model_validate(
        {
            "questionnaire": {
                "id": row["questionnaire_id"],
                "version": row["questionnaire_version"],
            },
            "profile": {k: v for k, v in profile.items() if v is not None},
            "mode": row["mode"],
            "language": row["language"],
            "answers": answers_by_question(answer_rows),
            "notes": {r["question_id"]: r["text"] for r in note_rows},
            "targets": {r["dimension_id"]: r["level"] for r in target_rows},
            "legacy": legacy_of(row.get("legacy")),
        }
    )


def utc(moment: datetime) -> datetime:
    """`moment` as an aware UTC datetime (SQLite hands back naive values we stored as UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
