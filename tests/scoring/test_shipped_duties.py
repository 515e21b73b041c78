"""The shipped questionnaire's first steps and legal duties on the shipped examples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from questionnaire.placeholders import load_staff_acts

ROOT = Path(__file__).resolve().parents[2]
DUTIES = {
    "duty_ai_literacy": ["Art. 4 KI-VO"],
    "duty_prohibited_practices": ["Art. 5 KI-VO"],
    "duty_transparency": ["Art. 50 KI-VO"],
    "duty_dpia": ["Art. 35 DSGVO"],
    "duty_staff_council": ["{lpvg}", "§ 178 Abs. 2 SGB IX"],
    "duty_automated_decisions": ["§ 35a VwVfG", "Art. 22 DSGVO"],
}


def scoring_json(name: str) -> dict:
    run = subprocess.run(
        [sys.executable, "-m", "scoring", f"examples/{name}", "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout)


def test_the_small_gemeinde_starts_with_five_steps_one_naming_the_ai_lead():
    data = scoring_json("gemeinde-klein.json")
    steps = data["first_steps"]
    assert 1 <= len(steps) <= 5
    assert "governance_ai_lead_missing" in [s["id"] for s in steps]
    assert all(s["owner"] and s["effort_label"] and s["start_label"] for s in steps)


@pytest.mark.parametrize(
    "name", ["gemeinde-klein.json", "stadt-mittel.json", "landkreis-gross.json"]
)
def test_every_example_gets_the_six_legal_duties_with_references_and_date(name):
    duties = scoring_json(name)["legal_duties"]
    state = json.loads((ROOT / "examples" / name).read_text(encoding="utf-8"))["profile"]["state"]
    act = load_staff_acts().name(state, "de")  # the profile's Land names its own act
    expected = {d: [act if r == "{lpvg}" else r for r in refs] for d, refs in DUTIES.items()}
    assert {d["id"]: d["references"] for d in duties} == expected
    assert {d["status"] for d in duties} <= {"fulfilled", "open", "unclear", "not_relevant"}
    assert all(d["rechtsstand"] == "2026-12-04" for d in duties)


def test_the_examples_differ_in_their_legal_duties():
    statuses = {
        name: tuple(d["status"] for d in scoring_json(name)["legal_duties"])
        for name in ("gemeinde-klein.json", "stadt-mittel.json", "landkreis-gross.json")
    }
    assert len(set(statuses.values())) == 3
    assert statuses["gemeinde-klein.json"][0] == "open"  # AI in use, no literacy measures
    assert statuses["landkreis-gross.json"][0] == "fulfilled"
