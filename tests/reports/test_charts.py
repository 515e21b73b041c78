"""The SVG charts: well-formed, accessible, every series told apart without colour."""

import xml.etree.ElementTree as ET

from reports import ChartData, ChartSeries, render_svg_bars, render_svg_radar
from reports.palette import CURRENT, GROUP_BAND, PREVIOUS, TARGET

SVG = "{http://www.w3.org/2000/svg}"
LEVELS = ((0.0, "Nicht begonnen"), (20.0, "Erkundend"), (40.0, "Strukturiert"),
          (60.0, "Gesteuert"), (80.0, "Vorreiter"))  # fmt: skip


def chart(axes=("A", "B", "C", "D"), values=(10.0, 50.0, None, 90.0), band=None, extra=()):
    series = (ChartSeries("Aktuell", tuple(values), "current"), *extra)
    labels = {"radar_title": "Profil", "bars_title": "Balken", "desc": "Beschreibung <&>",
              "none": "zu wenige Antworten", "dash": "–"}  # fmt: skip
    return ChartData(tuple(axes), series, band, "Spannweite" if band else None, LEVELS, labels, ",")


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def strokes(root: ET.Element) -> dict[str, set]:
    """Dash pattern per stroke colour of every line-like element."""
    found: dict[str, set] = {}
    for element in root.iter():
        if element.get("stroke") and element.tag in (f"{SVG}polyline", f"{SVG}line"):
            found.setdefault(element.get("stroke"), set()).add(element.get("stroke-dasharray"))
    return found


def test_the_radar_is_well_formed_svg_with_a_title_and_a_description_for_screen_readers():
    root = parse(render_svg_radar(chart()))
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title.text == "Profil" and desc.text == "Beschreibung <&>"
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"


def test_the_bar_chart_is_well_formed_svg_with_a_title_and_a_description():
    root = parse(render_svg_bars(chart()))
    assert root.find(f"{SVG}title").text == "Balken"
    assert root.find(f"{SVG}desc").text == "Beschreibung <&>"


def test_current_target_and_earlier_lines_differ_in_dash_pattern_not_only_in_colour():
    target = ChartSeries("Ziel", (40.0, 60.0, 60.0, 80.0), "target")
    previous = ChartSeries("Früher", (5.0, 30.0, 20.0, 70.0), "previous")
    found = strokes(parse(render_svg_radar(chart(extra=(target, previous)))))
    dashes = [found[CURRENT], found[TARGET], found[PREVIOUS]]
    assert None in dashes[0]
    assert all(None not in d for d in dashes[1:]) and dashes[1] != dashes[2]


def test_a_dimension_without_score_interrupts_the_radar_line_instead_of_drawing_zero():
    root = parse(render_svg_radar(chart(values=(10.0, 50.0, None, 90.0))))
    lines = [p for p in root.iter(f"{SVG}polyline") if p.get("stroke") == CURRENT]
    assert [len(p.get("points").split()) for p in lines] == [2, 1]


def test_the_group_band_is_drawn_as_a_filled_area_between_minimum_and_maximum():
    band = ((5.0, 20.0), (30.0, 70.0), (10.0, 40.0), (60.0, 95.0))
    root = parse(render_svg_radar(chart(band=band)))
    areas = [p for p in root.iter(f"{SVG}path") if p.get("fill") == GROUP_BAND]
    assert len(areas) == 1 and areas[0].get("fill-rule") == "evenodd"
    assert "Spannweite" in "".join(root.itertext())


def test_a_radar_needs_three_dimensions_while_bars_work_with_one():
    assert render_svg_radar(chart(axes=("A", "B"), values=(1.0, 2.0))) == ""
    assert "A" in "".join(parse(render_svg_bars(chart(axes=("A",), values=(1.0,)))).itertext())


def test_dimension_names_are_escaped_inside_the_svg():
    svg = render_svg_bars(chart(axes=("<b>&", "B", "C", "D")))
    assert "<b>" not in svg
    assert "<b>&" in "".join(parse(svg).itertext())


def test_bars_show_each_score_with_the_decimal_comma_and_a_dash_without_score():
    text = "".join(parse(render_svg_bars(chart(values=(12.34, 50.0, None, 90.0)))).itertext())
    assert "12,3" in text and "50,0" in text and "zu wenige Antworten" in text


def test_a_long_dimension_name_is_wrapped_and_cut_to_two_lines_in_the_bar_chart():
    name = (
        "Fehler-, Innovations- und Veränderungskultur in der gesamten Kreisverwaltung und darüber"
    )
    root = parse(render_svg_bars(chart(axes=(name, "B", "C", "D"))))
    label = next(t for t in root.iter(f"{SVG}text") if "Fehler-," in "".join(t.itertext()))
    assert len(label.findall(f"{SVG}tspan")) == 2


def test_the_shipped_dimension_names_are_never_cut_in_the_radar():
    # The English PDF showed "Culture of error, innovation and…" (issue 10, item 17).
    from questionnaire import default_questionnaire_path, load_questionnaire, localized

    questionnaire = load_questionnaire(default_questionnaire_path())
    for lang in ("de", "en"):
        names = tuple(localized(d.name, lang) for d in questionnaire.dimensions)
        root = parse(render_svg_radar(chart(axes=names, values=(50.0,) * len(names))))
        shown = "".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
        assert "…" not in shown
        for name in names:
            assert all(word in shown for word in name.split())
