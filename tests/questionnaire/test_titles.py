"""A recommendation's optional short title: checked like every text, and the shipped
questionnaire gives one to every recommendation."""

from __future__ import annotations

import json

import pytest

from questionnaire import InputError, default_questionnaire_path, load_questionnaire
from questionnaire import parse_questionnaire as parse
from questionnaire.models import TITLE_LENGTH

SHIPPED = load_questionnaire(default_questionnaire_path())
SHIPPED_RECOMMENDATIONS = [r for d in SHIPPED.dimensions for r in d.recommendations]


def with_title(build, title: object):
    rec = build.recommendation("r", {"level_at_most": 5}) | {"title": title}
    data = build.questionnaire_data(
        build.dimension("d", [build.single("a")], recommendations=[rec])
    )
    return json.dumps(data)


def problems(build, title: object, lang: str = "en") -> list[str]:
    with pytest.raises(InputError) as caught:
        parse(with_title(build, title), "q.json")
    return caught.value.lines(lang)


def test_a_title_in_both_languages_is_read(build):
    q = parse(with_title(build, {"de": "KI-Verzeichnis anlegen", "en": "Set up an AI inventory"}))
    (rec,) = q.dimension("d").recommendations
    assert rec.title == {"de": "KI-Verzeichnis anlegen", "en": "Set up an AI inventory"}


def test_without_a_title_the_recommendation_still_loads(build):
    rec = build.recommendation("r", {"level_at_most": 5})
    data = build.questionnaire_data(
        build.dimension("d", [build.single("a")], recommendations=[rec])
    )
    (loaded,) = parse(json.dumps(data)).dimension("d").recommendations
    assert loaded.title is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            {"de": "Titel"},
            "q.json:1: dimensions[0].recommendations[0].title: text in language 'en' is missing "
            "(declared in 'languages')",
        ),
        (
            {"de": "Titel", "en": "  "},
            "q.json:1: dimensions[0].recommendations[0].title: text in language 'en' is missing "
            "(declared in 'languages')",
        ),
        (
            {"de": "x" * 61, "en": "Title"},
            "q.json:1: dimensions[0].recommendations[0].title.de: the title has 61 characters, at "
            "most 60 are allowed; shorten it (the whole text belongs under 'text')",
        ),
        (
            {"de": "Titel", "en": "Set up an AI inventory."},
            "q.json:1: dimensions[0].recommendations[0].title.en: a title ends without a full "
            "stop; remove the one at the end",
        ),
    ],
)
def test_a_wrong_title_is_located_with_a_sentence_that_says_how_to_fix_it(build, title, expected):
    assert problems(build, title) == [expected]


def test_a_title_of_exactly_the_limit_is_accepted_and_the_message_speaks_german(build):
    parse(with_title(build, {"de": "x" * TITLE_LENGTH, "en": "y" * TITLE_LENGTH}))
    (line,) = problems(build, {"de": "Titel.", "en": "Title"}, lang="de")
    assert line.endswith("Ein Titel endet ohne Punkt; entfernen Sie den Punkt am Ende")


def test_every_recommendation_of_the_shipped_questionnaire_has_a_short_distinct_title():
    assert len(SHIPPED_RECOMMENDATIONS) >= 70
    for lang in SHIPPED.languages:
        titles = [r.title[lang] if r.title else "" for r in SHIPPED_RECOMMENDATIONS]
        missing = [
            r.id for r, title in zip(SHIPPED_RECOMMENDATIONS, titles, strict=True) if not title
        ]
        assert missing == [], f"recommendations without a title in {lang}"
        assert all(len(t) <= TITLE_LENGTH and not t.endswith(".") for t in titles)
        assert len(set(titles)) == len(titles), f"two recommendations share a title in {lang}"
