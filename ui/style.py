"""App-wide layout fixes Streamlit's theme cannot express (phones above all); one style sheet.

Selectors use Streamlit's test ids and element structure, not its generated class names.
"""

from __future__ import annotations

import streamlit as st

# Width below which the layout is a phone's (Streamlit stacks columns below 640 px).
PHONE_MAX_PX = 640

_STYLE = """<style>
/* Options: space between them, the button beside the first line of a long label. */
[data-testid="stMain"] [data-testid="stRadioGroup"] { row-gap: 0.45rem; }
[data-testid="stMain"] [data-testid="stRadioOption"] > div { align-items: flex-start; }
[data-testid="stMain"] [data-testid="stRadioOption"] > div > div:first-child {
  margin-top: 0.25rem; flex-shrink: 0;
}
[data-testid="stMain"] [data-testid="stCheckbox"] { margin-bottom: 0.3rem; }
[data-testid="stMain"] [data-testid="stCheckbox"] label { align-items: flex-start; }
/* Focus and jumps keep the element clear of the fixed header with the menu button. */
[data-testid="stMain"] { scroll-padding-top: 4.5rem; }
[data-testid="stMain"] [class*="st-key-question-"] { scroll-margin-top: 4.5rem; }
/* Wide tables scroll sideways; the first column stays in place while they do. */
[data-testid="stTable"] > div { overflow-x: auto; }
[data-testid="stTable"] th:first-child, [data-testid="stTable"] td:first-child {
  position: sticky; left: 0; z-index: 1; background: #ffffff;
}
[class*="st-key-phone-only"] { display: none; }
@media (max-width: PHONEpx) {
  [class*="st-key-phone-only"] { display: flex; }
  [class*="st-key-wide-only"] { display: none; }
  [data-testid="stMain"] h1 { font-size: 1.9rem; padding-top: 0.5rem; }
}
</style>""".replace("PHONE", str(PHONE_MAX_PX))


def page_style() -> None:
    """Put the style sheet on the page (call once per run, from the shell)."""
    st.html(_STYLE)
