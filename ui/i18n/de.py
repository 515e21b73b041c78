"""German UI strings (the default language). Same keys as en.py; a test checks it."""

TEXTS: dict[str, str] = {
    # Navigation and sidebar
    "nav.start": "Start",
    "nav.profil": "Profil",
    "nav.fragebogen": "Fragebogen",
    "nav.ergebnis": "Ergebnis",
    "nav.export": "Export",
    "nav.jump": "Dimension",
    "nav.step_label": "{number}. {name} ({answered}/{asked} beantwortet)",
    "nav.previous": "Zurück",
    "nav.next": "Weiter",
    "nav.to_result": "Zum Ergebnis",
    "sidebar.language": "Sprache · Language",
    "sidebar.autosave": "Jede Antwort wird sofort gespeichert.",
    "sidebar.privacy": "Alle Angaben bleiben auf diesem Server. Es gibt keine Analyse- oder "
    "Tracking-Dienste.",
    # Shared
    "common.cancel": "Abbrechen",
    "common.unnamed": "ohne Namen",
    "common.no_assessment": "Es ist noch keine Einschätzung geöffnet. Beginnen Sie auf der "
    "Startseite einen Kurzcheck oder Vollcheck, oder öffnen Sie Ihren Link zum Fortsetzen.",
    "common.to_start": "Zur Startseite",
    "common.other_questionnaire": "Diese Einschätzung gehört zum Fragebogen „{found}“, den "
    "dieser Server nicht anbietet.",
    "common.other_version": "Hinweis: Die Antworten stammen aus Version {found} des "
    "Fragebogens; angezeigt wird Version {expected}.",
    "common.questionnaire_broken": "Der Fragebogen dieses Servers enthält Fehler und kann nicht "
    "angezeigt werden. Bitte wenden Sie sich an die Betreuung des Servers.",
    "notice.link_invalid": "Zu diesem Link gibt es keine Einschätzung. Prüfen Sie, ob er "
    "vollständig kopiert wurde, oder ob die Einschätzung gelöscht wurde.",
    "notice.assessment_gone": "Diese Einschätzung gibt es nicht mehr; sie wurde gelöscht.",
    "notice.deleted": "Die Einschätzung wurde vollständig gelöscht.",
    "notice.closed": "Die bisherige Einschätzung ist geschlossen. Mit ihrem Link können Sie sie "
    "weiterhin öffnen.",
    "notice.imported": "Die Antwortdatei wurde als neue Einschätzung gespeichert.",
    "notice.created": "Eine neue Einschätzung wurde angelegt.",
    "notice.new_round": "Eine neue Runde wurde angelegt. Die frühere Runde können Sie im "
    "Ergebnis zum Vergleich einblenden.",
    "mode.short": "Kurzcheck",
    "mode.full": "Vollcheck",
    "mode.label": "Umfang",
    "mode.explain": "Sie können jederzeit wechseln; bereits gegebene Antworten bleiben erhalten.",
    # Start
    "start.title": "KI-Readiness-Check für Kommunen",
    "start.intro": "Wie gut ist Ihre Verwaltung auf Künstliche Intelligenz vorbereitet? Dieser "
    "Selbstcheck fragt nach Strategie, Zuständigkeiten, Recht und Ethik, Kompetenzen, Kultur, "
    "Daten und IT. Sie erhalten ein Profil mit Reifestufen und konkrete, priorisierte "
    "Empfehlungen – ohne Anmeldung.",
    "start.dimensions": "{count} Dimensionen: {names}",
    "start.short_size": "Kurzcheck: {count} Fragen, etwa {minutes} Minuten",
    "start.full_size": "Vollcheck: {count} Fragen, etwa {minutes} Minuten",
    "start.privacy": "Ihre Angaben werden nur auf diesem Server gespeichert und nicht "
    "weitergegeben. Sie können jederzeit unterbrechen und später mit Ihrem persönlichen Link "
    "weitermachen.",
    "start.begin_heading": "Einschätzung beginnen",
    "start.short": "Kurzcheck starten",
    "start.full": "Vollcheck starten",
    "start.current_heading": "Ihre laufende Einschätzung",
    "start.current": "**{org}** · {mode}",
    "start.continue": "Weiter zum Fragebogen",
    "start.to_result": "Zum Ergebnis",
    "start.more_actions": "Neue Runde, neu beginnen oder löschen",
    "start.new_round_explain": "Eine **neue Runde** legt eine weitere Einschätzung mit "
    "demselben Profil und denselben Zielen an, etwa für die Wiederholung in einem Jahr. "
    "Frühere Runden können Sie im Ergebnis in das Netzdiagramm einblenden.",
    "start.new_round": "Neue Runde beginnen",
    "start.restart_explain": "**Neu beginnen** schließt diese Einschätzung in diesem Browser. "
    "Gespeichert bleibt sie trotzdem: Mit ihrem Link können Sie sie wieder öffnen.",
    "start.restart": "Neu beginnen",
    "start.restart_question": "Diese Einschätzung in diesem Browser schließen und neu "
    "beginnen? Ohne den Link kommen Sie danach nicht mehr an Ihre Antworten.",
    "start.restart_confirm": "Ja, neu beginnen",
    "start.delete_explain": "**Löschen** entfernt die Einschätzung mit allen Antworten, Notizen "
    "und Zielen endgültig von diesem Server.",
    "start.delete": "Einschätzung löschen",
    "start.delete_question": "Die Einschätzung endgültig löschen? Das lässt sich nicht "
    "rückgängig machen.",
    "start.delete_confirm": "Ja, endgültig löschen",
    "start.resume_heading": "Mit einem Link fortsetzen",
    "start.import_heading": "Antwortdatei importieren",
    "start.import_explain": "Haben Sie Ihre Antworten als Datei (JSON) gesichert? Laden Sie "
    "sie hier hoch. Die Datei wird vollständig geprüft; erst danach wird sie als neue "
    "Einschätzung gespeichert.",
    "start.import_label": "Antwortdatei (JSON oder YAML)",
    "start.import_ready": "Die Datei ist gültig: {org}, {count} Antworten.",
    "start.import_open": "Als neue Einschätzung öffnen",
    # Resume link
    "resume.explain": "**Ihr Link zum Fortsetzen.** Mit ihm öffnen Sie diese Einschätzung "
    "später wieder, auch in einem anderen Browser:",
    "resume.keep_safe": "Bewahren Sie den Link sicher auf, zum Beispiel in Ihrer Akte. Wer ihn "
    "kennt, kann die Einschätzung lesen, ändern und löschen. Der Link enthält keine Ihrer "
    "Angaben, nur eine zufällige Kennung.",
    "resume.paste": "Link oder Kennung einfügen",
    "resume.paste_placeholder": "https://…/?t=…",
    "resume.open": "Einschätzung öffnen",
    "resume.not_a_link": "Das ist kein gültiger Link zum Fortsetzen. Kopieren Sie den "
    "vollständigen Link, wie er Ihnen angezeigt wurde.",
    # Upload
    "upload.invalid": "Die Datei „{name}“ kann nicht übernommen werden. Es wurde nichts "
    "gespeichert. Gefundene Probleme:",
    # Profile
    "profil.title": "Profil Ihrer Verwaltung",
    "profil.intro": "Diese Angaben erscheinen im Bericht. Nur der Name ist nötig; alles andere "
    "ist freiwillig. Jede Änderung wird sofort gespeichert.",
    "profil.to_questions": "Weiter zum Fragebogen",
    "profile.organisation": "Name der Verwaltung",
    "profile.organisation_placeholder": "z. B. Stadt Musterstadt",
    "profile.name_required": "Bitte geben Sie einen Namen an; er erscheint im Bericht.",
    "profile.kind": "Art der Kommune",
    "profile.population": "Einwohnerzahl",
    "profile.state": "Land",
    "profile.role": "Ihre Funktion",
    "profile.role_placeholder": "z. B. Digitalisierungsbeauftragte, Hauptamtsleitung",
    "profile.date": "Datum der Einschätzung",
    "profile.choose": "Bitte wählen",
    "profile.optional": "freiwillig",
    "kind.gemeinde": "Gemeinde",
    "kind.stadt": "Stadt",
    "kind.kreisfreie_stadt": "Kreisfreie Stadt",
    "kind.landkreis": "Landkreis",
    "state.BW": "Baden-Württemberg",
    "state.BY": "Bayern",
    "state.BE": "Berlin",
    "state.BB": "Brandenburg",
    "state.HB": "Bremen",
    "state.HH": "Hamburg",
    "state.HE": "Hessen",
    "state.MV": "Mecklenburg-Vorpommern",
    "state.NI": "Niedersachsen",
    "state.NW": "Nordrhein-Westfalen",
    "state.RP": "Rheinland-Pfalz",
    "state.SL": "Saarland",
    "state.SN": "Sachsen",
    "state.ST": "Sachsen-Anhalt",
    "state.SH": "Schleswig-Holstein",
    "state.TH": "Thüringen",
    # Questionnaire
    "fragebogen.title": "Fragebogen",
    "fragebogen.no_questions": "Für diesen Umfang enthält der Fragebogen keine Fragen.",
    "fragebogen.autosave": "Ihre Antworten und Notizen werden sofort gespeichert. Sie können "
    "jederzeit unterbrechen und mit Ihrem Link (siehe Startseite) weitermachen.",
    "progress.overall": "Insgesamt {answered} von {asked} Fragen beantwortet",
    "progress.dimension": "{name}: {answered} von {asked} beantwortet",
    "question.dont_know": "Weiß nicht",
    "question.not_applicable": "Nicht zutreffend",
    "question.multi_hint": "Mehrfachauswahl: Wählen Sie alles, was zutrifft.",
    "question.help": "Warum diese Frage?",
    "question.references": "Grundlagen: {references}",
    "question.note": "Notiz (erscheint im Bericht)",
    "question.note_placeholder": "z. B. Beschluss für das zweite Quartal geplant",
    # Result
    "ergebnis.title": "Ergebnis",
    "ergebnis.profile_heading": "Profil nach Dimensionen",
    "ergebnis.recommendations_heading": "Empfehlungen",
    "ergebnis.gaps_heading": "Offene Fragen (Wissenslücken)",
    "ergebnis.limits_heading": "Grenzen einer Selbsteinschätzung",
    "ergebnis.limits": "Das Ergebnis beruht allein auf Ihren Antworten. Selbsteinschätzungen "
    "fallen oft zu günstig aus, und eine einzelne Person überblickt selten die ganze "
    "Verwaltung. Nutzen Sie das Ergebnis als Ausgangspunkt für das Gespräch mit Fachämtern, IT, "
    "Datenschutz und Personalrat – nicht als Prüfurteil oder Rechtsberatung.",
    "ergebnis.to_export": "Bericht und Daten herunterladen",
    "result.level_heading": "Gesamtstufe {level} von {count}: {name}",
    "result.score_line": "Gesamtpunktzahl {score} von 100 · Vollständigkeit {completeness}",
    "result.no_overall": "Für ein Gesamtergebnis fehlen noch Antworten (beantwortet: "
    "{completeness}). Eine Dimension wird bewertet, sobald mindestens die Hälfte ihrer Fragen "
    "beantwortet ist; das Gesamtergebnis, sobald mindestens die Hälfte der Dimensionen bewertet "
    "ist.",
    "result.capped": "Die Punktzahl allein ergäbe Stufe {uncapped} ({uncapped_name}). Die "
    "schwächste Dimension – {dimensions} – steht aber auf Stufe {weakest} ({weakest_name}). Die "
    "Gesamtstufe liegt höchstens eine Stufe über der schwächsten Dimension, damit Stärken eine "
    "Lücke nicht verdecken; daher Stufe {level}.",
    "result.and": " und ",
    "chart.current": "Aktuell",
    "chart.target": "Ziel",
    "chart.no_score": "zu wenige Antworten",
    "chart.no_value": "ohne Wert",
    "chart.alt": "Punktzahlen je Dimension von 0 bis 100.",
    "chart.radar_caption": "Die Ringe markieren den Beginn der Stufen 1 bis {levels}; je weiter "
    "außen, desto reifer. Dieselben Werte stehen in der Tabelle unten.",
    "chart.bars_caption": "Die Bänder zeigen die Stufen: {levels}. Eine Zielmarke steht am "
    "Beginn der Zielstufe.",
    "table.dimension": "Dimension",
    "table.score": "Punktzahl",
    "table.level": "Stufe",
    "table.completeness": "Beantwortet",
    "table.dont_know": "„Weiß nicht“",
    "table.target": "Ziel",
    "table.gap": "Abstand zum Ziel",
    "table.caption": "Punktzahl von 0 bis 100; „Weiß nicht“ zählt als 0 und wird als "
    "Wissenslücke ausgewiesen. Eine Dimension ohne Punktzahl hat zu wenige Antworten.",
    "targets.title": "Zielprofil festlegen",
    "targets.explain": "Welche Stufe wollen Sie je Dimension erreichen? Das Ziel erscheint im "
    "Netzdiagramm und bestimmt die Reihenfolge der Empfehlungen mit.",
    "targets.none": "kein Ziel",
    "compare.label": "Vergleich",
    "compare.help": "Blendet eine frühere Runde oder eine Antwortdatei im Netzdiagramm ein.",
    "compare.none": "Kein Vergleich",
    "compare.file_option": "Aus einer Antwortdatei …",
    "compare.file_series": "Vergleichsdatei",
    "compare.upload": "Antwortdatei zum Vergleich",
    "compare.round": "Runde vom {date} ({org}, {mode})",
    "recommendations.filter": "Nach Dimension filtern",
    "recommendations.all_dimensions": "Alle Dimensionen",
    "recommendations.none": "Nach Ihren Antworten gibt es derzeit keine Empfehlung.",
    "recommendations.dimension": "Dimension: {name}",
    "recommendations.effort": "Aufwand: {effort}",
    "recommendations.owner": "Zuständig: {owner}",
    "recommendations.references": "Grundlage: {references}",
    "priority.critical": "Kritisch",
    "priority.high": "Hohe Priorität",
    "priority.medium": "Mittlere Priorität",
    "priority.low": "Niedrige Priorität",
    "effort.quick_win": "schnell umsetzbar",
    "effort.project": "Projekt",
    "effort.programme": "Programm",
    "gaps.none": "Sie haben keine Frage mit „Weiß nicht“ beantwortet.",
    "gaps.intro": "{count} Fragen haben Sie mit „Weiß nicht“ beantwortet. Sie zählen als 0 – "
    "klären Sie sie mit den zuständigen Stellen:",
    # Export
    "export.title": "Export",
    "export.answers_heading": "Antwortdatei",
    "export.answers_explain": "Die Antwortdatei (JSON) enthält alle Antworten, Notizen, Ziele "
    "und das Profil. Sie können sie aufbewahren und später wieder importieren.",
    "export.json": "Antwortdatei herunterladen (JSON)",
    "export.report_heading": "Bericht",
    "export.report_explain": "Der Bericht fasst Profil, Ergebnis, Empfehlungen und Methode für "
    "Verwaltungsspitze, Rat und Personalrat zusammen.",
    "export.reports_pending": "Der Bericht als PDF und HTML ist in Vorbereitung. Bis dahin "
    "können Sie die Antwortdatei herunterladen.",
    "export.make_pdf": "PDF-Bericht erstellen",
    "export.making_pdf": "Der PDF-Bericht wird erstellt …",
    "export.pdf": "PDF-Bericht herunterladen",
    "export.html": "Bericht als HTML herunterladen",
    "export.raw_explain": "Die Rohdaten für eigene Auswertungen:",
    "export.csv": "Antworten als CSV",
    "export.xlsx": "Antworten als Excel (XLSX)",
    "export.resume_heading": "Link zum Fortsetzen",
}
