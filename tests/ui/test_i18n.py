"""The German and English catalogs stay in sync, and every key the code uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from ui.i18n import CATALOGS, t

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "app.py", *ROOT.glob("ui/**/*.py"), *ROOT.glob("views/*.py")]
# Literal keys: t("key" …) and page.begin("key").
LITERAL = re.compile(r"""(?:\bt|begin)\(\s*["']([a-z_]+\.[a-z_.]+)["']""")
# Keys built from a prefix and a fixed vocabulary, e.g. t("priority." + priority.value).
PREFIXES = {
    "priority.": ["critical", "high", "medium", "low"],
    "effort.": ["quick_win", "project", "programme"],
    "mode.": ["short", "full"],
    "kind.": ["gemeinde", "stadt", "kreisfreie_stadt", "landkreis", "amt"],
    "notice.": [
        "link_invalid",
        "assessment_gone",
        "deleted",
        "closed",
        "imported",
        "new_round",
    ],
    "consensus.": ["high", "medium", "low"],
    "workshop_notice.": ["deleted", "left", "refused", "gone", "busy"],
    "present.step_": ["join", "live", "radar"],
    "association.": ["size_class", "state", "year"],
    "peers.size_": ["under_5k", "5k_20k", "20k_100k", "100k_plus", "landkreis"],
}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_catalogs_have_the_same_keys():
    assert set(CATALOGS["de"]) == set(CATALOGS["en"])


@pytest.mark.parametrize("key", sorted(CATALOGS["de"]))
def test_both_languages_fill_in_the_same_placeholders(key):
    assert placeholders(CATALOGS["de"][key]) == placeholders(CATALOGS["en"][key])


def test_every_key_used_in_the_code_is_in_the_catalog():
    found = {key for path in SOURCES for key in LITERAL.findall(path.read_text(encoding="utf-8"))}
    used = {key for key in found if not key.endswith("_")}  # "x.step_" + n: a prefix
    used |= {prefix + word for prefix, words in PREFIXES.items() for word in words}
    assert len(used) > 100
    assert sorted(used - set(CATALOGS["de"])) == []


def test_every_land_has_a_name_in_both_languages():
    from questionnaire import STATES

    for code in STATES:
        assert t(f"state.{code}", "de") and t(f"state.{code}", "en")


def test_no_catalog_text_is_empty():
    for catalog in CATALOGS.values():
        assert [key for key, text in catalog.items() if not text.strip()] == []
