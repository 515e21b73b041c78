"""The colour-blind-safe palette shared by the app's plotly charts and the report's SVG charts.

Colours from the Okabe–Ito set, which stays distinguishable with the common colour-vision
deficiencies; series also differ by line style so that colour is never the only cue.
"""

CURRENT = "#0072B2"  # blue: the current profile (solid line)
TARGET = "#D55E00"  # vermillion: the target profile (dashed line)
PREVIOUS = "#6F6F6F"  # grey: an earlier assessment (dotted line)
GROUP_BAND = "#56B4E9"  # sky blue: the group's min–max band (filled, translucent)
PARTICIPANT = "#CC79A7"  # reddish purple: one participant beside the group
# The marker shape of each series, the same in the app (plotly symbol names) and in the PDF.
MARKERS = {"current": "circle", "target": "diamond", "previous": "square"}
TEXT = "#1A1A1A"
GRID = "#C8CED6"
# Light backgrounds for the five maturity-level bands of bar charts, lowest first.
LEVEL_BANDS = ("#F3F4F6", "#E5E9F0", "#D7DEE9", "#C9D3E2", "#BBC8DB")
# Cells of a distribution heatmap (participants per step), from none to most; one hue, so the
# order reads the same with every colour-vision deficiency. The last needs white text.
HEAT = ("#FFFFFF", "#DCEAF5", "#A9CCE6", "#5E9FCF", "#0072B2")
