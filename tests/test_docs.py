"""Keep the documentation honest: its worked example is recomputed here."""

import re
from pathlib import Path

from questionnaire import SAMPLE_QUESTIONNAIRE, load_answers, load_questionnaire
from scoring import score

ROOT = Path(__file__).resolve().parent.parent


def _worked_example_lines() -> list[list[str]]:
    text = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    block = re.search(r"```worked-example\n(.*?)```", text, re.S)
    assert block, "docs/scoring.md lost its worked-example block"
    return [line.split() for line in block.group(1).strip().splitlines()]


def test_the_worked_example_in_the_scoring_docs_matches_the_computed_result():
    questionnaire = load_questionnaire(SAMPLE_QUESTIONNAIRE)
    answers, _ = load_answers(ROOT / "examples" / "sample-answers.json", questionnaire)
    result = score(questionnaire, answers)
    lines = _worked_example_lines()
    assert len(lines) == len(result.dimensions) + 1
    for name, expected_score, expected_level, *flags in lines:
        if name == "overall":
            actual, capped = result.overall, result.overall.capped
            assert capped == ("capped" in flags)
        else:
            actual = result.dimension(name)
        assert f"{actual.score:.1f}" == expected_score
        assert actual.level == int(expected_level)
