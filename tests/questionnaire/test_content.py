"""The shipped questionnaire's content: structure, levels reachable, every recommendation firing.

Answers are built generically from the questionnaire itself (lowest and highest options, the
`when` of each recommendation), so the tests keep working when texts or options change.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from questionnaire import (
    DEFAULT_QUESTIONNAIRE,
    DONT_KNOW,
    Answers,
    Condition,
    Dimension,
    Question,
    Questionnaire,
    check_answers,
    load_answers,
    load_questionnaire,
    new_answers,
)
from scoring import score

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ("gemeinde-klein.json", "landkreis-gross.json")
DIMENSIONS = ["strategy", "governance", "law", "ethics"]
DIMENSIONS += ["skills", "culture", "data_it", "use_cases"]
OWNERS = {  # content-draft/GLOSSARY.md: the only owner roles, as exact language pairs
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
# The six use-case families of the field (issue 3) and words that name them in each language.
FAMILIES = {
    "document_management": (
        ("Dokumentenmanagement", "Posteingang"),
        ("document management", "mail"),
    ),
    "text_recognition": (("Texterkennung",), ("text recognition",)),
    "speech_recognition": (("Spracherkennung",), ("speech recognition",)),
    "image_recognition": (("Bild", "Gesicht", "Gesten"), ("image", "face", "gesture")),
    "chatbots_assistants": (("Chatbot", "Assistent"), ("chatbot", "assistant")),
    "automated_decisions": (("Verwaltungsentscheidungen",), ("administrative decisions",)),
}

Answer = str | list[str]


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(DEFAULT_QUESTIONNAIRE)


# --- building answers -----------------------------------------------------------------------


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
    free = [q for q in dimension.questions if q.id not in fixed]
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


def test_six_to_nine_questions_per_dimension_and_at_least_56(questionnaire):
    counts = {d.id: len(d.questions) for d in questionnaire.dimensions}
    assert all(6 <= n <= 9 for n in counts.values()), counts
    assert sum(counts.values()) >= 56


def test_exactly_two_kurzcheck_questions_per_dimension(questionnaire):
    short = {d.id: [q.id for q in d.questions if q.short] for d in questionnaire.dimensions}
    assert all(len(ids) == 2 for ids in short.values()), short
    assert sum(len(ids) for ids in short.values()) == 16


def test_every_single_question_has_five_options_scored_0_to_4(questionnaire):
    for question in questionnaire.questions().values():
        ids = [o.id for o in question.options]
        assert len(ids) == len(set(ids)), question.id
        if question.type == "single":
            assert sorted(o.score for o in question.options) == [0, 1, 2, 3, 4], question.id
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
        asked = dimension.questions_in(mode)
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


def test_the_use_case_families_are_named_in_the_use_cases_dimension(questionnaire):
    question = questionnaire.questions()["use_case_families"]
    assert questionnaire.dimension_of()["use_case_families"].id == "use_cases"
    assert question.type == "multi"
    ids = {o.id for o in question.options}
    assert ids == {*FAMILIES, "none_yet"}
    for option in question.options:
        if option.id in FAMILIES:
            de_words, en_words = FAMILIES[option.id]
            assert all(w in option.label["de"] for w in de_words), option.id
            assert all(w.casefold() in option.label["en"].casefold() for w in en_words), option.id


def test_the_use_case_families_are_mentioned_in_recommendations(questionnaire):
    texts = [rec.text for _, rec in recommendations(questionnaire)]
    german = " ".join(t["de"] for t in texts)
    english = " ".join(t["en"] for t in texts).casefold()
    for family, (de_words, en_words) in FAMILIES.items():
        assert all(w in german for w in de_words), family
        assert all(w.casefold() in english for w in en_words), family


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
    small, large = results
    assert small.overall.level < large.overall.level
    assert small.overall.score < large.overall.score
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
