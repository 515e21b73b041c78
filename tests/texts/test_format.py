"""One formatter: the app, the reports and the command line write numbers and dates alike."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reports.i18n import Texts
from texts import format as fmt
from ui import format as ui_format


@pytest.mark.parametrize(
    ("share", "lang", "expected"),
    [(0.5, "de", "50\u00a0%"), (0.5, "en", "50%"), (0.974, "de", "97\u00a0%"), (None, "en", "–")],
)
def test_a_percentage_has_a_no_break_space_in_german_and_none_in_english(share, lang, expected):
    assert fmt.percent(share, lang) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("2026-11-24", "de", "24.11.2026"),
        ("2026-11-24", "en", "24 November 2026"),
        (date(2026, 8, 2), "en", "2 August 2026"),
        (datetime(2026, 3, 1, 14, 5), "de", "01.03.2026"),
        ("2026-03-01T14:05:00", "en", "1 March 2026"),
        ("Herbst 2026", "de", "Herbst 2026"),
    ],
)
def test_a_day_is_written_the_way_the_language_writes_it(value, lang, expected):
    assert fmt.day(value, lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("de", "2. August 2026"), ("en", "2 August 2026")])
def test_a_long_day_names_the_month(lang, expected):
    assert fmt.long_day("2026-08-02", lang) == expected


@given(
    share=st.floats(0, 1, allow_nan=False),
    value=st.floats(-1e6, 1e6, allow_nan=False),
    whole=st.integers(0, 10**7),
    day=st.dates(),
    lang=st.sampled_from(["de", "en"]),
)
def test_app_and_report_write_every_number_and_day_alike(share, value, whole, day, lang):
    report = Texts(lang)
    assert report.percent(share) == ui_format.percent(share, lang)
    assert report.number(value) == ui_format.number(value, lang)
    assert report.integer(whole) == fmt.integer(whole, lang)
    assert report.date(day.isoformat()) == ui_format.day(day, lang)


@given(value=st.floats(-1e6, 1e6, allow_nan=False), lang=st.sampled_from(["de", "en"]))
def test_a_number_reads_back_as_the_value_rounded(value, lang):
    written = fmt.number(value, lang)
    mark = "," if lang == "de" else "."
    assert written.count(mark) == 1
    assert float(written.replace(",", ".")) == pytest.approx(round(value, 1), abs=0.051)
