"""Text fields that save while the user types, without Streamlit's English key hints.

Streamlit hands a text field's value to the app only on Enter (Ctrl+Enter in a text area) or
when the field loses the focus; a note typed and followed by a reload was lost, and the hint
"Press Ctrl+Enter to apply" stood in English under German fields. The script below gives the
value to the app once the user pauses typing, by the same key press Streamlit listens for;
the style hides the hint (the character count stays). Fields inside a form are left alone:
there the key press would submit the form.
"""

from __future__ import annotations

import streamlit as st

# Milliseconds of no typing before a field's value is handed over (and saved).
PAUSE_MS = 700

# A constant script (no user data). It listens once per browser tab.
_SCRIPT = """<script>
(function () {
  if (window.kircTyping) return;
  window.kircTyping = true;
  const timers = new Map();
  function apply(field) {
    timers.delete(field);
    if (!field.isConnected) return;
    field.dispatchEvent(new KeyboardEvent('keydown', {
      key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: true, bubbles: true,
    }));
  }
  function typed(event) {
    const field = event.target;
    const kind = field.tagName === 'TEXTAREA' ? 'text' : field.type;
    if (!['text', 'number'].includes(kind) || field.closest('[data-testid="stForm"]')) return;
    if (!field.closest('[data-testid="stMain"]')) return;
    clearTimeout(timers.get(field));
    timers.set(field, setTimeout(() => apply(field), PAUSE_MS_VALUE));
  }
  function applyAll() {
    for (const [field, timer] of timers) { clearTimeout(timer); apply(field); }
  }
  document.addEventListener('input', typed, true);
  document.addEventListener('visibilitychange', applyAll);
  window.addEventListener('pagehide', applyAll);
})();
</script>""".replace("PAUSE_MS_VALUE", str(PAUSE_MS))

# Streamlit's hint ("Press Enter to apply", "Press Ctrl+Enter to apply") is the first part of
# the instructions under a field; a character count follows it where a field has a limit.
_STYLE = """<style>
[data-testid="InputInstructions"] > span:first-child { display: none; }
[data-testid="InputInstructions"] > span + span::before { content: none; }
</style>"""


def save_while_typing() -> None:
    """Install the script and the style on this page (call once per run, from the shell)."""
    st.html(_STYLE + _SCRIPT, unsafe_allow_javascript=True)
