"""Carry saved assessments and workshops over to a new questionnaire version.

When the app starts with a questionnaire of a new version, every stored assessment and workshop
of an earlier version for which a version mapping exists (questionnaire/migration.py) is
rewritten in the new version's ids, each in its own transaction. Nothing is lost: the answers
and notes as they were go into the row's `legacy` column (JSON), which the answers value and
every answers-file export carry along. A row is rewritten only while it still has the old
version, so two processes starting at once do the work once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, delete, insert, select, update

from questionnaire import Answers, Questionnaire, find_mapping, migrate_answers

from .assessment_rows import insert_children
from .child_rows import children_by_parent
from .codec import answer_rows, answers_by_question, legacy_value
from .engine import reading, writing
from .loading import load_answers
from .schema import (
    assessment_answers,
    assessment_notes,
    assessment_targets,
    assessments,
    participant_answers,
    participants,
    released_answers,
    workshops,
)


@dataclass(frozen=True)
class CarriedOver:
    """How many stored assessments and workshops were carried over to the new version."""

    assessments: int = 0
    workshops: int = 0


def carry_over(engine: Engine, questionnaire: Questionnaire) -> CarriedOver:
    """Rewrite every stored assessment and workshop of an earlier, mapped version."""
    with reading(engine) as connection:
        old_assessments = connection.execute(
            select(assessments.c.id, assessments.c.questionnaire_version).where(
                assessments.c.questionnaire_id == questionnaire.id,
                assessments.c.questionnaire_version != questionnaire.version,
            )
        ).all()
        old_workshops = connection.execute(
            select(workshops.c.id, workshops.c.questionnaire_version).where(
                workshops.c.questionnaire_id == questionnaire.id,
                workshops.c.questionnaire_version != questionnaire.version,
            )
        ).all()
    mappings = {
        version: find_mapping(questionnaire, version)
        for version in {row[1] for row in [*old_assessments, *old_workshops]}
    }
    done = CarriedOver()
    for assessment_id, version in old_assessments:
        if mappings[version] is not None and _assessment(
            engine, assessment_id, version, questionnaire, mappings[version]
        ):
            done = CarriedOver(done.assessments + 1, done.workshops)
    for workshop_id, version in old_workshops:
        if mappings[version] is not None and _workshop(
            engine, workshop_id, version, questionnaire, mappings[version]
        ):
            done = CarriedOver(done.assessments, done.workshops + 1)
    return done


def _assessment(engine, assessment_id: int, version: str, questionnaire, mapping) -> bool:
    with writing(engine) as connection:
        rows = (
            connection.execute(
                select(assessments).where(
                    assessments.c.id == assessment_id,
                    assessments.c.questionnaire_version == version,
                )
            )
            .mappings()
            .all()
        )
        if not rows:
            return False  # gone, or another process carried it over first
        old = load_answers(connection, rows)[assessment_id]
        new, _ = migrate_answers(old, questionnaire, mapping)
        connection.execute(
            update(assessments)
            .where(assessments.c.id == assessment_id)
            .values(
                questionnaire_version=questionnaire.version,
                legacy=legacy_value(new.legacy),
            )
        )
        for table in (assessment_answers, assessment_notes, assessment_targets):
            connection.execute(delete(table).where(table.c.assessment_id == assessment_id))
        insert_children(connection, assessment_id, new)
    return True


def _workshop(engine, workshop_id: int, version: str, questionnaire, mapping) -> bool:
    with writing(engine) as connection:
        found = connection.execute(
            update(workshops)
            .where(workshops.c.id == workshop_id, workshops.c.questionnaire_version == version)
            .values(questionnaire_version=questionnaire.version)
            .returning(workshops.c.mode)
        ).first()
        if found is None:
            return False
        people = list(
            connection.scalars(
                select(participants.c.id).where(participants.c.workshop_id == workshop_id)
            )
        )
        rows = children_by_parent(connection, participant_answers, "participant_id", people)
        for person in people:
            old = Answers.model_validate(
                {
                    "questionnaire": {"id": questionnaire.id, "version": version},
                    "mode": found.mode,
                    "answers": answers_by_question(rows[person]),
                }
            )
            new, _ = migrate_answers(old, questionnaire, mapping)
            connection.execute(
                update(participants)
                .where(participants.c.id == person)
                .values(legacy=legacy_value(new.legacy))
            )
            # What was released belongs to the old version: the new one starts unreleased.
            for table in (released_answers, participant_answers):
                connection.execute(delete(table).where(table.c.participant_id == person))
            if new.answers:
                connection.execute(
                    insert(participant_answers),
                    [{"participant_id": person, **row} for row in answer_rows(new.answers)],
                )
    return True
