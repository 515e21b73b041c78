"""Spell check of every catalog text with hunspell (Debian's de_DE and en_GB).

Words the dictionaries do not know but that are right go into tests/spelling/<lang>.txt, the
list shared with the questionnaire's spell check.
Placeholders, quoted ids and snake_case keys are left out: they are names, not words.
"""

import pytest

from texts import CATALOGS

from ..test_spelling import DICTIONARIES, WORD, project_words, unknown_words
from .test_catalog import NAMES


@pytest.mark.parametrize("lang", sorted(DICTIONARIES))
@pytest.mark.parametrize("namespace", sorted(CATALOGS))
def test_the_catalog_texts_are_spelled_right(namespace, lang):
    words = set()
    for template in CATALOGS[namespace][lang].values():
        words |= set(WORD.findall(NAMES.sub(" ", template)))
    assert words, "no words found: the pattern no longer matches the catalog"
    assert unknown_words(words, lang) - project_words(lang) == set()
