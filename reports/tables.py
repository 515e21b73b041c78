"""Tables as files for spreadsheets and task tools: CSV for German Excel, XLSX with widths.

The one place that writes tabular exports: text cells that a spreadsheet would read as a
formula are kept as text, columns get widths that fit, and the header row stays in view.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

import pandas as pd

# A cell that starts with one of these is a formula to Excel and LibreOffice; a leading
# apostrophe keeps user text as text (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60


def as_text(value: str) -> str:
    """`value` safe as a spreadsheet cell: a would-be formula gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_START) else value


def guarded(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells cannot start a formula."""
    return frame.apply(lambda column: column.map(lambda v: as_text(v) if isinstance(v, str) else v))


def csv_bytes(frame: pd.DataFrame, lang: str) -> bytes:
    """CSV as German Excel reads it: UTF-8 with BOM, ";" between fields, decimal mark by
    language, CRLF line ends."""
    text = guarded(frame).to_csv(
        sep=";", index=False, decimal="," if lang == "de" else ".", lineterminator="\r\n"
    )
    return text.encode("utf-8-sig")


def xlsx_bytes(sheets: Mapping[str, pd.DataFrame]) -> bytes:
    """An Excel workbook, one sheet per entry, with fitting widths and a frozen header row."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            guarded(frame).to_excel(writer, sheet_name=name[:31], index=False)
            fit_columns(writer.sheets[name[:31]], frame)
    return buffer.getvalue()


def fit_columns(sheet, frame: pd.DataFrame) -> None:
    """Column widths that fit the content (capped), and a frozen header row."""
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(frame.columns, start=1):
        longest = max([len(str(column)), *(len(str(v)) for v in frame[column].head(200))])
        sheet.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, longest + 2)
    sheet.freeze_panes = "A2"
