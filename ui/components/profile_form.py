"""The profile of the administration; each field is saved through a callback when changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import streamlit as st

from questionnaire import KINDS, STATES, Profile

from ..i18n import t
from ..limits import cut_notice, cut_to

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


def shown_day(value: str | None, lang: str) -> str:
    """A saved ISO date as the field shows it ("04.12.2026" in German, ISO in English)."""
    try:
        day = date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return ""
    if day is None:
        return ""
    return day.strftime("%d.%m.%Y") if lang == "de" else day.isoformat()


def read_day(text: str) -> date | None:
    """A typed date, "4.12.2026" or "2026-12-04"; None when it is no date."""
    text = text.strip()
    try:
        if "." in text:
            day, month, year = (int(part) for part in text.split("."))
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        return None


def _date_field(profile: Profile, lang: str, on_change: SaveField) -> None:
    # A text field, not st.date_input: its calendar speaks English only ("December", "S M T").
    key = _initial("date", shown_day(profile.date, lang))
    invalid_key = key + ".invalid"

    def changed() -> None:
        text = (st.session_state[key] or "").strip()
        day = read_day(text) if text else None
        st.session_state[invalid_key] = bool(text) and day is None
        if not st.session_state[invalid_key]:
            on_change("date", day.isoformat() if day else None)

    st.text_input(
        t("profile.date", lang),
        key=key,
        placeholder=t("profile.date_placeholder", lang),
        on_change=changed,
    )
    if st.session_state.get(invalid_key):
        st.error(t("profile.date_invalid", lang), icon=":material/event_busy:")


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
