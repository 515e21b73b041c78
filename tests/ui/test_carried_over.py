"""An assessment carried over from version 1.0 says so, briefly, until its new questions are
answered."""

from __future__ import annotations

from pathlib import Path

from questionnaire import default_questionnaire_path, load_answers, load_questionnaire

from .conftest import open_app
from .workshop_app import JOIN_VIEW, open_view, workshops

V1 = Path(__file__).resolve().parents[1] / "fixtures" / "v1"


def test_the_notice_names_what_changed_and_goes_once_answered(repo, monkeypatch):
    monkeypatch.setenv("KIRC_QUESTIONNAIRE", str(default_questionnaire_path()))
    shipped = load_questionnaire(default_questionnaire_path())
    answers, _ = load_answers(V1 / "gemeinde-klein-1.0.json", shipped)
    token = repo.create(answers)
    at = open_app(token, "views/fragebogen.py")
    assert not at.exception
    (notice,) = [i.value.replace("\\", "") for i in at.info if "übertragen" in i.value]
    assert "Version 1.0" in notice and f"Version {shipped.version}" in notice
    assert "Antworten sind übernommen" in notice and "noch offen" in notice

    fresh = {"governance_ai_team": "none", "ethics_chatbot_answers": "not_applicable",
             "it_ai_in_updates": "unnoticed", "use_case_discovery": "vendor_driven"}  # fmt: skip
    for qid, value in fresh.items():
        repo.save_answer(token, qid, value)
    at = open_app(token, "views/ergebnis.py")
    assert not [i.value for i in at.info if "übertragen" in i.value]


def test_the_app_carries_stored_version_1_work_over_when_it_starts(repo, monkeypatch):
    monkeypatch.setenv("KIRC_QUESTIONNAIRE", str(default_questionnaire_path()))
    old = load_questionnaire(V1 / "ki-readiness-kommunen-1.0.yaml")
    answers, _ = load_answers(V1 / "gemeinde-klein-1.0.json", old)
    token = repo.create(answers)  # stored as version 1.0 would have stored it
    assert repo.get(token).questionnaire.version == "1.0"
    at = open_app(token, "views/ergebnis.py")
    assert not at.exception
    carried = repo.get(token)
    assert carried.questionnaire.version != "1.0"
    assert carried.legacy.answers == answers.answers
    assert [i for i in at.info if "übertragen" in i.value]


def test_a_workshop_participant_whose_answers_were_carried_over_is_told_so(monkeypatch):
    monkeypatch.setenv("KIRC_QUESTIONNAIRE", str(default_questionnaire_path()))
    old = load_questionnaire(V1 / "ki-readiness-kommunen-1.0.yaml")
    answers, _ = load_answers(V1 / "gemeinde-klein-1.0.json", old)
    workshop = workshops().create("Runde", old.id, old.version, "full")
    token = workshops().join(workshop.code)
    for qid, value in answers.answers.items():  # as version 1.0 would have stored them
        workshops().save_answer(token, qid, value)

    at = open_view(JOIN_VIEW, p=token)  # the app carries the workshop over when it starts
    assert not at.exception
    (notice,) = [i.value.replace("\\", "") for i in at.info if "übertragen" in i.value]
    assert notice.startswith("Sie haben mit Version 1.0 des Fragebogens begonnen")
    assert "Antworten sind übernommen" in notice and "noch offen" in notice

    fresh = {"governance_ai_team": "none", "ethics_chatbot_answers": "not_applicable",
             "it_ai_in_updates": "unnoticed", "use_case_discovery": "vendor_driven"}  # fmt: skip
    for qid, value in fresh.items():
        workshops().save_answer(token, qid, value)
    at = open_view(JOIN_VIEW, p=token)
    assert not [i.value for i in at.info if "übertragen" in i.value]
