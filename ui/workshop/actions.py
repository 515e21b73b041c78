"""The workshop service: what the workshop views read and what their buttons do, like
ui/actions.py for the self-check. Components and views call this module, never the
repository."""

from __future__ import annotations

from questionnaire import Questionnaire
from scoring import GroupResult, group_statistics
from storage import Workshop, WorkshopClosed, WorkshopProgress

from . import access, export, notice
from .steps import clamp, steps
from .store import repository


def step_presentation(workshop: Workshop, questionnaire: Questionnaire, delta: int) -> None:
    """Move the presentation `delta` steps from the step stored now (not the one a possibly
    older page showed), so the dashboard and the projector never undo each other's steps."""

    def move() -> None:
        count = len(steps(questionnaire, workshop.mode))
        current = repository().get(workshop.id)
        stored = workshop.presentation_step if current is None else current.presentation_step
        position = clamp(clamp(stored, count) + delta, count)
        # Both views hold the presentation key (storage keeps its hash).
        repository().present_step(workshop.code, access.presentation_key(workshop), position)

    notice.unless_gone(move)


def reveal(host_token: str, revealed: bool) -> None:
    """Show the results to the room and the participants, or hide them again."""
    notice.unless_gone(lambda: repository().set_revealed(host_token, revealed))


def is_open(host_token: str) -> bool:
    """Whether the workshop still takes answers (read now, another device may have closed it)."""
    workshop = repository().by_host_token(host_token)
    return workshop is not None and not workshop.closed


def include_names(host_token: str, include: bool) -> None:
    """Whether the raw data carries the names participants gave."""
    notice.unless_gone(lambda: repository().set_include_names(host_token, include))


def close(host_token: str) -> None:
    """Close the workshop: no new participants, no new answers."""
    notice.unless_gone(lambda: repository().close(host_token))


def delete(host_token: str) -> None:
    """Delete the workshop with everything in it, and leave its dashboard."""
    repository().delete(host_token)
    access.leave_host()
    notice.notify("deleted")


def leave() -> None:
    """Leave the dashboard in this browser; the workshop stays."""
    access.leave_host()
    notice.notify("left")


# --- Reading: what the views show, always read anew ------------------------------------------


def by_host_token(host_token: str) -> Workshop | None:
    """The workshop of a host token as stored now (None when it is gone)."""
    return repository().by_host_token(host_token)


def by_presentation_key(code: str, key: str) -> Workshop | None:
    """The workshop of a projector link as stored now (None when the key does not match)."""
    return repository().by_presentation_key(code, key)


def by_id(workshop_id: int) -> Workshop | None:
    """The workshop as stored now (None when it is gone)."""
    return repository().get(workshop_id)


def progress(workshop_id: int) -> WorkshopProgress:
    """Participants joined and finished, answers per question."""
    return repository().progress(workshop_id)


def participants(workshop_id: int) -> list[tuple[int, str | None, bool]]:
    """(number, name given, finished) of every participant; the number is never shown."""
    return repository().participants(workshop_id)


def group_result(workshop: Workshop, questionnaire: Questionnaire) -> GroupResult:
    """The group's statistics as they may be shown (the anonymity rule of scoring/group.py)."""
    return live_result(workshop, questionnaire)[0]


def live_result(workshop: Workshop, questionnaire: Questionnaire) -> tuple[GroupResult, int]:
    """The group's statistics as they may be shown, and how many people's answers an open
    workshop does not show yet (0 once it is closed), from one read."""
    sets, waiting = export.shown(workshop, questionnaire)
    return group_statistics(questionnaire, sets, workshop.mode), waiting


def waiting(workshop: Workshop, questionnaire: Questionnaire) -> int:
    """How many people's answers an open workshop does not show yet (0 once it is closed)."""
    return export.shown(workshop, questionnaire)[1]


# --- Writing: what the buttons and fields do --------------------------------------------------


def create(title: str, questionnaire: Questionnaire, mode: str, dimensions) -> None:
    """Create a workshop and open its dashboard in this session."""
    created = repository().create(
        title, questionnaire.id, questionnaire.version, mode, dimensions=dimensions
    )
    access.open_as_host(created.host_token)
    notice.notify("created")


def join(code: str, name: str | None) -> str:
    """Join by code; the participant's token (UnknownWorkshop or WorkshopClosed otherwise)."""
    return repository().join(code, name)


def save_answer(participant_token: str, question_id: str, value) -> None:
    """Save one answer at once; a workshop closed or deleted meanwhile says so next run."""
    try:
        notice.unless_gone(lambda: repository().save_answer(participant_token, question_id, value))
    except WorkshopClosed:
        notice.notify("refused")


def finish(participant_token: str) -> bool:
    """Mark the participant as done; False when the workshop refused it (closed or gone)."""
    try:
        return notice.unless_gone(lambda: repository().set_finished(participant_token, True))
    except WorkshopClosed:
        notice.notify("refused")
        return False
