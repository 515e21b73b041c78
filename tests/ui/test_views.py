"""Every view renders without an exception, with and without an open assessment."""

from __future__ import annotations

import json

import pytest

from .conftest import open_app

VIEWS = {
    "views/start.py": "KI-Readiness-Check für Kommunen",
    "views/profil.py": "Profil Ihrer Verwaltung",
    "views/fragebogen.py": "Fragebogen",
    "views/ergebnis.py": "Ergebnis",
    "views/plan.py": "Fahrplan und Strategie",
    "views/export.py": "Export",
}


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_renders_its_title_without_an_assessment(repo, view):
    at = open_app(page=view)
    assert not at.exception
    assert at.title[0].value == VIEWS[view]


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_renders_its_title_with_an_assessment(repo, example_answers, view):
    token = repo.create(example_answers)
    at = open_app(token, view)
    assert not at.exception
    assert at.title[0].value == VIEWS[view]
    assert not at.error


def test_a_questionnaire_without_kurzcheck_and_with_three_levels_runs_end_to_end(
    repo, build, tmp_path, monkeypatch
):
    levels = [
        {
            "name": {"de": f"Stufe {n}", "en": f"Level {n}"},
            "min_score": low,
            "description": {"de": f"Beschreibung {n}", "en": f"Description {n}"},
        }
        for n, low in ((1, 0), (2, 40), (3, 70))
    ]
    data = {
        "id": "tiny",
        "version": "2",
        "languages": ["de", "en"],
        "title": {"de": "Klein", "en": "Tiny"},
        "levels": levels,
        "dimensions": [build.dimension("only", [build.single("q1"), build.multi("q2")])],
    }
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("KIRC_QUESTIONNAIRE", str(path))

    at = open_app()
    assert [b.key for b in at.button if b.key.startswith("start.")] == ["start.full"]
    at.button(key="start.full").click().run()
    at.switch_page("views/fragebogen.py").run()
    at.radio(key="q.q1.answer").set_value("s4").run()
    at.checkbox(key="q.q2.option.p2").check().run()
    at.button(key="fragebogen.to_result").click().run()

    assert not at.exception
    # q1 step 4, q2 4 * 2/4 = 2: (4 + 2) / 8 = 75 -> level 3 of 3.
    # No recommendation fires, so no first steps: the overall level comes first.
    assert at.subheader[0].value == "Gesamtstufe 3 von 3: Stufe 3"
