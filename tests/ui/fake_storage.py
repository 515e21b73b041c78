"""An in-memory assessment repository with the interface of storage.AssessmentRepository.

Used by the UI tests only while storage/ does not offer the real repository yet.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from questionnaire import Answers, Profile


@dataclass(frozen=True)
class HistoryEntry:
    token: str
    created_at: datetime
    updated_at: datetime
    answers: Answers


class FakeAssessmentRepository:
    """Assessments in a dict; every method mirrors the storage contract."""

    def __init__(self) -> None:
        self.rows: dict[str, Answers] = {}
        self.previous: dict[str, str | None] = {}
        self.created: dict[str, datetime] = {}

    def create(self, answers: Answers, previous_token: str | None = None) -> str:
        token = secrets.token_urlsafe(16)
        self.rows[token] = answers
        self.previous[token] = previous_token
        self.created[token] = datetime.now(UTC)
        return token

    def get(self, token: str) -> Answers | None:
        return self.rows.get(token)

    def _update(self, token: str, **changes: object) -> None:
        if token in self.rows:
            self.rows[token] = self.rows[token].model_copy(update=changes)

    def save_answer(self, token: str, qid: str, value: str | list[str] | None) -> None:
        answers = dict(self.rows[token].answers)
        if value is None:
            answers.pop(qid, None)
        else:
            answers[qid] = value
        self._update(token, answers=answers)

    def save_note(self, token: str, qid: str, text: str | None) -> None:
        notes = {k: v for k, v in self.rows[token].notes.items() if k != qid}
        if text:
            notes[qid] = text
        self._update(token, notes=notes)

    def save_target(self, token: str, dimension_id: str, level: int | None) -> None:
        targets = {k: v for k, v in self.rows[token].targets.items() if k != dimension_id}
        if level is not None:
            targets[dimension_id] = level
        self._update(token, targets=targets)

    def save_profile(self, token: str, profile: Profile) -> None:
        self._update(token, profile=profile)

    def save_settings(self, token: str, mode: str | None = None, language: str | None = None):
        changes = {k: v for k, v in (("mode", mode), ("language", language)) if v is not None}
        self._update(token, **changes)

    def replace(self, token: str, answers: Answers) -> None:
        self.rows[token] = answers

    def delete(self, token: str) -> bool:
        self.previous.pop(token, None)
        self.created.pop(token, None)
        return self.rows.pop(token, None) is not None

    def history(self, token: str) -> list[HistoryEntry]:
        chain, current = [], token
        while current is not None and current in self.rows:
            at = self.created[current]
            chain.append(HistoryEntry(current, at, at, self.rows[current]))
            current = self.previous.get(current)
        return chain
