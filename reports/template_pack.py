"""The template pack as DOCX files and as one ZIP: filled with the organisation and Rechtsstand."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence

import texts
from plan import load_templates, template_document
from questionnaire import Rechtsstand
from texts.format import long_day
from usecases import PortfolioItem, load_triage

from .docx import render_docx

_UNSAFE_IN_NAME = re.compile(r"[^\w.-]+")


def _labels(lang: str) -> dict[str, str]:
    def w(key: str) -> str:
        return texts.text("plan", key, lang)

    return {
        "organisation": w("organisation"),
        "rechtsstand": w("rechtsstand"),
        "references": w("references"),
        "decide": w("decide"),
        "footer": w("template_footer"),
    }


def template_names(lang: str) -> list[tuple[str, str]]:
    """(template id, file name) of every template, in the pack's order."""
    return [
        (t.id, _UNSAFE_IN_NAME.sub("-", t.file.get(lang) or t.file["de"]) + ".docx")
        for t in load_templates().templates
    ]


def template_file(
    template_id: str,
    organisation: str,
    lang: str,
    rechtsstand: Rechtsstand,
    inventory_rows: Sequence[tuple[str, ...]] = (),
) -> bytes:
    """One template as DOCX bytes (KeyError for an unknown id)."""
    template = next((t for t in load_templates().templates if t.id == template_id), None)
    if template is None:
        raise KeyError(template_id)
    shown = organisation.strip() or texts.text("plan", "no_organisation", lang)
    document = template_document(template, lang, shown, rechtsstand, _labels(lang), inventory_rows)
    return render_docx(document)


def template_files(
    organisation: str,
    lang: str,
    rechtsstand: Rechtsstand,
    inventory_rows: Sequence[tuple[str, ...]] = (),
) -> list[tuple[str, bytes]]:
    """Every template as (file name, DOCX bytes), in the pack's order."""
    return [
        (name, template_file(tid, organisation, lang, rechtsstand, inventory_rows))
        for tid, name in template_names(lang)
    ]


def inventory_rows(portfolio: Sequence[PortfolioItem], lang: str) -> list[tuple[str, ...]]:
    """The AI inventory's rows from the portfolio, in the inventory template's columns."""
    tree = load_triage()

    def w(namespace: str, key: str) -> str:
        return texts.text(namespace, key, lang)

    rows = []
    for item in portfolio:
        found = item.classification(tree)
        provider = " / ".join(part for part in (item.provider, item.product) if part)
        rows.append(
            (
                item.name,
                item.unit,
                item.purpose or item.description,
                provider,
                w("usecases", f"status_{item.status}"),
                tree.label(found, lang) if found else w("plan", "triage_open"),
                item.data,
                w("usecases", f"check_{item.dpia}"),
                item.contact,
            )
        )
    return rows


def template_pack_zip(
    organisation: str,
    lang: str,
    rechtsstand: Rechtsstand,
    inventory_rows: Sequence[tuple[str, ...]] = (),
) -> bytes:
    """The whole pack as one ZIP, with a short read-me."""
    shown = organisation.strip() or texts.text("plan", "no_organisation", lang)
    readme = texts.text("plan", "pack_readme", lang, org=shown,
                        date=long_day(rechtsstand.as_of, lang))  # fmt: skip
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("LIESMICH.txt" if lang == "de" else "README.txt", readme)
        for name, data in template_files(organisation, lang, rechtsstand, inventory_rows):
            archive.writestr(name, data)
    return buffer.getvalue()
