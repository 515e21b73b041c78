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


def template_files(
    organisation: str,
    lang: str,
    rechtsstand: Rechtsstand,
    inventory_rows: Sequence[tuple[str, ...]] = (),
) -> list[tuple[str, bytes]]:
    """Every template as (file name, DOCX bytes), in the pack's order."""
    organisation = organisation.strip() or texts.text("plan", "no_organisation", lang)
    labels = _labels(lang)
    files = []
    for template in load_templates().templates:
        document = template_document(
            template, lang, organisation, rechtsstand, labels, inventory_rows
        )
        name = _UNSAFE_IN_NAME.sub("-", template.file.get(lang) or template.file["de"])
        files.append((f"{name}.docx", render_docx(document)))
    return files


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
