"""The AI portfolio under AppTest: add, edit with autosave, triage, remove, register downloads."""

from __future__ import annotations

from pathlib import Path

import pytest

import storage

from .conftest import open_app

ROOT = Path(__file__).resolve().parents[2]
PAGE = "views/portfolio.py"


@pytest.fixture
def token(gemeinde_token):
    return gemeinde_token


def stored(token):
    return storage.PortfolioRepository(storage.get_engine()).items(token)


def add_chatbot(token):
    at = open_app(token, PAGE)
    at.selectbox(key="pf.add.catalogue").set_value("buerger_chatbot").run()
    return at.button(key="pf.add.catalogue_button").click().run()


def test_an_empty_portfolio_explains_how_to_start(token):
    at = open_app(token, PAGE)
    assert not at.exception
    assert at.title[0].value == "KI-Portfolio und KI-Register"
    assert any("noch leer" in i.value for i in at.info)


def test_a_catalogue_case_is_added_with_its_triage_and_shown_in_the_table(token):
    at = add_chatbot(token)
    assert not at.exception
    [item] = stored(token)
    assert item.use_case == "buerger_chatbot" and item.name == "Chatbot für Bürgerfragen"
    table = at.table[0].value
    assert list(table["Einordnung nach der KI-Verordnung"]) == ["Transparenzpflichten"]


def test_every_field_is_saved_when_it_changes_and_survives_a_new_session(token):
    at = add_chatbot(token)
    item = stored(token)[0]
    at.text_input(key=f"pf.{item.id}.unit").set_value("Bürgerbüro").run()
    at.selectbox(key=f"pf.{item.id}.status").set_value("pilot").run()
    at.selectbox(key=f"pf.{item.id}.staff_council").set_value("vereinbart").run()
    at.checkbox(key=f"pf.{item.id}.training_done").check().run()
    saved = stored(token)[0]
    assert (saved.unit, saved.status, saved.staff_council, saved.training_done) == (
        "Bürgerbüro", "pilot", "vereinbart", True,
    )  # fmt: skip
    again = open_app(token, PAGE)  # the resume link in a new browser
    assert again.text_input(key=f"pf.{item.id}.unit").value == "Bürgerbüro"


def test_an_own_case_is_triaged_one_question_at_a_time_and_its_result_kept(token):
    at = open_app(token, PAGE)
    at.text_input(key="pf.add.own").set_value("Eigenes Prognosemodell <b>").run()
    at.button(key="pf.add.own_button").click().run()
    item = stored(token)[0]
    assert item.use_case is None and item.name == "Eigenes Prognosemodell <b>"
    scope = f"triage.pf-{item.id}"
    at.radio(key=f"{scope}.q.ai_system").set_value("yes").run()
    at.button(key=f"{scope}.next").click().run()
    at.radio(key=f"{scope}.q.role").set_value("dont_know").run()
    at.button(key=f"{scope}.next").click().run()
    assert stored(token)[0].triage == {"ai_system": "yes", "role": "dont_know"}
    assert list(at.table[0].value["Einordnung nach der KI-Verordnung"]) == [
        "rechtliche Prüfung nötig"
    ]


def test_the_register_downloads_are_offered_and_an_entry_can_be_removed(token):
    at = add_chatbot(token)
    keys = {b.key for b in at.get("download_button")}
    assert {"pf.download.html", "pf.download.csv", "pf.download.json",
            "pf.download.steckbrief"} <= keys  # fmt: skip
    item = stored(token)[0]
    at.button(key=f"pf.{item.id}.remove").click().run()
    assert stored(token) == []


def test_the_detail_page_adds_its_case_to_the_portfolio(token):
    at = open_app(token)
    at.query_params["fall"] = "ocr_eingangspost"
    at.switch_page("views/anwendungsfall.py").run()
    at.button(key="uc.add_to_portfolio").click().run()
    assert [i.use_case for i in stored(token)] == ["ocr_eingangspost"]


def test_the_portfolio_in_english(token):
    at = open_app(token)
    at.session_state["ui.language"] = "en"
    at.switch_page(PAGE).run()
    assert at.title[0].value == "AI portfolio and AI register"


def test_the_resume_link_is_at_the_foot_of_a_filled_portfolio_once(token):
    at = add_chatbot(token)
    assert len([c for c in at.code if c.value.endswith(f"?t={token}")]) == 1
