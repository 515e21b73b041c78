"""A database filled with version 1.0 answers opens with the shipped questionnaire: migration 8
adds the `legacy` column, carry_over rewrites assessments and workshops, nothing is lost."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

import storage.migrations
from questionnaire import (
    check_answers,
    default_questionnaire_path,
    load_answers,
    load_questionnaire,
)
from storage import AssessmentRepository, carry_over, open_engine, token_hash
from storage.migrations import MIGRATIONS
from storage.schema import assessment_answers, participant_answers, participants, workshops

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "fixtures" / "v1"
NOW = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)
RESUME = "resumeTokenOfVersion1-AAAAAAAAAA"
HOST = "hostTokenOfVersion1-BBBBBBBBBBBB"
PEOPLE = ("participantOne-CCCCCCCCCCCCCCCCC", "participantTwo-DDDDDDDDDDDDDDDDD")


@pytest.fixture(scope="module")
def old():
    return load_questionnaire(V1 / "ki-readiness-kommunen-1.0.yaml")


@pytest.fixture(scope="module")
def shipped():
    return load_questionnaire(default_questionnaire_path())


def _row(value):
    return (None, json.dumps(value)) if isinstance(value, list) else (value, None)


def fill_with_version_1(url: str, monkeypatch, old) -> dict:
    """A database at migration 7 holding a 1.0 assessment and a 1.0 workshop, written in SQL."""
    with monkeypatch.context() as patch:
        patch.setattr(storage.migrations, "MIGRATIONS", MIGRATIONS[:7])
        engine = open_engine(url)
    gemeinde, _ = load_answers(V1 / "gemeinde-klein-1.0.json", old)
    kreis, _ = load_answers(V1 / "landkreis-gross-1.0.json", old)
    try:
        with engine.begin() as connection:
            run = connection.execute
            run(
                text(
                    "INSERT INTO assessments (id, token_hash, questionnaire_id,"
                    " questionnaire_version, mode, language, organisation, kind, population,"
                    " state, created_at, updated_at) VALUES (1, :hash, :qid, '1.0', 'full',"
                    " 'de', 'Gemeinde Hügelbach', 'gemeinde', 8100, 'RP', :now, :now)"
                ),
                {"hash": token_hash(RESUME), "qid": old.id, "now": NOW},
            )
            for qid, value in gemeinde.answers.items():
                run(
                    text("INSERT INTO assessment_answers VALUES (1, :q, :v, :c)"),
                    {"q": qid, "v": _row(value)[0], "c": _row(value)[1]},
                )
            for qid, note in gemeinde.notes.items():
                run(text("INSERT INTO assessment_notes VALUES (1, :q, :t)"), {"q": qid, "t": note})
            run(text("INSERT INTO assessment_targets VALUES (1, 'strategy', 3)"))
            run(
                text(
                    "INSERT INTO workshops (id, code, host_token_hash, title, questionnaire_id,"
                    " questionnaire_version, mode, dimensions, revealed, closed, include_names,"
                    " presentation_step, created_at) VALUES (1, 'KQ7M2X', :hash, 'Runde 2026',"
                    " :qid, '1.0', 'full', NULL, :no, :no, :no, 0, :now)"
                ),
                {"hash": token_hash(HOST), "qid": old.id, "no": False, "now": NOW},
            )
            for number, (token, answers) in enumerate(
                zip(PEOPLE, (gemeinde, kreis), strict=True), start=1
            ):
                run(
                    text(
                        "INSERT INTO participants (id, workshop_id, token_hash, number,"
                        " display_name, finished, joined_at) VALUES (:n, 1, :hash, :n, NULL, :no,"
                        " :now)"
                    ),
                    {"n": number, "hash": token_hash(token), "no": False, "now": NOW},
                )
                for qid, value in answers.answers.items():
                    run(
                        text("INSERT INTO participant_answers VALUES (:n, :q, :v, :c)"),
                        {"n": number, "q": qid, "v": _row(value)[0], "c": _row(value)[1]},
                    )
    finally:
        engine.dispose()
    return {"gemeinde": gemeinde, "kreis": kreis}


def test_a_version_1_database_is_carried_over_and_keeps_everything(
    database, monkeypatch, old, shipped
):
    before = fill_with_version_1(database, monkeypatch, old)
    engine = open_engine(database)  # migration 8 runs here
    try:
        done = carry_over(engine, shipped)
        assert (done.assessments, done.workshops) == (1, 1)
        answers = AssessmentRepository(engine).get(RESUME)
        assert answers.questionnaire.version == shipped.version
        assert answers.profile.organisation == "Gemeinde Hügelbach"
        assert answers.targets == {"strategy": 3}
        assert answers.legacy.version == "1.0"
        assert answers.legacy.answers == before["gemeinde"].answers
        assert answers.legacy.notes == before["gemeinde"].notes
        assert [p for p in check_answers(answers, shipped) if not p.warning] == []
        assert len(answers.answers) >= 30
        stored_ids = set(_scalars(engine, select(assessment_answers.c.question_id)))
        assert stored_ids <= set(shipped.questions())

        assert _scalars(engine, select(workshops.c.questionnaire_version)) == [shipped.version]
        stored = set(_scalars(engine, select(participant_answers.c.question_id)))
        assert stored <= set(shipped.questions()) and stored
        kept = [json.loads(v) for v in _scalars(engine, select(participants.c.legacy))]
        assert [k["answers"] for k in kept] == [
            before["gemeinde"].answers,
            before["kreis"].answers,
        ]
        # A second start (or a second process) finds nothing left to do.
        assert carry_over(engine, shipped).assessments == 0
        assert AssessmentRepository(engine).get(RESUME) == answers
    finally:
        engine.dispose()


def test_assessments_of_the_current_version_are_left_alone(engine, shipped):
    from questionnaire import new_answers

    repo = AssessmentRepository(engine)
    token = repo.create(new_answers(shipped, answers={"strategy_document": "draft"}))
    assert carry_over(engine, shipped).assessments == 0
    assert repo.get(token).legacy is None


def _scalars(engine, query) -> list:
    with engine.connect() as connection:
        return list(connection.scalars(query))
