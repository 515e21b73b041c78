"""User-entered text (workshop titles, names) shown through Streamlit's Markdown."""

from __future__ import annotations

import re

# Every ASCII punctuation character Markdown or Streamlit's extensions could read as syntax:
# links and images (which could load from another host), emphasis, headings, colour and icon
# directives, LaTeX. Escaped, the text shows exactly as typed.
_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&\"'])")


def plain(text: str) -> str:
    """`text` with Markdown syntax escaped, to show user data literally in st.markdown."""
    return _SYNTAX.sub(r"\\\1", " ".join(text.split()))
