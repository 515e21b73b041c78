"""The main flows of the self-check, driven through widget keys as a user would."""

from __future__ import annotations

from sqlalchemy import func, select

import storage
import storage.schema
from questionnaire import new_answers

from .conftest import open_app, radar_traces


def rows_left_in_the_database() -> dict[str, int]:
    """Row counts of every data table that is not empty (the migrations record excluded)."""
    with storage.get_engine().connect() as connection:
        counts = {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in storage.schema.metadata.sorted_tables
            if table.name != "schema_migrations"
        }
    return {name: n for name, n in counts.items() if n}


SHORT_ANSWERS = {"strategy_document": "adopted", "ai_rules": "none", "trainings": "offered"}


def answer_kurzcheck(at, answers: dict[str, str]) -> None:
    """Answer the visible questions, then step on until the result is shown."""
    while True:
        for radio in at.radio:
            qid = radio.key.removeprefix("q.").removesuffix(".answer")
            radio.set_value(answers[qid])
        at.run()
        nexts = [b for b in at.button if b.key == "fragebogen.next"]
        if not nexts:
            at.button(key="fragebogen.to_result").click().run()
            return
        nexts[0].click().run()


def test_a_kurzcheck_answered_completely_shows_the_expected_level_and_radar(app, repo):
    app.run()
    app.button(key="start.short").click().run()
    assert app.title[0].value == "Profil Ihrer Verwaltung"
    app.text_input(key="profile.organisation").input("Gemeinde Testhausen").run()
    app.switch_page("views/fragebogen.py").run()

    answer_kurzcheck(app, SHORT_ANSWERS)

    assert not app.exception
    assert app.title[0].value == "Ergebnis"
    # strategy 3/4 = 75, law 0, skills 2/4 = 50; weighted (2·75 + 0 + 50) / 4 = 50 -> level 3,
    # but the weakest dimension (law, level 1) caps the overall level at 2.
    assert radar_traces(app)["Aktuell"] == [75.0, 0.0, 50.0, 75.0]
    # The result page begins with the first steps; the overall level follows.
    headings = [s.value for s in app.subheader]
    assert headings[0] == "Erste Schritte"
    assert headings[1] == "Gesamtstufe 2 von 5: Erkundend"
    assert "Recht" in app.info[0].value and "Stufe 3" in app.info[0].value
    saved = repo.get(app.query_params["t"])
    assert saved.answers == SHORT_ANSWERS
    assert saved.profile.organisation == "Gemeinde Testhausen"
    assert saved.mode == "short"


def test_a_reload_with_the_resume_token_restores_answers_notes_profile_and_language(app, repo):
    app.run()
    app.sidebar.segmented_control(key="ui.language_switch").set_value("en").run()
    app.button(key="start.full").click().run()
    app.text_input(key="profile.organisation").input("Landkreis Beispiel").run()
    app.selectbox(key="profile.state").set_value("BY").run()
    app.switch_page("views/fragebogen.py").run()
    app.radio(key="q.strategy_document.answer").set_value("draft").run()
    app.radio(key="q.budget.answer").set_value("dont_know").run()
    app.text_area(key="q.budget.note").input("Ask the treasury").run()
    token = app.query_params["t"]

    reloaded = open_app(token, "views/fragebogen.py")

    assert reloaded.title[0].value == "Questionnaire"
    assert reloaded.radio(key="q.strategy_document.answer").value == "draft"
    assert reloaded.radio(key="q.budget.answer").value == "dont_know"
    assert reloaded.text_area(key="q.budget.note").value == "Ask the treasury"
    reloaded.switch_page("views/profil.py").run()
    assert reloaded.text_input(key="profile.organisation").value == "Landkreis Beispiel"
    assert reloaded.selectbox(key="profile.state").value == "BY"


def test_the_token_stays_in_the_url_when_the_user_switches_pages(repo, example_answers):
    token = repo.create(example_answers)
    at = open_app(token, "views/ergebnis.py")
    at.switch_page("views/export.py").run()
    assert at.query_params["t"] == token


def test_an_unknown_token_in_the_url_is_explained_and_removed(repo):
    at = open_app("A" * 22)
    assert "keine Einschätzung" in at.error[0].value
    assert "t" not in at.query_params


def test_importing_a_broken_file_shows_the_problem_and_changes_nothing(repo, example_answers):
    token = repo.create(example_answers)
    broken = b'{"format": "ki-readiness-check/answers@1",\n "questionnaire": {"id": "sample", '
    broken += b'"version": "1.0"},\n "answers": {"strategy_documnt": "adopted"}}'
    at = open_app(token)
    at.file_uploader(key="start.import_file").set_value(("alt.json", broken, "application/json"))
    at.run()

    message = at.error[0].value.replace("\\", "")  # the markdown escapes of file content
    assert "alt.json:3" in message and "meinten Sie 'strategy_document'" in message
    assert not [b for b in at.button if b.key == "start.import_open"]
    assert repo.get(token) == example_answers
    assert at.query_params["t"] == token


def test_importing_a_valid_file_opens_it_as_a_new_assessment(repo, example_answers):
    from questionnaire import dump_answers

    at = open_app()
    data = dump_answers(example_answers).encode()
    at.file_uploader(key="start.import_file").set_value(("mine.json", data, "application/json"))
    at.run()
    at.button(key="start.import_open").click().run()

    assert at.title[0].value == "Ergebnis"
    assert repo.get(at.query_params["t"]) == example_answers


def test_setting_a_target_adds_it_to_the_radar_and_saves_it(repo, example_answers):
    token = repo.create(example_answers.model_copy(update={"targets": {}}))
    at = open_app(token, "views/ergebnis.py")
    assert "Ziel" not in radar_traces(at)

    at.select_slider(key="target.skills").set_value(4).run()

    # Target level 4 is drawn where level 4 begins (60); dimensions without a target have none.
    assert radar_traces(at)["Ziel"] == [None, None, 60.0, None]
    assert repo.get(token).targets == {"skills": 4}


def test_an_earlier_round_can_be_overlaid_on_the_radar(repo, example_answers, sample):
    first = repo.create(example_answers)
    at = open_app(first)
    at.button(key="start.new_round").click().run()
    second = at.query_params["t"]
    assert second != first
    assert repo.get(second).profile == example_answers.profile.model_copy(
        update={"date": repo.get(second).profile.date}
    )
    at.switch_page("views/ergebnis.py").run()
    choice = at.selectbox(key="compare.choice")
    choice.set_value(choice.options[1]).run()  # the earlier round

    traces = radar_traces(at)
    assert len(traces) == 3
    earlier = next(name for name in traces if name.startswith("Runde vom"))
    assert traces[earlier][0] == 91.7


def test_delete_asks_first_and_then_removes_the_assessment(repo, example_answers):
    token = repo.create(example_answers)
    at = open_app(token)
    at.button(key="start.delete").click().run()
    assert repo.get(token) is not None
    assert "endgültig löschen" in at.warning[0].value

    at.button(key="start.delete.yes").click().run()

    assert repo.get(token) is None
    assert repo.history(token) == []
    assert rows_left_in_the_database() == {}
    assert "t" not in at.query_params
    assert at.success[0].value == "Die Einschätzung wurde vollständig gelöscht."


def test_starting_over_can_be_cancelled_and_keeps_the_data_when_confirmed(repo, sample):
    token = repo.create(new_answers(sample, answers={"budget": "line"}))
    at = open_app(token)
    at.button(key="start.restart").click().run()
    at.button(key="start.restart.no").click().run()
    assert at.query_params["t"] == token

    at.button(key="start.restart").click().run()
    at.button(key="start.restart.yes").click().run()

    assert "t" not in at.query_params
    assert [b.key for b in at.button if b.key == "start.short"] == ["start.short"]
    assert repo.get(token).answers == {"budget": "line"}


def test_switching_the_language_saves_it_with_the_assessment(repo, example_answers):
    token = repo.create(example_answers)
    at = open_app(token, "views/ergebnis.py")
    at.sidebar.segmented_control(key="ui.language_switch").set_value("en").run()
    assert at.title[0].value == "Result"
    assert repo.get(token).language == "en"


def test_a_checklist_saves_options_and_dont_know_replaces_them(repo, sample):
    token = repo.create(new_answers(sample, mode="full"))
    at = open_app(token, "views/fragebogen.py")
    at.selectbox(key="fragebogen.jump").set_value("law").run()
    assert at.header[0].value == "Recht"

    at.checkbox(key="q.roles_involved.option.dpo").check().run()
    at.checkbox(key="q.roles_involved.option.it").check().run()
    assert repo.get(token).answers["roles_involved"] == ["dpo", "it"]

    at.checkbox(key="q.roles_involved.option.dont_know").check().run()
    assert repo.get(token).answers["roles_involved"] == "dont_know"
    ticked = [box.key for box in at.checkbox if box.value]
    assert ticked == ["q.roles_involved.option.dont_know"]

    at.checkbox(key="q.roles_involved.option.legal").check().run()
    assert repo.get(token).answers["roles_involved"] == ["legal"]


def test_not_applicable_is_offered_only_where_the_questionnaire_allows_it(repo, sample):
    token = repo.create(new_answers(sample, mode="full"))
    at = open_app(token, "views/fragebogen.py")
    assert "Nicht zutreffend" not in at.radio(key="q.strategy_document.answer").options[-1]
    at.selectbox(key="fragebogen.jump").set_value("law").run()
    assert "Nicht zutreffend" in at.radio(key="q.face_recognition.answer").options[-1]


def test_recommendations_are_grouped_by_priority_and_filterable_by_dimension(repo, sample):
    given = {
        "strategy_document": "ideas",
        "budget": "dont_know",
        "ai_rules": "none",
        "roles_involved": ["dpo"],
        "face_recognition": "not_applicable",
    }
    token = repo.create(new_answers(sample, answers=given))
    at = open_app(token, "views/ergebnis.py")
    groups = [m.value for m in at.markdown if m.value.startswith("####")]
    assert [g.splitlines()[0] for g in groups] == [
        "#### Hohe Priorität (2)",
        "#### Mittlere Priorität (1)",
    ]
    assert "1. Beginnen Sie mit einem Zielbild." in groups[0]
    assert "Aufwand: Projekt · Zuständig: Hauptamt" in groups[0]

    at.pills(key="recommendations.filter").set_value(["law"]).run()

    groups = [m.value for m in at.markdown if m.value.startswith("####")]
    assert len(groups) == 1
    assert "Erlassen Sie eine Dienstanweisung." in groups[0]
    assert "Beginnen Sie mit einem Zielbild." not in groups[0]


def test_dont_know_answers_are_listed_as_questions_to_clarify(repo, sample):
    given = {"strategy_document": "ideas", "budget": "dont_know", "ai_rules": "none"}
    token = repo.create(new_answers(sample, answers=given))
    at = open_app(token, "views/ergebnis.py")
    assert any("**Strategie:** Gibt es ein Budget?" in m.value for m in at.markdown)


def test_the_answers_file_download_holds_the_saved_answers(repo, example_answers):
    token = repo.create(example_answers)
    at = open_app(token, "views/export.py")
    button = at.get_by_key("export.json")
    assert button.label == "Antwortdatei herunterladen (JSON)"
    assert at.code[0].value.endswith(f"?t={token}")


def test_the_pdf_report_is_made_on_request_and_then_offered_for_download(repo, example_answers):
    token = repo.create(example_answers)
    at = open_app(token, "views/export.py")
    assert not [b for b in at.get("download_button") if b.key == "export.pdf_download"]

    at.button(key="export.pdf").click().run()

    download = at.get_by_key("export.pdf_download")
    assert download.label == "PDF-Bericht herunterladen"
    assert not at.exception


def test_a_step_to_another_dimension_scrolls_the_page_to_its_top_once(repo, sample):
    token = repo.create(new_answers(sample, mode="full"))
    at = open_app(token, "views/fragebogen.py")

    def scroll_scripts() -> list[str]:
        return [h.proto.body for h in at.get("html") if "scrollTo(0, 0)" in h.proto.body]

    assert scroll_scripts() == []
    at.button(key="fragebogen.next").click().run()
    assert len(scroll_scripts()) == 1
    at.radio(key="q.ai_rules.answer").set_value("draft").run()
    assert scroll_scripts() == []


def test_a_pasted_resume_link_opens_its_assessment_in_its_language(repo, example_answers):
    token = repo.create(example_answers.model_copy(update={"language": "en"}))
    at = open_app()
    at.text_input(key="resume.link").input(f"https://ki.kreis.example/?t={token}").run()
    at.button(key="resume.open").click().run()

    assert at.query_params["t"] == token
    assert at.title[0].value == "AI readiness check for municipalities"
    assert any("Gemeinde Beispielstadt" in m.value for m in at.markdown)
