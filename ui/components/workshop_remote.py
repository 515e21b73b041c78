"""The presentation for the projector: its link, and previous/next from the dashboard."""

from __future__ import annotations

import streamlit as st

from questionnaire import Questionnaire
from storage import Workshop

from ..i18n import t
from ..links import app_url
from ..workshop import access, actions
from ..workshop.content import workshop_questionnaire
from ..workshop.links import PRESENT_PATH
from ..workshop.steps import clamp, label, steps


def presentation_url(workshop: Workshop, lang: str) -> str:
    """The projector's link: code and view-only key, never the host token."""
    return app_url(
        PRESENT_PATH,
        **{
            access.CODE_PARAM: workshop.code,
            access.PRESENT_KEY_PARAM: access.presentation_key(workshop),
            access.LANG_PARAM: lang,
        },
    )


REFRESH_SECONDS = 1.5  # the dashboard's step follows the projector's within this time


def step_buttons(
    workshop: Workshop,
    questionnaire: Questionnaire,
    lang: str,
    key_prefix: str,
    stacked: bool = False,
) -> None:
    """Previous, the current step's name, next (side by side, or `stacked` for a narrow
    column); the projector follows within seconds. The buttons move from the stored step."""
    all_steps = steps(questionnaire, workshop.mode)
    position = clamp(workshop.presentation_step, len(all_steps))
    if stacked:
        middle = st.container()
        back, forward = st.columns(2)
    else:
        back, middle, forward = st.columns([1, 2, 1], vertical_alignment="center")
    back.button(
        t("nav.previous", lang),
        key=f"{key_prefix}.previous",
        icon=":material/arrow_back:",
        disabled=position == 0,
        on_click=actions.step_presentation,
        args=(workshop, questionnaire, -1),
        width="stretch",
    )
    middle.markdown(
        t(
            "present.position",
            lang,
            number=position + 1,
            count=len(all_steps),
            name=label(all_steps[position], questionnaire, lang),
        )
    )
    forward.button(
        t("nav.next", lang),
        key=f"{key_prefix}.next",
        type="primary",
        icon=":material/arrow_forward:",
        icon_position="right",
        disabled=position == len(all_steps) - 1,
        on_click=actions.step_presentation,
        args=(workshop, questionnaire, 1),
        width="stretch",
    )


def remote(workshop: Workshop, questionnaire: Questionnaire, lang: str) -> None:
    """Open the presentation in a new tab, and step through it from here."""
    st.link_button(
        t("host.present_open", lang),
        presentation_url(workshop, lang),
        icon=":material/present_to_all:",
        type="primary",
    )
    st.caption(t("host.present_explain", lang))
    remote_steps(workshop.host_token, lang)


@st.fragment(run_every=REFRESH_SECONDS)
def remote_steps(host_token: str, lang: str) -> None:
    """The dashboard's step buttons, re-read from the database on every refresh, so a step
    taken on the projector shows here without a click."""
    workshop = actions.by_host_token(host_token)
    questionnaire = workshop_questionnaire(workshop) if workshop else None
    if workshop is None or questionnaire is None:
        return
    # Stacked: side by side, the dashboard's narrow column cut the labels ("Zur…", "Wei…").
    step_buttons(workshop, questionnaire, lang, "workshop_remote", stacked=True)
