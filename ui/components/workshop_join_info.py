"""How to join a workshop, as the facilitator shows it: code, QR code and join link."""

from __future__ import annotations

import html
import re

import streamlit as st

from storage import JOIN_ALPHABET, Workshop

from ..i18n import DEFAULT_LANGUAGE, t
from ..links import app_url
from ..workshop.links import JOIN_PATH, qr_svg

_CODE_SHAPE = re.compile(f"^[{re.escape(JOIN_ALPHABET)}]+$")


def join_url(workshop: Workshop, lang: str) -> str:
    """The link that opens the join view with the code filled in, in the facilitator's
    language (participants of an English workshop land on the English page)."""
    return app_url(JOIN_PATH, code=workshop.code, lang=lang)


def join_address(lang: str) -> str:
    """The join page's address to type in (the code goes into its field); with the language
    when it is not German, the app's default."""
    return app_url(JOIN_PATH, **({"lang": lang} if lang != DEFAULT_LANGUAGE else {}))


def spaced(code: str) -> str:
    """The code in two groups of three ("K7P 4QX"): easier to read out and to type."""
    middle = len(code) // 2
    return f"{code[:middle]} {code[middle:]}" if len(code) >= 6 else code


def code_block(workshop: Workshop, lang: str, size_px: int) -> None:
    """The join code as large text (monospace, high contrast), labelled for screen readers."""
    # The code comes from storage's own alphabet, never from a user; checked all the same, and
    # escaped, before it goes into HTML.
    code = workshop.code if _CODE_SHAPE.match(workshop.code) else "?"
    label = html.escape(t("join_info.code_label", lang))
    st.html(
        f'<div class="kirc-code-label">{label}</div>'
        f'<div class="kirc-code" style="font-size:{int(size_px)}px;line-height:1.05;'
        "font-weight:800;letter-spacing:0.08em;white-space:nowrap;color:#000;"
        f"font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace\">"
        f"{html.escape(spaced(code))}</div>"
    )


# Static CSS: the QR code's full-screen button sat over the last digit of the join code above.
_NO_QR_TOOLBAR = (
    "<style>.st-key-kirc_qr [data-testid='stElementToolbar'] { display: none; }</style>"
)


def qr_image(workshop: Workshop, lang: str, width_px: int) -> None:
    """The QR code of the join link, `width_px` wide, with a text alternative, without the
    image's full-screen button."""
    st.html(_NO_QR_TOOLBAR)
    with st.container(key="kirc_qr"):
        st.image(qr_svg(join_url(workshop, lang)), width=width_px, alt=t("join_info.qr_alt", lang))


def join_panel(workshop: Workshop, lang: str) -> None:
    """Code, QR code and link, one below the other, for the facilitator's dashboard."""
    code_block(workshop, lang, 72)
    qr_image(workshop, lang, 280)
    st.markdown(t("join_info.link", lang))
    st.code(join_url(workshop, lang), language=None, wrap_lines=True)
