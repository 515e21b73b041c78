"""Load a questionnaire file: parse safely, validate completely, return the frozen model."""

from __future__ import annotations

import copy
from pathlib import Path

from .checks import TEXT_KEYS, check_questionnaire
from .models import (
    Condition,
    Dimension,
    DutyRule,
    LegalDuty,
    Level,
    Option,
    Question,
    Questionnaire,
    Recommendation,
)
from .placeholders import (
    GENERIC,
    audience_of,
    load_staff_acts,
    personalize,
    resolve_dates,
    tailored_data,
)
from .problems import InputError, Problem
from .pydantic_problems import known_keys, validated
from .rechtsstand import Rechtsstand, check_provision_ids, load_rechtsstand
from .source import parse, read_text, refuse_recursion

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_QUESTIONNAIRE = DATA_DIR / "ki-readiness-kommunen.yaml"
SAMPLE_QUESTIONNAIRE = DATA_DIR / "sample.yaml"

_VOCABULARY = known_keys(
    Questionnaire,
    Level,
    Dimension,
    Question,
    Option,
    Recommendation,
    Condition,
    LegalDuty,
    DutyRule,
)


def load_questionnaire(path: str | Path, rechtsstand: Rechtsstand | None = None) -> Questionnaire:
    """Read and validate a questionnaire file; InputError lists every problem with its place.

    `{date:ID}` placeholders in its texts are filled from `rechtsstand` (default: the shipped
    Rechtsstand file), which the returned questionnaire carries as `.rechtsstand`.
    """
    return parse_questionnaire(read_text(path), str(path), rechtsstand)


def parse_questionnaire(
    text: str, source: str = "", rechtsstand: Rechtsstand | None = None
) -> Questionnaire:
    """Validate questionnaire text (YAML or JSON); InputError lists every problem at once."""
    with refuse_recursion(source):
        return _validate(text, source, rechtsstand)


def _validate(text: str, source: str, rechtsstand: Rechtsstand | None) -> Questionnaire:
    parsed = parse(text, source)
    if not isinstance(parsed.data, dict):
        raise InputError(source, [Problem("", "not_mapping", line=1)])
    rechtsstand = rechtsstand if rechtsstand is not None else load_rechtsstand()
    problems = resolve_dates(parsed, rechtsstand, TEXT_KEYS)
    source_data = copy.deepcopy(parsed.data)
    problems += personalize(parsed.data, GENERIC, load_staff_acts(), TEXT_KEYS, parsed)
    problems += check_provision_ids(parsed, rechtsstand, list(_provision_refs(parsed.data)))
    problems += check_questionnaire(parsed)
    model = validated(Questionnaire, parsed, _VOCABULARY, source, problems)
    model._rechtsstand = rechtsstand
    model._source = source_data
    return model


def _with_staff_act(rechtsstand: Rechtsstand | None, state: str | None) -> Rechtsstand | None:
    """The Rechtsstand citing the Land's own staff-representation act, where it is confirmed."""
    acts = load_staff_acts()
    provision = rechtsstand.provisions.get("personalvertretung") if rechtsstand else None
    if provision is None or acts.states.get(state or "") is None:
        return rechtsstand
    named = provision.model_copy(
        update={"citation": acts.name(state, "de"), "citation_en": acts.name(state, "en")}
    )
    return rechtsstand.model_copy(
        update={"provisions": {**rechtsstand.provisions, "personalvertretung": named}}
    )


def _provision_refs(data: dict):
    """(path, value) of every Rechtsstand id named under a `provisions` key."""
    for dindex, dimension in enumerate(data.get("dimensions") or []):
        if not isinstance(dimension, dict):
            continue
        for kind in ("questions", "recommendations"):
            for index, item in enumerate(dimension.get(kind) or []):
                ids = item.get("provisions") if isinstance(item, dict) else None
                for pindex, value in enumerate(ids if isinstance(ids, list) else []):
                    yield ("dimensions", dindex, kind, index, "provisions", pindex), value
    for index, duty in enumerate(data.get("legal_duties") or []):
        ids = duty.get("provisions") if isinstance(duty, dict) else None
        for pindex, value in enumerate(ids if isinstance(ids, list) else []):
            yield ("legal_duties", index, "provisions", pindex), value


def for_profile(questionnaire: Questionnaire, profile) -> Questionnaire:
    """The questionnaire worded for a profile: its Land's staff-representation act, owners for
    a small municipality, no Kreis-only examples for a kreisangehörige one.

    Without a kind, Land or population (or for a questionnaire not read by the loader) the
    questionnaire itself; each wording is built once per questionnaire.
    """
    audience = audience_of(profile)
    source = questionnaire._source
    if audience == GENERIC or source is None:
        return questionnaire
    cached = questionnaire._tailored.get(audience)
    if cached is None:
        cached = Questionnaire.model_validate(tailored_data(source, audience, TEXT_KEYS))
        cached._rechtsstand = _with_staff_act(questionnaire._rechtsstand, audience.state)
        cached._source = source
        questionnaire._tailored[audience] = cached
    return cached


def default_questionnaire_path() -> Path:
    """The shipped questionnaire, or the small sample while that is not there."""
    return DEFAULT_QUESTIONNAIRE if DEFAULT_QUESTIONNAIRE.exists() else SAMPLE_QUESTIONNAIRE
