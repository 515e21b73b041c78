"""Spell check of the report's own texts with hunspell (Debian's de_DE and en_GB)."""

import re
import shutil
import subprocess

import pytest

from reports.i18n import CATALOGS

DICTIONARIES = {"de": "de_DE", "en": "en_GB"}
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
# Right, but unknown to the dictionaries: abbreviations, names and compounds.
ACCEPTED = {
    "de": {
        "Abw",
        "KI",
        "Maßnahmenplan",
        "Nr",
        "Readiness",
        "Reifegradprofil",
        "Std",
        "auseinandergehen",
    },
    "en": {"KI", "Landkreis", "Readiness", "Std", "Thuringia", "Württemberg"},
}


@pytest.mark.parametrize("lang", sorted(CATALOGS))
def test_the_report_texts_are_spelled_right(lang):
    assert shutil.which("hunspell"), "hunspell is missing: run scripts/setup-system"
    words = set()
    for template in CATALOGS[lang].values():
        words |= set(WORD.findall(re.sub(r"\{[a-z_]+\}", " ", template)))
    run = subprocess.run(
        ["hunspell", "-d", DICTIONARIES[lang], "-l", "-i", "utf-8"],
        input="\n".join(sorted(words)),
        capture_output=True,
        text=True,
        check=True,
    )
    assert set(run.stdout.split()) - ACCEPTED[lang] == set()
