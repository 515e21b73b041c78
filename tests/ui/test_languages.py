"""One language per screen: Streamlit's own English words replaced or translated."""

from __future__ import annotations

import json
import re
import string

import pytest

import texts
from questionnaire import new_answers
from questionnaire.source import MAX_BYTES
from ui.components.answers_upload import LIMIT_MB
from ui.i18n import CATALOGS, LANGUAGES, t
from ui.widget_texts import KEYS, escape, table

from .conftest import open_app


def shown(table: dict, text: str) -> str | None:
    """What the page's script makes of `text` (its rule in Python, for the tests)."""
    if text in table["words"]:
        return table["words"][text]
    for source, names, to, one in table["patterns"]:
        found = re.search(source, text)
        if found:
            return _filled(to, one, dict(zip(names, found.groups(), strict=True)))
    return None


def _filled(to: str, one: str | None, values: dict[str, str]) -> str:
    form = one if one is not None and values.get("count") == "1" else to
    return re.sub(r"\{([a-z_]+)\}", lambda m: values.get(m[1], m[0]), form)


def matching(table: dict, text: str) -> list[str]:
    """The entries of `table` that recognise `text`."""
    found = [text] if text in table["words"] else []
    return found + [source for source, *_ in table["patterns"] if re.search(source, text)]


# A name with every character that means something in a regular expression or a replacement.
ODD_NAME = "Akte (neu) [2] {name} $1 $& a+b*c? ^x| \\d / Ärger.json"


def fill(template: str, name: str = ODD_NAME, count: int = 16) -> str:
    """`template` with its placeholders filled in as Streamlit would."""
    names = {n for _, n, _, _ in string.Formatter().parse(template) if n}
    values = {n: name for n in names} | ({"count": count} if "count" in names else {})
    return template.format(**values)


def forms(key: str, lang: str) -> list[tuple[str, int]]:
    """The key's texts in `lang` with a count each form is said with (plural, singular)."""
    entries = [(CATALOGS[lang][key], 16)]
    if f"{key}.one" in CATALOGS[lang]:
        entries.append((CATALOGS[lang][f"{key}.one"], 1))
    return entries


def said(key: str, lang: str, count: int) -> str:
    """The key's text in `lang` as the page should show it, filled in."""
    one = f"{key}.one"
    template = CATALOGS[lang][one if count == 1 and one in CATALOGS[lang] else key]
    return fill(template, count=count)


@pytest.mark.parametrize("key", KEYS)
def test_every_streamlit_text_maps_from_either_language_to_the_one_shown(key):
    for lang in LANGUAGES:
        for other in LANGUAGES:
            for template, count in forms(key, other):
                assert shown(table(lang), fill(template, count=count)) == said(key, lang, count)


@pytest.mark.parametrize("count", [0, 1, 2, 16, 1000])
def test_the_count_of_options_is_said_in_singular_or_plural(count):
    for lang in LANGUAGES:
        announced = shown(table(lang), f"{count} option{'' if count == 1 else 's'} available.")
        assert announced == t("widget.options", lang, count=count)
    assert shown(table("de"), "1 option available.") == "1 Eintrag zur Auswahl."
    assert shown(table("de"), "16 Einträge zur Auswahl.") == "16 Einträge zur Auswahl."
    assert shown(table("en"), "1 Eintrag zur Auswahl.") == "1 option available."


def test_no_two_texts_are_recognised_by_the_same_entry():
    # Each text of each key, filled in, is recognised by exactly one entry of the table; or
    # switching back could not tell which text it was.
    for lang in LANGUAGES:
        entries = table(lang)
        for key in KEYS:
            for other in LANGUAGES:
                for template, count in forms(key, other):
                    assert len(matching(entries, fill(template, count=count))) == 1, template
        sources = [source for source, *_ in entries["patterns"]]
        assert len(set(sources)) == len(sources)


def test_a_name_is_carried_over_character_for_character():
    assert shown(table("de"), f"Remove {ODD_NAME}") == f"{ODD_NAME} entfernen"
    assert shown(table("en"), f"{ODD_NAME} entfernen") == f"Remove {ODD_NAME}"
    assert shown(table("de"), "Help for Vergleich") == "Hilfe zu Vergleich"
    assert shown(table("de"), "Remove") is None  # nothing to carry over: not Streamlit's text
    assert shown(table("de"), "Please Remove x") is None  # only whole texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a.b", r"a\.b"), ("(x)", r"\(x\)"), ("[1]{2}", r"\[1\]\{2\}"), ("^$|*+?", r"\^\$\|\*\+\?"),
     ("a/b\\c", r"a\/b\\c"), ("Ärger-Datei, 2 MB", "Ärger-Datei, 2 MB")],
)  # fmt: skip
def test_the_escaper_makes_every_special_character_literal(text, expected):
    assert escape(text) == expected
    assert re.fullmatch(escape(text), text)


def test_a_file_above_streamlits_limit_is_refused_with_the_apps_limit():
    for lang in LANGUAGES:
        message = t("upload.too_large", lang, limit=LIMIT_MB)
        assert shown(table(lang), "Error: File must be 10.0MB or smaller.") == message
        assert shown(table(lang), "File must be 200.0MB or smaller.") == message
    assert shown(table("de"), "Error: File must be 10.0MB or smaller.") == (
        f"Die Datei ist zu groß. Antwortdateien dürfen höchstens {MAX_BYTES // 10**6} MB groß sein."
    )
    assert shown(table("en"), t("upload.too_large", "de", limit=LIMIT_MB)) == t(
        "upload.too_large", "en", limit=LIMIT_MB
    )


def test_unnamed_controls_of_the_upload_box_are_named_by_place():
    assert dict(table("de")["places"]) == {
        '[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"]': (
            "Datei wählen"
        ),
        '[data-testid="stFileUploaderDropzone"] input[type="file"]': "Datei hochladen",
    }
    assert shown(table("de"), "Add files") == "Andere Datei wählen"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_page_carries_the_texts_of_its_language(repo, sample, lang):
    token = repo.create(new_answers(sample, language=lang))
    at = open_app(token)
    scripts = [h.proto.body for h in at.sidebar.get("html") if "kircWidgetTexts" in h.proto.body]
    assert len(scripts) == 1
    data = json.loads(scripts[0].split("const table = ", 1)[1].split(";\n", 1)[0])
    assert data == json.loads(json.dumps(table(lang)))
    assert data["words"]["Skip to main content"] == t("widget.skip_link", lang)
    assert "<" not in scripts[0].replace("<script>", "").replace("</script>", "")


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
    assert at.error[0].value == t("day_field.invalid", "de")
    assert repo.get(token).profile.date == "2026-12-04"

    at.text_input(key="profile.date").input("").run()
    assert repo.get(token).profile.date is None
    assert not at.error

    english = open_app(repo.create(new_answers(sample, language="en")), "views/profil.py")
    english.text_input(key="profile.date").input("2026-12-05").run()
    assert not english.error


PLURAL_AFTER_ONE = re.compile(
    r"\b1 (Fragen|Antworten|Dimensionen|Stufen|Personen|Empfehlungen|Anwendungsfälle|"
    r"Teilnehmende|Teilnehmenden|questions|answers|dimensions|levels|people|recommendations|"
    r"use cases|(workshop )?participants)\b"
)


@pytest.mark.parametrize("namespace", ["ui", "reports"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_text_counts_one_thing_in_the_plural(namespace, lang):
    # "1 Fragen": an entry with a count has a singular form "<key>.one" where it needs one.
    # Only the parameter `count` picks that form, so a number named otherwise ("{n} Personen")
    # is checked as well: it would stay plural for one person.
    wrong = {}
    for key, template in texts.CATALOGS[namespace][lang].items():
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        if names & {"count", "n"} and not key.endswith(".one"):
            ones = dict.fromkeys(names & {"count", "n"}, 1)
            shown = texts.text(namespace, key, lang, **{**dict.fromkeys(names, "X"), **ones})
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
