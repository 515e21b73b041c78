"""Reports count every question asked, the unscored context question too, as the app does."""

from __future__ import annotations

import pytest

from questionnaire import default_questionnaire_path, load_questionnaire, new_answers
from reports import build_report, scores_frame
from texts import text

CONTEXT = "ai_in_use_families"


@pytest.fixture(scope="module")
def shipped():
    return load_questionnaire(default_questionnaire_path())


def one_answer(shipped):
    """A Kurzcheck with one scored answer: the context question is still open."""
    first = shipped.dimensions[0].questions_in("short")[0]
    return new_answers(shipped, "short", answers={first.id: first.options[0].id})


def test_the_report_says_how_many_of_all_asked_questions_are_answered(shipped):
    asked = sum(len(d.questions_in("short")) for d in shipped.dimensions)
    report = build_report(shipped, [one_answer(shipped)], "en")
    scope = text("reports", "scope_short", "en", count=asked)
    assert scope in [fact.value for fact in report.facts]
    assert any(line.startswith(f"1 of {asked} questions answered") for line in report.summary.lines)
    use_cases = next(s for s in report.dimensions if s.id == "use_cases")
    in_use_cases = len(shipped.dimension("use_cases").questions_in("short"))
    assert use_cases.facts.endswith(f"0 of {in_use_cases} questions")


def test_the_raw_scores_count_the_context_question_and_scoring_is_unchanged(shipped):
    answers = one_answer(shipped)
    frame = scores_frame(shipped, [answers], "de")
    overall = frame[frame["dimension"] == "overall"].iloc[0]
    asked = sum(len(d.questions_in("short")) for d in shipped.dimensions)
    assert (overall["answered"], overall["asked"]) == (1, asked)
    answered = answers.model_copy(update={"answers": {**answers.answers, CONTEXT: ["none"]}})
    again = scores_frame(shipped, [answered], "de")
    use_cases = again[again["dimension"] == "use_cases"].iloc[0]
    assert use_cases["answered"] == 1
    assert list(again["score"].fillna(-1)) == list(frame["score"].fillna(-1))
