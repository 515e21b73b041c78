"""A NUL character in user text is dropped on the way in, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from questionnaire import Profile, new_answers
from storage import WorkshopRepository

pytestmark = pytest.mark.postgres

NUL = "\x00"


def test_profile_and_notes_with_nul_are_stored_without_it(repo, sample):
    profile = Profile(organisation=f"Gemeinde{NUL} Nulldorf", respondent_role=f"Haupt{NUL}amt")
    answers = new_answers(sample, profile=profile, notes={"budget": f"Zeile{NUL}1", "law": NUL})
    token = repo.create(answers)

    repo.save_note(token, "strategy_document", f"{NUL}Beschluss{NUL}")
    repo.save_note(token, "champions", NUL * 3)  # nothing left: no note
    repo.save_profile(token, Profile(organisation=f"Amt{NUL} Nord", state="SH"))
    saved = repo.get(token)

    assert saved.profile.organisation == "Amt Nord" and saved.profile.state == "SH"
    assert saved.notes == {"budget": "Zeile1", "strategy_document": "Beschluss"}


def test_replacing_with_nul_in_profile_and_notes_stores_them_without_it(repo, sample):
    token = repo.create(new_answers(sample))
    profile = Profile(organisation=f"Kreis{NUL}stadt", respondent_role=NUL)

    repo.replace(token, new_answers(sample, profile=profile, notes={"budget": f"a{NUL}b"}))
    saved = repo.get(token)

    assert saved.profile.organisation == "Kreisstadt"
    assert saved.profile.respondent_role in (None, "")
    assert saved.notes == {"budget": "ab"}


def test_workshop_title_and_display_name_with_nul_are_stored_without_it(engine, sample):
    workshops = WorkshopRepository(engine)
    workshop = workshops.create(f"Runde{NUL} eins", sample.id, sample.version, "short")
    named = workshops.join(workshop.code, f"Käm{NUL}merin")
    unnamed = workshops.join(workshop.code, f" {NUL} ")

    assert workshop.title == "Runde eins"
    assert workshops.get(workshop.id).title == "Runde eins"
    assert workshops.participant(named).display_name == "Kämmerin"
    assert workshops.participant(unnamed).display_name is None
    assert workshops.participants(workshop.id) == [(1, "Kämmerin", False), (2, None, False)]
