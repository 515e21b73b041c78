"""Driving the workshop views under AppTest, as a facilitator and as participants would."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

import storage

from .conftest import APP

HOST_VIEW = "views/workshop_leiten.py"
JOIN_VIEW = "views/workshop_beitreten.py"
PRESENT_VIEW = "views/praesentation.py"
ANSWER_PREFIX = "workshop_q."


def workshops() -> storage.WorkshopRepository:
    """The workshop repository the app uses (this test's database)."""
    return storage.WorkshopRepository(storage.get_engine())


def open_view(view: str, **params: str) -> AppTest:
    """A fresh browser session opening `view` with `params` in its query string."""
    at = AppTest.from_file(str(APP), default_timeout=30)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    at.switch_page(view).run()
    return at


def create_workshop(
    title: str = "Amtsleitungsrunde", mode: str = "full", dimensions: tuple[str, ...] = ()
) -> tuple[AppTest, storage.Workshop]:
    """Create a workshop through the form; returns the facilitator's session and the workshop."""
    at = open_view(HOST_VIEW)
    at.text_input(key="workshop_create.title").input(title)
    at.radio(key="workshop_create.mode").set_value(mode)
    if dimensions:
        at.pills(key="workshop_create.dimensions").set_value(list(dimensions))
    at.button(key="workshop_create.submit").click().run()
    assert not at.exception
    workshop = workshops().by_host_token(at.query_params["host"])
    assert workshop is not None
    return at, workshop


def join(code: str, name: str = "") -> AppTest:
    """A participant's session that typed `code` (and `name`) and pressed "Beitreten"."""
    at = open_view(JOIN_VIEW)
    at.text_input(key="workshop_join.code").input(code)
    at.text_input(key="workshop_join.name").input(name)
    at.button(key="workshop_join.submit").click().run()
    assert not at.exception
    return at


def radio_question(widget_key: str) -> str:
    """The question id of an answer widget's key."""
    return widget_key.removeprefix(ANSWER_PREFIX).removesuffix(".answer")


def answer_everything(at: AppTest, choose: Callable[[str], str | list[str]]) -> None:
    """Answer every question shown, dimension by dimension, then press "Fertig"."""
    while True:
        for radio in at.radio:
            if radio.key and radio.key.startswith(ANSWER_PREFIX):
                radio.set_value(choose(radio_question(radio.key)))
        for checkbox in at.checkbox:
            # A checklist: one checkbox per option, keyed "<prefix><question>.option.<id>".
            if checkbox.key and checkbox.key.startswith(ANSWER_PREFIX):
                question, option = checkbox.key.removeprefix(ANSWER_PREFIX).split(".option.")
                value = choose(question)
                checkbox.set_value(option in (value if isinstance(value, list) else [value]))
        # One run per dimension: the answers above are sent together.
        at.run()
        following = [b for b in at.button if b.key == "workshop_answer.next"]
        if not following:
            at.button(key="workshop_answer.finish").click().run()
            return
        following[0].click().run()


def table_rows(at: AppTest, index: int = 0) -> list[dict[str, str]]:
    """The rows of the `index`-th st.table on the page, as dicts of strings."""
    return at.table[index].value.astype(str).to_dict("records")


def reveal(host: AppTest) -> None:
    """Switch "Ergebnisse zeigen" on; while the workshop is open, confirm the question."""
    host.toggle(key="workshop_admin.reveal").set_value(True).run()
    confirm = [b for b in host.button if b.key == "workshop_admin.reveal.yes"]
    if confirm:
        confirm[0].click().run()
    assert not host.exception
