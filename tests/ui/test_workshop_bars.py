"""The presentation's count bars: wrapped to their label column, and a discussion prompt of the
shipped questionnaire fits the projector's screen in both languages."""

from __future__ import annotations

import pytest

from questionnaire import DEFAULT_QUESTIONNAIRE, load_questionnaire, localized
from ui.components.workshop_present import (
    BAR_SCALE,
    PROMPT_CHART_PX,
    PROMPT_LABEL_PX,
    PROMPT_MIN_SCALE,
)
from ui.workshop.bars import bars_height, count_bars, fitting_scale, wrapped_labels

SENTENCE = (
    "Es gibt eine beschlossene Regel, welche KI-Ergebnisse in Entscheidungen einfließen dürfen, "
    "und jede Entscheidung wird von einer zuständigen Person geprüft und verantwortet."
)


def test_short_labels_keep_the_largest_scale():
    labels = [f"Stufe {n}" for n in range(1, 6)]

    assert fitting_scale(labels, PROMPT_CHART_PX, BAR_SCALE, PROMPT_MIN_SCALE) == BAR_SCALE


def test_long_labels_get_the_largest_scale_that_fits_and_not_a_smaller_one():
    labels = [SENTENCE] * 5

    scale = fitting_scale(labels, 700, BAR_SCALE, 1.0, PROMPT_LABEL_PX)

    assert 1.0 < scale < BAR_SCALE
    assert bars_height(labels, scale, PROMPT_LABEL_PX) <= 700
    assert bars_height(labels, round(scale + 0.1, 1), PROMPT_LABEL_PX) > 700


def test_when_nothing_fits_the_smallest_scale_is_used():
    assert fitting_scale([SENTENCE] * 40, 300, BAR_SCALE, PROMPT_MIN_SCALE) == PROMPT_MIN_SCALE


def test_a_smaller_scale_puts_more_words_on_a_line():
    large, small = wrapped_labels([SENTENCE], 2.4), wrapped_labels([SENTENCE], 1.5)

    assert small[0].count("<br>") < large[0].count("<br>")
    assert small[0].replace("<br>", " ") == large[0].replace("<br>", " ") == SENTENCE


def test_the_figure_has_the_height_it_was_planned_with_and_readable_counts():
    labels = [SENTENCE, "Weiß nicht"]

    figure = count_bars(labels, [3, 1], 1.5, PROMPT_LABEL_PX)

    assert figure.layout.height == bars_height(labels, 1.5, PROMPT_LABEL_PX)
    assert figure.data[0].textfont.size >= 28
    assert list(figure.data[0].x) == [3, 1]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_discussion_prompt_of_the_shipped_questionnaire_fits_the_projector(lang):
    questionnaire = load_questionnaire(DEFAULT_QUESTIONNAIRE)
    for question in questionnaire.questions().values():
        labels = [localized(option.label, lang) for option in question.options]
        scale = fitting_scale(labels, PROMPT_CHART_PX, BAR_SCALE, PROMPT_MIN_SCALE, PROMPT_LABEL_PX)
        height = bars_height(labels, scale, PROMPT_LABEL_PX)
        assert height <= PROMPT_CHART_PX, f"{question.id} ({lang}): {height} px at {scale}"
