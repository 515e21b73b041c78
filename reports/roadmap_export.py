"""The roadmap as a table a task tool imports: title, description, owner, start, due,
priority, depends on (CSV for German Excel, XLSX)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

import texts
from plan import Roadmap
from plan.roadmap import HORIZON, month_start

from .tables import csv_bytes, xlsx_bytes

COLUMNS = ("title", "description", "owner", "start", "due", "priority", "depends_on")


def _last_day(first: dt.date, months: int) -> dt.date:
    return month_start(first, months) - dt.timedelta(days=1)


def roadmap_frame(roadmap: Roadmap, start: dt.date, lang: str) -> pd.DataFrame:
    """One row per step; start and due as ISO dates (empty for steps after the 12 months)."""

    def w(key: str) -> str:
        return texts.text("plan", key, lang)

    titles = {s.step.id: s.step.title for s in roadmap.items}
    rows = []
    for item in roadmap.items:
        later = item.start >= HORIZON
        rows.append(
            {
                "title": item.step.title,
                "description": item.step.description,
                "owner": item.step.owner,
                "start": "" if later else month_start(start, item.start).isoformat(),
                "due": "" if later else _last_day(start, item.due).isoformat(),
                "priority": w(f"priority_{item.step.priority}"),
                "depends_on": "; ".join(titles[d] for d in item.step.depends_on if d in titles),
            }
        )
    headers = {
        "title": w("roadmap_title"),
        "description": w("roadmap_description"),
        "owner": w("roadmap_owner"),
        "start": w("roadmap_start"),
        "due": w("roadmap_due"),
        "priority": w("roadmap_priority"),
        "depends_on": w("roadmap_depends_on"),
    }
    return pd.DataFrame(rows, columns=list(COLUMNS)).rename(columns=headers)


def roadmap_csv(roadmap: Roadmap, start: dt.date, lang: str) -> bytes:
    """The roadmap as CSV bytes."""
    return csv_bytes(roadmap_frame(roadmap, start, lang), lang)


def roadmap_xlsx(roadmap: Roadmap, start: dt.date, lang: str) -> bytes:
    """The roadmap as an Excel workbook with one sheet."""
    sheet = texts.text("plan", "roadmap_sheet", lang)
    return xlsx_bytes({sheet: roadmap_frame(roadmap, start, lang)})
