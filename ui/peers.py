"""What the comparison with similar administrations does: contribute, withdraw, find the group.

The group comes from storage (which withholds any group under the threshold) and is turned
into what may be shown by scoring.peers. A Land filter that would leave too few contributions
falls back to the group of all Länder and says so (`widened`).
"""

from __future__ import annotations

from datetime import date, datetime

import storage
from questionnaire import Answers
from scoring import PeerGroup, Result, peer_group, size_class


def repository() -> storage.PeerRepository:
    """The contribution repository on the configured database."""
    return storage.PeerRepository(storage.get_engine())


def group_of(answers: Answers) -> str | None:
    """The size class of the assessment's administration; None without kind and size."""
    return size_class(answers.profile.kind, answers.profile.population)


def contribution(answers: Answers, result: Result) -> storage.Contribution | None:
    """What this assessment would contribute (exactly what the consent text names)."""
    group = group_of(answers)
    if group is None:
        return None
    return storage.Contribution(
        kind=answers.profile.kind,
        size_class=group,
        state=answers.profile.state,
        year=_year(answers.profile.date),
        scores={d.id: d.score for d in result.dimensions if d.score is not None},
        targets={d.id: d.target for d in result.dimensions if d.target is not None},
    )


def contribute(token: str, answers: Answers, result: Result) -> bool:
    """Store (or replace) the contribution; False when the profile lacks kind or size."""
    found = contribution(answers, result)
    if found is None:
        return False
    repository().contribute(token, found)
    return True


def withdraw(token: str) -> bool:
    """Delete this assessment's contribution; False when there was none."""
    return repository().withdraw(token)


def contributed_at(token: str) -> datetime | None:
    """When this assessment contributed, or None."""
    return repository().contributed_at(token)


def peers(token: str, answers: Answers, same_land: bool) -> PeerGroup | None:
    """The group of similar administrations (this one's own history left out), or None."""
    group = group_of(answers)
    if group is None:
        return None
    state = answers.profile.state if same_land else None
    repo = repository()
    if state is not None:
        found = repo.group(group, state, excluding=token)
        if found is not None:
            return peer_group(group, state, found.contributions, found.scores)
    found = repo.group(group, excluding=token)
    if found is None:
        return None
    return peer_group(group, None, found.contributions, found.scores, widened=state is not None)


def _year(profile_date: str | None) -> int:
    try:
        return date.fromisoformat(profile_date).year if profile_date else date.today().year
    except ValueError:
        return date.today().year
