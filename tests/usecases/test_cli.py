"""The command line: check, triage and fit; bad input gives located messages and exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from usecases import TRIAGE_FORMAT
from usecases.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
CHATBOT = ROOT / "examples" / "triage-buergerchatbot.json"
GEMEINDE = ROOT / "examples" / "gemeinde-klein.json"
FMT = '{"format": "ki-readiness-check/triage@1",'


def run_here(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_validates_the_shipped_files(capsys):
    code, out, err = run_here(capsys, "check")
    assert (code, err) == (0, "")
    assert "ki-vo-triage.yaml: ok" in out and "katalog.yaml: ok (35 use cases)" in out


def test_triage_prints_the_classification_obligations_dates_and_disclaimer_as_json(capsys):
    code, out, err = run_here(capsys, "triage", str(CHATBOT), "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["complete"] and data["classification"] == "transparenz"
    assert data["label"] == "Transparenzpflichten"
    citations = {o["provision"]: o for o in data["obligations"]}
    assert citations["ki_vo_art50"]["applies_from"] == "2026-08-02"
    assert citations["ki_vo_art4"]["when"].startswith("gilt seit")
    assert "keine Rechtsberatung" in data["disclaimer"]
    assert [step["question"] for step in data["path"]][:3] == ["ai_system", "role", "gpai"]


def test_triage_text_in_english(capsys):
    code, out, _ = run_here(capsys, "triage", str(CHATBOT), "--lang", "en")
    assert code == 0
    assert out.startswith("Result: transparency obligations")
    assert "not legal advice" in out and "Legal status as of" in out


def test_an_incomplete_triage_names_the_next_question_with_its_answers(capsys, tmp_path):
    path = tmp_path / "partial.json"
    path.write_text(
        json.dumps({"format": TRIAGE_FORMAT, "answers": {"ai_system": "yes"}}), encoding="utf-8"
    )
    code, out, _ = run_here(capsys, "triage", str(path), "--format", "json")
    data = json.loads(out)
    assert code == 0 and not data["complete"] and data["classification"] is None
    assert data["next_question"]["id"] == "role"
    assert data["next_question"]["answers"][-1] == {"id": "dont_know", "label": "Weiß nicht"}


def test_fit_lists_every_use_case_with_fit_and_gaps(capsys):
    code, out, _ = run_here(capsys, "fit", str(GEMEINDE), "--format", "json")
    assert code == 0
    cases = json.loads(out)["use_cases"]
    assert len(cases) == 35
    assert cases[0]["fit"] == "startklar"
    blocked = next(c for c in cases if c["fit"] == "noch_nicht")
    assert blocked["gaps"] and blocked["gaps"][0]["recommendations"]


def test_fit_text_is_a_table_for_the_municipality_kind(capsys):
    code, out, _ = run_here(capsys, "fit", str(GEMEINDE))
    assert code == 0
    header = out.splitlines()[0].split()
    assert header[:2] == ["Anwendungsfall", "Passung"]
    assert "Verhaltenserkennung" not in out  # fits a kreisfreie Stadt only, not a Gemeinde


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (f'{FMT} "answers": {{"ai_sytem": "yes"}}}}', "answers.ai_sytem: there is no question"),
        (f'{FMT} "answers": {{"role": "owner"}}}}', "answers.role: question 'role' has no option"),
        ('{"format": "other@1", "answers": {}}', "format: this is not"),
        (f'{FMT} "answers": {{"gpai": ["yes"]}}}}', "answers.gpai: expected text"),
        ('{"answers": {}}', "required key 'format' is missing"),
        ("answers: [unclosed", "answers.json:1: "),
        ("[1, 2]", "the file must contain a mapping"),
    ],
)
def test_bad_triage_answers_give_a_located_message_and_exit_code_2(tmp_path, content, expected):
    path = tmp_path / "answers.json"
    path.write_text(content, encoding="utf-8")
    command = [sys.executable, "-m", "usecases", "triage", str(path)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stdout == ""
    assert f"{path}" in result.stderr and expected in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_assessment_file_gives_exit_code_2(capsys, tmp_path):
    code, out, err = run_here(capsys, "fit", str(tmp_path / "missing.json"))
    assert code == 2 and out == "" and "missing.json: file not found" in err


def test_a_broken_triage_tree_is_reported_by_check(capsys, tmp_path):
    text = (ROOT / "usecases" / "data" / "ki-vo-triage.yaml").read_text(encoding="utf-8")
    path = tmp_path / "tree.yaml"
    path.write_text(text.replace("next: p_crime_prediction", "next: ai_system"), "utf-8")
    code, _, err = run_here(capsys, "check", "--triage", str(path))
    assert code == 2
    assert "questions[0].id: the questions form a cycle (ai_system → role → gpai" in err


def test_a_deeply_nested_file_is_refused_with_exit_code_2(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    for verb in ("triage", "fit"):
        command = [sys.executable, "-m", "usecases", verb, str(path)]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        assert result.returncode == 2, result.stderr
        assert "nested more than" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "lang", "expected"),
    [
        ("provision: ki_vo_art86", "provision: ki_vo_art68", "en",
         "obligations[13].provision: there is no provision 'ki_vo_art68' in the Rechtsstand"),
        ("next: hr_exception", "next: hr_exceptoin", "de",
         "Es gibt kein Element 'hr_exceptoin' (Art: Frage); meinten Sie 'hr_exception'?"),
        ("dont_know_conclusion: legal_review", "dont_know_conclusion: assessed", "en",
         "the conclusion for 'Weiß nicht' must have classification 'pruefung', found 'gering'"),
    ],
)  # fmt: skip
def test_a_broken_tree_is_refused_with_located_messages_in_both_languages(
    rechtsstand, old, new, lang, expected
):
    from questionnaire import InputError
    from usecases import parse_triage

    text = (ROOT / "usecases" / "data" / "ki-vo-triage.yaml").read_text(encoding="utf-8")
    assert old in text
    with pytest.raises(InputError) as caught:
        parse_triage(text.replace(old, new, 1), "tree.yaml", rechtsstand.provisions)
    assert any(expected in line for line in caught.value.lines(lang)), caught.value.lines(lang)
