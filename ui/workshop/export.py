"""The workshop's downloads: group report and raw data, names only where allowed."""

from __future__ import annotations

import random
from datetime import date, datetime

import reports
from plan import Facts
from questionnaire import Answers, Profile, Questionnaire, load_rechtsstand
from reports.plan_files import facts_of
from scoring import released_questions, waiting_people
from storage import Workshop

from ..filenames import mode_word, product_word, slug
from .store import repository


def file_stem(workshop: Workshop, lang: str) -> str:
    """E.g. "ki-readiness-workshop-kurzcheck-amtsleiterrunde-2026-03-05": the words in the
    language of the UI, as the self-check's file names (ui/filenames.py)."""
    created = workshop.created_at
    day = created.date().isoformat() if isinstance(created, datetime) else str(created)[:10]
    product = f"{product_word(lang)}-workshop"
    parts = [product, mode_word(workshop.mode, lang), slug(workshop.title), slug(day)]
    return "-".join(part for part in parts if part)


def shown(workshop: Workshop, questionnaire: Questionnaire) -> tuple[list[Answers], int]:
    """Everyone's answers as the room may see them, in participant order, all in the
    workshop's mode, and how many people's answers are not among them yet: while the workshop
    is open, as last released (scoring/release.py: a dimension anew only when at least three
    people's answers in it changed), once it is closed, all of them (none waiting). One read
    of the database for both."""
    if workshop.closed:
        sets, waiting = repository().answer_sets(workshop.id), 0
    else:
        released = repository().released_answers(
            workshop.id, lambda shown, current: released_questions(questionnaire, shown, current)
        )
        sets = released.sets
        waiting = waiting_people(questionnaire, released.released, released.current)
    fitted = [
        a if a.mode == workshop.mode else a.model_copy(update={"mode": workshop.mode}) for a in sets
    ]
    return fitted, waiting


def answer_sets(workshop: Workshop, questionnaire: Questionnaire) -> list[Answers]:
    """Everyone's answers as the room may see them (`shown`); every view and download of a
    workshop reads this."""
    return shown(workshop, questionnaire)[0]


def group_report(questionnaire: Questionnaire, workshop: Workshop, lang: str) -> reports.Report:
    """The group report of everyone's answers; the workshop title on the title page."""
    created = workshop.created_at
    day = created.date().isoformat() if isinstance(created, datetime) else None
    profile = Profile(organisation=workshop.title, date=day)
    return reports.build_report(
        questionnaire, answer_sets(workshop, questionnaire), lang, group=True, profile=profile
    )


def _raw_sets(
    workshop: Workshop, questionnaire: Questionnaire
) -> tuple[list[Answers], list[str | None] | None]:
    """Everyone's answers in a fresh random order, and the names they gave when the
    facilitator included names: a participant's number in the raw data is drawn anew for every
    export, so it links to nobody (not to the join order, not to another export)."""
    people = repository().participants(workshop.id)  # join order, as answer_sets
    # Someone joining in between comes after everyone listed here.
    sets = answer_sets(workshop, questionnaire)[: len(people)]
    order = list(range(len(sets)))
    random.SystemRandom().shuffle(order)
    names = [name for _, name, _ in people] if workshop.include_names else None
    return [sets[i] for i in order], None if names is None else [names[i] for i in order]


def raw_csv(questionnaire: Questionnaire, workshop: Workshop, lang: str) -> bytes:
    """The answers as CSV (reports/), shuffled, with a name column when allowed."""
    sets, names = _raw_sets(workshop, questionnaire)
    return reports.answers_csv(questionnaire, sets, lang, names=names)


def raw_xlsx(questionnaire: Questionnaire, workshop: Workshop, lang: str) -> bytes:
    """The answers and scores as XLSX (reports/), shuffled, with names when allowed."""
    sets, names = _raw_sets(workshop, questionnaire)
    return reports.answers_xlsx(questionnaire, sets, lang, names=names)


def plan_facts(questionnaire: Questionnaire, workshop: Workshop, lang: str) -> Facts:
    """The plan documents' facts for the group's consensus answers (questions that fewer than
    three people answered stay open, as everywhere in the workshop)."""
    return facts_of(
        questionnaire,
        answer_sets(workshop, questionnaire),
        load_rechtsstand(),
        lang,
        date.today(),
        organisation=workshop.title,
    )
