"""What the workshop repository hands out: workshops, participants, progress, join codes, errors.

Host and participant tokens are stored only as hashes (storage/tokens.py): a Workshop read by
its host token (or just created) carries that token and the presentation key back to the
caller; one read any other way carries neither.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime

from questionnaire import Answer, Answers

from .schema import CODE_LENGTH

JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed


@dataclass(frozen=True)
class Workshop:
    id: int
    code: str
    # The facilitator's secret, known only when the workshop was created or read by it (None
    # otherwise): never shown in a participant's view; kept out of repr (logs) and equality.
    host_token: str | None = field(repr=False, compare=False)
    title: str
    questionnaire_id: str
    questionnaire_version: str
    mode: str
    dimensions: tuple[str, ...] | None  # None: every dimension of the questionnaire
    revealed: bool
    closed: bool
    include_names: bool
    presentation_step: int
    created_at: datetime
    # The projector's view-only key, known with the host token or when read by the key itself.
    presentation_key: str | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Participant:
    token: str = field(repr=False)
    number: int
    display_name: str | None
    finished: bool
    workshop: Workshop
    answers: Answers


@dataclass(frozen=True)
class WorkshopProgress:
    joined: int
    finished: int
    answered: dict[str, int]  # question id -> participants who answered it


@dataclass(frozen=True)
class Released:
    """An open workshop's answers as released to the room: one answers value per participant
    in join order, and by participant id the answers (by question id) as released and as
    given now, so a caller can tell whose answers still wait."""

    sets: list[Answers]
    released: dict[int, dict[str, Answer]]
    current: dict[int, dict[str, Answer]]


class UnknownWorkshop(KeyError):
    """No workshop or participant has this code or token (the message never contains it)."""

    def __init__(self) -> None:
        super().__init__("unknown workshop")


class WorkshopClosed(Exception):
    """The workshop is closed: it takes no new participants and no answers."""

    def __init__(self) -> None:
        super().__init__("the workshop is closed")


def normalize_code(text: str) -> str:
    """A join code as typed, without spaces and hyphens, upper-cased."""
    return "".join(text.split()).replace("-", "").upper()


def is_code(code: str) -> bool:
    """Whether a normalized code has the shape of a join code (checked before any query)."""
    return len(code) == CODE_LENGTH and set(code) <= set(JOIN_ALPHABET)


def new_code() -> str:
    """A random join code from JOIN_ALPHABET."""
    return "".join(secrets.choice(JOIN_ALPHABET) for _ in range(CODE_LENGTH))
