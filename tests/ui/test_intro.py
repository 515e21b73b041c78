"""The start page's time estimates: computed from the questionnaire; the README says the same."""

from __future__ import annotations

import re
from pathlib import Path

from questionnaire import default_questionnaire_path, load_questionnaire
from ui.components.intro import minutes

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_gives_the_times_the_start_page_computes_for_the_shipped_questionnaire():
    q = load_questionnaire(default_questionnaire_path())
    short = sum(len(d.questions_in("short")) for d in q.dimensions)
    full = sum(len(d.questions) for d in q.dimensions)
    text = README.read_text(encoding="utf-8")
    said = re.search(r"Vollcheck about (\d+) minutes \(Kurzcheck about (\d+) minutes\)", text)
    assert said, "the README no longer states the times in the expected words"
    assert (int(said[2]), int(said[1])) == (minutes(short), minutes(full)), (
        "README.md must give the times the start page shows (ui/components/intro.py): "
        f"Kurzcheck about {minutes(short)}, Vollcheck about {minutes(full)} minutes"
    )


def test_the_estimate_rounds_up_to_five_minutes_and_grows_with_the_questions():
    assert minutes(1) == 5
    assert minutes(16) == 10  # 16 × 35 s, see docs/content.md
    assert minutes(41) == 25
    assert all(minutes(n) % 5 == 0 and minutes(n) <= minutes(n + 1) for n in range(1, 200))
