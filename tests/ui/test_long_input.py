"""Texts longer than a field's limit (a pasted name, say) are cut with a visible message."""

from __future__ import annotations

from .workshop_app import HOST_VIEW, JOIN_VIEW, create_workshop, open_view, workshops

CUT_DE = "Der Text hatte {length} Zeichen; hier sind höchstens {limit} möglich."
CUT_EN = "The text had {length} characters; at most {limit} fit here."
LONG_NAME = "Verbandsgemeinde " + "Langenlonsheim-Stromberg " * 12  # 317 characters


def warnings(at) -> list[str]:
    assert not at.exception
    return [w.value for w in at.warning]


def test_a_long_organisation_and_role_are_cut_saved_and_explained(app, repo):
    app.run()
    app.button(key="start.short").click().run()
    app.text_input(key="profile.organisation").input(LONG_NAME).run()

    assert CUT_DE.format(length=len(LONG_NAME), limit=200) in " ".join(warnings(app))
    assert app.text_input(key="profile.organisation").value == LONG_NAME[:200]
    assert repo.get(app.query_params["t"]).profile.organisation == LONG_NAME[:200].strip()

    app.text_input(key="profile.respondent_role").input("R" * 201).run()
    assert repo.get(app.query_params["t"]).profile.respondent_role == "R" * 200
    # Each field keeps its message until its text changes again.
    assert len(warnings(app)) == 2
    app.text_input(key="profile.organisation").input("Gemeinde Kurz").run()
    [left] = warnings(app)
    assert left.startswith(CUT_DE.format(length=201, limit=200))


def test_a_long_note_is_cut_in_the_english_ui(app, repo):
    app.run()
    app.sidebar.segmented_control(key="ui.language_switch").set_value("en").run()
    app.button(key="start.full").click().run()
    app.switch_page("views/fragebogen.py").run()
    app.text_area(key="q.budget.note").input("n" * 2500).run()

    assert CUT_EN.format(length=2500, limit=2000) in " ".join(warnings(app))
    assert repo.get(app.query_params["t"]).notes["budget"] == "n" * 2000


def test_a_long_workshop_title_is_cut_and_shown_before_the_workshop_is_made():
    at = open_view(HOST_VIEW)
    at.text_input(key="workshop_create.title").input("Klausur " * 40)
    at.button(key="workshop_create.submit").click().run()

    assert CUT_DE.format(length=320, limit=200) in " ".join(warnings(at))
    assert "host" not in at.query_params
    assert at.text_input(key="workshop_create.title").value == ("Klausur " * 40)[:200]

    at.button(key="workshop_create.submit").click().run()
    workshop = workshops().by_host_token(at.query_params["host"])
    assert workshop.title == ("Klausur " * 40)[:200].strip()


def test_a_long_display_name_is_cut_and_shown_before_joining():
    _, workshop = create_workshop()
    at = open_view(JOIN_VIEW, code=workshop.code)
    at.text_input(key="workshop_join.name").input("Fachbereich " * 10)
    at.button(key="workshop_join.submit").click().run()

    assert CUT_DE.format(length=120, limit=80) in " ".join(warnings(at))
    assert workshops().participants(workshop.id) == []

    at.button(key="workshop_join.submit").click().run()
    [(_, name, _)] = workshops().participants(workshop.id)
    assert name == ("Fachbereich " * 10)[:80].strip()
