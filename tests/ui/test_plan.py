"""The plan page: the roadmap from the answers, its editor (saved at once) and the documents."""

from __future__ import annotations

import json

import storage
import texts
from plan import Edit
from scoring import score

from .conftest import open_app

PAGE = "views/plan.py"


def _rows(at) -> int:
    return len(at.table[0].value)


def test_the_roadmap_has_one_step_per_recommendation_and_a_timeline(repo, example_answers, sample):
    token = repo.create(example_answers)
    at = open_app(token, PAGE)
    assert not at.exception
    fired = len(score(sample, example_answers).recommendations)
    assert fired > 0
    assert _rows(at) == fired
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert sum(len(trace["y"]) for trace in spec["data"]) == fired


def test_moving_a_step_is_saved_at_once_and_survives_a_reload(repo, example_answers):
    token = repo.create(example_answers)
    at = open_app(token, PAGE)
    step_id = at.selectbox(key="plan.edit.step").value
    at.selectbox(key=f"plan.edit.month.{step_id}").set_value(7).run()
    assert not at.exception
    assert storage.RoadmapRepository(storage.get_engine()).edits(token) == {step_id: Edit(start=7)}
    again = open_app(token, PAGE)
    table = again.table[0].value
    moved = table[table[texts.text("plan", "edit_moved", "de")] == "✓"]
    assert len(moved) == 1
    month = again.selectbox(key=f"plan.edit.month.{step_id}").format_func(7)
    assert moved.iloc[0][texts.text("plan", "roadmap_start", "de")] == month


def test_a_new_owner_is_saved_and_can_be_undone(repo, example_answers):
    token = repo.create(example_answers)
    at = open_app(token, PAGE)
    step_id = at.selectbox(key="plan.edit.step").value
    at.text_input(key=f"plan.edit.owner.{step_id}").input("Bürgermeisterin").run()
    edits = storage.RoadmapRepository(storage.get_engine()).edits(token)
    assert edits == {step_id: Edit(owner="Bürgermeisterin")}
    owners = at.table[0].value[texts.text("plan", "roadmap_owner", "de")]
    assert "Bürgermeisterin" in owners.tolist()
    at.button(key=f"plan.edit.reset.{step_id}").click().run()
    assert storage.RoadmapRepository(storage.get_engine()).edits(token) == {}


def test_the_council_summary_is_made_on_request_and_the_other_documents_are_offered(
    repo, example_answers
):
    token = repo.create(example_answers)
    at = open_app(token, PAGE)
    keys = {b.proto.id for b in at.get("download_button")}
    assert len(keys) >= 5 + 8  # summary, strategy, roadmap CSV/XLSX, pack, single templates
    at.button(key="plan.summary.pdf").click().run()
    assert not at.exception
    pdf = [b for b in at.get("download_button") if "pdf" in b.proto.label.lower()]
    assert pdf, "the summary PDF is offered after it was made"


def test_the_page_speaks_english_in_english(repo, example_answers):
    token = repo.create(example_answers.model_copy(update={"language": "en"}))
    at = open_app(token, PAGE)
    assert at.title[0].value == "Roadmap and strategy"
    assert at.subheader[0].value == "Documents"


def test_the_export_page_offers_the_council_summary_first_and_shares_it_with_the_plan_page(
    repo, example_answers
):
    token = repo.create(example_answers)
    at = open_app(token, "views/export.py")
    assert not at.exception
    assert at.subheader[0].value == "Zusammenfassung für den Rat"
    at.button(key="plan.summary.pdf").click().run()
    assert [b for b in at.get("download_button") if "plan.summary.pdf" in b.proto.id]
