"""Reports print the levels scoring computed; they never work a level out themselves.

Five equally weighted dimensions scoring 41.7, 41.7, 50, 83.3 and 83.3 average exactly 60
(level 4 from 60 up), but the floating-point mean is 59.999999999999986. Scoring rounds
before it compares; a report that compared on its own once said level 3 and printed "60,0".
"""

from __future__ import annotations

import pytest

from reports import build_report
from scoring import group_statistics, score

# Steps of the three questions of each dimension: 5/12, 5/12, 6/12, 10/12, 10/12 of the top.
STEPS = ((2, 2, 1), (2, 2, 1), (2, 2, 2), (4, 4, 2), (4, 4, 2))


@pytest.fixture(scope="module")
def on_the_boundary(build):
    dimensions = [
        build.dimension(f"d{d}", [build.single(f"q{d}_{i}") for i in range(3)])
        for d in range(len(STEPS))
    ]
    questionnaire = build.questionnaire(*dimensions)
    given = {
        f"q{d}_{i}": f"s{step}" for d, steps in enumerate(STEPS) for i, step in enumerate(steps)
    }
    return questionnaire, build.answers(questionnaire, given)


def test_the_example_lands_just_below_the_boundary_in_floating_point(on_the_boundary):
    questionnaire, answers = on_the_boundary
    result = score(questionnaire, answers)
    assert result.overall.score < 60
    assert (result.overall.level, result.overall.capped) == (4, False)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_self_report_shows_the_level_scoring_gave(on_the_boundary, lang):
    questionnaire, answers = on_the_boundary
    report = build_report(questionnaire, [answers], lang)
    assert report.summary.level == 4
    assert report.summary.score == ("60,0" if lang == "de" else "60.0")
    assert report.summary.cap == ""


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_group_report_shows_the_level_scoring_gave(on_the_boundary, lang):
    questionnaire, answers = on_the_boundary
    report = build_report(questionnaire, [answers] * 3, lang)
    assert report.summary.level == 4
    assert group_statistics(questionnaire, [answers] * 3, "full").level == 4
    assert report.summary.level_name == questionnaire.level_name(4, lang)
    assert report.summary.cap == ""
