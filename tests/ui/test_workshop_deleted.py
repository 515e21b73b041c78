"""Pages still open when the host deletes the workshop: a clear message, never Streamlit's error
page (participant, dashboard on another device, projector)."""

from __future__ import annotations

from ui.workshop.access import presentation_key

from .workshop_app import (
    ANSWER_PREFIX,
    HOST_VIEW,
    PRESENT_VIEW,
    create_workshop,
    join,
    open_view,
    workshops,
)

GONE = "Der Workshop wurde inzwischen gelöscht"


def messages(at) -> str:
    return " ".join(e.value for kind in ("warning", "error") for e in at.get(kind))


def test_an_answer_after_the_delete_explains_instead_of_failing():
    _, workshop = create_workshop()
    person = join(workshop.code)
    workshops().delete(workshop.host_token)

    radio = next(r for r in person.radio if r.key and r.key.startswith(ANSWER_PREFIX))
    radio.set_value(radio.options[0]).run()

    assert not person.exception
    assert GONE in messages(person)
    assert "Teilnahmelink gibt es nicht mehr" in messages(person)
    assert person.button(key="workshop_join.submit")


def test_finishing_after_the_delete_explains_instead_of_failing():
    _, workshop = create_workshop(dimensions=("strategy",))
    person = join(workshop.code)
    workshops().delete(workshop.host_token)

    person.button(key="workshop_answer.finish").click().run()

    assert not person.exception
    assert "Teilnahmelink gibt es nicht mehr" in messages(person)


def test_the_dashboard_on_a_second_device_explains_a_delete_from_the_first():
    _, workshop = create_workshop()
    second = open_view(HOST_VIEW, host=workshop.host_token)
    workshops().delete(workshop.host_token)  # as the first device's delete button does

    second.toggle(key="workshop_admin.reveal").set_value(True).run()

    assert not second.exception
    assert GONE in messages(second)
    assert "Leitungslink ist ungültig" in messages(second)


def test_the_projector_explains_a_delete_when_stepped():
    _, workshop = create_workshop()
    at = open_view(PRESENT_VIEW, code=workshop.code, key=presentation_key(workshop))
    workshops().delete(workshop.host_token)

    at.button(key="present.next").click().run()

    assert not at.exception
    assert GONE in messages(at)
