"""The report's catalogs: both languages complete, same placeholders, every used key present."""

import re
import string
from pathlib import Path

import pytest

from reports.i18n import CATALOGS, Texts

TEMPLATES = Path(__file__).resolve().parents[2] / "reports" / "templates"
SOURCES = Path(__file__).resolve().parents[2] / "reports"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_german_and_english_catalogs_have_the_same_keys():
    assert set(CATALOGS["de"]) == set(CATALOGS["en"])


def test_every_entry_has_the_same_placeholders_in_both_languages():
    different = {
        key: (placeholders(CATALOGS["de"][key]), placeholders(CATALOGS["en"][key]))
        for key in CATALOGS["de"]
        if placeholders(CATALOGS["de"][key]) != placeholders(CATALOGS["en"][key])
    }
    assert different == {}


def test_every_key_the_templates_and_builders_use_is_in_the_catalog():
    used = set()
    for path in [*TEMPLATES.glob("*.j2"), *SOURCES.glob("*.py")]:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_0-9]+)["']""", path.read_text("utf-8")))
    assert used, "no catalog use found: the pattern no longer matches the code"
    assert used - set(CATALOGS["de"]) == set()


@pytest.mark.parametrize(
    ("lang", "value", "expected"),
    [("de", 62.45, "62,5"), ("en", 62.45, "62.5"), ("de", None, "–"), ("de", 0.0, "0,0")],
)
def test_numbers_use_the_decimal_mark_of_the_language(lang, value, expected):
    assert Texts(lang).number(value) == expected


@pytest.mark.parametrize(
    ("lang", "value", "expected"),
    [
        ("de", "2026-11-24", "24.11.2026"),
        ("en", "2026-11-24", "24 November 2026"),
        ("de", "Herbst 2026", "Herbst 2026"),
        ("de", None, ""),
    ],
)
def test_iso_dates_follow_the_language_and_other_text_is_kept(lang, value, expected):
    assert Texts(lang).date(value) == expected


def test_one_level_is_singular_and_more_are_plural():
    assert Texts("de").levels(1) == "1 Stufe"
    assert Texts("de").levels(2) == "2 Stufen"
    assert Texts("en").levels(3) == "3 levels"


def test_an_unknown_report_language_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="'de', 'en'"):
        Texts("fr")
