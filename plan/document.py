"""A small document model for editable Word output: headings, paragraphs, checklists, tables.

The strategy draft, the council summary and the template pack are built as a `Document` and
written by `reports.docx.render_docx`; nothing here knows Word.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 or 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    decide: bool = False  # a place the administration must decide itself, marked as such
    bold_lead: str = ""  # a bold lead-in before the text, e.g. "Zuständig:"


@dataclass(frozen=True)
class Checklist:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty


@dataclass(frozen=True)
class Contents:
    """A table-of-contents field; Word and LibreOffice fill it when the fields are updated."""

    title: str
    hint: str  # shown until the field is updated


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Checklist | Bullets | Table | Contents | PageBreak


@dataclass(frozen=True)
class Document:
    title: str
    lang: str
    subtitle: tuple[str, ...] = ()  # lines under the title: organisation, date, Rechtsstand
    blocks: tuple[Block, ...] = field(default=())
    footer: str = ""
    decide_label: str = ""  # the mark before places to decide, e.g. "Zu entscheiden:"
