"""The AI portfolio: items kept with the assessment, in order, and the migration that added it."""

from __future__ import annotations

import pytest

import storage
from storage import MIGRATIONS, AssessmentRepository, PortfolioRepository, open_engine
from storage.schema import portfolio_items
from usecases import PortfolioItem

from .conftest import rows_of

pytestmark = pytest.mark.postgres


@pytest.fixture
def portfolio(engine) -> PortfolioRepository:
    return PortfolioRepository(engine)


def item(item_id: str, **fields) -> PortfolioItem:
    return PortfolioItem(id=item_id, name=fields.pop("name", f"Fall {item_id}"), **fields)


def test_items_come_back_in_the_order_they_were_added_and_an_update_keeps_its_place(
    repo, portfolio, full_answers
):
    token = repo.create(full_answers)
    portfolio.save(token, item("a1", triage={"ai_system": "yes"}))
    portfolio.save(token, item("b2", unit="Hauptamt <b>", training_done=True))
    portfolio.save(token, item("a1", status="pilot", contact="Frau Beispiel"))
    assert [(i.id, i.status) for i in portfolio.items(token)] == [("a1", "pilot"), ("b2", "idee")]
    assert portfolio.items(token)[1] == item("b2", unit="Hauptamt <b>", training_done=True)


def test_removing_an_item_and_deleting_the_assessment_leave_no_rows(
    repo, portfolio, engine, full_answers
):
    token = repo.create(full_answers)
    portfolio.save(token, item("a1"))
    portfolio.save(token, item("b2"))
    portfolio.remove(token, "a1")
    assert [i.id for i in portfolio.items(token)] == ["b2"]
    repo.delete(token)
    assert rows_of(engine, portfolio_items) == []


def test_an_import_that_replaces_the_answers_keeps_the_portfolio(repo, portfolio, full_answers):
    token = repo.create(full_answers)
    portfolio.save(token, item("a1"))
    repo.replace(token, full_answers)
    assert [i.id for i in portfolio.items(token)] == ["a1"]


def test_a_nul_character_never_reaches_the_database(repo, portfolio, full_answers):
    token = repo.create(full_answers)
    portfolio.save(token, item("a1", unit="Haupt\x00amt"))
    assert portfolio.items(token)[0].unit == "Hauptamt"


def test_an_unknown_token_is_refused(portfolio):
    with pytest.raises(storage.UnknownAssessment):
        portfolio.items("no-such-token")


def test_a_database_filled_before_the_portfolio_keeps_everything_and_gains_one(
    database, monkeypatch, full_answers
):
    before = [m for m in MIGRATIONS if m.name != "portfolio"]
    with monkeypatch.context() as patch:
        patch.setattr(storage.migrations, "MIGRATIONS", tuple(before))
        old = open_engine(database)
        token = AssessmentRepository(old).create(full_answers)
        AssessmentRepository(old).save_answer(token, "champions", "network")
        old.dispose()
    engine = open_engine(database)  # now with every migration, the portfolio's included
    try:
        saved = AssessmentRepository(engine).get(token)
        assert saved.answers["champions"] == "network"
        assert saved.profile == full_answers.profile
        portfolio = PortfolioRepository(engine)
        assert portfolio.items(token) == []
        portfolio.save(token, item("a1"))
        assert [i.id for i in portfolio.items(token)] == ["a1"]
    finally:
        engine.dispose()
