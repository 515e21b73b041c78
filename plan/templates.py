"""The template pack: validated text blocks (plan/data/vorlagen.yaml) → `Document`s per language."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from questionnaire import Rechtsstand, localized
from texts.format import long_day

from .datafile import load_model
from .document import Block as DocBlock
from .document import Checklist, Document, Heading, Paragraph, Table

LangText = dict[str, str]
TEMPLATES_PATH = Path(__file__).parent / "data" / "vorlagen.yaml"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TableSpec(_Frozen):
    columns: tuple[LangText, ...] = Field(min_length=1)
    rows: int = Field(default=0, ge=0, le=50)  # empty rows to fill in
    labels: tuple[LangText, ...] = ()  # first-column labels, one row each


class Block(_Frozen):
    heading: LangText
    paragraphs: tuple[LangText, ...] = ()
    checklist: tuple[LangText, ...] = ()
    table: TableSpec | None = None
    inventory: bool = False  # the table is filled from the AI portfolio
    decide: tuple[LangText, ...] = ()


class Template(_Frozen):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    file: LangText
    title: LangText
    references: tuple[str, ...] = ()  # Rechtsstand provision ids
    blocks: tuple[Block, ...] = Field(min_length=1)


class TemplatePack(_Frozen):
    format: str = Field(pattern=r"^ki-readiness-check/vorlagen@1$")
    templates: tuple[Template, ...] = Field(min_length=1)


def load_templates(path: str | Path = TEMPLATES_PATH) -> TemplatePack:
    """Read and validate a template file; InputError lists every problem with its place."""
    return load_model(path, TemplatePack, Template, Block, TableSpec)


def texts_of(template: Template) -> list[LangText]:
    """Every language map of a template, for completeness and placeholder checks."""
    found = [template.file, template.title]
    for block in template.blocks:
        found += [block.heading, *block.paragraphs, *block.checklist, *block.decide]
        if block.table:
            found += [*block.table.columns, *block.table.labels]
    return found


Filler = Callable[[str], str]
"""Fills the placeholders of one text ({org}, {rechtsstand}, {date:ID}) for one language."""


def template_blocks(
    template: Template, lang: str, fill: Filler, inventory_rows: Sequence[tuple[str, ...]] = ()
) -> tuple[DocBlock, ...]:
    """The document blocks of one template, texts in `lang` with placeholders filled."""

    def text(value: LangText) -> str:
        return fill(localized(value, lang))

    blocks = []
    for block in template.blocks:
        blocks.append(Heading(text(block.heading), 1))
        blocks += [Paragraph(text(p)) for p in block.paragraphs]
        if block.checklist:
            blocks.append(Checklist(tuple(text(c) for c in block.checklist)))
        if block.table:
            blocks.append(_table(block, text, inventory_rows))
        blocks += [Paragraph(text(d), decide=True) for d in block.decide]
    return tuple(blocks)


def _table(block: Block, text: Callable[[LangText], str], inventory_rows) -> Table:
    spec = block.table
    columns = tuple(text(c) for c in spec.columns)
    blank = ("",) * len(columns)
    if spec.labels:
        rows = tuple((text(label), *blank[1:]) for label in spec.labels)
        return Table(columns, rows, (2.0, 3.0))
    rows = tuple(tuple(r) for r in inventory_rows) if block.inventory else ()
    return Table(columns, rows + (blank,) * spec.rows)


_PLACEHOLDER = re.compile(r"\{(org|rechtsstand|date:[a-z0-9_]+)\}")


def filler(organisation: str, rechtsstand: Rechtsstand, lang: str) -> Filler:
    """Fill {org}, {rechtsstand} and {date:ID} in one pass, so a name is never re-read."""

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name == "org":
            return organisation
        if name == "rechtsstand":
            return long_day(rechtsstand.as_of, lang)
        provision = rechtsstand.provision(name.removeprefix("date:"))
        return long_day(provision.applies_from, lang) if provision.applies_from else "—"

    return lambda text: _PLACEHOLDER.sub(replace, text)


def template_document(
    template: Template,
    lang: str,
    organisation: str,
    rechtsstand: Rechtsstand,
    labels: Mapping[str, str],
    inventory_rows: Sequence[tuple[str, ...]] = (),
) -> Document:
    """One template as a document: title, organisation, Rechtsstand, legal references, blocks.

    `labels` holds the words around the content in `lang`: "organisation", "rechtsstand",
    "references", "decide" and "footer".
    """
    fill = filler(organisation, rechtsstand, lang)
    as_of = long_day(rechtsstand.as_of, lang)
    references = "; ".join(rechtsstand.provision(r).cite(lang) for r in template.references)
    subtitle = (
        f"{labels['organisation']}: {organisation}",
        f"{labels['rechtsstand']}: {as_of}",
        f"{labels['references']}: {references}",
    )
    return Document(
        title=fill(localized(template.title, lang)),
        lang=lang,
        subtitle=subtitle,
        blocks=template_blocks(template, lang, fill, inventory_rows),
        footer=f"{organisation} · {labels['footer']} · {labels['rechtsstand']}: {as_of}",
        decide_label=labels["decide"],
    )
