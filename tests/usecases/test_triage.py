"""The AI Act triage: every path of the shipped tree, the documented cases, "Weiß nicht"."""

from __future__ import annotations

import re

import pytest

from usecases import DONT_KNOW, Classification, back, walk

# Every answer not named in a case is the harmless one: not an Art. 5 practice, no Annex I or
# III area, no transparency trigger. Each case then states what makes it what it is.
BASE = {
    "ai_system": "yes",
    "role": "deployer",
    "gpai": "no",
    "p_manipulation": "no",
    "p_social_scoring": "no",
    "p_crime_prediction": "no",
    "p_face_scraping": "no",
    "p_emotion_workplace": "no",
    "p_biometric_categorisation": "no",
    "p_realtime_identification": "no",
    "p_intimate_imagery": "no",
    "annex_i": "no",
    "annex_iii_area": "none",
    "t_interaction": "no",
    "t_synthetic": "no",
    "t_emotion": "no",
    "t_publication": "no",
    "personal_data": "no",
    "automated_decision": "no",
    "staff_monitoring": "no",
}


def all_paths(tree):
    """Every complete path from the start as a dict of answers, "Weiß nicht" included."""
    stack = [(tree.start, {})]
    while stack:
        qid, answers = stack.pop()
        question = tree.question(qid)
        yield {**answers, qid: DONT_KNOW}
        for answer in question.answers:
            chosen = {**answers, qid: answer.id}
            if answer.conclusion is not None:
                yield chosen
            else:
                stack.append((answer.next, chosen))


def test_every_path_through_the_tree_ends_in_a_conclusion_with_dated_obligations(tree, rechtsstand):
    count = 0
    classifications = set()
    for answers in all_paths(tree):
        result = walk(tree, answers)
        assert result.complete, answers
        assert [step.question.id for step in result.path] == list(answers)
        assert result.ignored == ()
        for obligation in result.obligations:
            assert obligation.provision in rechtsstand.provisions
        if DONT_KNOW in answers.values():
            assert result.classification is Classification.LEGAL_REVIEW
        classifications.add(result.classification)
        count += 1
    assert classifications == set(Classification)
    assert count > 10_000  # the tree's paths multiply; the walk above covers all of them


def test_every_question_offers_dont_know_and_it_leads_to_legal_review(tree):
    # A shortest route to each question, found breadth-first, then "Weiß nicht" there.
    routes = {tree.start: {}}
    queue = [tree.start]
    while queue:
        qid = queue.pop(0)
        for answer in tree.question(qid).answers:
            if answer.next is not None and answer.next not in routes:
                routes[answer.next] = {**routes[qid], qid: answer.id}
                queue.append(answer.next)
    assert set(routes) == {q.id for q in tree.questions}
    for qid, route in routes.items():
        result = walk(tree, {**route, qid: DONT_KNOW})
        assert result.classification is Classification.LEGAL_REVIEW
        assert result.path[-1].question.id == qid and result.path[-1].answer is None


# The brief's use-case table (section 6) and AI Act sections 1.4-1.9, as triage answers.
DOCUMENTED = {
    "citizen chatbot on the website": (
        {"gpai": "yes", "t_interaction": "yes", "t_synthetic": "yes", "personal_data": "yes"},
        Classification.TRANSPARENCY,
    ),
    "chatbot that decides eligibility for a benefit": (
        {
            "gpai": "yes",
            "annex_iii_area": "public_benefits",
            "hr_profiling": "yes",
            "t_interaction": "yes",
        },
        Classification.HIGH_RISK,
    ),
    "eligibility scoring for a public assistance benefit": (
        {
            "annex_iii_area": "public_benefits",
            "hr_profiling": "yes",
            "personal_data": "yes",
            "automated_decision": "yes",
        },
        Classification.HIGH_RISK,
    ),
    "emotion recognition of call-centre staff": (
        {"p_emotion_workplace": "yes"},
        Classification.PROHIBITED,
    ),
    "emotion recognition of citizens (Annex III 1(c) and Art. 50(3))": (
        {"annex_iii_area": "biometrics", "hr_profiling": "yes", "t_emotion": "yes"},
        Classification.HIGH_RISK,
    ),
    "candidate screening in the personnel office": (
        {"annex_iii_area": "employment", "hr_profiling": "yes", "personal_data": "yes"},
        Classification.HIGH_RISK,
    ),
    "emergency-call triage in the control centre": (
        {"annex_iii_area": "emergency_calls", "hr_profiling": "no", "hr_exception": "no"},
        Classification.HIGH_RISK,
    ),
    "examining residence-permit applications": (
        {"annex_iii_area": "migration", "hr_profiling": "yes"},
        Classification.HIGH_RISK,
    ),
    "placement test at the adult education centre": (
        {"annex_iii_area": "education", "hr_profiling": "yes"},
        Classification.HIGH_RISK,
    ),
    "face matching on municipal CCTV": (
        {"annex_iii_area": "biometrics", "hr_profiling": "yes", "personal_data": "yes"},
        Classification.HIGH_RISK,
    ),
    "AI in traffic-signal control (Annex III point 2)": (
        {"annex_iii_area": "critical_infrastructure", "ci_profiling": "no", "ci_exception": "no"},
        Classification.HIGH_RISK,
    ),
    "OCR of incoming mail": ({"personal_data": "yes"}, Classification.MINIMAL),
    "traffic counting without identification": ({}, Classification.MINIMAL),
    "road-damage detection from images": ({"personal_data": "yes"}, Classification.MINIMAL),
    "transcription of council minutes": (
        {"t_synthetic": "yes", "personal_data": "yes"},
        Classification.MINIMAL,
    ),
    "internal LLM assistant for drafting": (
        {"gpai": "yes", "t_synthetic": "yes", "staff_monitoring": "yes"},
        Classification.MINIMAL,
    ),
    "press office publishes AI texts without editorial review": (
        {"gpai": "yes", "t_synthetic": "yes", "t_publication": "text_unreviewed"},
        Classification.TRANSPARENCY,
    ),
    "press office publishes AI texts under editorial responsibility": (
        {"gpai": "yes", "t_synthetic": "yes", "t_publication": "text_reviewed"},
        Classification.MINIMAL,
    ),
    "incoming-mail routing that only prepares a benefit decision (Art. 6(3))": (
        {"annex_iii_area": "public_benefits", "hr_profiling": "no", "hr_exception": "yes"},
        Classification.MINIMAL,
    ),
    "social scoring of residents": ({"p_social_scoring": "yes"}, Classification.PROHIBITED),
    "untargeted scraping of faces from CCTV": (
        {"p_face_scraping": "yes"},
        Classification.PROHIBITED,
    ),
    "biometric categorisation by religion": (
        {"p_biometric_categorisation": "yes"},
        Classification.PROHIBITED,
    ),
    "image generator producing non-consensual intimate imagery": (
        {"p_intimate_imagery": "yes"},
        Classification.PROHIBITED,
    ),
    "deepfake video in a campaign": (
        {"t_synthetic": "yes", "t_publication": "deepfake"},
        Classification.TRANSPARENCY,
    ),
    "purely rule-based software with fixed rules": (
        {"ai_system": "no"},
        Classification.NO_AI_SYSTEM,
    ),
    "unclear whether a service is an essential public assistance benefit": (
        {"annex_iii_area": DONT_KNOW},
        Classification.LEGAL_REVIEW,
    ),
    "gesture recognition on CCTV (classification open in the brief)": (
        {"annex_iii_area": DONT_KNOW},
        Classification.LEGAL_REVIEW,
    ),
}


@pytest.mark.parametrize("case", DOCUMENTED, ids=list(DOCUMENTED))
def test_documented_cases_get_the_classification_the_brief_supports(tree, case):
    answers, expected = DOCUMENTED[case]
    result = walk(tree, {**BASE, **answers})
    assert result.complete
    assert result.classification is expected


def test_at_least_fifteen_documented_cases_are_checked():
    assert len(DOCUMENTED) >= 15


def test_a_high_risk_result_names_the_public_deployer_duties_with_their_provisions(tree):
    answers = {**BASE, "annex_iii_area": "public_benefits", "hr_profiling": "yes"}
    provisions = [o.provision for o in walk(tree, answers).obligations]
    for provision in ("ki_vo_art4", "ki_vo_art26", "ki_vo_art27", "ki_vo_art49_3",
                      "ki_vo_art86", "ki_vo_art6_annex_iii", "ki_vo_art111_2"):  # fmt: skip
        assert provision in provisions


def test_critical_infrastructure_has_no_fundamental_rights_assessment(tree):
    answers = {**BASE, "annex_iii_area": "critical_infrastructure", "ci_profiling": "yes"}
    provisions = {o.provision for o in walk(tree, answers).obligations}
    assert "ki_vo_art26" in provisions
    assert not provisions & {"ki_vo_art27", "ki_vo_art49_3", "ki_vo_art86"}


def test_profiling_rules_out_the_article_6_3_exception(tree):
    for area in ("biometrics", "education", "employment", "public_benefits", "migration"):
        answers = {**BASE, "annex_iii_area": area, "hr_profiling": "yes"}
        result = walk(tree, answers)
        assert "hr_exception" not in [s.question.id for s in result.path]
        assert result.classification is Classification.HIGH_RISK


def test_building_rebranding_modifying_or_repurposing_makes_a_provider_note(tree):
    for role, expected in [("deployer", set()), ("built", {"provider_own"}),
                           ("rebranded", {"provider_art25"}), ("modified", {"provider_art25"}),
                           ("repurposed", {"provider_art25"})]:  # fmt: skip
        ids = {o.id for o in walk(tree, {**BASE, "role": role}).obligations}
        assert ids & {"provider_own", "provider_art25"} == expected


def test_a_partial_walk_stops_at_the_next_question_and_back_removes_the_last_step(tree):
    answers = {"ai_system": "yes", "role": "deployer"}
    result = walk(tree, answers)
    assert not result.complete and result.classification is None
    assert result.question.id == "gpai"
    previous = back(answers, result)
    assert previous == {"ai_system": "yes"}
    assert walk(tree, previous).question.id == "role"


def test_an_answer_the_question_does_not_offer_stops_the_walk_there(tree):
    result = walk(tree, {"ai_system": "maybe"})
    assert result.question.id == "ai_system" and result.path == ()


def test_answers_off_the_path_are_reported_as_ignored(tree):
    result = walk(tree, {**BASE, "p_emotion_workplace": "yes", "hr_profiling": "yes"})
    assert result.classification is Classification.PROHIBITED
    assert "hr_profiling" in result.ignored and "annex_i" in result.ignored


def test_the_tree_texts_carry_no_dates_so_they_cannot_go_stale(tree):
    # Dates come from the Rechtsstand file; a year in a text would be a second source.
    year = re.compile(r"\b20[2-3]\d\b(?!/)")  # "2024/1689" and "2026/1744" name regulations
    texts = [tree.disclaimer, tree.title]
    texts += [o.text for o in tree.obligations] + [c.text for c in tree.conclusions]
    for question in tree.questions:
        texts += [question.text, question.help] + [a.label for a in question.answers]
    for text in texts:
        for lang, value in text.items():
            assert not year.search(value), (lang, value)
