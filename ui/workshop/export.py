"""The workshop's downloads: group report and raw data, names only where allowed."""

from __future__ import annotations

import io
from datetime import datetime

import pandas as pd

import reports
from questionnaire import Answers, Profile, Questionnaire
from storage import Workshop

from ..filenames import slug
from .store import repository

# A cell that starts with one of these is a formula to Excel and LibreOffice; a leading
# apostrophe keeps a participant's name as text (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NAME_COLUMN = "name"


def file_stem(workshop: Workshop) -> str:
    """E.g. "ki-readiness-workshop-amtsleiterrunde-2026-03-05"."""
    created = workshop.created_at
    day = created.date().isoformat() if isinstance(created, datetime) else str(created)[:10]
    parts = ["ki-readiness-workshop", slug(workshop.title), slug(day)]
    return "-".join(part for part in parts if part)


def answer_sets(workshop: Workshop) -> list[Answers]:
    """Everyone's answers, in participant order, all in the workshop's mode."""
    sets = repository().answer_sets(workshop.id)
    return [
        a if a.mode == workshop.mode else a.model_copy(update={"mode": workshop.mode}) for a in sets
    ]


def group_report(questionnaire: Questionnaire, workshop: Workshop, lang: str) -> reports.Report:
    """The group report of everyone's answers; the workshop title on the title page."""
    created = workshop.created_at
    day = created.date().isoformat() if isinstance(created, datetime) else None
    profile = Profile(organisation=workshop.title, date=day)
    return reports.build_report(
        questionnaire, answer_sets(workshop), lang, group=True, profile=profile
    )


def names(workshop: Workshop) -> dict[int, str] | None:
    """Participant number -> the name they gave, when the facilitator included names."""
    if not workshop.include_names:
        return None
    given = {n: name for n, name, _ in repository().participants(workshop.id) if name}
    return given or None


def _safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _with_names(frame: pd.DataFrame, numbers: list[int], given: dict[int, str]) -> pd.DataFrame:
    # reports/ numbers participants 1…n in the order given; map back to the stored numbers.
    frame = frame.copy()
    frame["participant"] = [numbers[p - 1] for p in frame["participant"]]
    frame.insert(1, NAME_COLUMN, [_safe(given.get(n, "")) for n in frame["participant"]])
    return frame


def raw_csv(questionnaire: Questionnaire, workshop: Workshop, lang: str) -> bytes:
    """The answers as CSV (the format of reports/), with a name column when allowed."""
    sets = answer_sets(workshop)
    given = names(workshop)
    if given is None:
        return reports.answers_csv(questionnaire, sets, lang)
    numbers = [n for n, _, _ in repository().participants(workshop.id)]
    frame = _with_names(reports.answers_frame(questionnaire, sets, lang), numbers, given)
    text = frame.to_csv(
        sep=";", index=False, decimal="," if lang == "de" else ".", lineterminator="\r\n"
    )
    return text.encode("utf-8-sig")


def raw_xlsx(questionnaire: Questionnaire, workshop: Workshop, lang: str) -> bytes:
    """The answers and scores as XLSX (the format of reports/), with names when allowed."""
    sets = answer_sets(workshop)
    given = names(workshop)
    if given is None:
        return reports.answers_xlsx(questionnaire, sets, lang)
    numbers = [n for n, _, _ in repository().participants(workshop.id)]
    frames = (
        _with_names(reports.answers_frame(questionnaire, sets, lang), numbers, given),
        _with_names(reports.scores_frame(questionnaire, sets, lang), numbers, given),
    )
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for sheet, frame in zip(("answers", "dimension_scores"), frames, strict=True):
            frame.to_excel(writer, sheet_name=sheet, index=False)
    return buffer.getvalue()
