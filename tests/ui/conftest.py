"""UI tests: the real app under AppTest on the sample questionnaire and a fresh database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import storage
from questionnaire import SAMPLE_QUESTIONNAIRE, Answers, load_questionnaire, parse_answers

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
EXAMPLE = ROOT / "examples" / "sample-answers.json"


@pytest.fixture(autouse=True)
def environment(tmp_path, monkeypatch):
    """Every test: the sample questionnaire and its own SQLite file."""
    monkeypatch.setenv("KIRC_QUESTIONNAIRE", str(SAMPLE_QUESTIONNAIRE))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'ki-readiness.db'}")
    yield
    storage.close_engines()


@pytest.fixture
def repo():
    """The repository the app uses, on this test's own database file."""
    return storage.AssessmentRepository(storage.get_engine())


@pytest.fixture
def sample():
    """The sample questionnaire."""
    return load_questionnaire(SAMPLE_QUESTIONNAIRE)


@pytest.fixture
def example_answers(sample) -> Answers:
    """The example answers file (full mode, German, with notes and targets)."""
    answers, _ = parse_answers(EXAMPLE.read_text(encoding="utf-8"), sample, str(EXAMPLE))
    return answers


@pytest.fixture
def app(repo):
    """A fresh app session (no token in the URL yet)."""
    return AppTest.from_file(str(APP), default_timeout=30)


def open_app(token: str | None = None, page: str | None = None) -> AppTest:
    """Run the app as a browser opening `?t=token`, then switch to `page` when given."""
    at = AppTest.from_file(str(APP), default_timeout=30)
    if token:
        at.query_params["t"] = token
    at.run()
    if page:
        at.switch_page(page).run()
    return at


def radar_traces(at: AppTest) -> dict[str, list]:
    """The radar's traces by name, read from the plotly figure the app sent."""
    charts = [c for c in at.get("plotly_chart") if "scatterpolar" in c.proto.spec]
    spec = json.loads(charts[0].proto.spec)
    return {trace["name"]: trace["r"] for trace in spec["data"]}


@pytest.fixture
def gemeinde_token(monkeypatch) -> str:
    """An assessment of the small Gemeinde example on the shipped questionnaire (the use-case
    catalogue needs its dimensions)."""
    from questionnaire import default_questionnaire_path, load_answers

    monkeypatch.setenv("KIRC_QUESTIONNAIRE", str(default_questionnaire_path()))
    shipped = load_questionnaire(default_questionnaire_path())
    answers, _ = load_answers(ROOT / "examples" / "gemeinde-klein.json", shipped)
    return storage.AssessmentRepository(storage.get_engine()).create(answers)
