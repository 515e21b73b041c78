"""Roadmap changes: stored per assessment and step, removed with the assessment, kept on import."""

from __future__ import annotations

import pytest

from plan import Edit
from storage import RoadmapRepository, UnknownAssessment
from storage.schema import roadmap_edits

from .conftest import assessment_id, rows_of

pytestmark = pytest.mark.postgres


@pytest.fixture
def roadmap(engine) -> RoadmapRepository:
    return RoadmapRepository(engine)


def test_a_moved_step_and_a_new_owner_come_back(repo, roadmap, full_answers):
    token = repo.create(full_answers)
    roadmap.save(token, "governance_level_1_appoint", Edit(start=2))
    roadmap.save(token, "law_dpia_missing", Edit(owner="Ordnungsamt"))
    assert roadmap.edits(token) == {
        "governance_level_1_appoint": Edit(start=2, owner=None),
        "law_dpia_missing": Edit(start=None, owner="Ordnungsamt"),
    }


def test_saving_again_replaces_and_an_empty_change_removes(repo, roadmap, engine, full_answers):
    token = repo.create(full_answers)
    roadmap.save(token, "a", Edit(start=2, owner="X"))
    roadmap.save(token, "a", Edit(start=5))
    assert roadmap.edits(token) == {"a": Edit(start=5)}
    roadmap.save(token, "a", Edit())
    assert roadmap.edits(token) == {}
    assert rows_of(engine, roadmap_edits) == []


def test_an_owner_is_cleaned_the_same_way_on_every_database(repo, roadmap, full_answers):
    token = repo.create(full_answers)
    roadmap.save(token, "a", Edit(owner="  Haupt\x00amt " + "x" * 300))
    owner = roadmap.edits(token)["a"].owner
    assert owner.startswith("Hauptamt x") and len(owner) == 200


@pytest.mark.parametrize("month", [-1, 13])
def test_a_start_outside_the_year_and_after_is_refused(repo, roadmap, full_answers, month):
    token = repo.create(full_answers)
    with pytest.raises(ValueError, match="between 0 and 12"):
        roadmap.save(token, "a", Edit(start=month))


def test_an_unknown_assessment_is_refused(roadmap):
    with pytest.raises(UnknownAssessment):
        roadmap.save("no-such-token", "a", Edit(start=1))
    with pytest.raises(UnknownAssessment):
        roadmap.edits("no-such-token")


def test_deleting_the_assessment_removes_its_changes_and_only_its(
    repo, roadmap, engine, full_answers
):
    kept, gone = repo.create(full_answers), repo.create(full_answers)
    roadmap.save(kept, "a", Edit(start=1))
    roadmap.save(gone, "a", Edit(start=3))
    gone_id = assessment_id(engine, gone)
    repo.delete(gone)
    assert rows_of(engine, roadmap_edits, gone_id) == []
    assert roadmap.edits(kept) == {"a": Edit(start=1)}


def test_replacing_the_answers_by_an_import_keeps_the_changes(repo, roadmap, full_answers):
    token = repo.create(full_answers)
    roadmap.save(token, "a", Edit(start=4))
    repo.replace(token, full_answers)
    assert roadmap.edits(token) == {"a": Edit(start=4)}
