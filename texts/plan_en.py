"""English texts of the plan documents: strategy draft, roadmap, council summary, templates."""

TEXTS = {
    "organisation": "Administration",
    "rechtsstand": "Legal status as of",
    "references": "Legal basis",
    "decide": "To decide:",
    "template_footer": "Template from the KI-Readiness-Check, to adapt to your administration",
    "pack_readme": (
        "Template pack for {org}\n\nThese documents are drafts to adapt. Marked places "
        '("To decide:") are for the administration to decide. Legal status as of {date}. '
        "The texts are a first orientation, not legal advice.\n"
    ),
    "no_organisation": "(name of the administration)",
    "roadmap_title": "Title",
    "roadmap_description": "Description",
    "roadmap_owner": "Owner",
    "roadmap_start": "Start",
    "roadmap_due": "Due",
    "roadmap_priority": "Priority",
    "roadmap_depends_on": "Depends on",
    "roadmap_quarter": "Quarter",
    "roadmap_number": "No.",
    "roadmap_later": "later",
    "roadmap_sheet": "Roadmap",
    "priority_critical": "critical",
    "priority_high": "high",
    "priority_medium": "medium",
    "priority_low": "low",
    "draft_of": "Draft of",
    "strategy_footer": "Draft AI strategy",
    "overall_level": "Overall level",
    "field": "Item",
    "value": "Value",
    "dimension": "Area",
    "level_now": "Level today",
    "level_target": "Target level",
    "duty": "Duty",
    "duty_status": "Status",
    "duty_reference": "Legal basis",
    "no_targets": "No target level is set for any area. Set target levels.",
    "not_answered": "Not answered in the self-assessment.",
    "no_use_cases": "No use cases chosen yet. Choose the first ones in the use-case navigator.",
    "use_case": "Use case",
    "use_case_status": "Status",
    "use_case_class": "AI Act class",
    "no_measures": "No measures were derived.",
    "summary_title": "AI readiness – summary for the council",
    "summary_subtitle": "Result of the self-assessment of {date}",
    "rechtsstand_stale": (
        "Note: the legal status ({date}) is more than six months old. Check deadlines and "
        "duties before deciding."
    ),
    "summary_where": "Where the administration stands",
    "summary_duties": "Legal duties",
    "summary_first_steps": "First steps",
    "summary_use_cases": "Chosen use cases",
    "summary_roadmap": "Roadmap at a glance",
    "summary_resolution": "Proposed resolution",
    "draft_mark": "DRAFT",
    "and_more": "and {count} more (see the strategy draft)",
    "and_more_steps": "and {count} more",
    "resolution_intro": "The council or the responsible committee resolves:",
    "resolution_take_note": (
        "The council takes note of the result of the AI readiness self-assessment."
    ),
    "resolution_duties": (
        "The administration secures the legal duties shown as open or unclear first, and "
        "reports on them."
    ),
    "resolution_first_steps": "The administration carries out the first steps named.",
    "resolution_strategy": (
        "The administration presents a draft AI strategy based on the roadmap for deliberation."
    ),
    "resolution_report": "The administration reports on progress after twelve months.",
    "level_named": "Level {level} – {name}",
    "respondent_role": "Completed by (role)",
    "steps": "Steps",
    "step_count": "{count}",
    "page_title": "Roadmap and strategy",
    "page_intro": (
        "From your result, this page builds a roadmap for the next twelve months, a two-page "
        "summary for the council, a strategy draft to edit, and templates small "
        "administrations often lack. Changes to the roadmap are saved at once."
    ),
    "documents_heading": "Documents",
    "summary_docx": "Summary (Word)",
    "strategy_docx": "Strategy draft (Word)",
    "roadmap_csv": "Roadmap (CSV)",
    "roadmap_xlsx": "Roadmap (Excel)",
    "templates_zip": "All templates (ZIP)",
    "templates_single": "Single templates",
    "full_report_hint": 'The full report and the raw data are under "Export".',
    "roadmap_heading": "Roadmap for the next twelve months",
    "roadmap_explain": (
        "The steps are spread over the months by urgency, effort and dependencies; critical "
        "steps start at once, and no more than four effort points start in one month."
    ),
    "chart_alt": "Timeline of the roadmap: {count} steps; the table below holds the same data.",
    "table_heading": "Roadmap as a table",
    "edit_heading": "Move a step or change its owner",
    "edit_step": "Step",
    "edit_month": "Start",
    "edit_owner": "Owner",
    "edit_reset": "Undo the change",
    "edit_moved": "moved",
    "month_later": "after the twelve months",
    "conflict": '"{step}" starts before "{before}", which it waits for.',
    "no_steps": "Your answers lead to no steps.",
    "triage_open": "classification still open",
    "pilot_step": "Start the pilot: {name}",
    "applies_later": ", from {date}",
    "applies_since": ", since {date}",
}
