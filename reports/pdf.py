"""render_pdf: the report's HTML laid out on A4 by WeasyPrint, as a tagged PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .html import render_html
from .model import Report

if TYPE_CHECKING:
    from weasyprint import Document

# PDF/UA-1 makes WeasyPrint write a tagged PDF (structure tree, /MarkInfo) with the document
# language and the title shown in the viewer's title bar, as public-sector documents need.
PDF_OPTIONS = {"pdf_variant": "pdf/ua-1"}


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes: title, author and language in the metadata, tagged."""
    return layout(render_html(report)).write_pdf(**PDF_OPTIONS)


def layout(html: str) -> Document:
    """A self-contained HTML document laid out in pages; nothing is ever fetched."""
    from weasyprint import HTML  # imported on first use: it takes a second to load

    return HTML(string=html, base_url=None, url_fetcher=_refuse).render(**PDF_OPTIONS)


def html_to_pdf(html: str) -> bytes:
    """Any self-contained HTML document as tagged PDF bytes."""
    return layout(html).write_pdf(**PDF_OPTIONS)


def _refuse(url: str, *args: object, **kwargs: object) -> dict:
    # The report is self-contained; a reference to anything outside it is a bug, and a
    # municipal server must not make requests on behalf of a document.
    raise ValueError(f"the report refers to an external resource: {url}")
