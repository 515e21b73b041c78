"""Pure planning: the 12-month roadmap, the group's consensus answers, and the documents built
from an assessment (strategy draft, council summary contents, template pack) as plain models.

No Streamlit, no database, no I/O but the loaders of its data files (plan/data/).
"""

from .consensus import consensus_answers
from .document import Document
from .facts import DimensionFact, DutyFact, Facts, StepFact, UseCaseFact
from .roadmap import CAPACITY, HORIZON, Edit, Roadmap, Scheduled, Step, ready_after, schedule
from .steps import Pilot, load_dependencies, roadmap_steps
from .strategy import load_strategy_text, strategy_document
from .templates import TemplatePack, load_templates, template_document

__all__ = [
    "CAPACITY",
    "HORIZON",
    "DimensionFact",
    "Document",
    "DutyFact",
    "Edit",
    "Facts",
    "Pilot",
    "Roadmap",
    "Scheduled",
    "Step",
    "StepFact",
    "TemplatePack",
    "UseCaseFact",
    "consensus_answers",
    "load_dependencies",
    "load_strategy_text",
    "load_templates",
    "ready_after",
    "roadmap_steps",
    "schedule",
    "strategy_document",
    "template_document",
]
