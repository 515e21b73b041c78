"""The AI register as CSV, as a publishable HTML page, and a one-page PDF project profile.

Pure: values in, `str`/`bytes` out. Every user text is escaped (Jinja2 autoescape in HTML and
PDF; the formula guard of the raw data in CSV). Words come from the catalog's "usecases"
namespace, dates from the one formatter.
"""

from __future__ import annotations

import csv
import io
import json

from questionnaire import localized
from questionnaire.rechtsstand import Rechtsstand
from texts import text
from texts.format import long_day
from usecases import Catalogue, PortfolioItem, TriageTree, walk
from usecases.output import obligation_json
from usecases.register import RegisterFile

from . import palette
from .html import _environment  # the reports' one template environment (autoescape on)
from .pdf import html_to_pdf
from .rawdata import _safe

CSV_COLUMNS = (
    "id", "name", "organisation", "unit", "contact", "status", "short_description", "purpose",
    "human_oversight", "data", "legal_basis", "provider", "product", "risk_category",
    "risk_category_label", "dpia", "fria", "staff_council", "training_done", "started",
    "updated", "use_case", "triage",
)  # fmt: skip


def _words(lang: str):
    return lambda key, **params: text("usecases", key, lang, **params)


def register_json(register: RegisterFile) -> str:
    """The register file as JSON text (docs/usecases.md, usecases/register.schema.json)."""
    return register.model_dump_json(indent=2) + "\n"


def register_csv(register: RegisterFile) -> bytes:
    """One row per entry for German Excel: UTF-8 with BOM, ";" between fields, CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in register.entries:
        row = {
            **e.model_dump(mode="json", exclude={"impact_assessments", "dates", "triage"}),
            "dpia": e.impact_assessments.dpia,
            "fria": e.impact_assessments.fria,
            "started": e.dates.started.isoformat() if e.dates.started else "",
            "updated": e.dates.updated.isoformat() if e.dates.updated else "",
            "triage": json.dumps(e.triage, ensure_ascii=False, sort_keys=True),
            "training_done": "ja" if e.training_done else "nein",
        }
        writer.writerow([_safe("" if row[c] is None else str(row[c])) for c in CSV_COLUMNS])
    return out.getvalue().encode("utf-8-sig")


def register_html(register: RegisterFile, lang: str | None = None) -> str:
    """The register as one self-contained, accessible HTML page to publish, in the register's
    language unless `lang` says otherwise (the classification labels are the register's)."""
    lang = lang or register.language
    w = _words(lang)
    return (
        _environment()
        .get_template("register.html.j2")
        .render(
            r=register,
            w=w,
            lang=lang,
            date=lambda d: long_day(d, lang) if d else "–",
            colour=palette.CURRENT,
        )
    )


def steckbrief_html(
    item: PortfolioItem,
    organisation: str,
    tree: TriageTree,
    rechtsstand: Rechtsstand,
    catalogue: Catalogue,
    lang: str = "de",
) -> str:
    """The one-page project profile of one portfolio item as self-contained HTML."""
    w = _words(lang)
    result = walk(tree, item.triage)
    case = catalogue.use_case(item.use_case) if item.use_case else None
    obligations = [
        obligation_json(o, rechtsstand, lang, rechtsstand.as_of) for o in result.obligations
    ]
    return (
        _environment()
        .get_template("steckbrief.html.j2")
        .render(
            item=item,
            organisation=organisation,
            w=w,
            lang=lang,
            label=tree.label(result.classification, lang) if result.classification else None,
            obligations=obligations,
            case_value=case.value if case else None,
            case_effort=case.effort if case else None,
            legal_notes=localized(case.legal_notes, lang) if case else "",
            rechtsstand=long_day(rechtsstand.as_of, lang),
            disclaimer=localized(tree.disclaimer, lang),
            date=lambda d: long_day(d, lang) if d else "–",
            colour=palette.CURRENT,
        )
    )


def steckbrief_pdf(*args: object, **kwargs: object) -> bytes:
    """The project profile as a one-page tagged PDF (the arguments of `steckbrief_html`)."""
    return html_to_pdf(steckbrief_html(*args, **kwargs))
