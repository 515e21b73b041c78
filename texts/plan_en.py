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
    "roadmap_later": "later",
    "roadmap_sheet": "Roadmap",
    "priority_critical": "critical",
    "priority_high": "high",
    "priority_medium": "medium",
    "priority_low": "low",
}
