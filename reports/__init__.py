"""Pure reports: result -> Report -> HTML / PDF / CSV / XLSX bytes; static SVG charts.

No Streamlit, no database, no I/O.
"""
