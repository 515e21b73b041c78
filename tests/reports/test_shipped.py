"""The report works with the shipped questionnaire, in both modes and both languages."""

import io
import random

import pandas as pd
import pytest

from questionnaire import (
    DONT_KNOW,
    default_questionnaire_path,
    load_questionnaire,
    localized,
    new_answers,
)
from reports import answers_csv, build_report, render_html


@pytest.fixture(scope="module")
def shipped():
    return load_questionnaire(default_questionnaire_path())


def every_answer(questionnaire, mode: str, seed: int = 3):
    rng = random.Random(seed)
    given = {}
    for dimension in questionnaire.dimensions:
        for question in dimension.questions_in(mode):
            if rng.random() < 0.1:
                given[question.id] = DONT_KNOW
            elif question.type == "multi":
                given[question.id] = [o.id for o in question.options if rng.random() < 0.4]
            else:
                given[question.id] = rng.choice(question.options).id
    return new_answers(questionnaire, mode, answers=given)


@pytest.mark.parametrize(("mode", "lang"), [("full", "de"), ("short", "en")])
def test_every_question_of_the_mode_reaches_the_appendix(shipped, mode, lang):
    answers = every_answer(shipped, mode)
    report = build_report(shipped, [answers], lang=lang)
    html = render_html(report)
    asked = [q for d in shipped.dimensions for q in d.questions_in(mode)]
    assert sum(len(part.rows) for part in report.appendix) == len(asked)
    for dimension in shipped.dimensions:
        assert localized(dimension.name, lang) in html
    assert report.summary.level_name in html


def test_a_workshop_on_the_shipped_questionnaire_hides_nothing_it_may_show(shipped):
    sets = [every_answer(shipped, "full", seed) for seed in range(5)]
    report = build_report(shipped, sets)
    rows = [row for part in report.appendix for row in part.rows]
    assert all(sum(row.counts) >= 3 for row in rows if row.counts)
    frame = pd.read_csv(io.BytesIO(answers_csv(shipped, sets)), sep=";", encoding="utf-8-sig")
    # the raw data keeps every answer, the context question too; the appendix shows statistics
    # of scored questions only
    scored = [q for q in shipped.questions().values() if q.scored]
    assert len(rows) == len(scored)
    assert len(frame) == 5 * len(shipped.questions())
