"""The raw data as tables: answers (one row per assessment and question) and dimension scores.

CSV: UTF-8 with BOM and semicolons, as German Excel opens it; XLSX: one sheet each.
Participants are numbered from 1 in the order given (a workshop gives them in a fresh random
order for every export, so the numbers link to nobody); names are written only when given.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pandas as pd

from questionnaire import Answers, Questionnaire, localized, question_counts
from scoring import score, step_of

from .common import answer_label
from .i18n import Texts

ANSWER_COLUMNS = [
    "participant",
    "mode",
    "dimension",
    "question_id",
    "question",
    "answer",
    "answer_label",
    "step",
    "note",
]
SCORE_COLUMNS = [
    "participant",
    "dimension",
    "dimension_name",
    "score",
    "level",
    "level_name",
    "answered",
    "asked",
    "dont_know",
    "target",
]
NAME_COLUMN = "name"  # after "participant", only when names are given
SHEETS = ("answers", "dimension_scores")
# A cell that starts with one of these is a formula to Excel and LibreOffice; a leading
# apostrophe keeps user text as text (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _with_names(frame: pd.DataFrame, names: Sequence[str | None] | None) -> pd.DataFrame:
    # names[i] belongs to participant i + 1; every name is guarded against formulas.
    if names is not None:
        given = [_safe(names[p - 1] or "") for p in frame["participant"]]
        frame.insert(1, NAME_COLUMN, given)
    return frame


def _answer_text(value: object) -> str:
    if value is None:
        return ""
    return "|".join(value) if isinstance(value, list) else str(value)


def _step(question, value: object) -> float | None:
    step = step_of(question, value)
    return None if step is None else round(step, 2)


def answers_frame(
    questionnaire: Questionnaire,
    answer_sets: Sequence[Answers],
    lang: str = "de",
    notes: bool = True,
    names: Sequence[str | None] | None = None,
) -> pd.DataFrame:
    """One row per assessment and question of its mode (and any other question answered).

    `notes=False` leaves the free-text notes out (an empty column), e.g. for raw data of a
    workshop that goes beyond its facilitator: a note can identify its writer. `names` (one
    per answer set, None for nobody) adds a name column after the participant number.
    """
    t = Texts(lang)
    rows = []
    for number, answers in enumerate(answer_sets, start=1):
        for dimension in questionnaire.dimensions:
            asked = {q.id for q in dimension.questions_in(answers.mode)}
            for question in dimension.questions:
                value = answers.value(question.id)
                if question.id not in asked and value is None:
                    continue
                rows.append(
                    {
                        "participant": number,
                        "mode": answers.mode,
                        "dimension": dimension.id,
                        "question_id": question.id,
                        "question": localized(question.text, lang),
                        "answer": _answer_text(value),
                        "answer_label": answer_label(question, value, t) if value else "",
                        "step": _step(question, value),
                        "note": _safe(answers.notes.get(question.id, "")) if notes else "",
                    }
                )
    return _with_names(pd.DataFrame(rows, columns=ANSWER_COLUMNS), names)


def scores_frame(
    questionnaire: Questionnaire,
    answer_sets: Sequence[Answers],
    lang: str = "de",
    names: Sequence[str | None] | None = None,
) -> pd.DataFrame:
    """One row per assessment and dimension, plus one "overall" row per assessment (with a
    name column when `names` are given, as in answers_frame). `answered`, `asked` and
    `dont_know` count every question of the mode, context questions too, as the app does."""
    rows = []
    for number, answers in enumerate(answer_sets, start=1):
        result = score(questionnaire, answers)
        counts = question_counts(questionnaire, answers)
        for dimension, res in zip(questionnaire.dimensions, result.dimensions, strict=True):
            rows.append(
                {
                    "participant": number,
                    "dimension": dimension.id,
                    "dimension_name": localized(dimension.name, lang),
                    "score": None if res.score is None else round(res.score, 1),
                    "level": res.level,
                    "level_name": questionnaire.level_name(res.level, lang),
                    "answered": counts[dimension.id].answered,
                    "asked": counts[dimension.id].asked,
                    "dont_know": counts[dimension.id].dont_know,
                    "target": res.target,
                }
            )
        overall = result.overall
        rows.append(
            {
                "participant": number,
                "dimension": "overall",
                "dimension_name": Texts(lang)("overall_level"),
                "score": None if overall.score is None else round(overall.score, 1),
                "level": overall.level,
                "level_name": questionnaire.level_name(overall.level, lang),
                "answered": sum(c.answered for c in counts.values()),
                "asked": sum(c.asked for c in counts.values()),
                "dont_know": sum(c.dont_know for c in counts.values()),
                "target": None,
            }
        )
    frame = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    return _with_names(frame.astype({"level": "Int64", "target": "Int64"}), names)


def answers_csv(
    questionnaire: Questionnaire,
    answer_sets: Sequence[Answers],
    lang: str = "de",
    notes: bool = True,
    names: Sequence[str | None] | None = None,
) -> bytes:
    """The answers as CSV bytes: UTF-8 with BOM, ";" between fields, decimal mark by language."""
    return frame_csv(answers_frame(questionnaire, answer_sets, lang, notes, names), lang)


def frame_csv(frame: pd.DataFrame, lang: str = "de") -> bytes:
    """A table as CSV bytes: UTF-8 with BOM, ";" between fields, decimal mark by language."""
    text = frame.to_csv(
        sep=";", index=False, decimal="," if lang == "de" else ".", lineterminator="\r\n"
    )
    return text.encode("utf-8-sig")


def answers_xlsx(
    questionnaire: Questionnaire,
    answer_sets: Sequence[Answers],
    lang: str = "de",
    notes: bool = True,
    names: Sequence[str | None] | None = None,
) -> bytes:
    """An Excel workbook of two sheets, the answers and the dimension scores, with sheet names
    and column headers in `lang` ("Antworten", "Person", …) and the scope as the app names it
    ("Kurzcheck", "Short check"); the CSV keeps the column ids and the scope's id (`short`,
    `full`) for scripts. Columns fit their content, the header row stays frozen."""
    t = Texts(lang)
    buffer = io.BytesIO()
    answers = answers_frame(questionnaire, answer_sets, lang, notes, names)
    answers["mode"] = [t(f"mode_{mode}") for mode in answers["mode"]]
    frames = (answers, scores_frame(questionnaire, answer_sets, lang, names))
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for sheet, frame in zip(SHEETS, frames, strict=True):
            name = t(f"xlsx_{sheet}")
            frame = frame.rename(columns={c: t(f"xlsx_{c}") for c in frame.columns})
            frame.to_excel(writer, sheet_name=name, index=False)
            _widths(writer.sheets[name], frame)
    return buffer.getvalue()


def _widths(sheet, frame: pd.DataFrame) -> None:
    """Column widths that fit the content (capped), and a frozen header row."""
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(frame.columns, start=1):
        longest = max([len(str(column)), *(len(str(v)) for v in frame[column].head(200))])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, longest + 2)
    sheet.freeze_panes = "A2"
