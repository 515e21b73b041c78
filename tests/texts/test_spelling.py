"""Spell check of every catalog text with hunspell (Debian's de_DE and en_GB).

Words the dictionaries do not know but that are right go into tests/spelling/<lang>.txt, the
list shared with the questionnaire's spell check.
Placeholders, quoted ids and snake_case keys are left out: they are names, not words.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from texts import CATALOGS

from .test_catalog import NAMES

ROOT = Path(__file__).resolve().parents[2]
DICTIONARIES = {"de": "de_DE", "en": "en_GB"}
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")


def project_words(lang: str) -> set[str]:
    lines = (ROOT / "tests" / "spelling" / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


@pytest.mark.parametrize("lang", sorted(DICTIONARIES))
@pytest.mark.parametrize("namespace", sorted(CATALOGS))
def test_the_catalog_texts_are_spelled_right(namespace, lang):
    assert shutil.which("hunspell"), "hunspell is missing: run scripts/setup-system"
    words = set()
    for template in CATALOGS[namespace][lang].values():
        words |= set(WORD.findall(NAMES.sub(" ", template)))
    assert words, "no words found: the pattern no longer matches the catalog"
    run = subprocess.run(
        ["hunspell", "-d", DICTIONARIES[lang], "-l", "-i", "utf-8"],
        input="\n".join(sorted(words)),
        capture_output=True,
        text=True,
        check=True,
    )
    assert set(run.stdout.split()) - project_words(lang) == set()
