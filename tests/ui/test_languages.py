"""One language per screen: Streamlit's own English words replaced or translated."""

from __future__ import annotations

import json
import re
import string

import pytest

import texts
from questionnaire import new_answers
from ui.i18n import CATALOGS, t
from ui.widget_texts import KEYS, words

from .conftest import open_app


def test_streamlit_words_map_from_either_language_to_the_one_shown():
    for key in KEYS:
        english, german = CATALOGS["en"][key], CATALOGS["de"][key]
        assert words("de")[english] == german and words("de")[german] == german
        assert words("en")[german] == english and words("en")[english] == english
    # No two words share a text, or switching back could not tell them apart.
    for lang in ("de", "en"):
        texts = [CATALOGS[lang][key] for key in KEYS]
        assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_page_carries_the_words_of_its_language(repo, sample, lang):
    token = repo.create(new_answers(sample, language=lang))
    at = open_app(token)
    scripts = [h.proto.body for h in at.sidebar.get("html") if "kircWords" in h.proto.body]
    assert len(scripts) == 1
    table = json.loads(scripts[0].split("window.kircWords = ", 1)[1].split(";\n", 1)[0])
    assert table["Skip to main content"] == t("widget.skip_link", lang)
    assert table["Copy to clipboard"] == t("widget.copy", lang)


def test_the_recommendation_filter_has_no_english_select_all(repo, sample):
    token = repo.create(new_answers(sample, answers={"strategy_document": "ideas"}))
    at = open_app(token, "views/ergebnis.py")
    assert not at.multiselect
    assert at.pills(key="recommendations.filter").label == t("recommendations.filter", "de")


def test_the_date_is_typed_in_the_languages_own_form_and_a_wrong_one_is_explained(repo, sample):
    token = repo.create(new_answers(sample))
    at = open_app(token, "views/profil.py")
    field = at.text_input(key="profile.date")
    assert field.placeholder == "TT.MM.JJJJ"
    field.input("4.12.2026").run()
    assert repo.get(token).profile.date == "2026-12-04"
    assert not at.error

    at.text_input(key="profile.date").input("31.02.2026").run()
    assert at.error[0].value == t("profile.date_invalid", "de")
    assert repo.get(token).profile.date == "2026-12-04"

    at.text_input(key="profile.date").input("").run()
    assert repo.get(token).profile.date is None
    assert not at.error

    english = open_app(repo.create(new_answers(sample, language="en")), "views/profil.py")
    english.text_input(key="profile.date").input("2026-12-05").run()
    assert not english.error


PLURAL_AFTER_ONE = re.compile(
    r"\b1 (Fragen|Antworten|Dimensionen|Stufen|Personen|Empfehlungen|Anwendungsfälle|"
    r"questions|answers|dimensions|levels|people|recommendations|use cases)\b"
)


@pytest.mark.parametrize("namespace", ["ui", "reports"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_text_counts_one_thing_in_the_plural(namespace, lang):
    # "1 Fragen": an entry with a count has a singular form "<key>.one" where it needs one.
    wrong = {}
    for key, template in texts.CATALOGS[namespace][lang].items():
        if "{count}" in template and not key.endswith(".one"):
            names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
            shown = texts.text(namespace, key, lang, **{**dict.fromkeys(names, "X"), "count": 1})
            if PLURAL_AFTER_ONE.search(shown):
                wrong[key] = shown
    assert wrong == {}


def test_a_cap_by_two_dimensions_speaks_of_them_in_the_plural():
    from reports.i18n import Texts

    params = {"level": "L", "uncapped": "U", "weakest": "W"}
    assert "dimensions (A, B) have only" in Texts("en")("cap", dimensions="A, B", count=2, **params)
    assert "dimension (A) has only" in Texts("en")("cap", dimensions="A", count=1, **params)
    assert "Dimensionen (A, B) erreichen" in Texts("de")(
        "cap", dimensions="A, B", count=2, **params
    )
