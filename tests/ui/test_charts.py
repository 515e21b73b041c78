"""The plotly figures: valid specs, the right series, level rings and bands."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import plotly.graph_objects as go

from reports import ChartData, ChartSeries, palette, render_svg_radar
from scoring import score
from ui import charts


def validated(figure: go.Figure) -> dict:
    """The figure's spec after plotly's full property validation (the app skips it)."""
    return go.Figure(figure.to_dict()).to_dict()


def test_the_radar_has_one_closed_scatterpolar_line_per_series(sample, example_answers):
    result = score(sample, example_answers)
    series = [
        charts.score_series("Aktuell", result),
        charts.target_series("Ziel", sample, example_answers.targets),
    ]
    spec = validated(charts.radar_figure(sample, series, "de"))

    current, target = spec["data"]
    assert current["type"] == target["type"] == "scatterpolar"
    assert current["r"] == [91.7, 16.7, 37.5, 91.7]  # closed: the first point repeats
    assert current["theta"][0] == current["theta"][-1] == "Strategie"
    # Targets strategy 5 and law 3 sit where those levels begin; skills has none.
    assert target["r"] == [80.0, 40.0, None, 80.0]
    assert target["line"]["dash"] == "dash" and target["line"]["color"] == palette.TARGET


def test_the_radar_rings_are_the_level_thresholds(sample, example_answers):
    result = score(sample, example_answers)
    spec = validated(charts.radar_figure(sample, [charts.score_series("A", result)], "en"))
    axis = spec["layout"]["polar"]["radialaxis"]
    assert axis["tickvals"] == [0, 20, 40, 60, 80]
    assert axis["ticktext"] == ["1", "2", "3", "4", "5"]
    assert spec["data"][0]["theta"][:3] == ["Strategy", "Law", "Skills"]


def test_the_bars_show_each_score_over_one_band_per_level(sample, example_answers):
    result = score(sample, example_answers)
    texts = ["91,7", "16,7", "37,5"]
    spec = validated(charts.bar_figure(sample, result, "de", texts, "Ziel"))

    bars, targets = spec["data"]
    assert bars["x"] == [91.7, 16.7, 37.5] and bars["text"] == texts
    assert [s["x0"] for s in spec["layout"]["shapes"]] == [0, 20, 40, 60, 80]
    assert targets["name"] == "Ziel" and targets["x"] == [80, 40]


def test_long_dimension_names_are_wrapped_for_small_screens():
    assert charts.wrap("Strategie und Ziele", 12) == "Strategie<br>und Ziele"
    assert charts.wrap("Recht", 12) == "Recht"
    assert charts.wrap("Daten und IT-Infrastruktur", 30) == "Daten und IT-Infrastruktur"


def test_long_german_compounds_break_at_a_joint_or_before_a_suffix():
    assert charts.wrap("Veränderungskultur", 12) == "Veränderungs-<br>kultur"
    assert charts.wrap("Verantwortlichkeiten und Steuerung", 12) == (
        "Verantwortlich-<br>keiten und<br>Steuerung"
    )
    assert charts.wrap("Weiterbildung", 12) == "Weiterbildung"  # no joint: stays whole


SVG_SHAPES = {"circle": "circle", "rect": "square", "polygon": "diamond"}
ROLE_OF_COLOUR = {
    palette.CURRENT: "current",
    palette.TARGET: "target",
    palette.PREVIOUS: "previous",
}
SHAPES = {"current": "circle", "target": "diamond", "previous": "square"}


def pdf_markers(svg: str) -> dict[str, set[str]]:
    """Marker shapes per series in a report SVG, the series told by its colour."""
    found: dict[str, set[str]] = {}
    for element in ET.fromstring(svg).iter():
        shape = SVG_SHAPES.get(element.tag.rsplit("}", 1)[-1])
        fill = element.get("fill")
        colour = element.get("stroke") if fill in (None, "none", "#FFFFFF") else fill
        if shape and colour in ROLE_OF_COLOUR:
            found.setdefault(ROLE_OF_COLOUR[colour], set()).add(shape)
    return found


def test_the_app_and_the_pdf_mark_each_series_with_the_same_shape(sample, example_answers):
    result = score(sample, example_answers)
    series = [
        charts.score_series("Aktuell", result),
        charts.target_series("Ziel", sample, example_answers.targets),
        charts.score_series("Vorher", result, "previous"),
    ]
    spec = validated(charts.radar_figure(sample, series, "de"))
    app = {trace["name"]: trace["marker"]["symbol"] for trace in spec["data"]}
    assert app == {
        "Aktuell": SHAPES["current"],
        "Ziel": SHAPES["target"],
        "Vorher": SHAPES["previous"],
    }

    pdf = render_svg_radar(
        ChartData(
            ("A", "B", "C"),
            tuple(
                ChartSeries(name, (20.0, 50.0, 80.0), kind)
                for name, kind in (
                    ("Aktuell", "current"),
                    ("Ziel", "target"),
                    ("Vorher", "previous"),
                )
            ),
            None,
            None,
            tuple((lv.min_score, lv.name["de"]) for lv in sample.levels),
            {"radar_title": "Profil", "desc": "Profil", "none": "–", "dash": "–"},
            ",",
        )
    )
    assert pdf_markers(pdf) == {
        "current": {"circle"},
        "target": {"diamond"},
        "previous": {"square"},
    }


def test_a_roadmap_label_shows_a_whole_title_on_two_lines_and_escapes_a_pilots_name():
    from questionnaire import default_questionnaire_path, load_questionnaire
    from ui.roadmap_chart import _label

    shipped = load_questionnaire(default_questionnaire_path())
    for rec in (r for d in shipped.dimensions for r in d.recommendations):
        for lang in ("de", "en"):
            label = _label(f"99. {rec.title[lang]}")
            assert label.count("<br>") <= 1 and "…" not in label
            assert label.replace("<br>", " ") == f"99. {rec.title[lang]}"
    hostile = _label("1. <b>Chatbot</b> " + "Langer Name " * 10)
    assert "<b>" not in hostile and "&lt;b&gt;" in hostile and hostile.endswith("…")
