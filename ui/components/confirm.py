"""A two-step button for actions that discard something: ask first, act on the second click."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ..i18n import t


def _set(flag: str, value: bool) -> None:
    st.session_state[flag] = value


def _confirmed(flag: str, action: Callable[[], None]) -> None:
    st.session_state[flag] = False
    action()


def confirm_button(
    key: str,
    label: str,
    question: str,
    confirm_label: str,
    on_confirm: Callable[[], None],
    lang: str,
    icon: str | None = None,
) -> None:
    """Show `label`; after a click, ask `question` with confirm and cancel buttons."""
    flag = f"{key}.pending"
    if not st.session_state.get(flag):
        st.button(label, key=key, icon=icon, on_click=_set, args=(flag, True))
        return
    confirm_box(key, question, confirm_label, on_confirm, lang)


def ask(key: str) -> None:
    """Open the question of `key` (shown by confirm_box on the next run)."""
    st.session_state[f"{key}.pending"] = True


def confirm_box(
    key: str,
    question: str,
    confirm_label: str,
    on_confirm: Callable[[], None],
    lang: str,
) -> None:
    """While the question of `key` is open: the question with confirm and cancel buttons."""
    flag = f"{key}.pending"
    if not st.session_state.get(flag):
        return
    with st.container(border=True):
        st.warning(question, icon=":material/warning:")
        yes, no = st.columns(2)
        yes.button(
            confirm_label,
            key=f"{key}.yes",
            type="primary",
            width="stretch",
            on_click=_confirmed,
            args=(flag, on_confirm),
        )
        no.button(
            t("common.cancel", lang),
            key=f"{key}.no",
            width="stretch",
            on_click=_set,
            args=(flag, False),
        )
