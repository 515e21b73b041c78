"""Every page names the Rechtsstand in the sidebar and warns plainly when it is old."""

from __future__ import annotations

import pytest
import yaml

import questionnaire.rechtsstand as rechtsstand_module
from questionnaire import SAMPLE_QUESTIONNAIRE, default_rechtsstand_path

from .conftest import open_app

VIEWS = ["views/start.py", "views/profil.py", "views/ergebnis.py", "views/workshop_beitreten.py"]


def _captions(at) -> list[str]:
    return [c.value for c in at.sidebar.caption]


@pytest.mark.parametrize("view", VIEWS)
def test_every_page_shows_the_rechtsstand_date(view):
    at = open_app(page=view)
    assert not at.exception
    assert "Rechtsstand: 4. Dezember 2026" in _captions(at)


def test_the_date_follows_the_language():
    at = open_app()
    at.sidebar.segmented_control(key="ui.language_switch").set_value("en").run()
    assert "Legal status as of: 4 December 2026" in _captions(at)


def test_a_rechtsstand_older_than_six_months_is_said_plainly(tmp_path, monkeypatch):
    data = yaml.safe_load(default_rechtsstand_path().read_text(encoding="utf-8"))
    data["as_of"] = "2020-01-31"
    old = tmp_path / "rechtsstand.yaml"
    old.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(rechtsstand_module, "DEFAULT_RECHTSSTAND", old)
    # Another path for the questionnaire: the app's cache of the loaded file does not hold it.
    copy = tmp_path / "sample.yaml"
    copy.write_bytes(SAMPLE_QUESTIONNAIRE.read_bytes())
    monkeypatch.setenv("KIRC_QUESTIONNAIRE", str(copy))
    at = open_app()
    assert "Rechtsstand: 31. Januar 2020" in _captions(at)
    (warning,) = at.sidebar.warning
    assert "älter als sechs Monate" in warning.value


def test_a_current_rechtsstand_gives_no_warning():
    at = open_app()
    assert not at.sidebar.warning
