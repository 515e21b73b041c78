"""The command line: `python -m reports ANSWERS... --pdf/--html/--csv/--xlsx FILE`."""

import subprocess
import sys
from pathlib import Path

import pytest

from questionnaire import SAMPLE_QUESTIONNAIRE, dump_answers, new_answers
from reports.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
INVALID = ROOT / "tests" / "fixtures" / "invalid"
SAMPLE_ANSWERS = ROOT / "examples" / "sample-answers.json"
Q = ["--questionnaire", str(SAMPLE_QUESTIONNAIRE)]


def test_a_broken_answers_file_exits_2_with_file_line_and_place(capsys):
    code = main([str(INVALID / "a_unknown_option.json"), *Q, "--html", "unused.html"])
    assert code == 2
    err = capsys.readouterr().err
    assert "a_unknown_option.json:20: answers.budget: question 'budget' has no option " in err


def test_messages_follow_the_report_language(capsys):
    main([str(INVALID / "a_unknown_option.json"), *Q, "--lang", "de", "--csv", "unused.csv"])
    assert "answers.budget: Die Frage 'budget' hat keine Option 'plenty'" in capsys.readouterr().err


def test_the_command_line_never_shows_a_traceback_for_bad_input(tmp_path):
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "reports",
            str(INVALID / "a_json_syntax_error.json"),
            *Q,
            "--html",
            str(tmp_path / "r.html"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 2
    assert "a_json_syntax_error.json:12:" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "r.html").exists()


def test_html_csv_and_xlsx_are_written_where_asked(tmp_path):
    out = {kind: tmp_path / f"report.{kind}" for kind in ("html", "csv", "xlsx")}
    args = [arg for kind, path in out.items() for arg in (f"--{kind}", str(path))]
    assert main([str(SAMPLE_ANSWERS), *Q, *args]) == 0
    assert "Gemeinde Beispielstadt" in out["html"].read_text("utf-8")
    assert out["csv"].read_bytes().startswith(b"\xef\xbb\xbfparticipant;")
    assert out["xlsx"].read_bytes().startswith(b"PK")


def test_several_answers_files_make_a_group_report(tmp_path, sample):
    files = []
    for i, value in enumerate(("none", "draft", "reviewed")):
        path = tmp_path / f"p{i}.json"
        path.write_text(dump_answers(new_answers(sample, answers={"strategy_document": value})))
        files.append(str(path))
    assert main([*files, *Q, "--html", str(tmp_path / "group.html")]) == 0
    assert "3 Teilnehmenden eines Workshops" in (tmp_path / "group.html").read_text("utf-8")


def test_asking_for_no_output_is_an_error_with_exit_code_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main([str(SAMPLE_ANSWERS), *Q])
    assert stop.value.code == 2
    assert "nothing to write" in capsys.readouterr().err


def test_an_output_that_cannot_be_written_exits_1_with_a_message(tmp_path, capsys):
    target = tmp_path / "missing-folder" / "r.csv"
    assert main([str(SAMPLE_ANSWERS), *Q, "--csv", str(target)]) == 1
    assert "r.csv: cannot write" in capsys.readouterr().err


def test_the_report_speaks_the_language_of_the_answers_unless_told_otherwise(tmp_path):
    english = ROOT / "tests" / "fixtures" / "answers" / "short-en.yaml"
    assert main([str(english), *Q, "--html", str(tmp_path / "en.html")]) == 0
    html = (tmp_path / "en.html").read_text("utf-8")
    assert '<html lang="en">' in html and "Short check (3 questions)" in html
    assert main([str(english), *Q, "--lang", "de", "--html", str(tmp_path / "de.html")]) == 0
    assert "Kurzcheck (3 Fragen)" in (tmp_path / "de.html").read_text("utf-8")
