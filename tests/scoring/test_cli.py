"""The scoring command line: text tables, the documented JSON, languages, groups.

Expected numbers are worked out by hand from questionnaire/data/sample.yaml and the answers
files in tests/fixtures/answers/ (see the comments).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scoring.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = ROOT / "tests" / "fixtures" / "answers"
SAMPLE = "questionnaire/data/sample.yaml"
FULL = "tests/fixtures/answers/full.json"
PARTICIPANTS = [str(ANSWERS / f"participant-{i}.json") for i in (1, 2, 3)]


def run(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "scoring", *args, "--questionnaire", SAMPLE]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def run_here(capsys, *args: str) -> tuple[str, str]:
    """Run the command line in this process (fast); it must succeed."""
    code = main([*args, "--questionnaire", str(ROOT / SAMPLE)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out, err


def table_rows(text: str) -> list[list[str]]:
    """The rows of the first table in `text`, split on runs of two or more spaces."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if set(line) <= {"-", " "} and line) - 1
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return [[cell for cell in lines[i].split("  ") if cell.strip()] for i in range(start, end)]


def stripped(rows):
    return [[cell.strip() for cell in row] for row in rows]


# full.json: strategy (weight 2): adopted 3 (weight 2) + project 2 -> 100 * 8 / 12 = 66.67;
# law: draft 2 + [dpo, it] 4 * 2/3 + no_plans 4 -> 100 * 8.67 / 12 = 72.22;
# skills: dont_know 0 + some 2 -> 25, target 4 -> gap 2;
# overall (2 * 66.67 + 72.22 + 25) / 4 = 57.64, level 3; the weakest (2) + 1 = 3: no cap.
# Only skills_basics fires: trainings has step 0 (dont_know) and the strategy is adopted.


def test_the_text_output_is_a_table_with_every_dimension_and_the_overall_result():
    result = run(FULL)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[0] == "Beispiel-Fragebogen"
    assert stripped(table_rows(result.stdout)) == [
        ["Dimension", "Punkte", "Stufe", "Vollständigkeit", "Weiß nicht", "Ziel", "Abstand"],
        [
            "-----------",
            "------",
            "------------",
            "---------------",
            "----------",
            "----",
            "-------",
        ],
        ["Strategie", "66,7", "Gesteuert", "100\u00a0%", "0", "–", "–"],
        ["Recht", "72,2", "Gesteuert", "100\u00a0%", "0", "–", "–"],
        ["Kompetenzen", "25,0", "Erkundend", "100\u00a0%", "1", "4", "2"],
        ["Gesamt", "57,6", "Strukturiert", "100\u00a0%"],
    ]
    assert lines[-2:] == ["Empfehlungen:", "- [hoch] Kompetenzen: Schulen Sie die Grundlagen."]
    assert "begrenzt" not in result.stdout


def test_the_json_output_has_exactly_the_documented_keys_and_values_to_one_decimal():
    result = run(FULL, "--format", "json")
    assert (result.returncode, result.stderr) == (0, "")
    data = json.loads(result.stdout)
    assert list(data) == [
        "overall",
        "dimensions",
        "recommendations",
        "first_steps",
        "legal_duties",
        "rechtsstand",
    ]
    assert data["overall"] == {
        "score": 57.6,
        "level": 3,
        "level_name": "Strukturiert",
        "capped": False,
        "completeness": 100.0,
    }
    assert data["dimensions"] == [
        {
            "id": "strategy",
            "score": 66.7,
            "level": 4,
            "level_name": "Gesteuert",
            "completeness": 100.0,
            "dont_know": 0,
            "target": None,
            "gap": None,
        },
        {
            "id": "law",
            "score": 72.2,
            "level": 4,
            "level_name": "Gesteuert",
            "completeness": 100.0,
            "dont_know": 0,
            "target": None,
            "gap": None,
        },
        {
            "id": "skills",
            "score": 25.0,
            "level": 2,
            "level_name": "Erkundend",
            "completeness": 100.0,
            "dont_know": 1,
            "target": 4,
            "gap": 2,
        },
    ]
    assert data["recommendations"] == [
        {
            "id": "skills_basics",
            "dimension": "skills",
            "priority": "high",
            "effort": "project",
            "text": "Schulen Sie die Grundlagen.",
        }
    ]
    # The first steps: the top of the same order, each with owner, effort and a start.
    assert data["first_steps"] == [
        {
            "id": "skills_basics",
            "dimension": "skills",
            "priority": "high",
            "effort": "project",
            "effort_label": "Projekt",
            "owner": "Personalentwicklung",
            "start": "months_3",
            "start_label": "in den nächsten 3 Monaten",
            "text": "Schulen Sie die Grundlagen.",
        }
    ]
    assert data["legal_duties"] == []  # the sample defines none
    assert data["rechtsstand"] == "2026-12-04"


def numbers(value):
    if isinstance(value, dict):
        return [n for v in value.values() for n in numbers(v)]
    if isinstance(value, list):
        return [n for v in value for n in numbers(v)]
    return [value] if isinstance(value, float) else []


@pytest.mark.parametrize(
    "name", ["full.json", "short-en.yaml", "participant-2.json", "other-version.json"]
)
def test_every_number_in_the_json_output_is_rounded_to_one_decimal(capsys, name):
    out, _ = run_here(capsys, str(ANSWERS / name), "--format", "json")
    data = json.loads(out)
    assert all(round(n, 1) == n for n in numbers(data))
    for dimension in data["dimensions"]:
        assert set(dimension) == {
            "id",
            "score",
            "level",
            "level_name",
            "completeness",
            "dont_know",
            "target",
            "gap",
        }
    assert set(data["overall"]) == {"score", "level", "level_name", "capped", "completeness"}
    for recommendation in data["recommendations"]:
        assert set(recommendation) == {"id", "dimension", "priority", "effort", "text"}


def test_a_third_of_a_point_is_rounded_not_cut(capsys):
    # participant-2, law: draft 2 + [dpo] 4/3 + no_plans 4 -> 100 * 7.333 / 12 = 61.11
    out, _ = run_here(capsys, PARTICIPANTS[1], "--format", "json")
    assert json.loads(out)["dimensions"][1]["score"] == 61.1
    # full.json, strategy: 66.666... is shown as 66.7
    out, _ = run_here(capsys, str(ROOT / FULL), "--format", "json")
    assert json.loads(out)["dimensions"][0]["score"] == 66.7


def test_lang_en_gives_english_texts(capsys):
    out, _ = run_here(capsys, str(ROOT / FULL), "--lang", "en")
    assert out.splitlines()[0] == "Sample questionnaire"
    rows = stripped(table_rows(out))
    assert rows[0] == ["Dimension", "Score", "Level", "Completeness", "Don't know", "Target", "Gap"]
    assert [row[0] for row in rows[2:]] == ["Strategy", "Law", "Skills", "Overall"]
    assert rows[2][2] == "Managed"
    assert out.splitlines()[-2:] == ["Recommendations:", "- [high] Skills: Train the basics."]


def test_lang_en_gives_english_texts_in_json(capsys):
    out, _ = run_here(capsys, str(ROOT / FULL), "--lang", "en", "--format", "json")
    data = json.loads(out)
    assert data["overall"]["level_name"] == "Structured"
    assert data["recommendations"][0]["text"] == "Train the basics."


# short-en.yaml (Kurzcheck): strategy draft 2 -> 50 (level 3); law: ai_rules none -> 0
# (level 1); skills: recorded 4 -> 100 (level 5). Overall (2 * 50 + 0 + 100) / 4 = 50, level 3,
# capped by law at 1 + 1 = 2. law_rules (levels 1-3) fires; law has target 3 -> gap 2.


def test_without_lang_the_texts_follow_the_language_of_the_answers(capsys):
    out, _ = run_here(capsys, str(ANSWERS / "short-en.yaml"))
    assert stripped(table_rows(out))[2:] == [
        ["Strategy", "50.0", "Structured", "100%", "0", "–", "–"],
        ["Law", "0.0", "Not started", "100%", "0", "3", "2"],
        ["Skills", "100.0", "Leading", "100%", "0", "–", "–"],
        ["Overall", "50.0", "Exploring", "100%"],
    ]
    assert "Overall level capped by the weakest dimension: Law" in out.splitlines()
    assert out.splitlines()[-1] == "- [high] Law: Issue an internal directive."


def test_lang_overrides_the_language_of_the_answers(capsys):
    out, _ = run_here(capsys, str(ANSWERS / "short-en.yaml"), "--lang", "de")
    assert "Gesamtstufe begrenzt durch die schwächste Dimension: Recht" in out.splitlines()


def test_the_json_says_when_the_cap_applied(capsys):
    out, _ = run_here(capsys, str(ANSWERS / "short-en.yaml"), "--format", "json")
    overall = json.loads(out)["overall"]
    assert overall == {
        "score": 50.0,
        "level": 2,
        "level_name": "Exploring",
        "capped": True,
        "completeness": 100.0,  # the 3 questions of the Kurzcheck, not all 7
    }


# other-version.json: law has 1 of 3 questions answered -> "zu wenige Antworten".


def test_a_dimension_with_too_few_answers_is_shown_as_such_and_the_version_warned(capsys):
    out, err = run_here(capsys, str(ANSWERS / "other-version.json"))
    assert ["Recht", "zu wenige Antworten", "–", "33\u00a0%", "0", "–", "–"] in stripped(
        table_rows(out)
    )
    assert err == (
        f"{ANSWERS / 'other-version.json'}:1: questionnaire.version: warning: the answers were "
        "given to version 0.9; this questionnaire is version 1.0\n"
    )


def test_a_dimension_with_too_few_answers_is_null_in_json(capsys):
    out, _ = run_here(capsys, str(ANSWERS / "other-version.json"), "--format", "json")
    data = json.loads(out)
    law = data["dimensions"][1]
    assert data["overall"]["completeness"] == 57.1  # 4 of 7 questions
    assert (law["score"], law["level"], law["level_name"], law["completeness"]) == (
        None,
        None,
        None,
        33.3,
    )


# Group of participant-1/2/3: strategy 0, 50, 100; law 0, 61.11, 100; skills 0, 25, 100.
# Prompts: roles_involved (steps 0, 4/3, 4: std 1.66) first, then the questions with steps
# 0, 2, 4 (std 1.63) in file order; face_recognition and champions have only 2 answers.


def test_group_text_shows_the_participants_the_dimension_table_and_the_prompts(capsys):
    out, _ = run_here(capsys, "group", *PARTICIPANTS)
    lines = out.splitlines()
    assert lines[0] == "Teilnehmende: 3"
    assert stripped(table_rows(out)) == [
        [
            "Dimension",
            "n",
            "Mittelwert",
            "Median",
            "Minimum",
            "Maximum",
            "Standardabweichung",
            "Einigkeit",
        ],
        ["-----------", "-", "----------", "------", "-------", "-------", "-" * 18, "---------"],
        # min and max only from 5 participants (anonymity)
        ["Strategie", "3", "50,0", "50,0", "–", "–", "40,8", "gering"],
        ["Recht", "3", "53,7", "61,1", "–", "–", "41,2", "gering"],
        ["Kompetenzen", "3", "41,7", "25,0", "–", "–", "42,5", "gering"],
    ]
    assert lines[-6:] == [
        "Diskussionsfragen (größte Uneinigkeit):",
        "- Wer wird beteiligt? (Standardabweichung 1,66, n 3)",
        "- Gibt es eine KI-Strategie? (Standardabweichung 1,63, n 3)",
        "- Gibt es ein Budget? (Standardabweichung 1,63, n 3)",
        "- Gibt es Regeln für KI? (Standardabweichung 1,63, n 3)",
        "- Gibt es Schulungen? (Standardabweichung 1,63, n 3)",
    ]


def test_group_json_reports_each_dimension_and_the_prompts(capsys):
    out, _ = run_here(capsys, "group", *PARTICIPANTS, "--format", "json", "--lang", "en")
    data = json.loads(out)
    assert list(data) == ["participants", "mode", "overall", "dimensions", "prompts"]
    assert (data["participants"], data["mode"]) == (3, "full")
    assert data["dimensions"][0] == {
        "id": "strategy",
        "n": 3,
        "mean": 50.0,
        "median": 50.0,
        "min": None,  # min and max only from 5 participants (anonymity)
        "max": None,
        "std": 40.8,
        "consensus": "low",
    }
    assert [p["id"] for p in data["prompts"]] == [
        "roles_involved",
        "strategy_document",
        "budget",
        "ai_rules",
        "trainings",
    ]
    assert data["prompts"][0] == {
        "id": "roles_involved",
        "dimension": "law",
        "text": "Who is involved?",
        "n": 3,
        "mean": 1.78,
        "std": 1.66,
        "distribution": {"dpo": 2, "staff_council": 0, "it": 1, "legal": 1, "none_of_these": 0},
    }


def test_group_runs_as_a_real_command():
    result = run("group", *PARTICIPANTS, "--format", "json")
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout)["participants"] == 3


def test_problems_are_told_in_the_language_asked_for(tmp_path):
    bad = tmp_path / "bad.json"
    data = json.loads((ROOT / FULL).read_text(encoding="utf-8"))
    data["profile"]["population"] = "viele"
    bad.write_text(json.dumps(data), encoding="utf-8")
    german, english = run(str(bad), "--lang", "de"), run(str(bad))
    assert german.returncode == english.returncode == 2
    assert "Erwartet: eine ganze Zahl; gefunden: der Text 'viele'" in german.stderr
    assert "expected a whole number, found the text 'viele'" in english.stderr
