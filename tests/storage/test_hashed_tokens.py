"""Tokens at rest: only hashes are stored; links handed out before migration 3 keep working."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, MetaData, select, text

import storage.migrations
from questionnaire import new_answers
from storage import (
    AssessmentRepository,
    UnknownWorkshop,
    WorkshopRepository,
    open_engine,
    token_hash,
)
from storage.migrations import MIGRATIONS

pytestmark = pytest.mark.postgres

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
OLD_RESUME = "oldResumeToken-AAAAAAAAAAAAAAAAA"  # 32 characters, as token_urlsafe(24) gives
OLD_EARLIER = "oldEarlierRound-BBBBBBBBBBBBBBBB"
OLD_HOST = "oldHostToken-CCCCCCCCCCCCCCCCCCC"
OLD_PARTICIPANT = "oldParticipant-DDDDDDDDDDDDDDDDD"
OLD_CODE = "KQ7M2X"
OLD_SECRETS = (OLD_RESUME, OLD_EARLIER, OLD_HOST, OLD_PARTICIPANT)


def old_presentation_key(host_token: str, code: str) -> str:
    """The projector key as the app derived it before migration 3 (ui/workshop/access.py)."""
    message = b"presentation:" + code.encode()
    return hmac.new(host_token.encode(), message, hashlib.sha256).hexdigest()[:32]


def fill_the_old_way(url: str, monkeypatch, sample) -> None:
    """A database at migration 2 holding plain tokens, written as the app wrote it then."""
    with monkeypatch.context() as patch:
        patch.setattr(storage.migrations, "MIGRATIONS", MIGRATIONS[:2])
        engine = open_engine(url)
    assessment = (
        "INSERT INTO assessments (id, token, previous_id, questionnaire_id, questionnaire_version,"
        " mode, language, organisation, kind, population, state, created_at, updated_at)"
        " VALUES (:id, :token, :previous, :qid, :version, 'full', 'de', 'Gemeinde Altdorf',"
        " 'gemeinde', 4200, 'BB', :now, :now)"
    )
    workshop = (
        "INSERT INTO workshops (id, code, host_token, title, questionnaire_id,"
        " questionnaire_version, mode, dimensions, revealed, closed, include_names,"
        " presentation_step, created_at) VALUES (1, :code, :host, 'Alte Runde', :qid, :version,"
        " 'short', NULL, :no, :no, :no, 2, :now)"
    )
    plain = {"qid": sample.id, "version": sample.version, "now": NOW}
    try:
        with engine.begin() as connection:
            run = connection.execute
            run(text(assessment), {**plain, "id": 1, "token": OLD_EARLIER, "previous": None})
            run(text(assessment), {**plain, "id": 2, "token": OLD_RESUME, "previous": 1})
            run(text("INSERT INTO assessment_answers VALUES (2, 'budget', 'line', NULL)"))
            run(text("INSERT INTO assessment_notes VALUES (2, 'budget', 'Haushalt 2026')"))
            run(text("INSERT INTO assessment_targets VALUES (2, 'strategy', 4)"))
            run(text(workshop), {**plain, "code": OLD_CODE, "host": OLD_HOST, "no": False})
            run(
                text(
                    "INSERT INTO participants (id, workshop_id, token, number, display_name,"
                    " finished, joined_at) VALUES (1, 1, :token, 1, 'Kämmerin', :no, :now)"
                ),
                {"token": OLD_PARTICIPANT, "no": False, "now": NOW},
            )
            run(text("INSERT INTO participant_answers VALUES (1, 'budget', 'none', NULL)"))
    finally:
        engine.dispose()


def stored_text(engine: Engine) -> str:
    """Every value of every table, as text (what a copy of the database would show)."""
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        rows = [
            repr(tuple(row))
            for table in metadata.sorted_tables
            for row in connection.execute(select(table))
        ]
    return "\n".join(rows)


def test_links_handed_out_before_the_migration_still_open_everything(database, monkeypatch, sample):
    fill_the_old_way(database, monkeypatch, sample)

    engine = open_engine(database)
    try:
        assessments = AssessmentRepository(engine)
        workshops = WorkshopRepository(engine)
        resumed = assessments.get(OLD_RESUME)
        earlier = assessments.history(OLD_RESUME)
        host_view = workshops.by_host_token(OLD_HOST)
        projector = workshops.by_presentation_key(
            OLD_CODE, old_presentation_key(OLD_HOST, OLD_CODE)
        )
        participant = workshops.participant(OLD_PARTICIPANT)
        content = stored_text(engine)
    finally:
        engine.dispose()

    assert resumed.profile.organisation == "Gemeinde Altdorf"
    assert resumed.answers == {"budget": "line"}
    assert resumed.notes == {"budget": "Haushalt 2026"} and resumed.targets == {"strategy": 4}
    assert [entry.key for entry in earlier] == [token_hash(OLD_EARLIER)]
    assert host_view is not None and host_view.title == "Alte Runde"
    assert host_view.presentation_step == 2
    assert projector == host_view
    assert participant.display_name == "Kämmerin" and participant.workshop == host_view
    assert participant.answers.answers == {"budget": "none"}
    assert not any(secret in content for secret in OLD_SECRETS)


def test_after_the_migration_a_wrong_key_or_a_hash_given_as_token_opens_nothing(
    database, monkeypatch, sample
):
    fill_the_old_way(database, monkeypatch, sample)
    engine = open_engine(database)
    try:
        assessments = AssessmentRepository(engine)
        workshops = WorkshopRepository(engine)
        assert assessments.get(token_hash(OLD_RESUME)) is None
        assert workshops.by_host_token(token_hash(OLD_HOST)) is None
        assert workshops.participant(token_hash(OLD_PARTICIPANT)) is None
        wrong = old_presentation_key(OLD_PARTICIPANT, OLD_CODE)
        assert workshops.by_presentation_key(OLD_CODE, wrong) is None
        assert workshops.by_presentation_key(OLD_CODE, "") is None
    finally:
        engine.dispose()


def test_the_database_file_holds_no_token(sqlite_url, tmp_path, sample):
    engine = open_engine(sqlite_url)
    assessments = AssessmentRepository(engine)
    workshops = WorkshopRepository(engine)
    first = assessments.create(_answers(sample))
    resume = assessments.create(_answers(sample), previous_token=first)
    workshop = workshops.create("Runde", sample.id, sample.version, "short")
    participant = workshops.join(workshop.code, "Name")
    workshops.save_answer(participant, "budget", "line")
    key = storage.presentation_key(workshop.host_token, workshop.code)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()

    content = b"".join(path.read_bytes() for path in tmp_path.glob("ki-readiness.db*"))
    for secret in (first, resume, workshop.host_token, participant, key):
        assert secret.encode() not in content
    # The control: the file is readable as bytes, and the hashes are there instead.
    assert token_hash(resume).encode() in content
    assert token_hash(workshop.host_token).encode() in content


def test_no_table_holds_a_token_on_either_database(engine, sample):
    assessments = AssessmentRepository(engine)
    workshops = WorkshopRepository(engine)
    resume = assessments.create(_answers(sample))
    workshop = workshops.create("Runde", sample.id, sample.version, "short")
    participant = workshops.join(workshop.code)
    key = storage.presentation_key(workshop.host_token, workshop.code)

    content = stored_text(engine)

    for secret in (resume, workshop.host_token, participant, key):
        assert secret not in content
    assert token_hash(resume) in content and workshop.code in content
    assert workshops.by_presentation_key(workshop.code, key) == workshop


def _answers(sample):
    return new_answers(sample, answers={"budget": "line"})


def test_the_projector_key_moves_the_presentation_and_a_wrong_key_does_not(engine, sample):
    workshops = WorkshopRepository(engine)
    workshop = workshops.create("Runde", sample.id, sample.version, "short")
    projector = workshops.by_presentation_key(workshop.code.lower(), workshop.presentation_key)

    workshops.present_step(workshop.code, projector.presentation_key, 3)

    assert projector.host_token is None  # the key opens the presentation, not the dashboard
    assert workshops.get(workshop.id).presentation_step == 3
    with pytest.raises(UnknownWorkshop):
        workshops.present_step(workshop.code, workshop.host_token, 1)
    with pytest.raises(UnknownWorkshop):
        workshops.present_step("ZZZZZZ", workshop.presentation_key, 1)
    assert workshops.get(workshop.id).presentation_step == 3
