"""The profile of the administration; each field is saved through a callback when changed."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from questionnaire import KINDS, STATES, Profile

from ..i18n import t
from ..limits import cut_notice, cut_to
from .day_field import day_field

SaveField = Callable[[str, object], None]
MAX_POPULATION = 20_000_000
TEXT_MAX_CHARS = 200  # organisation and role (questionnaire.Profile)
PREFIX = "profile."


def _initial(field: str, value: object) -> str:
    key = PREFIX + field
    if key not in st.session_state:
        st.session_state[key] = value
    return key


def _saver(key: str, field: str, on_change: SaveField, convert=lambda v: v):
    def changed() -> None:
        on_change(field, convert(st.session_state[key]))

    return changed


def _limited_saver(key: str, field: str, on_change: SaveField):
    # No max_chars on the field: it would drop a longer paste silently (ui/limits.py).
    def changed() -> None:
        on_change(field, _text(cut_to(key, TEXT_MAX_CHARS)))

    return changed


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def _date_field(profile: Profile, lang: str, on_change: SaveField) -> None:
    day_field(
        t("profile.date", lang),
        PREFIX + "date",
        profile.date,
        lang,
        lambda day: on_change("date", day.isoformat() if day else None),
    )


def profile_form(profile: Profile, lang: str, on_change: SaveField) -> None:
    """Organisation (required), kind, population, Land, role of the respondent and date."""
    key = _initial("organisation", profile.organisation or "")
    st.text_input(
        t("profile.organisation", lang),
        key=key,
        on_change=_limited_saver(key, "organisation", on_change),
        placeholder=t("profile.organisation_placeholder", lang),
    )
    cut_notice(key, TEXT_MAX_CHARS, lang)
    if not profile.organisation:
        st.caption(t("profile.name_required", lang))
    key = _initial("kind", profile.kind)
    st.selectbox(
        t("profile.kind", lang),
        KINDS,
        index=None,
        key=key,
        format_func=lambda k: t("kind." + k, lang),
        placeholder=t("profile.choose", lang),
        on_change=_saver(key, "kind", on_change),
    )
    key = _initial("population", profile.population)
    st.number_input(
        t("profile.population", lang),
        min_value=0,
        max_value=MAX_POPULATION,
        value=None,
        step=1000,
        key=key,
        placeholder=t("profile.optional", lang),
        on_change=_saver(key, "population", on_change),
    )
    key = _initial("state", profile.state)
    st.selectbox(
        t("profile.state", lang),
        STATES,
        index=None,
        key=key,
        format_func=lambda s: t("state." + s, lang),
        placeholder=t("profile.choose", lang),
        on_change=_saver(key, "state", on_change),
    )
    key = _initial("respondent_role", profile.respondent_role or "")
    st.text_input(
        t("profile.role", lang),
        key=key,
        placeholder=t("profile.role_placeholder", lang),
        on_change=_limited_saver(key, "respondent_role", on_change),
    )
    cut_notice(key, TEXT_MAX_CHARS, lang)
    _date_field(profile, lang, on_change)
