"""The use-case views under AppTest: overview with filters, matrix and table; detail; triage."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import open_app

ROOT = Path(__file__).resolve().parents[2]
OVERVIEW = "views/anwendungsfaelle.py"
DETAIL = "views/anwendungsfall.py"


@pytest.fixture
def token(gemeinde_token):
    return gemeinde_token


def detail(token: str, case: str):
    at = open_app(token)
    at.query_params["fall"] = case
    return at.switch_page(DETAIL).run()


def test_the_overview_shows_matrix_table_and_links_for_the_gemeinde(token):
    at = open_app(token, OVERVIEW)
    assert not at.exception
    assert at.title[0].value == "Anwendungsfälle"
    assert at.selectbox(key="uc.filter.kind").value == "gemeinde"
    table = at.table[0].value
    assert "startklar" in set(table["Passung"])
    assert "Texterkennung gescannter Eingangspost" in set(table["Anwendungsfall"])
    # Use cases for a kreisfreie Stadt only are filtered out for a Gemeinde.
    assert "Verhaltenserkennung in der Videoüberwachung" not in set(table["Anwendungsfall"])


def test_the_family_filter_narrows_the_table(token):
    at = open_app(token, OVERVIEW)
    at.multiselect(key="uc.filter.family").set_value(["speech_audio"]).run()
    titles = set(at.table[0].value["Anwendungsfall"])
    assert titles == {"Sitzungen transkribieren und Protokoll entwerfen",
                      "Diktieren mit Spracherkennung",
                      "Gespräche im Bürgerservice übersetzen"}  # fmt: skip


def test_all_kinds_include_the_city_only_cases(token):
    at = open_app(token, OVERVIEW)
    at.selectbox(key="uc.filter.kind").set_value("all").run()
    assert "Verhaltenserkennung in der Videoüberwachung" in set(at.table[0].value["Anwendungsfall"])


def test_the_overview_in_english(token):
    at = open_app(token)
    at.session_state["ui.language"] = "en"
    at.switch_page(OVERVIEW).run()
    assert at.title[0].value == "Use cases"
    assert "ready to start" in set(at.table[0].value["Fit"])


def test_the_detail_page_shows_gaps_law_and_expected_classification(token):
    at = detail(token, "buerger_chatbot")
    assert not at.exception
    assert at.header[0].value == "Chatbot für Bürgerfragen"
    prerequisites = at.table[0].value
    assert "nein" in set(prerequisites["Erfüllt"])
    text = " ".join(m.value for m in at.markdown)
    assert "Erwartete Einordnung nach der KI-Verordnung: Transparenzpflichten" in text


def test_an_unknown_use_case_says_so(token):
    at = detail(token, "nope")
    assert not at.exception
    assert any("gibt es im Katalog nicht" in i.value for i in at.info)


def answer(at, question: str, choice: str):
    at.radio(key=f"triage.buerger_chatbot.q.{question}").set_value(choice).run()
    return at.button(key="triage.buerger_chatbot.next").click().run()


def test_the_triage_runs_one_question_at_a_time_back_and_forth(token):
    at = detail(token, "buerger_chatbot")
    assert at.button(key="triage.buerger_chatbot.back").disabled
    at = answer(at, "ai_system", "yes")
    at = answer(at, "role", "deployer")
    path = [m.value for m in at.markdown if m.value.startswith("1. ")]
    assert path and "2. " in path[0]  # the path so far, numbered
    at.button(key="triage.buerger_chatbot.back").click().run()
    assert at.radio(key="triage.buerger_chatbot.q.role").value is None  # asked again
    at = answer(at, "role", "dont_know")
    warnings = " ".join(w.value for w in at.warning)
    assert "rechtliche Prüfung nötig" in warnings


def test_the_catalogue_answers_fill_the_triage_and_show_dated_obligations(token):
    at = detail(token, "buerger_chatbot")
    at.button(key="triage.buerger_chatbot.prefill").click().run()
    assert "Ergebnis: Transparenzpflichten" in " ".join(i.value for i in at.info)
    text = " ".join(m.value for m in at.markdown)
    assert "Art. 50 KI-VO" in text and "gilt seit 2. August 2026" in text
    captions = " ".join(c.value for c in at.caption)
    assert "Rechtsstand:" in captions and "keine Rechtsberatung" in captions
