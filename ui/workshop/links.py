"""The paths of the workshop views and the QR code of the join link."""

from __future__ import annotations

import segno

JOIN_PATH = "workshop_beitreten"
HOST_PATH = "workshop_leiten"
PRESENT_PATH = "praesentation"


def qr_svg(text: str) -> str:
    """A QR code of `text` as SVG markup: dark modules on white with a quiet zone of 4."""
    # Error correction M survives a smudged screen or a shaky photo; the SVG scales freely.
    # Without a fixed size the SVG carries a viewBox and scales to whatever width it is shown.
    code = segno.make(text, error="m", micro=False)
    return code.svg_inline(scale=1, border=4, omitsize=True, dark="#000000", light="#ffffff")
