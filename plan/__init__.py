"""Pure planning: the 12-month roadmap and the texts of the strategy draft and templates.

No Streamlit, no database, no I/O but the one loader of its text blocks.
"""

from .roadmap import CAPACITY, HORIZON, Edit, Roadmap, Scheduled, Step, ready_after, schedule

__all__ = [
    "CAPACITY",
    "HORIZON",
    "Edit",
    "Roadmap",
    "Scheduled",
    "Step",
    "ready_after",
    "schedule",
]
