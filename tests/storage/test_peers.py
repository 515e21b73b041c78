"""Contributions to the peer comparison: consent, replacement, withdrawal, the threshold in SQL."""

from __future__ import annotations

import pytest

from questionnaire import Profile, new_answers
from storage import Contribution, PeerRepository
from storage.schema import peer_contributions, peer_scores

from .conftest import rows_of

pytestmark = pytest.mark.postgres


@pytest.fixture
def peers(engine) -> PeerRepository:
    return PeerRepository(engine)


def contribution(state="BY", strategy=50.0, year=2026, size="5k_20k") -> Contribution:
    return Contribution(
        kind="gemeinde",
        size_class=size,
        state=state,
        year=year,
        scores={"strategy": strategy, "law": 30.0},
        targets={"strategy": 4},
    )


def administrations(repo, sample, count: int) -> list[str]:
    profile = Profile(organisation="Gemeinde Vergleichsdorf", kind="gemeinde", population=8_000)
    return [repo.create(new_answers(sample, profile=profile)) for _ in range(count)]


def test_four_contributions_show_nothing_and_the_fifth_shows_the_group(repo, peers, sample):
    tokens = administrations(repo, sample, 5)
    for index, token in enumerate(tokens[:4]):
        peers.contribute(token, contribution(strategy=10.0 * index))

    assert peers.group("5k_20k") is None
    assert peers.counts() == {"size_class": {}, "state": {}}
    assert peers.scores_by_size_class() == {} and peers.scores_by_year() == {}

    peers.contribute(tokens[4], contribution(strategy=40.0))
    group = peers.group("5k_20k")

    assert group.contributions == 5
    assert sorted(group.scores["strategy"]) == [0.0, 10.0, 20.0, 30.0, 40.0]
    assert group.scores["law"] == [30.0] * 5
    assert peers.counts() == {"size_class": {"5k_20k": 5}, "state": {"BY": 5}}
    assert set(peers.scores_by_size_class()) == {"5k_20k"}
    assert set(peers.scores_by_year()) == {2026}


def test_a_land_filter_that_narrows_the_group_under_five_shows_nothing(repo, peers, sample):
    tokens = administrations(repo, sample, 9)
    for token in tokens[:3]:
        peers.contribute(token, contribution(state="BY"))
    for token in tokens[3:5]:
        peers.contribute(token, contribution(state="SH"))

    assert peers.group("5k_20k").contributions == 5
    assert peers.group("5k_20k", "BY") is None
    assert peers.counts()["state"] == {}

    for token in tokens[5:7]:
        peers.contribute(token, contribution(state="BY"))
    assert peers.group("5k_20k", "BY").contributions == 5
    assert peers.counts()["state"] == {"BY": 5}
    assert peers.group("under_5k") is None  # another size class is another group


def test_the_asking_administration_is_not_counted_among_its_peers(repo, peers, sample):
    tokens = administrations(repo, sample, 6)
    for token in tokens[:5]:
        peers.contribute(token, contribution())

    assert peers.group("5k_20k", excluding=tokens[0]) is None  # four others
    peers.contribute(tokens[5], contribution())
    assert peers.group("5k_20k", excluding=tokens[0]).contributions == 5
    assert peers.group("5k_20k").contributions == 6


def test_a_newer_round_replaces_the_contribution_of_the_earlier_one(repo, peers, sample):
    first = administrations(repo, sample, 1)[0]
    second = repo.create(new_answers(sample), previous_token=first)
    others = administrations(repo, sample, 4)
    for token in [first, *others]:
        peers.contribute(token, contribution(strategy=20.0))

    peers.contribute(second, contribution(strategy=80.0, year=2027))
    peers.contribute(second, contribution(strategy=90.0, year=2027))  # again: replaced

    group = peers.group("5k_20k")
    assert group.contributions == 5
    assert sorted(group.scores["strategy"]) == [20.0, 20.0, 20.0, 20.0, 90.0]
    assert peers.contributed_at(first) is None and peers.contributed_at(second) is not None
    assert len(rows_of(repo._engine, peer_contributions)) == 5


def test_withdrawing_or_deleting_the_assessment_removes_the_contribution(repo, peers, sample):
    tokens = administrations(repo, sample, 6)
    for token in tokens:
        peers.contribute(token, contribution())

    assert peers.withdraw(tokens[0]) is True
    assert peers.withdraw(tokens[0]) is False
    assert peers.contributed_at(tokens[0]) is None
    assert repo.delete(tokens[1]) is True

    assert peers.group("5k_20k") is None  # four left
    assert len(rows_of(repo._engine, peer_contributions)) == 4
    assert len(rows_of(repo._engine, peer_scores)) == 8


def test_a_contribution_stores_what_the_consent_names_and_nothing_else(repo, peers, sample):
    (token,) = administrations(repo, sample, 1)
    peers.contribute(token, contribution())

    (row,) = rows_of(repo._engine, peer_contributions)
    assert set(row) == {
        "id",
        "assessment_id",
        "kind",
        "size_class",
        "state",
        "year",
        "contributed_at",
    }
    assert (row["kind"], row["size_class"], row["state"], row["year"]) == (
        "gemeinde",
        "5k_20k",
        "BY",
        2026,
    )
    scores = {
        r["dimension_id"]: (r["score"], r["target"]) for r in rows_of(repo._engine, peer_scores)
    }
    assert scores == {"strategy": (50.0, 4), "law": (30.0, None)}


def test_an_unknown_size_class_is_refused(repo, peers, sample):
    (token,) = administrations(repo, sample, 1)
    with pytest.raises(ValueError, match="size class"):
        peers.contribute(token, contribution(size="huge"))


def test_without_any_contribution_nothing_is_shown(peers):
    assert peers.group("landkreis") is None
    assert peers.contributed_at("unknown-token-" + "x" * 18) is None
