"""Format extensions of issue 12: any/score_at_least conditions, unscored context questions,
recommendation start, small-municipality owners, Rechtsstand ids, and wording per profile."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questionnaire import (
    KINDS,
    STATES,
    InputError,
    Profile,
    Start,
    for_profile,
    localized,
    parse_questionnaire,
)
from questionnaire.checks import TEXT_KEYS
from questionnaire.placeholders import PLACEHOLDER, load_staff_acts, text_maps
from scoring import score


def load(build, *dimensions) -> object:
    """Through the real loader (placeholders, Rechtsstand ids), from JSON text."""
    return parse_questionnaire(json.dumps(build.questionnaire_data(*dimensions)), "q.json")


def problems(build, *dimensions) -> list[str]:
    with pytest.raises(InputError) as caught:
        load(build, *dimensions)
    return caught.value.lines()


def context_question(qid: str = "ai_in_use") -> dict:
    return {
        "id": qid,
        "type": "multi",
        "scored": False,
        "text": {"de": "Welche KI nutzen Sie?", "en": "Which AI do you use?"},
        "help": {"de": "Nur zur Einordnung.", "en": "For context only."},
        "options": [
            {"id": "chatbot", "label": {"de": "Chatbot", "en": "Chatbot"}},
            {"id": "ocr", "label": {"de": "Texterkennung", "en": "Text recognition"}},
            {"id": "none_yet", "label": {"de": "Keine", "en": "None"}},
        ],
    }


# --- any and score_at_least ---------------------------------------------------------------


def test_any_fires_when_one_part_holds_and_score_at_least_bounds_from_below(build):
    any_rec = build.recommendation(
        "either",
        {"any": [{"question": "a", "score_at_most": 0}, {"question": "b", "dont_know": True}]},
    )
    band = build.recommendation("middle", {"question": "a", "score_at_least": 2})
    q = load(
        build,
        build.dimension(
            "d", [build.single("a"), build.single("b")], recommendations=[any_rec, band]
        ),
    )

    def fired(answers):
        return [f.recommendation.id for f in score(q, build.answers(q, answers)).recommendations]

    assert fired({"a": "s0", "b": "s4"}) == ["either"]
    assert fired({"a": "s3", "b": "dont_know"}) == ["either", "middle"]
    assert fired({"a": "s1", "b": "s1"}) == []
    assert fired({"a": "s2"}) == ["middle"]


def test_a_wrong_part_inside_any_is_located(build):
    rec = build.recommendation(
        "r", {"any": [{"level_at_most": 2}, {"question": "nope", "dont_know": True}]}
    )
    (line,) = problems(build, build.dimension("d", [build.single("a")], recommendations=[rec]))
    assert "recommendations[0].when.any[1].question" in line and "no question 'nope'" in line


# --- scored: false ------------------------------------------------------------------------


def test_a_context_question_is_asked_and_stored_but_never_scored(build):
    rec = build.recommendation("chatbot_rules", {"question": "ai_in_use", "answer_in": ["chatbot"]})
    dim = build.dimension("d", [build.single("a"), context_question()], recommendations=[rec])
    q = load(build, dim)
    assert [x.id for x in q.dimension("d").questions_in("full")] == ["a", "ai_in_use"]
    with_context = build.answers(q, {"a": "s2", "ai_in_use": ["chatbot", "ocr"]})
    without = build.answers(q, {"a": "s2"})
    one, other = score(q, with_context), score(q, without)
    assert one.dimension("d").score == other.dimension("d").score == 50.0
    assert one.dimension("d").asked == 1  # the context question is not in completeness
    assert one.dimension("d").completeness == other.dimension("d").completeness == 1.0
    assert with_context.answers["ai_in_use"] == ["chatbot", "ocr"]
    assert [f.recommendation.id for f in one.recommendations] == ["chatbot_rules"]
    assert other.recommendations == ()


def test_a_dimension_with_only_context_answers_has_no_score(build):
    q = load(build, build.dimension("d", [build.single("a"), context_question()]))
    result = score(q, build.answers(q, {"ai_in_use": "dont_know"}))
    assert result.dimension("d").score is None


def test_context_options_carry_no_score_and_conditions_no_score_test(build):
    question = context_question()
    question["options"][0]["points"] = 1
    rec = build.recommendation("r", {"question": "ai_in_use", "score_at_most": 1})
    lines = problems(
        build, build.dimension("d", [build.single("a"), question], recommendations=[rec])
    )
    assert any(
        "questions[1].options[0]" in x and "carry no 'score' or 'points'" in x for x in lines
    )
    assert any("when.score_at_most" in x and "is not scored" in x for x in lines), lines


# --- recommendation fields and Rechtsstand ids -----------------------------------------------


def test_start_owner_small_and_provisions_are_read(build):
    rec = build.recommendation("r", {"level_at_most": 5}, priority="high")
    rec |= {
        "start": "weeks_4",
        "owner_small": {"de": "Bürgermeisterin", "en": "Mayor"},
        "provisions": ["ki_vo_art4"],
    }
    plain = build.recommendation("p", {"level_at_most": 5}, priority="high")
    q = load(build, build.dimension("d", [build.single("a")], recommendations=[rec, plain]))
    first, second = q.dimension("d").recommendations
    assert (first.suggested_start, second.suggested_start) == (Start.WEEKS_4, Start.MONTHS_3)
    assert first.provisions == ("ki_vo_art4",)
    assert q.rechtsstand.provisions["ki_vo_art4"].cite("de") == "Art. 4 KI-VO"


def test_every_priority_has_a_default_start_sooner_for_higher_priority():
    order = [Start.default_for(p) for p in ("critical", "high", "medium", "low")]
    assert order == [Start.WEEKS_4, Start.MONTHS_3, Start.MONTHS_6, Start.MONTHS_12]


def test_an_unknown_rechtsstand_id_is_located(build):
    question = build.single("a") | {"provisions": ["ki_vo_art50", "ki_vo_art55"]}
    (line,) = problems(build, build.dimension("d", [question]))
    assert "questions[0].provisions[1]" in line and "no provision 'ki_vo_art55'" in line


# --- wording for the profile --------------------------------------------------------------


def worded_question(build) -> object:
    question = build.single("pr")
    question["help"] = {
        "de": "Rechtsgrundlage: {lpvg}. Beispiele: Bauamt{kreis:, Ausländerbehörde}.",
        "en": "Legal basis: {lpvg}. Examples: building office{kreis:, immigration office}.",
    }
    rec = build.recommendation("r", {"level_at_most": 5})
    rec["owner_small"] = {"de": "Hauptamt", "en": "Central administration"}
    return load(build, build.dimension("d", [question], recommendations=[rec]))


def test_without_a_profile_the_wording_is_generic(build):
    q = worded_question(build)
    help_de = q.questions()["pr"].help["de"]
    assert help_de == (
        "Rechtsgrundlage: Personalvertretungsgesetz Ihres Landes. "
        "Beispiele: Bauamt, Ausländerbehörde."
    )
    assert for_profile(q, Profile()) is q


def test_the_land_names_its_act_and_a_gemeinde_sees_no_kreis_example(build):
    q = worded_question(build)
    nrw = for_profile(q, Profile(kind="gemeinde", state="NW"))
    assert nrw.questions()["pr"].help == {
        "de": "Rechtsgrundlage: Landespersonalvertretungsgesetz NRW (LPVG NRW). Beispiele: Bauamt.",
        "en": "Legal basis: North Rhine-Westphalia staff representation act (LPVG NRW). "
        "Examples: building office.",
    }
    assert localized(nrw.dimension("d").recommendations[0].owner, "de") == "Hauptamt"
    assert for_profile(q, Profile(kind="gemeinde", state="NW")) is nrw  # built once


def test_an_unconfirmed_land_keeps_the_generic_name_and_a_landkreis_keeps_the_example(build):
    q = worded_question(build)
    hessen = for_profile(q, Profile(kind="landkreis", state="HE"))
    assert hessen.questions()["pr"].help["de"] == q.questions()["pr"].help["de"]
    assert hessen.dimension("d").recommendations[0].owner == {
        "de": "owner (de)",
        "en": "owner (en)",
    }


@pytest.mark.parametrize(
    ("kind", "population", "small"),
    [
        ("gemeinde", None, True),
        ("amt", 30_000, True),
        ("stadt", 12_000, True),
        ("stadt", 45_000, False),
        ("stadt", None, False),
        ("kreisfreie_stadt", 9_000, False),
        ("landkreis", None, False),
    ],
)
def test_small_municipalities_get_the_small_owner(build, kind, population, small):
    q = worded_question(build)
    worded = for_profile(q, Profile(kind=kind, population=population))
    owner = worded.dimension("d").recommendations[0].owner["de"]
    assert owner == ("Hauptamt" if small else "owner (de)")


def test_an_unknown_placeholder_is_a_located_error(build):
    question = build.single("a")
    question["text"] = {"de": "Nach dem {lpvgg}?", "en": "Under {lpvg}?"}
    (line,) = problems(build, build.dimension("d", [question]))
    assert "questions[0].text.de" in line and "unknown placeholder 'lpvgg'" in line


def test_the_staff_acts_file_lists_all_sixteen_laender():
    acts = load_staff_acts()
    assert set(acts.states) == set(STATES)
    for state in STATES:
        for lang in ("de", "en"):
            assert acts.name(state, lang).strip()
    assert (
        acts.name("HE", "de") == acts.name(None, "de") == "Personalvertretungsgesetz Ihres Landes"
    )
    confirmed = [state for state, act in acts.states.items() if act is not None]
    assert all(acts.states[state].source for state in confirmed)


def test_the_profile_accepts_an_amt():
    assert "amt" in KINDS
    assert Profile(kind="amt").kind == "amt"


@settings(max_examples=40, deadline=None)
@given(
    kind=st.sampled_from((None, *KINDS)),
    state=st.sampled_from((None, *STATES)),
    population=st.one_of(st.none(), st.integers(0, 2_000_000)),
)
def test_no_placeholder_survives_any_profile(build, kind, state, population):
    q = worded_question(build)
    worded = for_profile(q, Profile(kind=kind, state=state, population=population))
    data = worded.model_dump()
    leftovers = [
        text[lang]
        for text, _ in text_maps(data, TEXT_KEYS)
        for lang in ("de", "en")
        if PLACEHOLDER.search(text.get(lang) or "")
    ]
    assert leftovers == []
    assert [x.id for x in worded.questions().values()] == [x.id for x in q.questions().values()]


def test_the_rechtsstand_of_a_worded_questionnaire_cites_the_lands_act(build):
    q = worded_question(build)
    nrw = for_profile(q, Profile(state="NW"))
    assert nrw.rechtsstand.provisions["personalvertretung"].cite("de") == (
        "Landespersonalvertretungsgesetz NRW (LPVG NRW)"
    )
    assert q.rechtsstand.provisions["personalvertretung"].cite("de") == (
        "Personalvertretungsgesetz des Landes"
    )
    hessen = for_profile(q, Profile(state="HE", kind="gemeinde"))
    assert hessen.rechtsstand.provisions["personalvertretung"].cite("de") == (
        "Personalvertretungsgesetz des Landes"
    )
