"""Comparison with similar administrations: size classes, the anonymity threshold, quartiles.

Pure: storage/peers.py selects the contributed scores (only of groups with at least
MIN_CONTRIBUTIONS contributions, checked in the query itself); this module turns them into what
may be shown: per dimension the median and the band from the first to the third quartile,
rounded to whole points.

Size classes (docs/vergleich.md): Landkreise form a class of their own; every other kind is
grouped by inhabitants: under 5,000, 5,000 to under 20,000, 20,000 to under 100,000, and
100,000 or more.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

MIN_CONTRIBUTIONS = 5  # a group is shown only with this many contributions (k-anonymity)
SIZE_CLASSES = ("under_5k", "5k_20k", "20k_100k", "100k_plus", "landkreis")
_BOUNDS = ((5_000, "under_5k"), (20_000, "5k_20k"), (100_000, "20k_100k"))


def size_class(kind: str | None, population: int | None) -> str | None:
    """The size class of an administration; None when it cannot be told (no kind or size)."""
    if kind is None:
        return None
    if kind == "landkreis":
        return "landkreis"
    if population is None:
        return None
    for bound, name in _BOUNDS:
        if population < bound:
            return name
    return "100k_plus"


@dataclass(frozen=True)
class PeerBand:
    """One dimension in a group: median and quartiles, whole points (0–100)."""

    low: int  # first quartile
    median: int
    high: int  # third quartile


@dataclass(frozen=True)
class PeerGroup:
    """What may be shown of a group of similar administrations."""

    size_class: str
    state: str | None  # the Land the group is narrowed to, or None for all Länder
    contributions: int
    bands: Mapping[str, PeerBand]  # dimension id -> band (dimensions nobody scored are absent)
    widened: bool = False  # a Land filter was asked for but that group was too small


def band(values: Iterable[float]) -> PeerBand:
    """Median and quartiles of `values` (linear interpolation between the ordered values,
    as spreadsheets compute QUARTILE.INKL), each rounded to a whole point."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("a band needs at least one value")
    if len(ordered) == 1:
        only = _whole(ordered[0])
        return PeerBand(only, only, only)
    low, median, high = statistics.quantiles(ordered, n=4, method="inclusive")
    return PeerBand(_whole(low), _whole(median), _whole(high))


def peer_group(
    group_size_class: str,
    state: str | None,
    contributions: int,
    scores: Mapping[str, list[float]],
    widened: bool = False,
) -> PeerGroup | None:
    """The group to show from the scores per dimension, or None under the threshold.

    The query already withholds groups under the threshold; this check is the second lock.
    """
    if contributions < MIN_CONTRIBUTIONS:
        return None
    bands = {dimension: band(values) for dimension, values in scores.items() if values}
    return PeerGroup(group_size_class, state, contributions, bands, widened)


def _whole(value: float) -> int:
    # Half a point up (not to even), so 62.5 reads 63 as people round.
    return int(value + 0.5)
