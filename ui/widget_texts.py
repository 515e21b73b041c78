"""Streamlit's own words in the UI language: names for screen readers (buttons of the select
boxes, number field and upload box, help icons, full-screen buttons), the select boxes'
announcements, empty list and "Select all" options, error texts of the number field and the
upload box, the skip link.

Streamlit writes these in English whatever the page's language. One script replaces each
known text wherever Streamlit puts it, in the language shown. The texts come from the catalog
("widget.*", "upload.*"); the English "widget.*" ones are Streamlit's originals, so switching
back works the same way. A text with a varying part ("Remove {name}", "{count} options
available.") becomes a regular expression that carries the part over.
"""

from __future__ import annotations

import json
import string

import streamlit as st

from .components.answers_upload import LIMIT_MB
from .i18n import CATALOGS, LANGUAGES, t

# Catalog keys of the texts Streamlit writes itself. A key with a ".one" entry has a singular
# form, taken when the count is 1.
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
    "widget.fullscreen_of",
    "widget.fullscreen_close",
    "widget.fullscreen_close_of",
    "widget.clear_value",
    "widget.increment",
    "widget.decrement",
    "widget.clear_all",
    "widget.selected_values",
    "widget.dismiss",
    "widget.no_results",
    "widget.select_all",
    "widget.select_matches",
    "widget.help_for",
    "widget.remove",
    "widget.cancel_upload",
    "widget.selected",
    "widget.options",
    "widget.number_outside",
    "widget.number_below",
    "widget.number_below_min",
    "widget.number_above",
    "widget.number_above_max",
)

# Streamlit's texts that the catalog words differently, and the key of the text shown instead
# (Streamlit's JavaScript: FileUploader*.js, utils*.js). Files above Streamlit's own limit
# (server.maxUploadSize) are refused with the app's limit for answers files, the one the
# upload box names, so both messages agree.
STREAMLIT = {
    "Error: File must be {size} or smaller.": "upload.too_large",
    "File must be {size} or smaller.": "upload.too_large",
    "Add files": "upload.other",
}
PARAMS = {"limit": LIMIT_MB}

# Controls Streamlit leaves without a name of their own, by place, and the key of their name.
PLACES = {
    '[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"]': (
        "upload.choose"
    ),
    '[data-testid="stFileUploaderDropzone"] input[type="file"]': "upload.input",
}

# Characters with a meaning in a regular expression; escaped with a backslash, each is taken
# literally by JavaScript (with or without the "u" flag) and by Python.
_SPECIAL = frozenset("\\^$.*+?()[]{}|/")


def escape(text: str) -> str:
    """`text` as a regular expression that matches exactly it."""
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def pattern(template: str) -> tuple[str, list[str]]:
    """A regular expression matching `template` as a whole, a group for each placeholder
    (digits for "count", any text otherwise), and the placeholders' names in order."""
    parts, names = ["^"], []
    for literal, name, _, _ in string.Formatter().parse(template):
        parts.append(escape(literal))
        if name is not None:
            parts.append(r"(\d+)" if name == "count" else "(.+)")
            names.append(name)
    return "".join(parts) + "$", names


def _recognised(lang: str):
    # (texts to recognise, the text shown, its singular form or None) for every entry.
    for key in KEYS:
        forms = [k for k in (key, f"{key}.one") if k in CATALOGS[lang]]
        seen = [CATALOGS[other][k] for k in forms for other in LANGUAGES]
        yield seen, CATALOGS[lang][key], CATALOGS[lang].get(f"{key}.one")
    for original, key in STREAMLIT.items():
        seen = [original, *(t(key, other, **PARAMS) for other in LANGUAGES)]
        yield seen, t(key, lang, **PARAMS), None


def table(lang: str) -> dict:
    """What the script needs for `lang`: "words" (exact texts, in any language, mapped to the
    one shown), "patterns" ([expression, placeholder names, shown, singular or null]) for texts
    with a varying part, and "places" ([selector, name]) for controls named by place."""
    words: dict[str, str] = {}
    patterns: list[list] = []
    for seen, shown, one in _recognised(lang):
        for text in dict.fromkeys(seen):
            source, names = pattern(text)
            if names:
                patterns.append([source, names, shown, one])
            else:
                words[text] = shown
    places = [[selector, t(key, lang)] for selector, key in PLACES.items()]
    return {"words": words, "patterns": patterns, "places": places}


# A constant script apart from TABLE, a JSON object built from the catalog (never user input),
# with "<" escaped so it cannot end the script element.
_SCRIPT = """<script>
(function () {
  const table = TABLE;
  window.kircWidgetTexts = {
    words: new Map(Object.entries(table.words)),
    patterns: table.patterns.map(([source, names, shown, one]) =>
      [new RegExp(source), names, shown, one]),
    places: table.places,
  };
  const NAMES = ['aria-label', 'title', 'placeholder'];
  // Where Streamlit shows its own words as text; any other text on the page is left alone.
  const TEXTS = [
    '[data-testid="stSkipToContent"]',
    '[role="log"] > div',
    '[data-testid="stFileChip"] [role="alert"]',
    '[data-testid="stNumberInput"] [role="alert"]',
    '[role="listbox"][data-empty="true"] [role="option"]',
    '[role="option"][data-key="__select_all__"]',
    '[role="option"][data-key="__select_matches__"]',
    '[data-testid="stTooltipErrorContent"]',
  ].join(', ');
  // Elements whose names are an option's or a file's name, however it reads.
  const OWN = '[data-tag], [data-testid="stFileChip"], [data-testid="stFileChipName"]';

  function shown(text) {
    const texts = window.kircWidgetTexts;
    if (texts.words.has(text)) return texts.words.get(text);
    for (const [expression, names, to, one] of texts.patterns) {
      const found = expression.exec(text);
      if (!found) continue;
      const values = {};
      names.forEach((name, i) => { values[name] = found[i + 1]; });
      const form = one !== null && values.count === '1' ? one : to;
      // One pass, so a carried-over part is never read as a placeholder.
      return form.replace(/\\{([a-z_]+)\\}/g, (all, name) => (name in values ? values[name] : all));
    }
    return null;
  }

  // What was set here, from which of Streamlit's texts. A name or text set here is translated
  // again from Streamlit's text (after a language switch), never from its own output: that can
  // carry a name which itself reads like one of Streamlit's texts ("Remove Help for x.json").
  const done = window.kircWidgetTextsDone || (window.kircWidgetTextsDone = new WeakMap());
  function original(el, slot, current) {
    const record = (done.get(el) || {})[slot];
    return record && record.to === current ? record.from : current;
  }
  function translation(el, slot, current) {
    const from = original(el, slot, current);
    const to = shown(from);
    if (to === null || to === current) return null;
    done.set(el, Object.assign(done.get(el) || {}, { [slot]: { from, to } }));
    return to;
  }

  function retext(el) {
    // The first text node takes the new text and the others are emptied: React keeps its own
    // nodes and can still update or remove them.
    const to = translation(el, '#text', el.textContent);
    if (to === null) return;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    if (!nodes.length) { el.textContent = to; return; }
    nodes[0].nodeValue = to;
    for (const node of nodes.slice(1)) node.nodeValue = '';
  }

  function rename(el) {
    if (!el.matches(OWN)) {
      for (const name of NAMES) {
        const value = el.getAttribute(name);
        const to = value && translation(el, name, value);
        if (to) el.setAttribute(name, to);
      }
    }
    for (const [selector, to] of window.kircWidgetTexts.places) {
      if (el.matches(selector) && el.getAttribute('aria-label') !== to) {
        el.setAttribute('aria-label', to);
      }
    }
    if (el.matches(TEXTS)) retext(el);
  }

  function visit(root) {
    const places = window.kircWidgetTexts.places.map(([selector]) => selector);
    const any = ['[aria-label]', '[title]', '[placeholder]', TEXTS, ...places].join(', ');
    if (root.matches(any)) rename(root);
    for (const el of root.querySelectorAll(any)) rename(el);
  }

  visit(document.body);
  if (window.kircWidgetTextsObserver) return;
  // Synchronous: the callback runs before the browser draws or tells a screen reader, so a
  // live announcement or a new name is never heard in the other language first. It looks at
  // what changed only.
  window.kircWidgetTextsObserver = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      if (!target) continue;
      if (record.type === 'attributes') {
        rename(target);
        continue;
      }
      for (const node of record.addedNodes) if (node.nodeType === 1) visit(node);
      const place = target.closest(TEXTS);
      if (place) retext(place);
    }
  });
  window.kircWidgetTextsObserver.observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: NAMES,
  });
})();
</script>"""


def widget_texts(lang: str) -> None:
    """Install the script for `lang` (call once per run, from the shell)."""
    data = json.dumps(table(lang), ensure_ascii=False).replace("<", "\\u003c")
    st.html(_SCRIPT.replace("TABLE", data), unsafe_allow_javascript=True)
