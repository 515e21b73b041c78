"""One question as a widget: anchored options, "Weiß nicht", help, note; storage-agnostic.

The caller passes the current value and note and two callbacks that save a change; the self-check
saves to its assessment, a workshop view can save to a participant. Widget keys start with
`key_prefix` (default "q."), so a caller can drop them when the saved data is replaced.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from questionnaire import DONT_KNOW, NOT_APPLICABLE, Question, Questionnaire, localized

from ..i18n import t
from ..limits import cut_notice, cut_to

Answer = str | list[str]
SaveAnswer = Callable[[str, Answer | None], None]
SaveNote = Callable[[str, str | None], None]
NOTE_MAX_CHARS = 2000


def answer_key(question_id: str, key_prefix: str = "q.") -> str:
    """The session-state key of a question's answer widget."""
    return f"{key_prefix}{question_id}.answer"


def note_key(question_id: str, key_prefix: str = "q.") -> str:
    """The session-state key of a question's note field."""
    return f"{key_prefix}{question_id}.note"


def choices(question: Question) -> list[str]:
    """Option ids offered: the options, "Weiß nicht", and "Nicht zutreffend" where allowed."""
    extra = [DONT_KNOW, NOT_APPLICABLE] if question.allow_not_applicable else [DONT_KNOW]
    return [o.id for o in question.options] + extra


def normalize_multi(previous: Answer | None, chosen: list[str]) -> Answer | None:
    """The answer a checklist selection means: a reserved answer excludes the options.

    Choosing "Weiß nicht" or "Nicht zutreffend" replaces the options; choosing an option
    replaces a reserved answer; an empty selection means unanswered.
    """
    reserved = [c for c in chosen if c in (DONT_KNOW, NOT_APPLICABLE)]
    options = [c for c in chosen if c not in (DONT_KNOW, NOT_APPLICABLE)]
    before = previous if isinstance(previous, list) else [previous] if previous else []
    new_reserved = [r for r in reserved if r not in before]
    if new_reserved:
        return new_reserved[-1]
    if options:
        return options
    return reserved[-1] if reserved else None


def question_input(
    questionnaire: Questionnaire,
    question: Question,
    value: Answer | None,
    note: str | None,
    lang: str,
    on_answer: SaveAnswer,
    on_note: SaveNote | None = None,
    key_prefix: str = "q.",
    number: str = "",
) -> Answer | None:
    """Render one question; returns the answer now shown (None when unanswered)."""
    heading = f"##### {number}{localized(question.text, lang)}"
    if question.type == "multi":
        heading += f"\n\n_{t('question.multi_hint', lang)}_"
    st.markdown(heading)
    if question.type == "multi":
        shown = _multi(question, value, lang, on_answer, key_prefix)
    else:
        shown = _single(question, value, lang, on_answer, key_prefix)
    _help(question, lang)
    if on_note is not None:
        _note(question, note, lang, on_note, key_prefix)
    return shown


def _label(question: Question, lang: str) -> Callable[[str], str]:
    def label(option_id: str) -> str:
        # The built-in answers in italics, set apart from the questionnaire's own options.
        if option_id == DONT_KNOW:
            return f"_{t('question.dont_know', lang)}_"
        if option_id == NOT_APPLICABLE:
            return f"_{t('question.not_applicable', lang)}_"
        option = question.option(option_id)
        return localized(option.label, lang) if option else option_id

    return label


def _single(question, value, lang, on_answer, key_prefix) -> Answer | None:
    key = answer_key(question.id, key_prefix)
    options = choices(question)
    if key not in st.session_state:
        st.session_state[key] = value if value in options else None

    def changed() -> None:
        on_answer(question.id, st.session_state[key])

    return st.radio(
        localized(question.text, lang),
        options,
        index=None,
        format_func=_label(question, lang),
        key=key,
        on_change=changed,
        label_visibility="collapsed",
    )


def option_key(question_id: str, option_id: str, key_prefix: str = "q.") -> str:
    """The session-state key of one checkbox of a checklist question."""
    return f"{key_prefix}{question_id}.option.{option_id}"


def _multi(question, value, lang, on_answer, key_prefix) -> Answer | None:
    # Checkboxes, not pills: pills cut long option labels off with an ellipsis.
    options = choices(question)
    keys = {o: option_key(question.id, o, key_prefix) for o in options}
    current = value if isinstance(value, list) else [value] if value else []
    for option, key in keys.items():
        if key not in st.session_state:
            st.session_state[key] = option in current

    def changed() -> None:
        chosen = [o for o, key in keys.items() if st.session_state[key]]
        answer = normalize_multi(value, chosen)
        kept = answer if isinstance(answer, list) else [answer] if answer else []
        for option, key in keys.items():
            st.session_state[key] = option in kept
        on_answer(question.id, answer)

    label = _label(question, lang)
    for option, key in keys.items():
        st.checkbox(label(option), key=key, on_change=changed)
    return _as_answer([o for o, key in keys.items() if st.session_state[key]])


def _as_answer(chosen: list[str]) -> Answer | None:
    reserved = [c for c in chosen if c in (DONT_KNOW, NOT_APPLICABLE)]
    return reserved[0] if reserved else chosen or None


def _help(question: Question, lang: str) -> None:
    # One markdown element per help text: every element costs time on each rerun.
    text = localized(question.help, lang)
    if question.references:
        refs = "; ".join(localized(r, lang) for r in question.references)
        text += "\n\n_" + t("question.references", lang, references=refs) + "_"
    with st.expander(t("question.help", lang)):
        st.markdown(text)


def _note(question, note, lang, on_note, key_prefix) -> None:
    key = note_key(question.id, key_prefix)
    if key not in st.session_state:
        st.session_state[key] = note or ""

    def changed() -> None:
        text = cut_to(key, NOTE_MAX_CHARS).strip()
        on_note(question.id, text or None)

    # No max_chars: it would drop a longer paste silently (ui/limits.py).
    st.text_area(
        t("question.note", lang),
        value=None,
        key=key,
        on_change=changed,
        height=68,
        placeholder=t("question.note_placeholder", lang),
    )
    cut_notice(key, NOTE_MAX_CHARS, lang)
