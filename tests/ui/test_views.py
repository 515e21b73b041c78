"""Every view renders without an exception, with and without an open assessment."""

from __future__ import annotations

import pytest

from .conftest import open_app

VIEWS = {
    "views/start.py": "KI-Readiness-Check für Kommunen",
    "views/profil.py": "Profil Ihrer Verwaltung",
    "views/fragebogen.py": "Fragebogen",
    "views/ergebnis.py": "Ergebnis",
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
