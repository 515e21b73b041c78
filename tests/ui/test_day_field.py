"""Dates are typed as text in the language's own form (ui/components/day_field.py), in the
profile and in the portfolio alike."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import storage
from questionnaire import new_answers
from ui.components.day_field import read_day, shown_day
from ui.i18n import t

from .conftest import open_app


def items(token: str):
    return storage.PortfolioRepository(storage.get_engine()).items(token)


@given(st.dates(min_value=date(1000, 1, 1)), st.sampled_from(["de", "en"]))
def test_a_shown_day_reads_back_as_the_same_day(day, lang):
    assert read_day(shown_day(day, lang)) == day
    assert shown_day(day.isoformat(), lang) == shown_day(day, lang)


@pytest.mark.parametrize("text", ["", "31.02.2026", "4.12", "morgen", "2026-13-01", "1.1.1.1"])
def test_what_is_no_date_reads_as_none(text):
    assert read_day(text) is None


def test_a_portfolio_item_takes_its_start_as_a_typed_date(repo, sample):
    token = repo.create(new_answers(sample))
    at = open_app(token, "views/portfolio.py")
    at.text_input(key="pf.add.own").input("Posteingang sortieren").run()
    at.button(key="pf.add.own_button").click().run()
    assert not at.exception and not at.date_input
    (item,) = items(token)
    field = at.text_input(key=f"pf.{item.id}.started")
    assert field.label == t("pf.started", "de")
    assert field.placeholder == "TT.MM.JJJJ"

    field.input("1.3.2027").run()
    assert items(token)[0].started == date(2027, 3, 1)
    at.text_input(key=f"pf.{item.id}.started").input("30.02.2027").run()
    assert at.error[0].value == t("day_field.invalid", "de")
    assert items(token)[0].started == date(2027, 3, 1)
    at.text_input(key=f"pf.{item.id}.started").input("").run()
    assert items(token)[0].started is None
