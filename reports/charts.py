"""Chart input of a report: the series, the band, and a description that names every value."""

from __future__ import annotations

from questionnaire import Questionnaire, localized

from .i18n import Texts
from .model import ChartData, ChartSeries


def chart_data(
    questionnaire: Questionnaire,
    series: list[ChartSeries],
    t: Texts,
    band: tuple | None = None,
    band_name: str | None = None,
) -> ChartData:
    """Chart input with a text description that names every value (for screen readers)."""
    axes = tuple(localized(d.name, t.lang) for d in questionnaire.dimensions)
    levels = tuple((lv.min_score, localized(lv.name, t.lang)) for lv in questionnaire.levels)
    labels = {
        "radar_title": t("radar_title"),
        "bars_title": t("bars_title"),
        "none": t("chart_desc_none"),
        "dash": t("dash"),
    }
    labels["desc"] = _description(axes, series, band, t)
    decimal = "," if t.lang == "de" else "."
    return ChartData(axes, tuple(series), band, band_name, levels, labels, decimal)


def _description(axes, series: list[ChartSeries], band, t: Texts) -> str:
    parts = [t("chart_desc_intro", title=t("radar_title"))]
    for index, name in enumerate(axes):
        bits = []
        for s in series:
            value = s.values[index]
            shown = t.number(value) if value is not None else t("chart_desc_none")
            key = {
                "current": None,
                "target": "chart_desc_target",
                "previous": "chart_desc_previous",
            }[s.role]
            bits.append(t(key, value=shown) if key else shown)
        if band and band[index][0] is not None:
            low, high = band[index]
            bits.append(t("chart_desc_band", low=t.number(low), high=t.number(high)))
        parts.append(t("chart_desc_item", name=name, value=", ".join(bits)) + ".")
    return " ".join(parts)


def target_series(questionnaire: Questionnaire, targets: dict[str, int], t: Texts):
    """The target profile as the lower bound of each target level, or None without targets."""
    if not targets:
        return None
    values = tuple(
        questionnaire.levels[targets[d.id] - 1].min_score if d.id in targets else None
        for d in questionnaire.dimensions
    )
    return ChartSeries(t("legend_target"), values, "target")
