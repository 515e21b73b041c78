"""Peer comparison, the pure part: size classes, quartile bands, the threshold's second lock."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring.peers import MIN_CONTRIBUTIONS, SIZE_CLASSES, PeerBand, band, peer_group, size_class


@pytest.mark.parametrize(
    ("kind", "population", "expected"),
    [
        ("gemeinde", 0, "under_5k"),
        ("gemeinde", 4_999, "under_5k"),
        ("gemeinde", 5_000, "5k_20k"),
        ("stadt", 19_999, "5k_20k"),
        ("stadt", 20_000, "20k_100k"),
        ("kreisfreie_stadt", 99_999, "20k_100k"),
        ("kreisfreie_stadt", 100_000, "100k_plus"),
        ("landkreis", 3_000, "landkreis"),
        ("landkreis", None, "landkreis"),
        ("gemeinde", None, None),
        (None, 8_000, None),
    ],
)
def test_size_classes_follow_the_documented_bounds_with_landkreise_apart(
    kind, population, expected
):
    assert size_class(kind, population) == expected
    assert expected is None or expected in SIZE_CLASSES


def test_a_band_is_median_and_quartiles_as_spreadsheets_compute_them_in_whole_points():
    assert band([10, 20, 30, 40, 50]) == PeerBand(20, 30, 40)
    assert band([0, 25, 50, 100]) == PeerBand(19, 38, 63)  # 18.75, 37.5, 62.5 rounded half up
    assert band([42.4]) == PeerBand(42, 42, 42)


@given(st.lists(st.floats(min_value=0, max_value=100), min_size=2, max_size=60))
def test_a_band_agrees_with_numpy_and_stays_ordered_within_the_values(values):
    low, median, high = np.percentile(values, [25, 50, 75])
    found = band(values)

    assert found.low <= found.median <= found.high
    assert round(min(values)) - 1 <= found.low and found.high <= round(max(values)) + 1
    for whole, exact in ((found.low, low), (found.median, median), (found.high, high)):
        assert abs(whole - exact) <= 0.5 + 1e-9


def test_a_group_under_the_threshold_is_never_shown_even_if_scores_were_handed_in():
    scores = {"strategy": [10.0, 20.0, 30.0, 40.0]}

    assert MIN_CONTRIBUTIONS == 5
    assert peer_group("under_5k", None, 4, scores) is None
    shown = peer_group("under_5k", "BY", 5, {**scores, "law": []})
    assert shown.contributions == 5 and set(shown.bands) == {"strategy"}
