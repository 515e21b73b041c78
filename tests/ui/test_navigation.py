"""Finding one's way in the self-check: mode switch on the start page, open questions marked
and reached with one button, the resume link on every page of an open assessment."""

from __future__ import annotations

import pytest

from questionnaire import new_answers
from ui.i18n import t

from .conftest import open_app

PAGES = [
    "views/start.py",
    "views/profil.py",
    "views/fragebogen.py",
    "views/ergebnis.py",
    "views/export.py",
    "views/anwendungsfaelle.py",
    "views/portfolio.py",
]
SHORT_ANSWERS = {"strategy_document": "adopted", "ai_rules": "none", "trainings": "offered"}


@pytest.mark.parametrize("view", PAGES)
def test_every_page_of_the_self_check_shows_the_resume_link(repo, sample, view):
    token = repo.create(new_answers(sample, mode="short", answers=SHORT_ANSWERS))
    at = open_app(token, view)
    assert not at.exception
    assert [c.value for c in at.code if c.value.endswith(f"?t={token}")]


def test_the_start_page_switches_the_kurzcheck_to_the_vollcheck(repo, sample):
    token = repo.create(new_answers(sample, mode="short", answers=SHORT_ANSWERS))
    at = open_app(token)
    at.segmented_control(key="settings.mode").set_value("full").run()
    assert not at.exception
    assert repo.get(token).mode == "full"
    assert repo.get(token).answers == SHORT_ANSWERS


def headings(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("#####")]


def test_after_the_switch_to_the_vollcheck_open_questions_are_marked_and_reached(repo, sample):
    token = repo.create(new_answers(sample, mode="full", answers=SHORT_ANSWERS))
    at = open_app(token, "views/fragebogen.py")
    mark = t("open_questions.mark", "de")
    # Strategy: the document is answered (the Kurzcheck), the budget is new and open.
    assert [mark in h for h in headings(at)] == [False, True]
    button = at.button(key="open_questions.next")
    assert button.label == t("open_questions.next", "de", count=4)

    at.radio(key="q.budget.answer").set_value("line").run()
    # The next open question is in the next dimension: the button goes there and scrolls to it.
    at.button(key="open_questions.next").click().run()
    assert at.header[0].value == "Recht"
    assert at.query_params["d"] == "law"
    scripts = [h.proto.body for h in at.get("html") if "scrollIntoView" in h.proto.body]
    assert len(scripts) == 1 and ".st-key-question-roles_involved" in scripts[0]
    # The step to another dimension does not also scroll to the top.
    assert not [h for h in at.get("html") if "scrollTo(0, 0)" in h.proto.body]
    assert [mark in h for h in headings(at)] == [False, True, True]


def test_nothing_is_marked_before_the_first_answer_nor_when_all_are_answered(repo, sample):
    token = repo.create(new_answers(sample, mode="short"))
    at = open_app(token, "views/fragebogen.py")
    assert not [b for b in at.button if b.key == "open_questions.next"]
    assert not [h for h in headings(at) if t("open_questions.mark", "de") in h]

    done = repo.create(new_answers(sample, mode="short", answers=SHORT_ANSWERS))
    at = open_app(done, "views/fragebogen.py")
    assert not [b for b in at.button if b.key == "open_questions.next"]


def test_every_page_hands_typed_text_over_while_typing_and_hides_the_english_key_hint(repo):
    at = open_app()
    bodies = [h.proto.body for h in at.sidebar.get("html")]
    typing = [b for b in bodies if "kircTyping" in b]
    assert len(typing) == 1
    assert "InputInstructions" in typing[0] and "display: none" in typing[0]
