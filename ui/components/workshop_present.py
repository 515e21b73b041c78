"""The projector view: large type, no sidebar, one step at a time, following the database."""

from __future__ import annotations

import streamlit as st

from questionnaire import Questionnaire, localized
from scoring import GroupResult
from storage import Workshop, WorkshopProgress

from ..format import number, plain
from ..i18n import t
from ..workshop import actions, formatted
from ..workshop.bars import count_bars, fitting_scale
from ..workshop.content import workshop_questionnaire
from ..workshop.steps import Step, clamp, steps
from .result_charts import PLOTLY_CONFIG
from .workshop_join_info import code_block, join_address, qr_image
from .workshop_remote import step_buttons
from .workshop_results import group_radar

REFRESH_SECONDS = 2
SCALE = 2.0  # chart text at twice the app's size: readable from 8 m on a 1920x1080 projector
BAR_SCALE = 2.4  # bar labels at about 31 pixels
# A discussion prompt's options are whole sentences: at BAR_SCALE their bars ran 1300 to 2200
# pixels high, far below the fold. They get a wider label column and the largest scale at which
# the bars fit under the title and the question (down to labels of about 20 pixels).
PROMPT_CHART_PX = 700
PROMPT_LABEL_PX = 880
PROMPT_MIN_SCALE = 1.5
# What is left of 1080 pixels under the title and the legend line. The legend is a line of
# text above the chart: inside the figure, plotly put it over the label of the right-hand axis.
RADAR_LAYOUT = {
    "height": 820,
    # Room for the axis labels above the top and below the bottom spoke (up to three lines).
    "margin": {"l": 180, "r": 180, "t": 100, "b": 110},
    "showlegend": False,
}
# Static CSS (no user data): no sidebar, no header, large type; sizes for 1920x1080 at 8 m.
STYLE = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] {
  display: none !important;
}
[data-testid="stMainBlockContainer"] {
  max-width: 100% !important; padding: 1.5rem 3rem 1rem 3rem !important;
}
[data-testid="stMain"] p, [data-testid="stMain"] li {
  font-size: 34px !important; line-height: 1.3;
}
[data-testid="stMain"] h1 { font-size: 64px !important; line-height: 1.1; }
[data-testid="stMain"] h2 { font-size: 52px !important; line-height: 1.15; }
[data-testid="stMain"] h3 { font-size: 44px !important; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] p { font-size: 28px !important; }
[data-testid="stMain"] [data-testid="stMetricValue"] p {
  font-size: 160px !important; line-height: 1.1; font-weight: 700;
}
[data-testid="stMetricLabel"] p { font-size: 40px !important; }
[data-testid="stMain"] button { min-height: 72px; }
[data-testid="stMain"] button p { font-size: 30px !important; }
.kirc-code-label { font-size: 34px; color: #111111; }
</style>"""


def presentation_style() -> None:
    """Apply the projector's stylesheet (a constant)."""
    st.html(STYLE)


@st.fragment(run_every=REFRESH_SECONDS)
def presentation(code: str, key: str, lang: str) -> None:
    """The current step of the presentation, re-read (and the key checked) on every refresh."""
    workshop = actions.by_presentation_key(code, key)
    questionnaire = workshop_questionnaire(workshop) if workshop else None
    if workshop is None or questionnaire is None:
        st.header(t("present.gone", lang), anchor=False)
        return
    all_steps = steps(questionnaire, workshop.mode)
    step = all_steps[clamp(workshop.presentation_step, len(all_steps))]
    if step.kind == "join":
        # Full width; the buttons go below (the join screen is short).
        _join_screen(workshop, lang)
        step_buttons(workshop, questionnaire, lang, "present")
        return
    main, side = st.columns([5, 2], gap="large")
    with main:
        _screen(step, workshop, questionnaire, actions.progress(workshop.id), lang)
    with side:
        # The code and QR stay visible for latecomers until the workshop is closed. The
        # buttons always sit at the top of this column: below a chart, a long discussion
        # prompt pushed them off the 1080 pixels.
        if not workshop.closed:
            code_block(workshop, lang, 88)
            qr_image(workshop, lang, 340)
        step_buttons(workshop, questionnaire, lang, "present", stacked=True)
        if not workshop.closed and workshop.revealed and step.kind != "live":
            # The short form of live.batched, under the buttons: the result screens are full.
            st.caption(t("present.batched", lang))


def _join_screen(workshop: Workshop, lang: str) -> None:
    st.title(plain(workshop.title), anchor=False)
    if workshop.closed:
        st.header(t("present.closed", lang), anchor=False)
        return
    left, right = st.columns([3, 2], vertical_alignment="center", gap="large")
    with left:
        st.markdown(t("present.join_how", lang))
        st.markdown(f"**{join_address(lang)}**")
        code_block(workshop, lang, 190)
    with right:
        qr_image(workshop, lang, 560)


def _screen(
    step: Step,
    workshop: Workshop,
    questionnaire: Questionnaire,
    progress: WorkshopProgress,
    lang: str,
) -> None:
    if step.kind == "live":
        st.title(t("present.live_title", lang), anchor=False)
        joined, finished = st.columns(2)
        joined.metric(t("live.joined", lang), progress.joined)
        finished.metric(t("live.finished", lang), progress.finished)
        rows = formatted.dimension_progress(questionnaire, workshop.mode, progress, lang)
        answered, possible = sum(r.answered for r in rows), sum(r.possible for r in rows)
        share = min(1.0, answered / possible) if possible else 0.0
        st.progress(share, text=t("present.answers", lang, answered=answered, possible=possible))
        return
    if not workshop.revealed:
        st.title(t("present.hidden_title", lang), anchor=False)
        st.markdown(t("present.hidden", lang, joined=progress.joined))
        return
    stats = actions.group_result(workshop, questionnaire)
    if step.kind == "radar":
        _radar_screen(stats, lang)
    elif step.kind == "dimension":
        _dimension_screen(stats, step.dimension, lang)
    else:
        _prompt_screen(stats, step.prompt, lang)


def _radar_screen(stats: GroupResult, lang: str) -> None:
    st.title(t("present.radar_title", lang, count=stats.participants), anchor=False)
    if len(stats.questionnaire.dimensions) < 3:
        _dimension_lines(stats, lang)
        return
    band = formatted.band_values(stats) is not None
    st.markdown(t("present.radar_legend_band" if band else "present.radar_legend", lang))
    group_radar(stats, lang, "present.radar", scale=SCALE, layout=RADAR_LAYOUT)


def _dimension_lines(stats: GroupResult, lang: str) -> None:
    for d in stats.dimensions:
        name = localized(stats.questionnaire.dimension(d.id).name, lang)
        st.markdown(f"**{name}**: " + _stats_line(d, lang))


def _stats_line(d, lang: str) -> str:
    s = d.spread
    if s.mean is None:
        return t("group.too_few", lang)
    return t(
        "present.dimension_stats",
        lang,
        mean=number(s.mean, lang),
        range=formatted.range_text(s, lang),
        consensus=formatted.consensus_label(d.consensus, lang),
    )


def _dimension_screen(stats: GroupResult, dimension_id: str, lang: str) -> None:
    q = stats.questionnaire
    d = stats.dimension(dimension_id)
    st.title(localized(q.dimension(dimension_id).name, lang), anchor=False)
    st.markdown(_stats_line(d, lang))
    counts = formatted.level_counts(stats, dimension_id)
    if counts is None:
        st.markdown(t("present.too_few", lang))
        return
    labels = [
        t("present.level_label", lang, level=i, name=q.level_name(i, lang))
        for i in range(1, len(q.levels) + 1)
    ]
    st.markdown(t("present.levels_heading", lang))
    alt = "; ".join(f"{label}: {n}" for label, n in zip(labels, counts, strict=True))
    st.plotly_chart(
        count_bars(labels, counts, BAR_SCALE),
        key="present.levels",
        config=PLOTLY_CONFIG,
        alt=alt,
    )


def _prompt_screen(stats: GroupResult, index: int, lang: str) -> None:
    if index >= len(stats.prompts):
        st.title(t("present.prompt_title", lang, number=index + 1), anchor=False)
        st.markdown(t("present.no_prompt", lang))
        return
    prompt = stats.prompts[index]
    question = stats.questionnaire.questions()[prompt.id]
    st.title(t("present.prompt_title", lang, number=index + 1), anchor=False)
    st.subheader(localized(question.text, lang), anchor=False)
    rows = formatted.distribution_rows(stats.questionnaire, prompt, lang)
    labels, counts = [r[0] for r in rows], [r[1] for r in rows]
    alt = "; ".join(f"{label}: {n}" for label, n in rows)
    scale = fitting_scale(labels, PROMPT_CHART_PX, BAR_SCALE, PROMPT_MIN_SCALE, PROMPT_LABEL_PX)
    st.plotly_chart(
        count_bars(labels, counts, scale, PROMPT_LABEL_PX),
        key="present.prompt",
        config=PLOTLY_CONFIG,
        alt=alt,
    )
    st.caption(t("present.prompt_caption", lang, count=prompt.spread.n, dont_know=prompt.dont_know))
