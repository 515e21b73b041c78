"""Target levels per dimension, set with sliders and saved through a callback."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from questionnaire import Questionnaire, localized

from ..i18n import t

SaveTarget = Callable[[str, int | None], None]
NO_TARGET = 0


def target_key(dimension_id: str) -> str:
    """The session-state key of a dimension's target slider."""
    return f"target.{dimension_id}"


def target_sliders(
    questionnaire: Questionnaire, targets: dict[str, int], lang: str, on_target: SaveTarget
) -> None:
    """One slider per dimension from "no target" to the top level."""
    options = list(range(NO_TARGET, len(questionnaire.levels) + 1))

    def label(level: int) -> str:
        if level == NO_TARGET:
            return t("targets.none", lang)
        return f"{level} – {questionnaire.level_name(level, lang)}"

    for dimension in questionnaire.dimensions:
        key = target_key(dimension.id)
        if key not in st.session_state:
            st.session_state[key] = targets.get(dimension.id, NO_TARGET)

        def changed(did: str = dimension.id, k: str = key) -> None:
            level = st.session_state[k]
            on_target(did, None if level == NO_TARGET else level)

        st.select_slider(
            localized(dimension.name, lang), options, format_func=label, key=key, on_change=changed
        )
