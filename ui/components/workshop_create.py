"""The form that creates a workshop: title, Kurzcheck or Vollcheck, optional dimensions."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from questionnaire import Questionnaire, localized

from ..i18n import t
from ..limits import cut_notice, cut_to, was_cut

TITLE_KEY = "workshop_create.title"
MODE_KEY = "workshop_create.mode"
DIMENSIONS_KEY = "workshop_create.dimensions"
SUBMIT_KEY = "workshop_create.submit"
TITLE_MAX_CHARS = 200  # the report's title page takes at most 200 characters


@dataclass(frozen=True)
class NewWorkshop:
    """What the facilitator asked for."""

    title: str
    mode: str
    dimensions: tuple[str, ...] | None  # None: all dimensions


def create_form(questionnaire: Questionnaire, lang: str) -> NewWorkshop | None:
    """The form; returns the request once submitted with a title, else None."""
    modes = ["short", "full"] if questionnaire.has_short_mode() else ["full"]
    names = {d.id: localized(d.name, lang) for d in questionnaire.dimensions}
    with st.form("workshop_create.form", border=True):
        # No max_chars: it would drop a longer paste silently (ui/limits.py).
        title = st.text_input(
            t("host.title_label", lang),
            key=TITLE_KEY,
            placeholder=t("host.title_placeholder", lang),
        )
        cut_notice(TITLE_KEY, TITLE_MAX_CHARS, lang)
        mode = st.radio(
            t("mode.label", lang),
            modes,
            format_func=lambda m: _mode_label(questionnaire, m, lang),
            key=MODE_KEY,
        )
        # Pills, not a multi-select: Streamlit's multi-select menu offers "Select all" in English.
        chosen = st.pills(
            t("host.dimensions_label", lang),
            list(names),
            selection_mode="multi",
            format_func=names.__getitem__,
            key=DIMENSIONS_KEY,
            help=t("host.dimensions_help", lang),
        )
        submitted = st.form_submit_button(
            t("host.create", lang),
            type="primary",
            key=SUBMIT_KEY,
            icon=":material/groups:",
            on_click=cut_to,
            args=(TITLE_KEY, TITLE_MAX_CHARS),
        )
    if not submitted or was_cut(TITLE_KEY):
        return None  # a cut title is shown first, to be checked before the workshop exists
    title = " ".join((title or "").split())
    if not title:
        st.error(t("host.title_required", lang))
        return None
    subset = _subset(questionnaire, chosen or [])
    dimensions = [d for d in questionnaire.dimensions if subset is None or d.id in subset]
    if not any(d.questions_in(mode) for d in dimensions):
        st.error(t("host.no_questions", lang))
        return None
    return NewWorkshop(title, mode, subset)


def _mode_label(questionnaire: Questionnaire, mode: str, lang: str) -> str:
    count = sum(len(d.questions_in(mode)) for d in questionnaire.dimensions)
    return t("host.mode_option", lang, mode=t("mode." + mode, lang), count=count)


def _subset(questionnaire: Questionnaire, chosen: list[str]) -> tuple[str, ...] | None:
    # Nothing chosen, or everything, means the whole questionnaire.
    ids = tuple(d.id for d in questionnaire.dimensions if d.id in chosen)
    return ids if ids and len(ids) < len(questionnaire.dimensions) else None
