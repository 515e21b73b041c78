"""The questionnaire pages speak to the open assessment's municipality (Land, kind)."""

from __future__ import annotations

import yaml

from questionnaire import SAMPLE_QUESTIONNAIRE, Profile, load_questionnaire, new_answers

from .conftest import open_app


def test_the_questions_name_the_land_act_and_drop_kreis_examples(repo, tmp_path, monkeypatch):
    data = yaml.safe_load(SAMPLE_QUESTIONNAIRE.read_text(encoding="utf-8"))
    data["dimensions"][0]["questions"][0]["text"] = {
        "de": "Beteiligen Sie den Personalrat im Bauamt{kreis: und in der Ausländerbehörde} "
        "(Rechtsgrundlage: {lpvg})?",
        "en": "Do you involve the staff council in the building office"
        "{kreis: and the immigration office} (legal basis: {lpvg})?",
    }
    path = tmp_path / "worded.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("KIRC_QUESTIONNAIRE", str(path))
    q = load_questionnaire(path)
    gemeinde = repo.create(new_answers(q, profile=Profile(kind="gemeinde", state="BY")))
    at = open_app(gemeinde, "views/fragebogen.py")
    headings = [m.value for m in at.markdown]
    assert (
        "##### 1/2 · Beteiligen Sie den Personalrat im Bauamt (Rechtsgrundlage: Bayerisches "
        "Personalvertretungsgesetz (BayPVG))?"
    ) in headings

    kreis = repo.create(new_answers(q, profile=Profile(kind="landkreis")))
    at = open_app(kreis, "views/fragebogen.py")
    assert (
        "##### 1/2 · Beteiligen Sie den Personalrat im Bauamt und in der Ausländerbehörde "
        "(Rechtsgrundlage: Personalvertretungsgesetz Ihres Landes)?"
    ) in [m.value for m in at.markdown]
