"""Saved work survives a new questionnaire version: old answers carried over by a mapping.

A mapping file `data/migrations/<id>-<from>-to-<to>.yaml` lists every question of the old
version once (format: docs/questionnaire-format.md#version-mappings):

    questions:
      strategy_document: {to: strategy_document}             # same question, same option ids
      use_case_families:                                      # renamed, options mapped
        to: ai_in_use_families
        options: {chatbots_assistants: [chatbot_citizens, assistant_internal]}
      governance_reporting: {to: null, merged_into: governance_ai_lead}   # asked again

`migrate_answers` returns the answers for the new version and what changed. Nothing is lost:
the answers keep the complete old answers and notes in `legacy` (an answer that cannot be
carried over stays there and in the answers file), and the note of a question that is asked
again goes with it to the question that took over its topic.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .answers import Answers, Legacy, QuestionnaireRef
from .models import NOT_APPLICABLE, RESERVED_ANSWERS, Question, Questionnaire
from .problems import InputError, Problem
from .pydantic_problems import format_path, known_keys, validated
from .source import PathKey, modified_time, parse, read_text, refuse_recursion

MIGRATIONS_DIR = Path(__file__).parent / "data" / "migrations"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class QuestionMap(_Frozen):
    """Where one old question's answer goes."""

    to: str | None
    merged_into: str | None = None
    options: dict[str, tuple[str, ...]] = {}


class VersionMapping(_Frozen):
    """Old question ids (and option ids) to those of the next version."""

    questionnaire: str
    from_version: str
    to_version: str
    questions: dict[str, QuestionMap] = Field(min_length=1)


@dataclass(frozen=True)
class Migrated:
    """What a migration did to one set of answers."""

    from_version: str
    to_version: str
    carried: tuple[tuple[str, str], ...]  # (old id, new id) of answers carried over
    asked_again: tuple[str, ...]  # new ids whose topic had an old answer that could not stay
    kept_only: tuple[str, ...]  # old ids whose answer is kept in `legacy` alone
    new_questions: tuple[str, ...]  # new ids no old question leads to

    @property
    def changed(self) -> bool:
        return bool(self.asked_again or self.kept_only)


def mapping_path(questionnaire_id: str, from_version: str, to_version: str) -> Path:
    """Where the mapping from one version to the next is kept."""
    return MIGRATIONS_DIR / f"{questionnaire_id}-{from_version}-to-{to_version}.yaml"


def find_mapping(questionnaire: Questionnaire, from_version: str) -> VersionMapping | None:
    """The mapping from `from_version` to the questionnaire's version, checked; None if none."""
    path = mapping_path(questionnaire.id, from_version, questionnaire.version)
    if not path.exists():
        return None
    mapping = load_mapping(path)
    problems = check_mapping(mapping, questionnaire)
    if problems:
        raise InputError(str(path), problems)
    return mapping


def load_mapping(path: str | Path) -> VersionMapping:
    """Read a mapping file; InputError with located problems when it is not one."""
    path = Path(path)
    return _load_mapping(str(path), modified_time(path))


@lru_cache(maxsize=8)
def _load_mapping(path: str, modified: float) -> VersionMapping:
    with refuse_recursion(path):
        parsed = parse(read_text(path), path)
        return validated(VersionMapping, parsed, known_keys(VersionMapping, QuestionMap), path)


def check_mapping(mapping: VersionMapping, questionnaire: Questionnaire) -> list[Problem]:
    """Every id of the mapping that the new questionnaire does not have."""
    problems: list[Problem] = []
    questions = questionnaire.questions()

    def add(path: PathKey, code: str, **params: object) -> None:
        problems.append(Problem(format_path(path), code, params))

    for old, entry in mapping.questions.items():
        for key in ("to", "merged_into"):
            new = getattr(entry, key)
            if new is not None and new not in questions:
                add(("questions", old, key), "unknown_question", id=new)
        target = questions.get(entry.to or "")
        for option, news in entry.options.items():
            for index, new in enumerate(news):
                if target is not None and target.option(new) is None:
                    add(("questions", old, "options", option, index), "unknown_option",
                        question=target.id, option=new,
                        allowed=", ".join(o.id for o in target.options))  # fmt: skip
    return problems


def _convert(value: str | list[str], entry: QuestionMap, target: Question):
    """The old answer in the new question's terms, or None when it cannot be carried over."""
    if isinstance(value, str) and value in RESERVED_ANSWERS:
        if value == NOT_APPLICABLE and not target.allow_not_applicable:
            return None
        return value
    chosen = value if isinstance(value, list) else [value]
    new: list[str] = []
    for option in chosen:
        for mapped in entry.options.get(option, (option,)):
            if target.option(mapped) is not None and mapped not in new:
                new.append(mapped)
    if target.type == "multi":
        return new or None
    return new[0] if len(new) == 1 else None


def migrate_answers(
    answers: Answers, questionnaire: Questionnaire, mapping: VersionMapping
) -> tuple[Answers, Migrated]:
    """The answers for the questionnaire's version, and what changed; nothing is dropped."""
    questions = questionnaire.questions()
    new_answers: dict[str, str | list[str]] = {}
    new_notes: dict[str, str] = {}
    carried, asked_again, kept_only = [], [], []
    for old, value in answers.answers.items():
        entry = mapping.questions.get(old)
        target = questions.get(entry.to) if entry and entry.to else None
        converted = _convert(value, entry, target) if target else None
        if target is not None and converted is not None and target.id not in new_answers:
            new_answers[target.id] = converted
            carried.append((old, target.id))
            continue
        kept_only.append(old)
        home = (entry.to or entry.merged_into) if entry else None
        if home in questions and home not in asked_again:
            asked_again.append(home)
    for old, text in answers.notes.items():
        entry = mapping.questions.get(old)
        home = (entry.to or entry.merged_into) if entry else None
        if home in questions:
            new_notes[home] = f"{new_notes[home]}\n\n{text}" if home in new_notes else text
    dimension_ids = {d.id for d in questionnaire.dimensions}
    targets = {d: level for d, level in answers.targets.items() if d in dimension_ids}
    sources = {entry.to for entry in mapping.questions.values() if entry.to}
    legacy = answers.legacy or Legacy(
        version=answers.questionnaire.version, answers=answers.answers, notes=answers.notes
    )
    migrated = answers.model_copy(
        update={
            "questionnaire": QuestionnaireRef(id=questionnaire.id, version=questionnaire.version),
            "answers": new_answers,
            "notes": new_notes,
            "targets": targets,
            "legacy": legacy,
        }
    )
    report = Migrated(
        from_version=answers.questionnaire.version,
        to_version=questionnaire.version,
        carried=tuple(carried),
        asked_again=tuple(q for q in asked_again if q not in new_answers),
        kept_only=tuple(kept_only),
        new_questions=tuple(q for q in questions if q not in sources),
    )
    return migrated, report


def upgrade(answers: Answers, questionnaire: Questionnaire) -> tuple[Answers, Migrated | None]:
    """`answers` for the questionnaire's version when a mapping leads there; else unchanged."""
    ref = answers.questionnaire
    if ref.id != questionnaire.id or ref.version == questionnaire.version:
        return answers, None
    mapping = find_mapping(questionnaire, ref.version)
    if mapping is None:
        return answers, None
    return migrate_answers(answers, questionnaire, mapping)


def what_changed(answers: Answers, questionnaire: Questionnaire) -> Migrated | None:
    """For answers carried over from an earlier version (they keep `legacy`): what changed."""
    legacy = answers.legacy
    if legacy is None or legacy.version == questionnaire.version:
        return None
    mapping = find_mapping(questionnaire, legacy.version)
    if mapping is None:
        return None
    old = answers.model_copy(
        update={
            "questionnaire": QuestionnaireRef(id=questionnaire.id, version=legacy.version),
            "answers": legacy.answers,
            "notes": legacy.notes,
            "legacy": None,
        }
    )
    return migrate_answers(old, questionnaire, mapping)[1]
