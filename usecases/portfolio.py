"""The administration's AI portfolio: its use cases with status, responsibility and checks.

Each item is either taken from the catalogue (`use_case` names it) or the administration's
own. It carries what public algorithm registers have in common (docs/usecases.md, "Register")
and the triage answers, so the AI Act result is computed, never typed in.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .models import Catalogue, Classification, TriageTree
from .triage import walk

STATUSES = ("idee", "pruefung", "pilot", "betrieb", "beendet")
CHECK_STATES = ("offen", "laeuft", "erledigt", "nicht_noetig")
COUNCIL_STATES = ("offen", "laeuft", "vereinbart", "nicht_noetig")
SHORT_DESCRIPTION = 350  # the register's short description, as in the Dutch algorithm register
ITEM_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")

Status = Literal["idee", "pruefung", "pilot", "betrieb", "beendet"]
CheckState = Literal["offen", "laeuft", "erledigt", "nicht_noetig"]
CouncilState = Literal["offen", "laeuft", "vereinbart", "nicht_noetig"]


class PortfolioItem(BaseModel):
    """One use case in the administration's portfolio (all texts are the user's own)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=ITEM_ID.pattern)
    use_case: str | None = Field(default=None, max_length=100)
    name: str = Field(min_length=1, max_length=200)
    status: Status = "idee"
    unit: str = Field(default="", max_length=200)
    contact: str = Field(default="", max_length=200)
    provider: str = Field(default="", max_length=200)
    product: str = Field(default="", max_length=200)
    description: str = Field(default="", max_length=SHORT_DESCRIPTION)
    purpose: str = Field(default="", max_length=2000)
    human_oversight: str = Field(default="", max_length=2000)
    data: str = Field(default="", max_length=2000)
    legal_basis: str = Field(default="", max_length=2000)
    triage: dict[str, str] = {}
    dpia: CheckState = "offen"
    fria: CheckState = "offen"
    staff_council: CouncilState = "offen"
    training_done: bool = False
    started: dt.date | None = None
    updated: dt.date | None = None

    def classification(self, tree: TriageTree) -> Classification | None:
        """The AI Act result of its triage answers; None while the triage is incomplete."""
        return walk(tree, self.triage).classification


def new_item_id() -> str:
    """A fresh item id (random, short, URL-safe lower case)."""
    return secrets.token_hex(6)


def from_catalogue(catalogue: Catalogue, use_case_id: str, lang: str = "de") -> PortfolioItem:
    """A new portfolio item prefilled from a catalogue entry (its title, text and triage)."""
    case = catalogue.use_case(use_case_id)

    def text(value: dict[str, str]) -> str:
        return value.get(lang) or value.get("de") or ""

    return PortfolioItem(
        id=new_item_id(),
        use_case=case.id,
        name=text(case.title),
        description=text(case.description)[:SHORT_DESCRIPTION],
        data=text(case.data),
        triage=catalogue.triage_answers(case),
        updated=dt.date.today(),
    )


def own_item(name: str) -> PortfolioItem:
    """A new portfolio item of the administration's own, with only its name."""
    return PortfolioItem(id=new_item_id(), name=name.strip()[:200], updated=dt.date.today())
