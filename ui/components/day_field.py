"""A date typed as text in the UI language's own form ("4.12.2026" in German, ISO in English).

Not st.date_input: its calendar names months and days in the browser's language whatever the
page's language ("December" in the German UI), and its parts need names of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import streamlit as st

from ..i18n import t


def shown_day(value: date | str | None, lang: str) -> str:
    """A date (or an ISO date string) as the field shows it: "04.12.2026" in German, ISO in
    English; empty for none or for a string that is no date."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return ""
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()


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


def day_field(
    label: str,
    key: str,
    value: date | str | None,
    lang: str,
    on_change: Callable[[date | None], None],
    container=st,
) -> None:
    """A text field for one date, in `container`; a typed date (or an emptied field) goes to
    `on_change`, something else gets a message under the field and is not saved."""
    if key not in st.session_state:
        st.session_state[key] = shown_day(value, lang)
    invalid_key = key + ".invalid"

    def changed() -> None:
        text = (st.session_state[key] or "").strip()
        day = read_day(text) if text else None
        st.session_state[invalid_key] = bool(text) and day is None
        if not st.session_state[invalid_key]:
            on_change(day)

    container.text_input(
        label, key=key, placeholder=t("day_field.placeholder", lang), on_change=changed
    )
    if st.session_state.get(invalid_key):
        container.error(t("day_field.invalid", lang), icon=":material/event_busy:")
