"""Spell check of every shipped questionnaire text with hunspell (Debian's de_DE and en_GB).

Words the dictionaries do not know but that are right (abbreviations, legal terms, names)
go into tests/spelling/<lang>.txt, one per line.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from questionnaire import default_rechtsstand_path, load_questionnaire, load_rechtsstand

ROOT = Path(__file__).resolve().parent.parent
RECHTSSTAND = default_rechtsstand_path()
# The other data files: the Rechtsstand (checked below) and the names of the Länder's acts.
OTHER_DATA = {RECHTSSTAND.name, "personalvertretung.yaml"}
QUESTIONNAIRES = sorted(
    p for p in (ROOT / "questionnaire" / "data").glob("*.yaml") if p.name not in OTHER_DATA
)
DICTIONARIES = {"de": "de_DE", "en": "en_GB"}
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # {org}, {date:ki_vo_art4}: filled in, not text


def texts(value, lang: str):
    """Every string of language `lang` inside a dumped questionnaire."""
    if isinstance(value, dict):
        if lang in value and isinstance(value[lang], str):
            yield value[lang]
        for key, item in value.items():
            if key not in ("de", "en", "id", "question", "answer_in", "source"):
                yield from texts(item, lang)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts(item, lang)


def unknown_words(words: set[str], lang: str) -> set[str]:
    """The words hunspell's dictionary for `lang` does not accept."""
    assert shutil.which("hunspell"), "hunspell is missing: run scripts/setup-system"
    run = subprocess.run(
        ["hunspell", "-d", DICTIONARIES[lang], "-l", "-i", "utf-8"],
        input="\n".join(sorted(words)),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(run.stdout.split())


def project_words(lang: str) -> set[str]:
    path = ROOT / "tests" / "spelling" / f"{lang}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("path", QUESTIONNAIRES, ids=lambda p: p.name)
def test_every_questionnaire_text_is_spelled_correctly(path, lang):
    dumped = load_questionnaire(path).model_dump()
    words = {w for text in texts(dumped, lang) for w in WORD.findall(text) if len(w) > 1}
    assert words, "no text found to check"
    unknown = unknown_words(words, lang) - project_words(lang)
    assert sorted(unknown) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_rechtsstand_text_is_spelled_correctly(lang):
    dumped = load_rechtsstand(RECHTSSTAND).model_dump()
    words = {w for text in texts(dumped, lang) for w in WORD.findall(text) if len(w) > 1}
    assert words, "no text found to check"
    unknown = unknown_words(words, lang) - project_words(lang)
    assert sorted(unknown) == []


def test_hunspell_reports_a_misspelled_word_so_the_check_can_fail():
    assert unknown_words({"Verwaltung", "Verwalltung"}, "de") == {"Verwalltung"}


def _plan_data() -> dict:
    from plan import load_dependencies, load_strategy_text, load_templates

    return {
        "vorlagen": load_templates().model_dump(),
        "strategie": load_strategy_text().model_dump(),
        "fahrplan": load_dependencies().model_dump(),
    }


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_text_of_the_plan_documents_is_spelled_correctly(lang):
    # The plan's data files; its catalog namespace is checked with the others (tests/texts).
    found = [PLACEHOLDER.sub(" ", text) for text in texts(_plan_data(), lang)]
    words = {w for text in found for w in WORD.findall(text) if len(w) > 1}
    unknown = unknown_words(words, lang) - project_words(lang)
    assert sorted(unknown) == []
