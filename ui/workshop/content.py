"""The questionnaire of a workshop: the server's questionnaire, restricted to its dimensions."""

from __future__ import annotations

from questionnaire import Questionnaire
from storage import Workshop

from ..content import questionnaire as server_questionnaire

# Restricted copies, kept per questionnaire object and dimension choice: scoring compiles a plan
# per questionnaire object (scoring/matrix.py), so a new copy on every rerun would compile, and
# keep, a new plan each time.
_RESTRICTED: dict[tuple[int, tuple[str, ...]], tuple[Questionnaire, Questionnaire]] = {}


def restricted(questionnaire: Questionnaire, dimensions: tuple[str, ...] | None) -> Questionnaire:
    """`questionnaire` with only `dimensions` (file order kept); all of them for None."""
    if not dimensions:
        return questionnaire
    key = (id(questionnaire), tuple(dimensions))
    cached = _RESTRICTED.get(key)
    if cached is not None and cached[0] is questionnaire:
        return cached[1]
    chosen = tuple(d for d in questionnaire.dimensions if d.id in set(dimensions))
    copy = questionnaire.model_copy(update={"dimensions": chosen})
    _RESTRICTED[key] = (questionnaire, copy)
    return copy


def matches(questionnaire: Questionnaire, workshop: Workshop) -> bool:
    """Whether the workshop was created with this questionnaire (same id and version)."""
    return (
        workshop.questionnaire_id == questionnaire.id
        and workshop.questionnaire_version == questionnaire.version
    )


def workshop_questionnaire(workshop: Workshop) -> Questionnaire | None:
    """The questionnaire the workshop's participants answer, or None when this server's
    questionnaire is another one (then nobody's answers can be shown)."""
    questionnaire = server_questionnaire()
    if not matches(questionnaire, workshop):
        return None
    return restricted(questionnaire, workshop.dimensions)
