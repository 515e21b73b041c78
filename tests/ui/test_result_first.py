"""The result page starts with the first steps; the legal duties stand above the radar."""

from __future__ import annotations

import yaml

from questionnaire import SAMPLE_QUESTIONNAIRE, load_questionnaire

from .conftest import open_app

DUTIES = [
    {
        "id": "rules",
        "title": {"de": "Regeln für KI", "en": "Rules for AI"},
        "provisions": ["ki_vo_art4"],
        "rules": [
            {"status": "fulfilled", "when": {"question": "ai_rules", "score_at_least": 3}},
            {
                "status": "open",
                "when": {"question": "ai_rules", "score_at_most": 2},
                "note": {"de": "Es fehlt eine Dienstanweisung.", "en": "No directive yet."},
            },
        ],
    },
    {
        "id": "faces",
        "title": {"de": "Verbotene Praktiken", "en": "Prohibited practices"},
        "provisions": ["ki_vo_art5"],
        "rules": [
            {
                "status": "not_relevant",
                "when": {"question": "face_recognition", "answer_in": ["no_plans"]},
            },
        ],
    },
]


def test_first_steps_then_level_then_duties_then_radar(
    repo, example_answers, tmp_path, monkeypatch
):
    data = yaml.safe_load(SAMPLE_QUESTIONNAIRE.read_text(encoding="utf-8"))
    data["legal_duties"] = DUTIES
    path = tmp_path / "with-duties.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("KIRC_QUESTIONNAIRE", str(path))
    assert load_questionnaire(path).legal_duties
    at = open_app(repo.create(example_answers), "views/ergebnis.py")
    assert not at.exception
    headings = [s.value for s in at.subheader]
    assert headings[:4] == [
        "Erste Schritte",
        "Gesamtstufe 2 von 5: Erkundend",
        "Rechtliche Pflichten",
        "Profil nach Dimensionen",
    ]
    texts = [m.value for m in at.markdown]
    steps = next(x for x in texts if x.startswith("1. "))
    assert "Zuständig: Hauptamt · Aufwand: Projekt · Beginn: in den nächsten 3 Monaten" in steps
    duties = next(x for x in texts if "Regeln für KI" in x)
    assert "**! offen:** Regeln für KI (Art. 4 KI-VO, gilt seit 2. Februar 2025)" in duties
    assert "Es fehlt eine Dienstanweisung." in duties
    # face_recognition is answered "nicht zutreffend": no rule holds, so the duty is unclear.
    assert "**? unklar:** Verbotene Praktiken" in duties
    assert any("Rechtsstand: 4. Dezember 2026." in c.value for c in at.caption)
