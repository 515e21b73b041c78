"""The raw data: CSV that German Excel opens right and that reads back to the same answers,
and a workbook with answers and dimension scores."""

import io

import openpyxl
import pandas as pd
import pytest

from questionnaire import RESERVED_ANSWERS
from reports import answers_csv, answers_xlsx
from scoring import score
from texts import text


def read_csv(data: bytes) -> pd.DataFrame:
    return pd.read_csv(
        io.BytesIO(data),
        sep=";",
        decimal=",",
        encoding="utf-8-sig",
        keep_default_na=False,
        na_values={"step": [""]},
        dtype={"answer": str, "note": str},
    )


def answers_of(frame: pd.DataFrame, questionnaire, participant: int) -> dict:
    types = {q.id: q.type for q in questionnaire.questions().values()}
    rows = frame[(frame["participant"] == participant) & (frame["answer"] != "")]
    return {
        row.question_id: row.answer.split("|")
        if types[row.question_id] == "multi" and row.answer not in RESERVED_ANSWERS
        else row.answer
        for row in rows.itertuples()
    }


def test_the_csv_is_utf8_with_bom_and_semicolons(sample, sample_answers):
    data = answers_csv(sample, [sample_answers])
    assert data.startswith(b"\xef\xbb\xbfparticipant;mode;dimension;question_id;question;")
    assert "für das erste Quartal".encode() in data


def test_the_csv_reads_back_to_the_same_answers(
    vollcheck, vollcheck_answers, sample, sample_answers
):
    for questionnaire, answers in ((vollcheck, vollcheck_answers), (sample, sample_answers)):
        frame = read_csv(answers_csv(questionnaire, [answers]))
        assert answers_of(frame, questionnaire, 1) == answers.answers


def test_the_csv_has_one_row_per_participant_and_question_numbered_from_one(sample, sample_answers):
    other = sample_answers.model_copy(update={"answers": {"budget": "line"}, "notes": {}})
    frame = read_csv(answers_csv(sample, [sample_answers, other]))
    assert list(frame["participant"].unique()) == [1, 2]
    assert len(frame) == 2 * 7
    assert answers_of(frame, sample, 2) == {"budget": "line"}


def test_step_values_and_labels_are_in_the_csv(sample, sample_answers):
    frame = read_csv(answers_csv(sample, [sample_answers])).set_index("question_id")
    assert frame.loc["roles_involved", "step"] == pytest.approx(1.33)
    assert frame.loc["roles_involved", "answer_label"] == "Datenschutzbeauftragte"
    assert frame.loc["champions", "step"] == 0.0
    assert frame.loc["ai_rules", "note"] == "Dienstanweisung ist für das erste Quartal geplant."


def test_an_english_csv_uses_english_labels_and_the_decimal_point(sample, sample_answers):
    data = answers_csv(sample, [sample_answers], lang="en").decode("utf-8-sig")
    assert "Data protection officer" in data and "1.33" in data


def test_notes_that_look_like_formulas_stay_text_in_csv_and_excel(sample, sample_answers):
    formula = '=HYPERLINK("http://example.invalid","klick")'
    answers = sample_answers.model_copy(update={"notes": {"budget": formula}})
    frame = read_csv(answers_csv(sample, [answers])).set_index("question_id")
    assert frame.loc["budget", "note"] == "'" + formula
    sheet = openpyxl.load_workbook(io.BytesIO(answers_xlsx(sample, [answers])))["Antworten"]
    cells = [c for row in sheet.iter_rows() for c in row if "HYPERLINK" in str(c.value)]
    assert [c.data_type for c in cells] == ["s"]


def test_the_workbook_has_an_answers_sheet_and_a_dimension_scores_sheet(sample, sample_answers):
    data = answers_xlsx(sample, [sample_answers])
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Antworten", "Punkte je Dimension"]
    assert book["Antworten"].freeze_panes == "A2"
    sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, keep_default_na=False)
    assert len(sheets["Antworten"]) == 7
    assert list(sheets["Antworten"].columns)[:4] == ["Person", "Umfang", "Dimension", "Frage (ID)"]
    scores = sheets["Punkte je Dimension"].set_index("Dimension")
    result = score(sample, sample_answers)
    assert scores.loc["overall", "Punkte"] == round(result.overall.score, 1)
    assert scores.loc["law", "Stufe (Name)"] == "Nicht begonnen"
    assert list(scores.index) == ["strategy", "law", "skills", "overall"]


def test_the_english_workbook_has_english_sheet_names_and_headers(sample, sample_answers):
    book = openpyxl.load_workbook(io.BytesIO(answers_xlsx(sample, [sample_answers], "en")))
    assert book.sheetnames == ["Answers", "Scores per dimension"]
    headers = [cell.value for cell in book["Answers"][1]]
    assert headers[:3] == ["Person", "Scope", "Dimension"] and "Answer" in headers


def test_notes_can_be_left_out_of_the_raw_data(sample, sample_answers):
    frame = read_csv(answers_csv(sample, [sample_answers], notes=False))
    assert set(frame["note"]) == {""}
    assert answers_of(frame, sample, 1) == sample_answers.answers


@pytest.mark.parametrize(
    ("lang", "short", "full"),
    [("de", "Kurzcheck", "Vollcheck"), ("en", "Short check", "Full check")],
)
def test_the_workbook_names_the_scope_as_the_app_does_and_the_csv_keeps_its_id(
    sample, sample_answers, lang, short, full
):
    sets = [sample_answers, sample_answers.model_copy(update={"mode": "short"})]
    sheet = pd.read_excel(io.BytesIO(answers_xlsx(sample, sets, lang)), sheet_name=0)
    assert set(sheet[text("reports", "xlsx_mode", lang)]) == {short, full}
    assert (short, full) == (text("ui", "mode.short", lang), text("ui", "mode.full", lang))
    frame = pd.read_csv(io.BytesIO(answers_csv(sample, sets, lang)), sep=";", encoding="utf-8-sig")
    assert set(frame["mode"]) == {"short", "full"}
