"""Who sees what: the host view checks its token, the presentation its key, participants
see only their own answers; wrong or closed codes get a clear message, never a traceback."""

from __future__ import annotations

import re

import pytest

from ui.workshop.access import presentation_key

from .workshop_app import (
    HOST_VIEW,
    JOIN_VIEW,
    PRESENT_VIEW,
    create_workshop,
    join,
    open_view,
    workshops,
)


def shows_workshop_data(at, workshop) -> bool:
    """Whether anything of the workshop appears: its title, code, numbers, tables or charts."""
    texts = [e.value for kind in ("header", "title", "markdown", "caption") for e in at.get(kind)]
    html = [h.proto.body for h in at.get("html")]
    return bool(
        any(workshop.title in text for text in texts)
        or any(workshop.code[:3] in body for body in html)
        or at.metric
        or at.table
        or at.get("plotly_chart")
        or at.get("imgs")
    )


@pytest.fixture
def busy_workshop():
    """A workshop with two answering participants, results revealed: data to leak."""
    _, workshop = create_workshop("Geheime Runde")
    for value in ("adopted", "none"):
        token = workshops().join(workshop.code, "Kämmerei")
        workshops().save_answer(token, "strategy_document", value)
    workshops().set_revealed(workshop.host_token, True)
    return workshops().by_host_token(workshop.host_token)  # by id it carries no host token


def test_the_host_view_without_a_token_offers_only_a_new_workshop(busy_workshop):
    at = open_view(HOST_VIEW)
    assert not at.exception and not at.error
    assert not shows_workshop_data(at, busy_workshop)
    assert at.button(key="workshop_create.submit")
    # The same check finds the data once the right token is given.
    assert shows_workshop_data(open_view(HOST_VIEW, host=busy_workshop.host_token), busy_workshop)


@pytest.mark.parametrize("kind", ["made_up", "participant_token", "code"])
def test_the_host_view_with_a_wrong_token_shows_an_error_and_no_data(busy_workshop, kind):
    wrong = {
        "made_up": "x" * 32,
        "participant_token": workshops().join(busy_workshop.code),
        "code": busy_workshop.code,
    }[kind]
    at = open_view(HOST_VIEW, host=wrong)
    assert not at.exception
    assert "Leitungslink ist ungültig" in at.error[0].value
    assert not shows_workshop_data(at, busy_workshop)
    assert "host" not in at.query_params


@pytest.mark.parametrize("kind", ["none", "made_up", "host_token", "other_workshop"])
def test_the_presentation_opens_only_with_the_key_of_its_own_workshop(busy_workshop, kind):
    _, other = create_workshop("Andere Runde")
    key = {
        "none": "",
        "made_up": "0" * 32,
        "host_token": busy_workshop.host_token,
        "other_workshop": presentation_key(other),
    }[kind]
    at = open_view(PRESENT_VIEW, code=busy_workshop.code, key=key)
    assert not at.exception
    assert "Präsentationslink ist ungültig" in at.error[0].value
    assert not shows_workshop_data(at, busy_workshop)


def test_the_presentation_key_is_not_the_host_token_and_differs_per_workshop(busy_workshop):
    _, other = create_workshop("Andere Runde")
    key = presentation_key(busy_workshop)
    assert len(key) == 32 and key != busy_workshop.host_token
    assert busy_workshop.host_token not in key and key != presentation_key(other)


def test_a_closed_workshop_refuses_an_answer_and_says_so():
    _, workshop = create_workshop(mode="full")
    person = join(workshop.code)
    person.radio(key="workshop_q.strategy_document.answer").set_value("draft").run()
    workshops().close(workshop.host_token)

    person.radio(key="workshop_q.budget.answer").set_value("line").run()

    assert not person.exception
    assert workshops().answer_sets(workshop.id)[0].answers == {"strategy_document": "draft"}
    assert "nicht gespeichert" in person.warning[0].value
    assert any("geschlossen" in w.value for w in person.warning)
    assert not person.radio  # no more questions to answer


def test_the_dashboard_closes_the_workshop_after_confirmation():
    host, workshop = create_workshop()
    host.button(key="workshop_admin.close").click().run()
    assert not workshops().get(workshop.id).closed
    host.button(key="workshop_admin.close.yes").click().run()
    assert workshops().get(workshop.id).closed
    assert "geschlossen" in host.warning[0].value


def test_the_dashboard_deletes_the_workshop_with_all_answers_after_confirmation(busy_workshop):
    host = open_view(HOST_VIEW, host=busy_workshop.host_token)
    host.button(key="workshop_admin.delete").click().run()
    host.button(key="workshop_admin.delete.yes").click().run()
    assert not host.exception
    assert workshops().get(busy_workshop.id) is None
    assert workshops().answer_sets(busy_workshop.id) == []
    assert "gelöscht" in host.success[0].value
    assert "host" not in host.query_params


@pytest.mark.parametrize("typed", ["ZZZZZZ", "abc", "!!"])
def test_a_wrong_code_gets_a_clear_message(typed):
    create_workshop()
    at = join(typed)
    assert "gibt es keinen Workshop" in at.error[0].value
    assert "p" not in at.query_params


def test_an_empty_code_asks_for_the_code():
    at = join("   ")
    assert "Bitte geben Sie den Code ein" in at.error[0].value


def test_a_code_is_accepted_in_lower_case_with_spaces_and_the_name_is_kept():
    _, workshop = create_workshop()
    typed = f" {workshop.code[:3].lower()} {workshop.code[3:].lower()} "
    at = join(typed, "Ordnungsamt")
    assert "p" in at.query_params
    assert workshops().participants(workshop.id) == [(1, "Ordnungsamt", False)]
    assert "Ordnungsamt" in at.caption[0].value


def test_the_join_link_fills_in_the_code():
    _, workshop = create_workshop()
    at = open_view(JOIN_VIEW, code=workshop.code)
    assert at.text_input(key="workshop_join.code").value == workshop.code
    at.button(key="workshop_join.submit").click().run()
    assert workshops().participants(workshop.id) == [(1, None, False)]


def test_a_closed_workshop_cannot_be_joined():
    _, workshop = create_workshop()
    workshops().close(workshop.host_token)
    at = join(workshop.code)
    assert "bereits geschlossen" in at.error[0].value


def test_the_participant_link_of_a_deleted_workshop_explains_and_offers_to_join_again():
    _, workshop = create_workshop()
    token = workshops().join(workshop.code)
    workshops().delete(workshop.host_token)
    at = open_view(JOIN_VIEW, p=token)
    assert not at.exception
    assert "Teilnahmelink gibt es nicht mehr" in at.error[0].value
    assert at.button(key="workshop_join.submit")


def test_titles_and_names_are_shown_as_typed_never_as_markdown():
    title = "Runde ![x](http://example.org/x.png) **fett**"
    host, workshop = create_workshop(title)
    assert host.header[0].value != title and "\\!\\[x\\]" in host.header[0].value
    token = workshops().join(workshop.code, "[Link](http://example.org)")
    person = open_view(JOIN_VIEW, p=token)
    assert "\\[Link\\]\\(http" in person.caption[0].value


LINK_PAYLOAD = "[JETZT HIER ANMELDEN](//host/x)"


def unescaped_markdown_link(text: str) -> bool:
    """Whether `text` holds `[...](...)` that Markdown would render as a link."""
    return bool(re.search(r"(?<!\\)\[[^\]]*(?<!\\)\]\(", text))


def test_a_link_in_the_join_url_is_cut_to_the_field_and_shown_as_text():
    create_workshop()
    at = open_view(JOIN_VIEW, code=LINK_PAYLOAD)
    assert at.text_input(key="workshop_join.code").value == LINK_PAYLOAD[:20]
    at.button(key="workshop_join.submit").click().run()
    assert not at.exception
    [error] = at.error
    assert "\\[JETZTHIERANMELDEN" in error.value
    assert not unescaped_markdown_link(error.value)


@pytest.mark.parametrize("payload", ["[X](//h.io)", "![a](//h.io/a.png)", "**FETT**"])
def test_a_short_markdown_code_from_the_url_is_shown_as_typed(payload):
    at = open_view(JOIN_VIEW, code=payload)
    at.button(key="workshop_join.submit").click().run()
    [error] = at.error
    assert not unescaped_markdown_link(error.value)
    assert "**" not in error.value.replace("\\*", "")
    # Without its escapes, the message names exactly the code as it was read.
    assert f"„{payload.upper()}“" in error.value.replace("\\", "")
