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
    "roadmap_number": "Nr.",
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
    "summary_title": "KI-Bereitschaft – Zusammenfassung für den Rat",
    "summary_subtitle": "Ergebnis der Selbsteinschätzung vom {date}",
    "rechtsstand_stale": (
        "Hinweis: Der Rechtsstand ({date}) ist älter als sechs Monate. Prüfen Sie Fristen und "
        "Pflichten vor einer Entscheidung."
    ),
    "summary_where": "Wo die Verwaltung steht",
    "summary_duties": "Rechtliche Pflichten",
    "summary_first_steps": "Erste Schritte",
    "summary_use_cases": "Ausgewählte Anwendungsfälle",
    "summary_roadmap": "Fahrplan auf einen Blick",
    "summary_resolution": "Beschlussvorschlag",
    "draft_mark": "ENTWURF",
    "and_more": "und {count} weitere (siehe Strategieentwurf)",
    "and_more_steps": "und {count} weitere",
    "resolution_intro": "Der Rat bzw. der zuständige Ausschuss beschließt:",
    "resolution_take_note": (
        "Der Rat nimmt das Ergebnis der Selbsteinschätzung zur KI-Bereitschaft zur Kenntnis."
    ),
    "resolution_duties": (
        "Die Verwaltung stellt die als offen oder unklar ausgewiesenen rechtlichen Pflichten "
        "vorrangig sicher und berichtet darüber."
    ),
    "resolution_first_steps": "Die Verwaltung setzt die genannten ersten Schritte um.",
    "resolution_strategy": (
        "Die Verwaltung legt auf Grundlage des Fahrplans den Entwurf einer KI-Strategie zur "
        "Beratung vor."
    ),
    "resolution_report": "Nach zwölf Monaten berichtet die Verwaltung über den Fortschritt.",
    "level_named": "Stufe {level} – {name}",
    "respondent_role": "Ausgefüllt von (Funktion)",
    "steps": "Schritte",
    "step_count": "{count}",
    "page_title": "Fahrplan und Strategie",
    "page_intro": (
        "Aus Ihrem Ergebnis entstehen hier ein Fahrplan für die nächsten zwölf Monate, eine "
        "zweiseitige Zusammenfassung für den Rat, ein Strategieentwurf zum Bearbeiten und "
        "Vorlagen, die kleinen Verwaltungen oft fehlen. Änderungen am Fahrplan werden sofort "
        "gespeichert."
    ),
    "documents_heading": "Dokumente",
    "summary_docx": "Zusammenfassung (Word)",
    "strategy_docx": "Strategieentwurf (Word)",
    "roadmap_csv": "Fahrplan (CSV)",
    "roadmap_xlsx": "Fahrplan (Excel)",
    "templates_zip": "Alle Vorlagen (ZIP)",
    "templates_single": "Einzelne Vorlagen",
    "full_report_hint": "Den ausführlichen Bericht und die Rohdaten finden Sie unter „Export“.",
    "roadmap_heading": "Fahrplan für die nächsten zwölf Monate",
    "roadmap_explain": (
        "Die Schritte sind nach Dringlichkeit, Aufwand und Abhängigkeiten auf Monate verteilt; "
        "kritische Schritte beginnen sofort, und nicht mehr als vier Aufwandspunkte beginnen "
        "in einem Monat."
    ),
    "chart_alt": (
        "Zeitleiste des Fahrplans: {count} Schritte; die Tabelle darunter enthält dieselben "
        "Angaben."
    ),
    "table_heading": "Fahrplan als Tabelle",
    "edit_heading": "Schritt verschieben oder Zuständigkeit ändern",
    "edit_step": "Schritt",
    "edit_month": "Beginn",
    "edit_owner": "Zuständig",
    "edit_reset": "Änderung zurücknehmen",
    "edit_moved": "verschoben",
    "month_later": "nach den zwölf Monaten",
    "conflict": "„{step}“ beginnt vor „{before}“, worauf es wartet.",
    "no_steps": "Aus Ihren Antworten ergeben sich keine Schritte.",
    "triage_open": "Einstufung noch offen",
    "pilot_step": "Pilot starten: {name}",
    "applies_later": ", ab {date}",
    "applies_since": ", seit {date}",
}
