"""Choose between Kurzcheck and Vollcheck; answers given so far are kept either way."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ..i18n import t

KEY = "settings.mode"
MODES = ("short", "full")


def mode_choice(mode: str, lang: str, on_change: Callable[[str], None]) -> None:
    """A two-way switch of the assessment's scope, saved through `on_change`."""
    if KEY not in st.session_state:
        st.session_state[KEY] = mode

    def changed() -> None:
        on_change(st.session_state[KEY])

    st.segmented_control(
        t("mode.label", lang),
        MODES,
        key=KEY,
        required=True,
        format_func=lambda m: t("mode." + m, lang),
        on_change=changed,
    )
    st.caption(t("mode.explain", lang))
