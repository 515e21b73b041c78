"""What the workshop's buttons do to the stored workshop (the one place the workshop
components change it), like ui/actions.py for the self-check."""

from __future__ import annotations

from questionnaire import Questionnaire
from storage import Workshop

from . import access, notice
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
