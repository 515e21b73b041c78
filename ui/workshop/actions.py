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
