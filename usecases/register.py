"""The AI register: the portfolio in the common core of public algorithm registers.

`build_register` turns portfolio items into a `RegisterFile` (pure); its JSON is the export
format, documented by `usecases/register.schema.json` (`python -m usecases schema`), and
`parse_register` reads it back with located errors, so an export round-trips.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from questionnaire import InputError, Problem
from questionnaire.pydantic_problems import from_validation_error, known_keys
from questionnaire.rechtsstand import Rechtsstand
from questionnaire.source import parse

from .models import Classification, TriageTree
from .portfolio import SHORT_DESCRIPTION, CheckState, CouncilState, PortfolioItem, Status

REGISTER_FORMAT = "ki-readiness-check/register@1"
SCHEMA_PATH = Path(__file__).parent / "register.schema.json"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ImpactAssessments(_Model):
    dpia: CheckState = Field(description="Datenschutz-Folgenabschätzung (Art. 35 DSGVO)")
    fria: CheckState = Field(description="Grundrechte-Folgenabschätzung (Art. 27 KI-VO)")


class Dates(_Model):
    started: dt.date | None = Field(default=None, description="start of use or of the project")
    updated: dt.date | None = Field(default=None, description="last change of the entry")


class RegisterEntry(_Model):
    """One AI system of the administration, as a public register lists it."""

    id: str = Field(description="stable id of the entry within this register")
    name: str = Field(min_length=1, max_length=200)
    organisation: str = Field(default="", max_length=200)
    unit: str = Field(default="", max_length=200, description="responsible unit")
    contact: str = Field(default="", max_length=200)
    status: Status
    short_description: str = Field(default="", max_length=SHORT_DESCRIPTION)
    purpose: str = Field(default="", max_length=2000)
    human_oversight: str = Field(default="", max_length=2000)
    data: str = Field(default="", max_length=2000)
    legal_basis: str = Field(default="", max_length=2000)
    provider: str = Field(default="", max_length=200)
    product: str = Field(default="", max_length=200)
    risk_category: Classification | None = Field(
        default=None, description="first AI Act assessment; null while the triage is open"
    )
    risk_category_label: str = ""
    impact_assessments: ImpactAssessments
    staff_council: CouncilState
    training_done: bool
    dates: Dates
    use_case: str | None = Field(default=None, description="catalogue id, if taken from it")
    triage: dict[str, str] = Field(default={}, description="triage answers by question id")


class RegisterFile(_Model):
    format: Literal["ki-readiness-check/register@1"] = REGISTER_FORMAT
    organisation: str = Field(default="", max_length=200)
    language: Literal["de", "en"] = "de"
    generated: dt.date
    rechtsstand: dt.date = Field(description="as-of date of the legal basis used")
    entries: tuple[RegisterEntry, ...] = ()


def build_register(
    items: list[PortfolioItem],
    organisation: str,
    tree: TriageTree,
    rechtsstand: Rechtsstand,
    lang: str = "de",
    today: dt.date | None = None,
) -> RegisterFile:
    """The register of `items`, their AI Act result computed from their triage answers."""
    entries = []
    for item in items:
        category = item.classification(tree)
        entries.append(
            RegisterEntry(
                id=item.id,
                name=item.name,
                organisation=organisation,
                unit=item.unit,
                contact=item.contact,
                status=item.status,
                short_description=item.description,
                purpose=item.purpose,
                human_oversight=item.human_oversight,
                data=item.data,
                legal_basis=item.legal_basis,
                provider=item.provider,
                product=item.product,
                risk_category=category,
                risk_category_label=tree.label(category, lang) if category else "",
                impact_assessments=ImpactAssessments(dpia=item.dpia, fria=item.fria),
                staff_council=item.staff_council,
                training_done=item.training_done,
                dates=Dates(started=item.started, updated=item.updated),
                use_case=item.use_case,
                triage=item.triage,
            )
        )
    return RegisterFile(
        organisation=organisation,
        language="en" if lang == "en" else "de",
        generated=today or dt.date.today(),
        rechtsstand=rechtsstand.as_of,
        entries=tuple(entries),
    )


def items_of(register: RegisterFile) -> list[PortfolioItem]:
    """The portfolio items a register file describes (the inverse of `build_register`)."""
    return [
        PortfolioItem(
            id=e.id,
            use_case=e.use_case,
            name=e.name,
            status=e.status,
            unit=e.unit,
            contact=e.contact,
            provider=e.provider,
            product=e.product,
            description=e.short_description,
            purpose=e.purpose,
            human_oversight=e.human_oversight,
            data=e.data,
            legal_basis=e.legal_basis,
            triage=e.triage,
            dpia=e.impact_assessments.dpia,
            fria=e.impact_assessments.fria,
            staff_council=e.staff_council,
            training_done=e.training_done,
            started=e.dates.started,
            updated=e.dates.updated,
        )
        for e in register.entries
    ]


def parse_register(text: str, source: str = "") -> RegisterFile:
    """A register file from its JSON (or YAML) text; InputError lists every problem at once."""
    parsed = parse(text, source)
    if not isinstance(parsed.data, dict):
        raise InputError(source, [Problem("", "not_mapping", line=1)])
    words = known_keys(RegisterFile, RegisterEntry, ImpactAssessments, Dates)
    try:
        return RegisterFile.model_validate(parsed.data)
    except ValidationError as error:
        raise InputError(source, from_validation_error(error, parsed, words)) from None


def register_schema() -> dict:
    """The JSON Schema of the register file."""
    schema = RegisterFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "KI-Register (ki-readiness-check/register@1)"
    return schema
