"""German texts of the plan documents: strategy draft, roadmap, council summary, templates."""

TEXTS = {
    "organisation": "Verwaltung",
    "rechtsstand": "Rechtsstand",
    "references": "Rechtsgrundlagen",
    "decide": "Zu entscheiden:",
    "template_footer": "Vorlage aus dem KI-Readiness-Check, an die eigene Verwaltung anzupassen",
    "pack_readme": (
        "Vorlagenpaket für {org}\n\nDiese Dokumente sind Entwürfe zum Anpassen. Markierte "
        "Stellen („Zu entscheiden:“) entscheidet die Verwaltung selbst. Rechtsstand: {date}. "
        "Die Texte sind eine erste Orientierung und keine Rechtsberatung.\n"
    ),
    "no_organisation": "(Name der Verwaltung)",
    "roadmap_title": "Titel",
    "roadmap_description": "Beschreibung",
    "roadmap_owner": "Zuständig",
    "roadmap_start": "Beginn",
    "roadmap_due": "Fällig",
    "roadmap_priority": "Priorität",
    "roadmap_depends_on": "Hängt ab von",
    "roadmap_quarter": "Quartal",
    "roadmap_later": "später",
    "roadmap_sheet": "Fahrplan",
    "priority_critical": "kritisch",
    "priority_high": "hoch",
    "priority_medium": "mittel",
    "priority_low": "niedrig",
    "draft_of": "Entwurf vom",
    "strategy_footer": "Entwurf der KI-Strategie",
    "overall_level": "Gesamtstufe",
    "field": "Angabe",
    "value": "Wert",
    "dimension": "Handlungsfeld",
    "level_now": "Stufe heute",
    "level_target": "Zielstufe",
    "duty": "Pflicht",
    "duty_status": "Stand",
    "duty_reference": "Rechtsgrundlage",
    "no_targets": "Für kein Handlungsfeld ist eine Zielstufe gesetzt. Legen Sie Zielstufen fest.",
    "not_answered": "In der Selbsteinschätzung nicht beantwortet.",
    "no_use_cases": (
        "Noch keine Anwendungsfälle ausgewählt. Wählen Sie im Anwendungsfall-Navigator die "
        "ersten aus."
    ),
    "use_case": "Anwendungsfall",
    "use_case_status": "Stand",
    "use_case_class": "Einstufung nach KI-VO",
    "no_measures": "Es sind keine Maßnahmen abgeleitet.",
}
