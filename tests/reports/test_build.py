"""The Report value: what a self-check report says, computed from the scoring result."""

import pytest

from questionnaire import Profile, new_answers
from reports import build_report


def test_the_summary_explains_when_the_weakest_dimension_caps_the_overall_level(
    sample, sample_answers
):
    summary = build_report(sample, [sample_answers]).summary
    assert summary.level_name == "Erkundend"
    assert "„Strukturiert“" in summary.cap and "Recht" in summary.cap
    assert "„Nicht begonnen“" in summary.cap


def test_no_cap_sentence_appears_when_the_level_was_not_capped(sample):
    answers = new_answers(
        sample,
        answers={
            "strategy_document": "draft",
            "budget": "project",
            "ai_rules": "draft",
            "roles_involved": ["dpo", "it"],
            "trainings": "offered",
            "champions": "some",
        },
    )
    report = build_report(sample, [answers])
    assert report.summary.cap == ""
    assert report.summary.level_name == "Strukturiert"


def test_too_few_answers_give_no_overall_level_and_say_so(sample):
    report = build_report(sample, [new_answers(sample, answers={"ai_rules": "draft"})])
    assert report.summary.level is None
    assert any("zu wenige Antworten" in line for line in report.summary.lines)
    assert [row.score for row in report.summary.rows] == ["zu wenige Antworten"] * 3


def test_strengths_are_the_highest_answers_and_gaps_the_lowest_with_their_labels(
    sample, sample_answers
):
    strategy, law, _ = build_report(sample, [sample_answers]).dimensions
    assert [i.question for i in strategy.strengths] == [
        "Gibt es eine KI-Strategie?",
        "Gibt es ein Budget?",
    ]
    assert strategy.strengths[0].detail == "Beschlossen und überprüft (Schritt 4 von 4)"
    assert [i.number for i in law.gaps] == ["2.1", "2.2"]
    assert law.gaps[1].detail == "Datenschutzbeauftragte (Schritt 1,3 von 4)"
    assert strategy.gaps == () and law.strengths == ()


def test_dont_know_is_listed_as_a_knowledge_gap_and_not_as_a_gap(sample, sample_answers):
    skills = build_report(sample, [sample_answers]).dimensions[2]
    assert [i.question for i in skills.knowledge_gaps] == ["Gibt es Multiplikatoren?"]
    assert all(i.number != "3.2" for i in skills.gaps)


def test_notes_appear_with_their_dimension_and_question(sample, sample_answers):
    report = build_report(sample, [sample_answers])
    law = report.dimensions[1]
    assert [(n.number, n.detail) for n in law.notes] == [
        ("2.1", "Dienstanweisung ist für das erste Quartal geplant.")
    ]
    assert report.dimensions[0].notes == ()


def test_the_target_and_the_distance_to_it_are_stated_per_dimension(sample, sample_answers):
    strategy, law, skills = build_report(sample, [sample_answers]).dimensions
    assert strategy.target == "Zielstufe: „Vorreiter“; erreicht."
    assert law.target == "Zielstufe: „Strukturiert“; noch 2 Stufen entfernt."
    assert skills.target == ""


def test_the_action_plan_keeps_the_scoring_order_and_links_back_to_dimensions(
    sample, sample_answers
):
    report = build_report(sample, [sample_answers])
    assert [(a.number, a.priority, a.dimension) for a in report.actions] == [(1, "high", "Recht")]
    assert report.actions[0].owner == "Hauptamt"
    assert report.dimensions[1].actions.endswith("Nr. 1")


def test_the_title_page_names_kind_state_scope_and_respondent(sample, sample_answers):
    facts = {f.label: f.value for f in build_report(sample, [sample_answers]).facts}
    assert facts["Art der Verwaltung"] == "Gemeinde"
    assert facts["Land"] == "Baden-Württemberg"
    assert facts["Einwohnerzahl"] == "8.200"
    assert facts["Umfang"] == "Vollcheck (7 Fragen)"
    assert facts["Beantwortet von"] == "einer Person (Funktion: Hauptamt)"


def test_a_kurzcheck_counts_only_its_questions(sample):
    answers = new_answers(sample, mode="short", answers={"strategy_document": "draft"})
    facts = {f.label: f.value for f in build_report(sample, [answers]).facts}
    assert facts["Umfang"] == "Kurzcheck (3 Fragen)"


def test_unknown_profile_fields_are_left_off_the_title_page(sample):
    report = build_report(sample, [new_answers(sample)])
    labels = [f.label for f in report.facts]
    # The Rechtsstand is not a profile field: every report names it.
    assert labels == ["Umfang", "Beantwortet von", "Fragebogen", "Rechtsstand"]
    assert report.organisation == "Verwaltung ohne Namensangabe"


def test_an_english_report_has_english_texts_throughout(sample, sample_answers):
    report = build_report(sample, [sample_answers], lang="en")
    assert report.summary.level_name == "Exploring"
    assert report.dimensions[0].name == "Strategy"
    assert report.facts[0].value == "Municipality"
    assert report.appendix[0].rows[0].question == "Is there an AI strategy?"


def test_an_earlier_assessment_adds_its_scores_to_the_table_and_the_charts(sample, sample_answers):
    earlier = sample_answers.model_copy(
        update={
            "answers": {"strategy_document": "draft", "budget": "none"},
            "profile": Profile(date="2025-11-10"),
        }
    )
    report = build_report(sample, [sample_answers], previous=earlier)
    assert report.has_previous
    assert report.summary.rows[0].previous == "33,3"  # (2 x 2 + 1 x 0) / (4 x 3)
    assert [s.role for s in report.chart.series] == ["current", "target", "previous"]
    assert "10.11.2025" in report.chart.series[2].name


def test_an_earlier_assessment_of_another_questionnaire_is_refused(sample, sample_answers):
    other = sample_answers.model_copy(
        update={"questionnaire": sample_answers.questionnaire.model_copy(update={"id": "x"})}
    )
    with pytest.raises(ValueError, match="questionnaire 'x'"):
        build_report(sample, [sample_answers], previous=other)


def test_the_appendix_lists_every_question_of_the_mode_with_answer_and_step(sample, sample_answers):
    rows = [row for part in build_report(sample, [sample_answers]).appendix for row in part.rows]
    assert len(rows) == 7
    face = next(r for r in rows if r.number == "2.3")
    assert (face.answer, face.value) == ("Trifft nicht zu", "–")
    roles = next(r for r in rows if r.number == "2.2")
    assert (roles.answer, roles.value) == ("Datenschutzbeauftragte", "1,3")


def test_building_a_report_needs_at_least_one_answers_set(sample):
    with pytest.raises(ValueError, match="at least one"):
        build_report(sample, [])
