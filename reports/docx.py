"""Write a `Document` as DOCX bytes (python-docx): real Word headings, styles and tables."""

from __future__ import annotations

import io
import re

from docx import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from plan.document import (
    Bullets,
    Checklist,
    Contents,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Table,
)

# XML 1.0 forbids most control characters; a pasted NUL or escape would break the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DECIDE_COLOUR = RGBColor(0x8A, 0x3B, 0x00)  # dark orange, 7:1 on white
_TEXT_WIDTH_CM = 16.0


def xml_safe(text: str) -> str:
    """`text` without the characters XML cannot hold."""
    return _NOT_XML.sub("", text)


def render_docx(document: Document) -> bytes:
    """The document as a .docx file's bytes (opens in Word and LibreOffice)."""
    word = WordDocument()
    _page_setup(word, document)
    word.core_properties.title = xml_safe(document.title)
    word.core_properties.language = document.lang
    word.add_heading(xml_safe(document.title), level=0)
    for line in document.subtitle:
        word.add_paragraph(xml_safe(line), style="Subtitle")
    for block in document.blocks:
        _BLOCK_WRITERS[type(block)](word, block, document)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _page_setup(word, document: Document) -> None:
    section = word.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    style = word.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10.5)
    _set_language(style, document.lang)
    if document.footer:
        section.footer.paragraphs[0].text = xml_safe(document.footer)


def _set_language(style, lang: str) -> None:
    rpr = style.element.get_or_add_rPr()
    element = OxmlElement("w:lang")
    element.set(qn("w:val"), {"de": "de-DE", "en": "en-GB"}.get(lang, lang))
    rpr.append(element)


def _heading(word, block: Heading, _document: Document) -> None:
    word.add_heading(xml_safe(block.text), level=block.level)


def _paragraph(word, block: Paragraph, document: Document) -> None:
    paragraph = word.add_paragraph()
    if block.decide:
        mark = paragraph.add_run(xml_safe(document.decide_label) + " ")
        mark.bold = True
        mark.font.color.rgb = _DECIDE_COLOUR
    if block.bold_lead:
        paragraph.add_run(xml_safe(block.bold_lead) + " ").bold = True
    run = paragraph.add_run(xml_safe(block.text))
    if block.decide:
        run.font.color.rgb = _DECIDE_COLOUR


def _checklist(word, block: Checklist, _document: Document) -> None:
    for item in block.items:
        word.add_paragraph("☐ " + xml_safe(item), style="List Paragraph")


def _bullets(word, block: Bullets, _document: Document) -> None:
    for item in block.items:
        word.add_paragraph(xml_safe(item), style="List Bullet")


def _table(word, block: Table, _document: Document) -> None:
    table = word.add_table(rows=1, cols=len(block.columns))
    table.style = "Table Grid"
    widths = block.widths or (1.0,) * len(block.columns)
    total = sum(widths)
    for cell, text, width in zip(table.rows[0].cells, block.columns, widths, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(xml_safe(text)).bold = True
        cell.width = Cm(_TEXT_WIDTH_CM * width / total)
    _repeat_header(table.rows[0])
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text, width in zip(cells, row, widths, strict=True):
            cell.text = xml_safe(text)
            cell.width = Cm(_TEXT_WIDTH_CM * width / total)
    word.add_paragraph()


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _contents(word, block: Contents, _document: Document) -> None:
    word.add_heading(xml_safe(block.title), level=1)
    run = word.add_paragraph().add_run()
    begin, code, separate, end = (
        OxmlElement(t) for t in ("w:fldChar", "w:instrText", "w:fldChar", "w:fldChar")
    )
    begin.set(qn("w:fldCharType"), "begin")
    code.set(qn("xml:space"), "preserve")
    code.text = 'TOC \\o "1-2" \\h \\z \\u'
    separate.set(qn("w:fldCharType"), "separate")
    hint = OxmlElement("w:t")
    hint.text = xml_safe(block.hint)
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, code, separate, hint, end):
        run._r.append(element)
    settings = word.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _page_break(word, _block: PageBreak, _document: Document) -> None:
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


_BLOCK_WRITERS = {
    Heading: _heading,
    Paragraph: _paragraph,
    Checklist: _checklist,
    Bullets: _bullets,
    Table: _table,
    Contents: _contents,
    PageBreak: _page_break,
}
