"""The steps of the presentation: join screen, live count, radar, each dimension, prompts."""

from __future__ import annotations

from dataclasses import dataclass

from questionnaire import Questionnaire, localized
from scoring import PROMPT_COUNT

from ..i18n import t


@dataclass(frozen=True)
class Step:
    """One screen of the presentation."""

    kind: str  # "join", "live", "radar", "dimension" or "prompt"
    dimension: str | None = None
    prompt: int | None = None  # 0-based position among the discussion prompts


def steps(questionnaire: Questionnaire, mode: str) -> list[Step]:
    """Every screen in order; dimensions without questions in `mode` are left out."""
    dims = [
        Step("dimension", dimension=d.id) for d in questionnaire.dimensions if d.questions_in(mode)
    ]
    prompts = [Step("prompt", prompt=i) for i in range(PROMPT_COUNT)]
    return [Step("join"), Step("live"), Step("radar"), *dims, *prompts]


def clamp(position: int, count: int) -> int:
    """A stored step position made valid for a list of `count` steps."""
    return max(0, min(position, count - 1))


def label(step: Step, questionnaire: Questionnaire, lang: str) -> str:
    """The step's name for the navigation ("Dimension: Strategie")."""
    if step.kind == "dimension":
        name = localized(questionnaire.dimension(step.dimension).name, lang)
        return t("present.step_dimension", lang, name=name)
    if step.kind == "prompt":
        return t("present.step_prompt", lang, number=step.prompt + 1)
    key = "present.step_" + step.kind  # join, live or radar
    return t(key, lang)
