"""The questionnaire page counts every question it shows: the progress, the open-question
button and the dimension's numbering agree, the unscored context question included."""

from __future__ import annotations

from questionnaire import default_questionnaire_path, load_questionnaire, new_answers
from ui.i18n import t

from .conftest import open_app

CONTEXT = "ai_in_use_families"


def progress_texts(at) -> list[str]:
    return [p.proto.text for p in at.get("progress")]


def test_progress_and_open_questions_count_the_context_question(repo, monkeypatch):
    monkeypatch.setenv("KIRC_QUESTIONNAIRE", str(default_questionnaire_path()))
    shipped = load_questionnaire(default_questionnaire_path())
    asked = sum(len(d.questions_in("short")) for d in shipped.dimensions)
    first = shipped.dimensions[0].questions_in("short")[0]
    token = repo.create(new_answers(shipped, "short", answers={first.id: first.options[0].id}))

    at = open_app(token, "views/fragebogen.py")
    assert not at.exception
    overall = t("progress.overall", "de", answered=1, asked=asked)
    assert overall in progress_texts(at)
    button = at.button(key="open_questions.next")
    assert button.label == t("open_questions.next", "de", count=asked - 1)

    # In the dimension of the context question, its bar counts it like the numbering does.
    at.selectbox(key=next(s.key for s in at.selectbox)).set_value("use_cases").run()
    in_use_cases = len(shipped.dimension("use_cases").questions_in("short"))
    name = "Anwendungsfälle und Mehrwert"
    assert t(
        "progress.dimension", "de", name=name, answered=0, asked=in_use_cases
    ) in progress_texts(at)
    at.checkbox(key=f"q.{CONTEXT}.option.chatbot_citizens").check().run()
    assert t("progress.overall", "de", answered=2, asked=asked) in progress_texts(at)
