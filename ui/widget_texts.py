"""Streamlit's own words in the UI language: the skip link, button names for screen readers,
the copy button of the resume link, the select box's placeholder.

Streamlit writes these in English whatever the page's language. A script replaces each known
text wherever it appears, in the language shown; the texts come from the catalog ("widget.*"),
the English ones being Streamlit's originals, so switching back works the same way.
"""

from __future__ import annotations

import json

import streamlit as st

from .i18n import CATALOGS, LANGUAGES, t

# Catalog keys of the texts Streamlit writes itself (attribute values or a link's text).
KEYS = (
    "widget.skip_link",
    "widget.sidebar",
    "widget.sidebar_collapse",
    "widget.sidebar_expand",
    "widget.pages",
    "widget.heading_link",
    "widget.copy",
    "widget.open",
    "widget.close",
    "widget.choose",
    "widget.progress",
    "widget.fullscreen",
    "widget.fullscreen_exit",
)

# A constant script apart from WORDS, a JSON object built from the catalog (never user input),
# with "<" escaped so it cannot end the script element.
_SCRIPT = """<script>
(function () {
  window.kircWords = WORDS;
  const names = ['aria-label', 'title', 'placeholder'];
  function translate() {
    const words = window.kircWords;
    for (const name of names) {
      for (const el of document.querySelectorAll('[' + name + ']')) {
        const shown = words[el.getAttribute(name)];
        if (shown && shown !== el.getAttribute(name)) el.setAttribute(name, shown);
      }
    }
    const skip = document.querySelector('[data-testid="stSkipToContent"]');
    if (skip && words[skip.textContent] && words[skip.textContent] !== skip.textContent) {
      skip.textContent = words[skip.textContent];
    }
  }
  translate();
  if (window.kircWordsObserver) return;
  let pending = false;
  window.kircWordsObserver = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; translate(); });
  });
  window.kircWordsObserver.observe(document.body, {
    subtree: true, childList: true, attributes: true, attributeFilter: names,
  });
})();
</script>"""


def words(lang: str) -> dict[str, str]:
    """Every known text, in any language, mapped to its text in `lang`."""
    return {CATALOGS[other][key]: t(key, lang) for key in KEYS for other in LANGUAGES}


def widget_texts(lang: str) -> None:
    """Install the script for `lang` (call once per run, from the shell)."""
    table = json.dumps(words(lang), ensure_ascii=False).replace("<", "\\u003c")
    st.html(_SCRIPT.replace("WORDS", table), unsafe_allow_javascript=True)
