"""Deep nesting is refused while the parse events are read, before anything recurses."""

from __future__ import annotations

import subprocess
import sys

import pytest

from questionnaire import InputError, load_questionnaire, parse_answers, parse_questionnaire
from questionnaire import source as source_module
from questionnaire.source import MAX_DEPTH, parse

from ..conftest import DEEP_CASES, DEEP_KINDS, ROOT, SAMPLE, deep_document, deep_file_name

GERMAN = f"mehr als {MAX_DEPTH} Ebenen tief verschachtelt"
ENGLISH = f"nested more than {MAX_DEPTH} levels deep"


@pytest.mark.parametrize(("kind", "depth"), DEEP_CASES)
def test_deep_nesting_is_refused_with_its_line(kind, depth):
    with pytest.raises(InputError) as caught:
        parse(deep_document(kind, depth), "deep.txt")
    [problem] = caught.value.problems
    assert problem.code == "too_deep"
    # Block-style YAML mappings go down one line per level: the first line too deep is named.
    line = MAX_DEPTH + 1 if kind == "yaml-mapping" and depth == 1_000 else 1
    expected = f"deep.txt:{line}: Listen und Zuordnungen sind {GERMAN}; eine Antwortdatei"
    assert caught.value.lines("de") == [expected + " oder ein Fragebogen braucht weit weniger"]
    assert ENGLISH in caught.value.lines("en")[0]


@pytest.mark.parametrize("kind", DEEP_KINDS)
def test_nesting_up_to_the_limit_is_read(kind):
    depth = MAX_DEPTH
    data = parse(deep_document(kind, depth)).data
    for _ in range(depth - 1):
        data = data[0] if isinstance(data, list) else data["a"]
    assert data in ([], ["x"], {"a": 1})


def test_the_limit_leaves_room_for_the_shipped_files():
    from questionnaire import DEFAULT_QUESTIONNAIRE

    assert load_questionnaire(DEFAULT_QUESTIONNAIRE).dimensions


@pytest.mark.parametrize("kind", DEEP_KINDS)
def test_a_recursion_error_past_the_event_check_is_a_located_problem(kind, monkeypatch):
    # The event check is the guard; behind it, every public way in turns what recursion
    # remains into the same problem instead of a traceback.
    monkeypatch.setattr(source_module, "MAX_DEPTH", 10**9)
    text = deep_document(kind, 3_000)
    sample = load_questionnaire(SAMPLE)
    readers = [
        lambda: parse_answers(text, sample, "a.json"),
        lambda: parse_questionnaire(text, "a.json"),
        lambda: parse(text, "a.json"),
    ]
    for read in readers:
        with pytest.raises(InputError) as caught:
            read()
        assert [p.code for p in caught.value.problems] == ["too_deep"]


@pytest.fixture(scope="module")
def deep_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("deep")
    files = {}
    for kind, depth in DEEP_CASES:
        files[kind, depth] = folder / deep_file_name(kind, depth)
        files[kind, depth].write_text(deep_document(kind, depth), encoding="utf-8")
    return files


def run(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_the_check_command_names_every_deep_file_and_exits_2(deep_files):
    result = run("questionnaire", "check", *map(str, deep_files.values()))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == len(deep_files)
    for path, line in zip(deep_files.values(), lines, strict=True):
        assert line.startswith(f"{path}:") and ENGLISH in line


COMMANDS = {
    "scoring": ("scoring", "--questionnaire", str(SAMPLE)),
    "scoring group": ("scoring", "group", "--questionnaire", str(SAMPLE)),
    "reports": ("reports", "--questionnaire", str(SAMPLE), "--csv", "/dev/null"),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", DEEP_KINDS)
def test_every_command_line_answers_deep_nesting_with_exit_2(command, kind, deep_files):
    deepest = str(deep_files[kind, 100_000])
    result = run(*COMMANDS[command], deepest)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"{deepest}:1: ") and ENGLISH in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["scoring", "reports"])
def test_a_deep_questionnaire_given_to_a_command_line_exits_2(command, deep_files):
    deep = str(deep_files["yaml-mapping", 10_000])
    args = ["--questionnaire", deep, str(ROOT / "examples" / "sample-answers.json")]
    result = run(command, *args, *(["--csv", "/dev/null"] if command == "reports" else []))
    assert result.returncode == 2 and result.stderr.startswith(f"{deep}:1: ")
    assert "Traceback" not in result.stderr
