"""The shipped questionnaire's content: structure, levels reachable, every recommendation firing.

Answers are built generically from the questionnaire itself (lowest and highest options, the
`when` of each recommendation), so the tests keep working when texts or options change.
"""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pytest
import yaml

from questionnaire import (
    DEFAULT_QUESTIONNAIRE,
    DONT_KNOW,
    SECONDS_PER_QUESTION,
    Answers,
    Condition,
    Dimension,
    Profile,
    Question,
    Questionnaire,
    check_answers,
    for_profile,
    load_answers,
    load_questionnaire,
    new_answers,
)
from scoring import score

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ("gemeinde-klein.json", "stadt-mittel.json", "landkreis-gross.json")
DIMENSIONS = ["strategy", "governance", "law", "ethics"]
DIMENSIONS += ["skills", "culture", "data_it", "use_cases"]
OWNERS = {  # docs/content.md, "Principles": the only owner roles, as exact language pairs
    ("Verwaltungsspitze", "Senior leadership"),
    ("Hauptamt / Organisation", "Central administration / organisation"),
    ("KI-Verantwortliche", "AI lead"),
    ("IT-Leitung", "Head of IT"),
    ("Datenschutzbeauftragte", "Data protection officer"),
    ("Informationssicherheitsbeauftragte", "Information security officer"),
    ("Rechtsamt", "Legal office"),
    ("Personalamt / Personalentwicklung", "HR / staff development"),
    ("Personalrat", "Staff council"),
    ("Fachämter", "Specialist departments"),
    ("Vergabestelle", "Procurement office"),
    ("Pressestelle", "Press office"),
}
# The context question on AI in use (INTERFACES.md) and words that name each family.
FAMILIES = {
    "document_management": (("Dokumentenmanagement", "Posteingang"), ("document management",)),
    "text_recognition": (("Texterkennung",), ("text recognition",)),
    "speech_audio": (("Sprache", "Ton"), ("speech", "audio")),
    "image_objects": (("Bilderkennung", "Dingen"), ("image recognition", "things")),
    "image_people": (("Bilderkennung", "Menschen"), ("image recognition", "people")),
    "spatial": (("Raumerkennung",), ("spatial",)),
    "chatbot_citizens": (("Chatbot", "Bürgerinnen"), ("chatbot", "residents")),
    "assistant_internal": (("Textassistent", "Beschäftigte"), ("text assistant", "staff")),
    "automated_decisions": (("Entscheidungen",), ("decisions",)),
}
IN_USE = set(FAMILIES)  # "AI in use or planned": any family ticked
# The documented time estimate (docs/content.md, "How long it takes").
WORDS_PER_MINUTE = 180
SECONDS_PER_DECISION = 10
FULL_MINUTES, SHORT_MINUTES = 25, 10  # SECONDS_PER_QUESTION: the app's one estimate

Answer = str | list[str]


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(DEFAULT_QUESTIONNAIRE)


# --- building answers -----------------------------------------------------------------------


def is_scored(question: Question) -> bool:
    """False for a context question (`scored: false`), which never moves a score."""
    return getattr(question, "scored", True)


def lowest(question: Question) -> Answer:
    """The answer with the smallest step value: the lowest option, or no positive checkbox."""
    if question.type == "multi":
        return [o.id for o in question.options if not o.points]
    return min(question.options, key=lambda o: o.score).id


def highest(question: Question) -> Answer:
    """The answer with the largest step value: the top option, or every positive checkbox."""
    if question.type == "multi":
        return [o.id for o in question.options if o.points]
    return max(question.options, key=lambda o: o.score).id


def ladder(question: Question) -> list[Answer]:
    """Answers of rising step value, lowest first; each rung changes the value a little."""
    if question.type == "single":
        return [o.id for o in sorted(question.options, key=lambda o: o.score)]
    ticked = sorted((o for o in question.options if o.points), key=lambda o: o.points)
    return [lowest(question)] + [[o.id for o in ticked[: n + 1]] for n in range(len(ticked))]


def answers_of(questionnaire: Questionnaire, given: dict[str, Answer], mode="full") -> Answers:
    """An answers value the format accepts (checked like a loaded file)."""
    answers = new_answers(questionnaire, mode=mode, answers=given)
    assert check_answers(answers, questionnaire) == []
    return answers


def level_of(questionnaire: Questionnaire, dimension: Dimension, given: dict, mode="full") -> int:
    result = score(questionnaire, answers_of(questionnaire, given, mode))
    return result.dimension(dimension.id).level


def at_level(questionnaire: Questionnaire, dimension: Dimension, level: int, fixed: dict) -> dict:
    """Answers putting `dimension` at `level`, keeping the `fixed` answers as they are.

    Starts from the lowest answers and raises the free questions one rung at a time, in turn;
    one rung moves the dimension score by less than a level band, so no level is skipped.
    """
    free = [q for q in dimension.questions if q.id not in fixed and is_scored(q)]
    ladders = {q.id: ladder(q) for q in free}
    rungs = dict.fromkeys(ladders, 0)
    given = {**fixed, **{qid: steps[0] for qid, steps in ladders.items()}}
    while True:
        current = level_of(questionnaire, dimension, given)
        if current == level:
            return given
        assert current < level, f"{dimension.id}: level {level} was skipped"
        movable = [qid for qid in ladders if rungs[qid] + 1 < len(ladders[qid])]
        assert movable, f"{dimension.id}: level {level} not reached with {fixed}"
        for qid in movable:
            rungs[qid] += 1
            given[qid] = ladders[qid][rungs[qid]]
            current = level_of(questionnaire, dimension, given)
            if current >= level:
                break


def satisfying(questionnaire: Questionnaire, condition: Condition) -> tuple[dict, set[int]]:
    """Answers to the questions a condition names, and the dimension levels it allows."""
    if condition.all is not None:
        given, levels = {}, set(range(1, 6))
        for part in condition.all:
            part_given, part_levels = satisfying(questionnaire, part)
            given |= part_given
            levels &= part_levels
        return given, levels
    if condition.question is None:
        low = condition.level_at_least or 1
        high = condition.level_at_most or len(questionnaire.levels)
        return {}, set(range(low, high + 1))
    question = questionnaire.questions()[condition.question]
    if condition.dont_know:
        return {question.id: DONT_KNOW}, set(range(1, 6))
    if condition.answer_in is not None:
        option = condition.answer_in[0]
        return {question.id: [option] if question.type == "multi" else option}, set(range(1, 6))
    return {question.id: lowest(question)}, set(range(1, 6))


def fired(questionnaire: Questionnaire, given: dict) -> set[str]:
    result = score(questionnaire, answers_of(questionnaire, given))
    return {f.recommendation.id for f in result.recommendations}


def all_texts(value, path=()):
    """Every language map inside a dumped questionnaire, with its path."""
    if isinstance(value, dict):
        if {"de", "en"} & set(value) and all(isinstance(v, str) for v in value.values()):
            yield path, value
        else:
            for key, item in value.items():
                yield from all_texts(item, (*path, key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from all_texts(item, (*path, index))


def recommendations(questionnaire: Questionnaire):
    return [(d, r) for d in questionnaire.dimensions for r in d.recommendations]


def is_level_condition(condition: Condition) -> bool:
    return condition.question is None and condition.all is None


# --- structure ------------------------------------------------------------------------------


def test_the_shipped_questionnaire_validates(questionnaire):
    assert questionnaire.id == "ki-readiness-kommunen"
    assert questionnaire.languages == ("de", "en")
    assert [d.id for d in questionnaire.dimensions] == DIMENSIONS
    assert [level.min_score for level in questionnaire.levels] == [0, 20, 40, 60, 80]


def test_at_most_45_questions_with_four_to_six_scored_ones_per_dimension(questionnaire):
    # Version 2.0 merged questions that asked the same thing (issue 12, item 4): the Vollcheck
    # has at most 45 questions, where version 1.0 had 61 and asked for at least 56.
    counts = {d.id: sum(is_scored(q) for q in d.questions) for d in questionnaire.dimensions}
    assert all(4 <= n <= 6 for n in counts.values()), counts
    assert len(questionnaire.questions()) <= 45


def test_the_kurzcheck_has_at_most_16_questions_one_or_two_scored_per_dimension(questionnaire):
    short = {d.id: [q for q in d.questions if q.short] for d in questionnaire.dimensions}
    assert all(1 <= sum(is_scored(q) for q in qs) <= 2 for qs in short.values()), short
    assert sum(len(qs) for qs in short.values()) <= 16
    asked = {q.id for qs in short.values() for q in qs}
    assert {"governance_ai_lead", "ai_in_use_families"} <= asked


def test_every_single_question_scores_its_options_0_to_4(questionnaire):
    for question in questionnaire.questions().values():
        ids = [o.id for o in question.options]
        assert len(ids) == len(set(ids)), question.id
        if not is_scored(question):
            continue
        if question.type == "single":
            # five steps; automated_decisions_check adds rule-based procedures with a legal
            # basis as a sixth option on step 3 (issue 12, item 2)
            assert len(ids) in (5, 6), question.id
            assert {o.score for o in question.options} == {0, 1, 2, 3, 4}, question.id
        else:
            assert any(o.points for o in question.options), question.id


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_question_text_is_duplicated(questionnaire, lang):
    def normal(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().casefold()

    texts = [normal(q.text[lang]) for q in questionnaire.questions().values()]
    assert len(texts) == len(set(texts))


def test_every_text_exists_in_both_languages(questionnaire):
    seen = 0
    for path, text in all_texts(questionnaire.model_dump()):
        assert set(text) == {"de", "en"}, path
        assert all(value.strip() for value in text.values()), path
        assert text["de"] != text["en"] or text["de"].startswith(("§", "BITV", "EN ")), path
        seen += 1
    assert seen > 10 * len(questionnaire.questions())


def test_every_recommendation_has_an_owner_from_the_glossary(questionnaire):
    for _, rec in recommendations(questionnaire):
        assert (rec.owner["de"], rec.owner["en"]) in OWNERS, rec.id


def test_every_question_and_recommendation_names_a_reference(questionnaire):
    for question in questionnaire.questions().values():
        assert question.references, question.id
    for _, rec in recommendations(questionnaire):
        assert rec.references, rec.id


def test_recommendation_ids_are_unique(questionnaire):
    ids = [rec.id for _, rec in recommendations(questionnaire)]
    assert len(ids) == len(set(ids))


# --- levels ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["full", "short"])
def test_lowest_answers_give_level_1_and_highest_give_level_5(questionnaire, mode):
    for dimension in questionnaire.dimensions:
        asked = [q for q in dimension.questions_in(mode) if is_scored(q)]
        low = {q.id: lowest(q) for q in asked}
        high = {q.id: highest(q) for q in asked}
        assert level_of(questionnaire, dimension, low, mode) == 1, dimension.id
        assert level_of(questionnaire, dimension, high, mode) == 5, dimension.id


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_every_level_fires_exactly_its_level_recommendations(questionnaire, level):
    for dimension in questionnaire.dimensions:
        given = at_level(questionnaire, dimension, level, {})
        by_level = {r.id for r in dimension.recommendations if is_level_condition(r.when)}
        expected = {
            r.id
            for r in dimension.recommendations
            if is_level_condition(r.when) and level in satisfying(questionnaire, r.when)[1]
        }
        assert expected, f"{dimension.id}: no recommendation for level {level}"
        assert fired(questionnaire, given) & by_level == expected, dimension.id


def test_level_recommendations_cover_levels_1_to_4_in_every_dimension(questionnaire):
    level_recs = [(d, r) for d, r in recommendations(questionnaire) if is_level_condition(r.when)]
    assert len(level_recs) >= 32
    for dimension in questionnaire.dimensions:
        covered = set().union(
            *(satisfying(questionnaire, r.when)[1] for d, r in level_recs if d is dimension)
        )
        assert {1, 2, 3, 4} <= covered, dimension.id


def test_at_least_ten_question_triggered_recommendations(questionnaire):
    triggered = [r for _, r in recommendations(questionnaire) if r.when.questions()]
    assert len(triggered) >= 10


# --- every recommendation can fire ----------------------------------------------------------


def test_every_recommendation_can_fire(questionnaire):
    checked = 0
    for dimension, rec in recommendations(questionnaire):
        fixed, levels = satisfying(questionnaire, rec.when)
        assert levels, f"{rec.id}: its level conditions contradict each other"
        if levels != set(range(1, 6)):
            fixed = at_level(questionnaire, dimension, min(levels), fixed)
        assert rec.id in fired(questionnaire, fixed), rec.id
        checked += 1
    assert checked == len(recommendations(questionnaire))


def test_question_triggers_name_real_options(questionnaire):
    questions = questionnaire.questions()
    for _, rec in recommendations(questionnaire):
        parts = rec.when.all or (rec.when,)
        for part in parts:
            if part.answer_in:
                options = {o.id for o in questions[part.question].options}
                assert set(part.answer_in) <= options, rec.id


# --- use-case families ----------------------------------------------------------------------


def test_ai_in_use_is_unscored_context_with_the_agreed_families(questionnaire):
    question = questionnaire.questions()["ai_in_use_families"]
    assert questionnaire.dimension_of()[question.id].id == "use_cases"
    assert question.type == "multi"
    assert not is_scored(question)
    assert [o.id for o in question.options] == [*FAMILIES, "none"]
    for option in question.options[:-1]:
        de_words, en_words = FAMILIES[option.id]
        assert all(w in option.label["de"] for w in de_words), option.id
        assert all(w.casefold() in option.label["en"].casefold() for w in en_words), option.id


def test_the_entry_recommendation_names_every_family(questionnaire):
    rec = next(r for _, r in recommendations(questionnaire) if r.id == "use_cases_families_entry")
    for family, (de_words, en_words) in FAMILIES.items():
        assert all(w in rec.text["de"] for w in de_words), family
        assert all(w.casefold() in rec.text["en"].casefold() for w in en_words), family


# --- the committed examples -----------------------------------------------------------------


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_examples_load_without_problems(questionnaire, name):
    answers, problems = load_answers(ROOT / "examples" / name, questionnaire)
    assert problems == []
    assert answers.mode == "full"
    result = score(questionnaire, answers)
    assert result.overall.level is not None
    assert all(d.level is not None for d in result.dimensions)


def test_the_examples_give_different_profiles(questionnaire):
    results = [
        score(questionnaire, load_answers(ROOT / "examples" / name, questionnaire)[0])
        for name in EXAMPLES
    ]
    small, middle, large = results
    assert small.overall.level < middle.overall.level < large.overall.level
    assert small.overall.score < middle.overall.score < large.overall.score
    for a, b in itertools.combinations(results, 2):
        assert [d.level for d in a.dimensions] != [d.level for d in b.dimensions]


# --- the content documentation --------------------------------------------------------------


def test_the_content_docs_list_every_question_with_its_kurzcheck_flag(questionnaire):
    text = (ROOT / "docs" / "content.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+)`[^|]*\| (yes|) *\|", text, re.M))
    for question in questionnaire.questions().values():
        assert question.id in rows, question.id
        assert (rows[question.id] == "yes") == question.short, question.id


def test_the_content_docs_list_every_question_triggered_recommendation(questionnaire):
    text = (ROOT / "docs" / "content.md").read_text(encoding="utf-8")
    for _, rec in recommendations(questionnaire):
        if rec.when.questions():
            assert f"| `{rec.id}` |" in text, rec.id


# --- issue 12: what version 2.0 must hold -----------------------------------------------------


def recommendation(questionnaire: Questionnaire, rec_id: str):
    return next(r for _, r in recommendations(questionnaire) if r.id == rec_id)


def lowest_everywhere(questionnaire: Questionnaire, **given) -> dict:
    """The lowest option of every scored question, with `given` answers put in place."""
    answers = {q.id: lowest(q) for q in questionnaire.questions().values() if is_scored(q)}
    return answers | given


def test_a_responsible_person_for_ai_is_recommended_at_step_1_or_below(questionnaire):
    assert questionnaire.questions()["governance_ai_lead"].short
    rec = recommendation(questionnaire, "governance_ai_lead_missing")
    assert (rec.priority, rec.effort) == ("high", "quick_win")
    assert rec.owner["de"] == "Verwaltungsspitze"
    assert "verantwortliche Person für KI" in rec.text["de"]
    assert "person responsible for AI" in rec.text["en"]
    for option, fires in [("nobody", True), ("informal", True), ("named", False)]:
        given = lowest_everywhere(questionnaire, governance_ai_lead=option)
        assert (rec.id in fired(questionnaire, given)) is fires, option


def test_a_standing_cross_functional_ai_team_is_asked(questionnaire):
    question = questionnaire.questions()["governance_ai_team"]
    assert questionnaire.dimension_of()[question.id].id == "governance"
    for role in ("IT", "Recht", "Datenschutz", "Personalrat", "Personalamt", "Fachämter"):
        assert role in question.text["de"], role


def test_nothing_is_critical_where_no_ai_is_used_or_planned(questionnaire):
    # The lowest option of these two says that AI is in use; without AI they do not apply.
    none = lowest_everywhere(
        questionnaire,
        ai_in_use_families=["none"],
        automated_decisions_check="not_applicable",
        ethics_ai_notice="not_applicable",
    )
    result = score(questionnaire, answers_of(questionnaire, none))
    assert [
        f.recommendation.id
        for f in result.recommendations
        if f.recommendation.priority == "critical"
    ] == []
    in_use = none | {"ai_in_use_families": ["assistant_internal", "image_people"]}
    result = score(questionnaire, answers_of(questionnaire, in_use))
    assert {"skills_literacy_missing_ai_in_use", "governance_usage_rules_missing"} <= {
        f.recommendation.id
        for f in result.recommendations
        if f.recommendation.priority == "critical"
    }


def test_the_staff_council_recommendations_need_ai_in_use_or_planned(questionnaire):
    staff = {"law_staff_council_not_involved", "law_staff_council_late"}
    for option in ("not_involved", "informed_late"):
        without = lowest_everywhere(
            questionnaire, ai_in_use_families=["none"], staff_council_involvement=option
        )
        assert not staff & fired(questionnaire, without), option
        with_ai = without | {"ai_in_use_families": ["text_recognition"]}
        assert staff & fired(questionnaire, with_ai), option


def test_the_small_gemeinde_gets_few_urgent_recommendations_led_by_a_responsible_person(
    questionnaire,
):
    answers, _ = load_answers(ROOT / "examples" / "gemeinde-klein.json", questionnaire)
    urgent = [
        f.recommendation.id
        for f in score(questionnaire, answers).recommendations
        if f.recommendation.priority in ("critical", "high")
    ]
    assert 1 <= len(urgent) <= 10, urgent
    assert "governance_ai_lead_missing" in urgent


def test_the_dpia_is_never_left_to_the_data_protection_officer(questionnaire):
    for _, rec in recommendations(questionnaire):
        if "DSFA" in rec.text["de"]:
            assert rec.owner["de"] != "Datenschutzbeauftragte", rec.id
    rec = recommendation(questionnaire, "law_dpia_missing")
    assert rec.owner["de"] == "Fachämter"
    assert "Datenschutzbeauftragte berät" in rec.text["de"]
    assert "data protection officer advises" in rec.text["en"]


def test_automated_decisions_know_rule_based_procedures_and_a_human_release(questionnaire):
    question = questionnaire.questions()["automated_decisions_check"]
    assert "rule_based_only" in {o.id for o in question.options}
    assert "155 Abs. 4 AO" in question.help["de"] and "155(4) AO" in question.help["en"]
    rec = recommendation(questionnaire, "law_automated_decisions_unchecked")
    assert "innerhalb von vier Wochen" in rec.text["de"]
    assert "gibt ein Mensch jede Entscheidung frei" in rec.text["de"]
    assert "aussetzen" not in rec.text["de"] and "suspend" not in rec.text["en"]


def every_text(questionnaire: Questionnaire):
    """(path, language, text) of every text and reference of the questionnaire."""
    for path, text in all_texts(questionnaire.model_dump()):
        yield from ((path, lang, value) for lang, value in text.items())
    owners = [r for _, r in recommendations(questionnaire)]
    for element in [*owners, *questionnaire.questions().values()]:
        for ref in element.references:
            refs = {"ref": ref} if isinstance(ref, str) else ref
            yield from (((element.id,), lang, value) for lang, value in refs.items())


def test_one_citation_style(questionnaire):
    # "Art. 4 KI-VO", "Art. 26 Abs. 2 KI-VO", "Art. 26(2) AI Act", "§ 35a VwVfG"
    backwards = re.compile(r"\b(KI-VO|DSGVO|AI Act|GDPR) Art\.")
    for path, lang, text in every_text(questionnaire):
        assert not backwards.search(text), (path, lang, text)


def test_no_hosting_is_called_safe(questionnaire):
    german = re.compile(r"\bsicher(e|en|er|es|em)\b|\bist sicher\b", re.IGNORECASE)
    english = re.compile(r"\b(safe|secure) (hosting|operation|platform|tool|service|cloud|setup)")
    for path, _lang, text in every_text(questionnaire):
        assert not german.search(text), (path, text)
        assert not english.search(text), (path, text)
    contracts = questionnaire.questions()["it_contracts"]
    assert "Drittstaat" in contracts.help["de"] and "third country" in contracts.help["en"]


def test_the_file_has_no_draft_leftovers_and_names_only_existing_files():
    raw = DEFAULT_QUESTIONNAIRE.read_text(encoding="utf-8")
    comments = [line.split("#", 1)[1] for line in raw.splitlines() if "#" in line]
    for comment in comments:
        assert not re.search(r"TODO|FIXME|XXX|draft|Entwurf", comment), comment
        for name in re.findall(r"[\w./-]+\.(?:md|ya?ml|py|json)\b", comment):
            assert (ROOT / name).exists(), name


def test_the_migration_maps_every_answer_to_a_real_2_0_question(questionnaire):
    mapping = yaml.safe_load(
        (
            ROOT / "questionnaire" / "data" / "migrations" / "ki-readiness-kommunen-1.0-to-2.0.yaml"
        ).read_text("utf-8")
    )
    assert (mapping["from_version"], mapping["to_version"]) == ("1.0", questionnaire.version)
    questions = questionnaire.questions()
    targets = [entry["to"] for entry in mapping["questions"].values() if entry["to"]]
    assert len(targets) == len(set(targets))
    for old, entry in mapping["questions"].items():
        if entry["to"] is None:
            assert entry["merged_into"] in questions, old
            continue
        options = {o.id for o in questions[entry["to"]].options}
        for new in entry.get("options", {}).values():
            assert set(new) <= options, old
    new_questions = set(questions) - set(targets)
    assert new_questions == {
        "governance_ai_team",
        "ethics_chatbot_answers",
        "it_ai_in_updates",
        "use_case_discovery",
    }


def estimate_minutes(questions: list[Question]) -> float:
    """docs/content.md: German question and option words at 180 per minute, 10 s a question."""
    words = sum(
        len(re.findall(r"\w+", q.text["de"]))
        + sum(len(re.findall(r"\w+", o.label["de"])) for o in q.options)
        for q in questions
    )
    return words / WORDS_PER_MINUTE + len(questions) * SECONDS_PER_DECISION / 60


def test_the_documented_time_estimate_holds(questionnaire):
    full = list(questionnaire.questions().values())
    short = [q for q in full if q.short]
    assert estimate_minutes(full) <= FULL_MINUTES
    assert estimate_minutes(short) <= SHORT_MINUTES
    # one value per question, rounded up to five minutes, gives the same figures
    for asked, limit in ((full, FULL_MINUTES), (short, SHORT_MINUTES)):
        assert estimate_minutes(asked) * 60 / len(asked) <= SECONDS_PER_QUESTION
        assert math.ceil(len(asked) * SECONDS_PER_QUESTION / 60 / 5) * 5 == limit


@pytest.mark.parametrize(
    ("doc", "full", "short"),
    [
        ("docs/content.md", "25 minutes", "10 minutes"),
        ("README.md", "about 25 minutes", "Kurzcheck about 10"),
        ("docs/workshop-leitfaden.md", "25 Minuten", "10 Minuten"),
    ],
)
def test_the_docs_quote_the_same_time_figures(doc, full, short):
    text = (ROOT / doc).read_text(encoding="utf-8")
    assert full in text and short in text
    assert "50 Minuten" not in text and "20–30 minutes" not in text


SMALL_OWNERS = {
    "KI-Verantwortliche",
    "Rechtsamt",
    "IT-Leitung",
    "Personalamt / Personalentwicklung",
    "Vergabestelle",
    "Informationssicherheitsbeauftragte",
}


def test_roles_a_small_administration_lacks_have_a_small_wording(questionnaire):
    for _, rec in recommendations(questionnaire):
        if rec.owner["de"] in SMALL_OWNERS:
            assert rec.owner_small, rec.id
            assert set(rec.owner_small) == {"de", "en"}, rec.id


def test_a_gemeinde_sees_no_kreis_only_examples_and_its_land_s_act(questionnaire):
    gemeinde = for_profile(questionnaire, Profile(kind="gemeinde", state="NW", population=8000))
    kreis = for_profile(questionnaire, Profile(kind="landkreis", state="NW", population=300000))
    classify = "law_ai_act_classification"
    assert "Aufenthaltstiteln" not in gemeinde.questions()[classify].help["de"]
    assert "Aufenthaltstiteln" in kreis.questions()[classify].help["de"]
    staff = gemeinde.questions()["staff_council_involvement"].help
    assert "{lpvg}" not in staff["de"] and "Rechtsgrundlage:" in staff["de"]
    owners = {r.id: r.owner for _, r in recommendations(gemeinde)}
    assert owners["law_automated_decisions_unchecked"]["de"] != "Rechtsamt"
