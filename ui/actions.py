"""What the buttons and fields of the self-check do to the saved assessment."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from pydantic import ValidationError

import storage
from plan import Edit
from questionnaire import Answers, Profile, Questionnaire, new_answers

from . import session, store
from .format import day
from .i18n import t


def start_assessment(questionnaire: Questionnaire, mode: str, lang: str) -> str:
    """Create an empty assessment dated today, open it in this session; returns its token."""
    profile = Profile(date=date.today().isoformat())
    answers = new_answers(questionnaire, mode=mode, language=lang, profile=profile)
    token = store.repository().create(answers)
    session.open_assessment(token)
    return token


def import_assessment(answers: Answers) -> str:
    """Save checked imported answers as a new assessment and open it; returns its token."""
    token = store.repository().create(answers)
    session.open_assessment(token)
    session.notify("imported")
    return token


def new_round(questionnaire: Questionnaire, token: str, answers: Answers) -> str:
    """A new assessment linked to `token`, with the same profile, mode, language and targets."""
    profile = answers.profile.model_copy(update={"date": date.today().isoformat()})
    fresh = new_answers(
        questionnaire,
        mode=answers.mode,
        language=answers.language,
        profile=profile,
        targets=dict(answers.targets),
    )
    new_token = store.repository().create(fresh, previous_token=token)
    session.open_assessment(new_token)
    session.notify("new_round")
    return new_token


def delete_assessment(token: str) -> None:
    """Delete the assessment completely and close it in this session."""
    store.repository().delete(token)
    session.close()
    session.notify("deleted")


def close_assessment() -> None:
    """Close the open assessment in this session ("Neu beginnen"); its data stays."""
    session.close()
    session.notify("closed")


@contextmanager
def _saving() -> Iterator[storage.AssessmentRepository]:
    # Another tab may have deleted the assessment meanwhile: close it here too, and say so.
    try:
        yield store.repository()
    except storage.UnknownAssessment:
        session.close()
        session.notify("assessment_gone")


def save_answer(token: str, question_id: str, value: str | list[str] | None) -> None:
    """Save one answer (None removes it)."""
    with _saving() as repo:
        repo.save_answer(token, question_id, value)


def save_note(token: str, question_id: str, text: str | None) -> None:
    """Save the note of a question (None removes it)."""
    with _saving() as repo:
        repo.save_note(token, question_id, text)


def save_target(token: str, dimension_id: str, level: int | None) -> None:
    """Save the target level of a dimension (None removes it)."""
    with _saving() as repo:
        repo.save_target(token, dimension_id, level)


def save_settings(token: str, mode: str | None = None, language: str | None = None) -> None:
    """Save the mode or the language of the assessment."""
    with _saving() as repo:
        repo.save_settings(token, mode=mode, language=language)


def save_profile_field(token: str, field: str, value: object) -> None:
    """Save one profile field (a value the model refuses is not saved)."""
    with _saving() as repo:
        answers = repo.get(token)
        if answers is None:
            raise storage.UnknownAssessment()
        try:
            profile = Profile.model_validate({**answers.profile.model_dump(), field: value})
        except ValidationError:
            return
        repo.save_profile(token, profile)


def earlier_rounds(token: str, lang: str) -> list[tuple[str, str, Answers]]:
    """Earlier rounds of this assessment's history as (id, label, answers), newest first.

    The id is a position ("round.1"), never the round's token: tokens stay out of the page.
    """
    rounds = []
    entries = store.repository().history(token)
    for position, entry in enumerate(entries, start=1):
        org = entry.answers.profile.organisation or t("common.unnamed", lang)
        mode = t("mode." + entry.answers.mode, lang)
        label = t("compare.round", lang, date=day(entry.created_at, lang), org=org, mode=mode)
        rounds.append((f"round.{position}", label, entry.answers))
    return rounds


def roadmap_edits(token: str) -> dict[str, Edit]:
    """The user's stored changes to the roadmap of the assessment."""
    try:
        return store.roadmap_repository().edits(token)
    except storage.UnknownAssessment:
        session.close()
        session.notify("assessment_gone")
        return {}


def save_roadmap_edit(token: str, step_id: str, edit: Edit) -> None:
    """Save the change of one roadmap step (an empty change removes it)."""
    try:
        store.roadmap_repository().save(token, step_id, edit)
    except storage.UnknownAssessment:
        session.close()
        session.notify("assessment_gone")
