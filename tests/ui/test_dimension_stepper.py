"""The one dimension stepper of the self-check and the workshop: stable jump list, URL, Back."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from questionnaire import new_answers

from .conftest import APP
from .workshop_app import JOIN_VIEW, create_workshop, open_view, workshops

QUESTIONS_VIEW = "views/fragebogen.py"


def self_check(repo, sample, **params: str) -> AppTest:
    """A browser opening a new full-mode assessment's questions with `params` in the URL."""
    token = repo.create(new_answers(sample, mode="full"))
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["t"] = token
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    at.switch_page(QUESTIONS_VIEW).run()
    return at


def participant(**params: str) -> AppTest:
    """A participant of a new full-mode workshop opening the join page with `params`."""
    _, workshop = create_workshop("Stufenrunde", "full")
    token = workshops().join(workshop.code)
    return open_view(JOIN_VIEW, p=token, **params)


# (how to open the page, the stepper's key prefix, the answer widgets' key prefix)
PAGES = {
    "self-check": (lambda repo, sample, **p: self_check(repo, sample, **p), "fragebogen", "q."),
    "workshop": (lambda repo, sample, **p: participant(**p), "workshop_answer", "workshop_q."),
}


@pytest.fixture(params=sorted(PAGES))
def page(request, repo, sample):
    opener, prefix, answer_prefix = PAGES[request.param]
    return (lambda **params: opener(repo, sample, **params)), prefix, answer_prefix


def test_the_jump_list_labels_stay_the_same_while_the_user_answers(page):
    # The browser keeps a select box's value as its label: a label with an answer count in it
    # vanished with the next answer, the box fell back to the first dimension, and "Weiter"
    # then led there (the workshop's copy of the stepper still counted answers).
    open_page, prefix, answer_prefix = page
    at = open_page()
    at.button(key=f"{prefix}.next").click().run()
    labels = list(at.selectbox(key=f"{prefix}.jump").options)
    at.radio(key=f"{answer_prefix}ai_rules.answer").set_value("draft").run()
    assert not at.exception
    assert list(at.selectbox(key=f"{prefix}.jump").options) == labels
    assert all("/" not in label for label in labels)
    assert at.selectbox(key=f"{prefix}.jump").value == "law"
    at.button(key=f"{prefix}.next").click().run()
    assert at.selectbox(key=f"{prefix}.jump").value == "skills"


def test_the_dimension_shown_is_in_the_url_and_a_reload_opens_it_again(page):
    open_page, prefix, _ = page
    at = open_page()
    assert at.query_params["d"] == "strategy"
    at.button(key=f"{prefix}.next").click().run()
    assert at.query_params["d"] == "law"
    at.selectbox(key=f"{prefix}.jump").set_value("skills").run()
    assert at.query_params["d"] == "skills"

    reloaded = open_page(d="skills")
    assert reloaded.selectbox(key=f"{prefix}.jump").value == "skills"
    # A dimension the questionnaire does not have opens the first one.
    assert open_page(d="nonsense").selectbox(key=f"{prefix}.jump").value == "strategy"


def test_the_browser_back_button_returns_to_the_dimension_shown_before(page):
    # Back reruns the page with the older URL; the stepper follows the URL, not its memory.
    open_page, prefix, _ = page
    at = open_page()
    at.button(key=f"{prefix}.next").click().run()
    at.button(key=f"{prefix}.next").click().run()
    assert at.query_params["d"] == "skills"
    at.query_params["d"] = "law"
    at.run()
    assert at.selectbox(key=f"{prefix}.jump").value == "law"
    at.query_params["d"] = "strategy"
    at.run()
    assert at.selectbox(key=f"{prefix}.jump").value == "strategy"
    # Moving on from there writes the new dimension into the URL again.
    at.button(key=f"{prefix}.next").click().run()
    assert at.query_params["d"] == "law"


def test_a_page_opened_in_between_keeps_the_dimension_the_user_was_in(page):
    # Streamlit drops the query string on a change of page: no dimension in the URL means
    # the page was opened from elsewhere, not Back to the first dimension.
    open_page, prefix, _ = page
    at = open_page()
    at.button(key=f"{prefix}.next").click().run()
    del at.query_params["d"]
    at.run()
    assert at.selectbox(key=f"{prefix}.jump").value == "law"
    assert at.query_params["d"] == "law"
