"""Pure planning: the 12-month roadmap and the texts of the strategy draft and templates.

No Streamlit, no database, no I/O but the one loader of its text blocks.
"""

from .roadmap import CAPACITY, HORIZON, Edit, Roadmap, Scheduled, Step, ready_after, schedule
from .templates import TemplatePack, load_templates, template_document

__all__ = [
    "CAPACITY",
    "HORIZON",
    "Edit",
    "Roadmap",
    "Scheduled",
    "Step",
    "TemplatePack",
    "load_templates",
    "ready_after",
    "schedule",
    "template_document",
]
