"""German UI strings (namespace "ui", the default language). Same keys as ui_en.py."""

TEXTS: dict[str, str] = {
    # Navigation and sidebar
    "nav.start": "Start",
    "nav.profil": "Profil",
    "nav.fragebogen": "Fragebogen",
    "nav.ergebnis": "Ergebnis",
    "nav.plan": "Fahrplan",
    "plan.title": "Fahrplan und Strategie",
    "plan.make_pdf": "Zusammenfassung für den Rat erstellen (PDF)",
    "plan.making_pdf": "Die Zusammenfassung wird erstellt …",
    "plan.pdf": "Zusammenfassung für den Rat herunterladen (PDF)",
    "plan.make_pdf_again": "Zusammenfassung neu erstellen (PDF)",
    "plan.pdf_ready": "Die Zusammenfassung ist fertig.",
    "nav.export": "Export",
    "nav.jump": "Dimension",
    "nav.previous": "Zurück",
    "nav.next": "Weiter",
    "nav.to_result": "Zum Ergebnis",
    "sidebar.language": "Sprache · Language",
    "sidebar.autosave": "Jede Antwort wird sofort gespeichert.",
    "sidebar.privacy": "Alle Angaben bleiben auf diesem Server. Es gibt keine Analyse- oder "
    "Tracking-Dienste.",
    "rechtsstand.as_of": "Rechtsstand: {date}",
    "rechtsstand.stale": "Der Rechtsstand vom {date} ist älter als sechs Monate. Termine und "
    "Pflichten können sich inzwischen geändert haben; prüfen Sie die rechtlichen Angaben, bevor "
    "Sie sich darauf stützen.",
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
    "notice.new_round": "Eine neue Runde wurde angelegt. Die frühere Runde können Sie im "
    "Ergebnis zum Vergleich einblenden.",
    "mode.short": "Kurzcheck",
    "mode.full": "Vollcheck",
    "mode.label": "Umfang",
    "mode.explain": "Sie können jederzeit wechseln; bereits gegebene Antworten bleiben erhalten.",
    # Start
    "start.title": "KI-Readiness-Check für Kommunen",
    "start.intro": "Wie gut ist Ihre Verwaltung auf Künstliche Intelligenz vorbereitet? Dieser "
    "Selbstcheck fragt nach dem Stand in den unten genannten Bereichen. Sie erhalten ein Profil "
    "mit Reifestufen und konkrete, priorisierte Empfehlungen – ohne Anmeldung.",
    "start.dimensions": "{count} Dimensionen: {names}",
    "start.dimensions.one": "1 Dimension: {names}",
    "start.short_size": "Kurzcheck: {count} Fragen, etwa {minutes} Minuten",
    "start.short_size.one": "Kurzcheck: 1 Frage, etwa {minutes} Minuten",
    "start.full_size": "Vollcheck: {count} Fragen, etwa {minutes} Minuten",
    "start.full_size.one": "Vollcheck: 1 Frage, etwa {minutes} Minuten",
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
    "start.import_ready.one": "Die Datei ist gültig: {org}, 1 Antwort.",
    "start.import_open": "Als neue Einschätzung öffnen",
    # Resume link
    "resume.explain": "**Ihr Link zum Fortsetzen.** Mit ihm öffnen Sie diese Einschätzung "
    "später wieder, auch in einem anderen Browser:",
    "resume.keep_safe": "Bewahren Sie den Link sicher auf, zum Beispiel in Ihrer Akte. Wer ihn "
    "kennt, kann die Einschätzung lesen, ändern und löschen. Der Link enthält keine Ihrer "
    "Angaben, nur eine zufällige Kennung.",
    "resume.short": "Ihr Link zum Fortsetzen, auch in einem anderen Browser. Bewahren Sie ihn "
    "sicher auf: Wer ihn kennt, kann die Einschätzung lesen und ändern.",
    "resume.paste": "Link oder Kennung einfügen",
    "resume.paste_placeholder": "https://…/?t=…",
    "resume.open": "Einschätzung öffnen",
    "resume.not_a_link": "Das ist kein gültiger Link zum Fortsetzen. Kopieren Sie den "
    "vollständigen Link, wie er Ihnen angezeigt wurde.",
    # Upload
    "input.cut": "Der Text hatte {length} Zeichen; hier sind höchstens {limit} möglich. Er wurde "
    "auf die ersten {limit} Zeichen gekürzt. Prüfen Sie bitte das Ende.",
    "upload.choose": "Datei wählen",
    "upload.hint": "Datei hierher ziehen oder auswählen: JSON oder YAML, höchstens {limit} MB",
    "upload.input": "Datei hochladen",
    "upload.other": "Andere Datei wählen",
    "upload.too_large": "Die Datei ist zu groß. Antwortdateien dürfen höchstens {limit} MB "
    "groß sein.",
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
    "day_field.placeholder": "TT.MM.JJJJ",
    "day_field.invalid": "Das ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein, "
    "zum Beispiel 04.12.2026; gespeichert bleibt das bisherige Datum.",
    "profile.choose": "Bitte wählen",
    "profile.optional": "freiwillig",
    "kind.gemeinde": "Gemeinde",
    "kind.stadt": "Stadt",
    "kind.kreisfreie_stadt": "Kreisfreie Stadt",
    "kind.landkreis": "Landkreis",
    "kind.amt": "Amt, Verbandsgemeinde, Samtgemeinde oder Verwaltungsgemeinschaft",
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
    "jederzeit unterbrechen und mit diesem Link weitermachen (sicher aufbewahren):",
    "fragebogen.about_dimension": "Worum es in diesem Bereich geht",
    "fragebogen.overview": "Fortschritt je Dimension",
    "progress.overall": "Insgesamt {answered} von {asked} Fragen beantwortet",
    "progress.dimension": "{name}: {answered} von {asked} beantwortet",
    "open_questions.next": "Nächste offene Frage ({count} offen)",
    "open_questions.mark": "offen",
    "question.dont_know": "Weiß nicht",
    "question.not_applicable": "Nicht zutreffend",
    "question.multi_hint": "Wählen Sie alles, was zutrifft.",
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
    "result.capped": "Die Punktzahl allein ergäbe Stufe {uncapped} ({uncapped_name}). {weakest} "
    "Die Gesamtstufe liegt höchstens eine Stufe über der schwächsten Dimension, damit Stärken "
    "eine Lücke nicht verdecken; daher Stufe {level}.",
    "result.capped_by_one": "Die schwächste Dimension, {names}, steht aber auf Stufe {level} "
    "({name}).",
    "result.capped_by_many": "Die schwächsten Dimensionen, {names}, stehen aber auf Stufe "
    "{level} ({name}).",
    "result.quoted": "„{name}“",
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
    "table.scroll_hint": "Die Tabelle ist breiter als der Bildschirm: Wischen Sie sie zur Seite.",
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
    "recommendations.filter": "Nach Dimension filtern (ohne Auswahl: alle)",
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
    "gaps.intro.one": "Eine Frage haben Sie mit „Weiß nicht“ beantwortet. Sie zählt als 0 – "
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
    "export.summary_heading": "Zusammenfassung für den Rat",
    "export.summary_explain": (
        "Zwei Seiten für Bürgermeisterin oder Bürgermeister und Rat: wo Ihre Verwaltung steht, "
        "welche Pflichten gelten, die ersten Schritte, die Anwendungsfälle, der Fahrplan und ein "
        "Beschlussvorschlag."
    ),
    "export.to_plan": "Fahrplan, Strategieentwurf und Vorlagen",
    "export.make_pdf": "PDF-Bericht erstellen",
    "export.making_pdf": "Der PDF-Bericht wird erstellt …",
    "export.pdf": "PDF-Bericht herunterladen",
    "export.make_pdf_again": "PDF-Bericht neu erstellen",
    "export.pdf_step_typeset": "Die Seiten werden gesetzt; das dauert einige Sekunden …",
    "export.pdf_ready": "Der PDF-Bericht ist fertig.",
    "export.pdf_made_at": "Erstellt um {time} Uhr.",
    "export.html": "Bericht als HTML herunterladen",
    "export.raw_explain": "Die Rohdaten für eigene Auswertungen:",
    "export.csv": "Antworten als CSV",
    "export.xlsx": "Antworten als Excel (XLSX)",
    "export.resume_heading": "Link zum Fortsetzen",
    # Workshop: navigation and shared parts
    # Streamlit's own texts, shown in the UI language (ui/widget_texts.py)
    "widget.skip_link": "Zum Hauptinhalt springen",
    "widget.sidebar": "Seitenleiste",
    "widget.sidebar_collapse": "Seitenleiste einklappen",
    "widget.sidebar_expand": "Seitenleiste ausklappen",
    "widget.pages": "Seiten der Anwendung",
    "widget.heading_link": "Link zu dieser Überschrift",
    "widget.copy": "In die Zwischenablage kopieren",
    "widget.open": "Öffnen",
    "widget.close": "Schließen",
    "widget.choose": "Bitte wählen",
    "widget.progress": "Fortschritt",
    "widget.fullscreen": "Vollbild",
    "widget.fullscreen_exit": "Vollbild beenden",
    "widget.fullscreen_of": "Vollbild: {name}",
    "widget.fullscreen_close": "Vollbild schließen",
    "widget.fullscreen_close_of": "Vollbild schließen: {name}",
    "widget.clear_value": "Feld leeren",
    "widget.increment": "Wert erhöhen",
    "widget.decrement": "Wert verringern",
    "widget.clear_all": "Auswahl aufheben",
    "widget.selected_values": "Gewählte Einträge",
    "widget.dismiss": "Auswahlliste schließen",
    "widget.no_results": "Keine Treffer",
    "widget.select_all": "Alle auswählen",
    "widget.select_matches": "{count} Treffer auswählen",
    "widget.help_for": "Hilfe zu {name}",
    "widget.remove": "{name} entfernen",
    "widget.cancel_upload": "Hochladen von {name} abbrechen",
    "widget.selected": "{name}, ausgewählt",
    "widget.options": "{count} Einträge zur Auswahl.",
    "widget.options.one": "{count} Eintrag zur Auswahl.",
    "widget.number_outside": "Fehler: Die Zahl liegt außerhalb des erlaubten Bereichs. Geben "
    "Sie bitte einen Wert von {min} bis {max} ein.",
    "widget.number_below": "Fehler: Die Zahl ist kleiner als erlaubt.",
    "widget.number_below_min": "Fehler: Die Zahl ist kleiner als erlaubt. Geben Sie bitte "
    "einen Wert ab {min} ein.",
    "widget.number_above": "Fehler: Die Zahl ist größer als erlaubt.",
    "widget.number_above_max": "Fehler: Die Zahl ist größer als erlaubt. Geben Sie bitte "
    "einen Wert bis {max} ein.",
    "nav.workshop_leiten": "Workshop leiten",
    "nav.workshop_beitreten": "Workshop beitreten",
    "nav.praesentation": "Präsentation",
    "join_info.code_label": "Code zum Beitreten",
    "join_info.link": "Link zum Beitreten, zum Beispiel für E-Mail oder Chat:",
    "join_info.qr_alt": "QR-Code mit dem Link zum Beitreten",
    "live.joined": "Beigetreten",
    "live.finished": "Fertig",
    "live.dimension_progress": "{name}: {answered} von {possible} Antworten",
    "live.batched": "Solange der Workshop offen ist, ändern sich die Zahlen einer Dimension "
    "erst, wenn mindestens drei Personen dort neu geantwortet oder etwas geändert haben. So "
    "lässt sich an keiner Änderung die Antwort einer einzelnen Person ablesen.",
    "consensus.high": "hoch",
    "consensus.medium": "mittel",
    "consensus.low": "gering",
    "group.n": "n",
    "group.mean": "Mittelwert",
    "group.median": "Median",
    "group.min": "Min.",
    "group.max": "Max.",
    "group.std": "Std.-Abw.",
    "group.consensus": "Einigkeit",
    "group.table_caption": "Punktzahlen von 0 bis 100; jede Person wird einzeln bewertet, dann "
    "wird zusammengefasst. n ist die Zahl der Personen mit einer Punktzahl in der Dimension, "
    "Std.-Abw. ihre Standardabweichung. Einigkeit: hoch bei einer Standardabweichung unter "
    "10 Punkten, gering über 20.",
    "group.prompts_heading": "Diskussionsfragen",
    "group.prompts_explain": "Die Fragen, bei denen die Einschätzungen am weitesten "
    "auseinandergehen. Gezeigt werden nur Fragen mit mindestens 3 Antworten.",
    "group.no_prompts": "Noch keine Frage, bei der mindestens 3 Personen unterschiedlich "
    "geantwortet haben.",
    "group.answer": "Antwort",
    "group.count": "Anzahl",
    "group.prompt_caption": "{count} Antworten mit Wertung, {dont_know} × „Weiß nicht“, "
    "Standardabweichung {std} Stufen",
    "group.prompt_caption.one": "1 Antwort mit Wertung, {dont_know} × „Weiß nicht“, "
    "Standardabweichung {std} Stufen",
    "chart.group_mean": "Gruppe (Mittelwert)",
    "chart.group_band": "Spanne der Gruppe (Min. bis Max.)",
    "chart.own": "Ihr Profil",
    "chart.group_alt": "Netzdiagramm der Gruppe mit {count} Personen, Punktzahlen von 0 bis 100.",
    "chart.group_alt.one": "Netzdiagramm der Gruppe mit 1 Person, Punktzahlen von 0 bis 100.",
    "chart.group_alt_dimension": "{name}: Mittelwert {mean}, Spanne {range}",
    "chart.own_alt": "(Ihre Punktzahl {score})",
    "chart.group_caption": "Die Linie zeigt den Mittelwert, die Fläche die Spanne vom "
    "niedrigsten bis zum höchsten Wert. Zum Schutz Einzelner gibt es Zahlen erst ab 3 "
    "Personen mit einer Punktzahl und die Spanne erst ab 5. Die Ringe markieren den Beginn "
    "der Stufen 1 bis {levels}. Dieselben Werte stehen in der Tabelle.",
    "workshop_notice.busy": "Die Datenbank ist gerade ausgelastet; die letzte Änderung wurde "
    "nicht gespeichert. Bitte versuchen Sie es gleich noch einmal.",
    "workshop_notice.deleted": "Der Workshop wurde mit allen Antworten gelöscht.",
    "workshop_notice.left": "Sie haben das Dashboard verlassen. Mit Ihrem Leitungslink kommen "
    "Sie zurück.",
    "workshop_notice.gone": "Der Workshop wurde inzwischen gelöscht, etwa von der Moderation. "
    "Ihre letzte Eingabe wurde nicht gespeichert.",
    "workshop_notice.refused": "Ihre letzte Antwort wurde nicht gespeichert: Der Workshop ist "
    "inzwischen geschlossen.",
    # Workshop: facilitator
    "host.title": "Workshop leiten",
    "host.intro": "Führen Sie den Check mit einer Gruppe durch: Die Teilnehmenden antworten auf "
    "ihren eigenen Geräten, der Beamer zeigt das Gruppenprofil und wo die Einschätzungen "
    "auseinandergehen. Die Antworten bleiben anonym; niemand sieht die Antworten einer "
    "anderen Person.",
    "host.create_heading": "Neuen Workshop anlegen",
    "host.title_label": "Titel des Workshops",
    "host.title_placeholder": "z. B. Amtsleitungsrunde Stadt Musterstadt",
    "host.title_required": "Bitte geben Sie einen Titel an; er steht auf dem Beamer und im "
    "Bericht.",
    "host.mode_option": "{mode} ({count} Fragen)",
    "host.mode_option.one": "{mode} (1 Frage)",
    "host.dimensions_label": "Nur diese Dimensionen abfragen (freiwillig)",
    "host.dimensions_help": "Ohne Auswahl werden alle Dimensionen abgefragt.",
    "host.no_questions": "In dieser Auswahl gibt es für den gewählten Umfang keine Fragen. "
    "Wählen Sie weitere Dimensionen oder den Vollcheck.",
    "host.create": "Workshop anlegen",
    "host.invalid_link": "Dieser Leitungslink ist ungültig, oder der Workshop wurde gelöscht. "
    "Es werden keine Daten angezeigt.",
    "host.wrong_questionnaire": "Dieser Workshop gehört zum Fragebogen „{found}“ in einer "
    "Fassung, die dieser Server nicht anbietet. Seine Ergebnisse können hier nicht angezeigt "
    "werden.",
    "host.summary": "{mode} · {count} Fragen",
    "host.summary.one": "{mode} · 1 Frage",
    "host.status_closed": "Der Workshop ist geschlossen. Es werden keine Antworten mehr "
    "angenommen; Ergebnisse und Bericht bleiben verfügbar.",
    "host.host_link_heading": "Ihr Leitungslink (geheim)",
    "host.host_link_explain": "Mit diesem Link öffnen Sie dieses Dashboard wieder, auch auf "
    "einem anderen Gerät. Speichern Sie ihn jetzt, zum Beispiel als Lesezeichen.",
    "host.host_link_warning": "Geben Sie diesen Link nicht weiter und zeigen Sie ihn nicht am "
    "Beamer: Wer ihn kennt, kann Ergebnisse freigeben, den Workshop schließen und löschen.",
    "host.join_heading": "Beitreten",
    "host.present_heading": "Präsentation für den Beamer",
    "host.present_open": "Präsentation öffnen",
    "host.present_explain": "Die Präsentation öffnet sich in einem neuen Tab; schalten Sie dort "
    "mit F11 auf Vollbild. Ihr Link enthält nicht den Leitungslink, nur einen Schlüssel zum "
    "Anzeigen. Mit „Zurück“ und „Weiter“ hier oder auf dem Beamer wechseln Sie die Ansicht.",
    "host.live_heading": "Live-Stand",
    "host.reveal": "Ergebnisse zeigen",
    "host.reveal_help": "Solange der Schalter aus ist, sehen weder der Beamer noch die "
    "Teilnehmenden Ergebnisse.",
    "host.reveal_open_question": "Der Workshop ist noch offen. Wer das Gruppenbild sieht, "
    "bevor er fertig ist, passt die eigene Einschätzung leicht daran an, und die Unterschiede, "
    "über die Sie sprechen wollen, verschwinden. Die Zahlen ändern sich dann in Schritten: "
    "die einer Dimension erst, wenn dort mindestens drei Personen geantwortet oder etwas "
    "geändert haben. Empfohlen: erst den "
    "Workshop schließen (unten), dann die Ergebnisse "
    "zeigen. Jetzt trotzdem zeigen?",
    "host.reveal_open_confirm": "Ja, jetzt zeigen",
    "host.no_participants": "Noch niemand ist beigetreten. Zeigen Sie den Code oder den QR-Code.",
    "host.progress_heading": "Fortschritt je Dimension",
    "host.participants_heading": "Teilnehmende ({count})",
    "host.participant_name": "Name oder Funktion",
    "host.participant_status": "Stand",
    "host.anonymous": "anonym",
    "host.status_finished": "fertig",
    "host.status_answering": "antwortet noch",
    "host.results_heading": "Gruppenergebnis",
    "host.hidden": "Die Ergebnisse sind noch verborgen. Schalten Sie „Ergebnisse zeigen“ ein, "
    "wenn die Gruppe so weit ist.",
    "host.no_results": "Noch niemand hat teilgenommen.",
    "host.gone": "Diesen Workshop gibt es nicht mehr.",
    "host.export_heading": "Bericht und Rohdaten",
    "host.export_explain": "Der Gruppenbericht enthält Profil, Spannweite, Einigkeit, "
    "Diskussionsfragen und Empfehlungen, aber keine einzelnen Antworten. Er wird aus dem "
    "aktuellen Stand erstellt.",
    "host.export_open": "Der Workshop ist noch offen: Bericht, Rohdaten und Fahrplan enthalten "
    "die Antworten so, wie sie zuletzt für alle sichtbar wurden. Schließen Sie den Workshop, "
    "damit alle Antworten enthalten sind.",
    "host.export_empty": "Sobald jemand beigetreten ist, können Sie hier den Gruppenbericht und "
    "die Rohdaten herunterladen.",
    "host.plan_explain": (
        "**Fahrplan und Strategie der Gruppe**: Zusammenfassung für den Rat, "
        "Strategieentwurf und Fahrplan aus den Antworten, bei denen sich die Gruppe trifft "
        "(je Frage der mittlere Wert, sobald mindestens drei geantwortet haben)."
    ),
    "host.raw_explain": "Rohdaten: eine Zeile je Person und Frage. Personen erscheinen als "
    "Nummern, die bei jedem Herunterladen zufällig neu vergeben werden; eine Nummer verweist "
    "also nie auf eine Person.",
    "host.raw_explain_names": "Rohdaten: eine Zeile je Person und Frage, mit den Namen oder "
    "Funktionen, die Teilnehmende selbst angegeben haben. Die Datei enthält damit "
    "personenbezogene Daten: Behandeln Sie sie wie jede andere Datei mit solchen Daten.",
    "host.raw_too_few": "Rohdaten gibt es ab 3 Teilnehmenden: Bei weniger Personen ließe sich "
    "jede Zeile jemandem zuordnen.",
    "host.include_names": "Namen in die Rohdaten aufnehmen",
    "host.include_names_help": "Nur Namen oder Funktionen, die Teilnehmende selbst angegeben "
    "haben. Ohne Haken enthalten die Rohdaten nur Nummern.",
    "host.end_heading": "Workshop beenden",
    "host.close_explain": "**Schließen** beendet die Teilnahme: Es werden keine Antworten mehr "
    "angenommen. Ergebnisse und Bericht bleiben verfügbar.",
    "host.close": "Workshop schließen",
    "host.close_question": "Den Workshop schließen? Danach nimmt er keine Antworten mehr an; "
    "das lässt sich nicht rückgängig machen.",
    "host.close_confirm": "Ja, schließen",
    "host.waiting": "Noch nicht in den Zahlen: Antworten von {count} Personen. Sie erscheinen, "
    "sobald mindestens drei Personen in einer Dimension geantwortet haben, spätestens beim "
    "Schließen.",
    "host.waiting.one": "Noch nicht in den Zahlen: Antworten von 1 Person. Sie erscheinen, sobald "
    "mindestens drei Personen in einer Dimension geantwortet haben, spätestens beim Schließen.",
    "host.close_waiting": "Achtung: Die Ergebnisse werden schon gezeigt, und {count} Personen "
    "haben seit der letzten Aktualisierung der Zahlen geantwortet. Beim Schließen kommen ihre "
    "Antworten hinzu; wer die Zahlen davor und danach vergleicht, kann auf ihre Antworten "
    "schließen. Blenden Sie die Ergebnisse vor dem Schließen aus, wenn das nicht sein soll.",
    "host.close_waiting.one": "Achtung: Die Ergebnisse werden schon gezeigt, und 1 Person hat "
    "seit der letzten Aktualisierung der Zahlen geantwortet. Beim Schließen kommen ihre "
    "Antworten hinzu; wer die Zahlen davor und danach vergleicht, kann auf ihre Antworten "
    "schließen. Blenden Sie die Ergebnisse vor dem Schließen aus, wenn das nicht sein soll.",
    "host.delete_explain": "**Löschen** entfernt den Workshop mit allen Teilnehmenden und "
    "Antworten endgültig von diesem Server.",
    "host.delete": "Workshop löschen",
    "host.delete_question": "Den Workshop mit allen Antworten endgültig löschen? Das lässt sich "
    "nicht rückgängig machen.",
    "host.delete_confirm": "Ja, endgültig löschen",
    "host.leave_explain": "**Verlassen** schließt dieses Dashboard in diesem Browser, etwa um "
    "einen weiteren Workshop anzulegen. Der Workshop bleibt bestehen.",
    "host.leave": "Dashboard verlassen",
    # Workshop: presentation
    "present.title": "Präsentation",
    "present.invalid": "Dieser Präsentationslink ist ungültig, oder der Workshop wurde "
    "gelöscht. Öffnen Sie die Präsentation aus dem Dashboard heraus.",
    "present.gone": "Diesen Workshop gibt es nicht mehr.",
    "present.closed": "Der Workshop ist geschlossen.",
    "present.join_how": "Scannen Sie den QR-Code, oder öffnen Sie diese Adresse und geben Sie "
    "den Code ein:",
    "present.live_title": "Teilnahme",
    "present.answers": "Antworten bisher: {answered} von {possible}",
    "present.hidden_title": "Gleich geht es weiter",
    "present.hidden": "Die Ergebnisse werden gezeigt, sobald die Moderation sie freigibt. "
    "Bisher beigetreten: {joined}.",
    "present.radar_title": "Das Profil der Gruppe ({count} Personen)",
    "present.radar_title.one": "Das Profil der Gruppe (1 Person)",
    "present.batched": "Offener Workshop: Die Zahlen ändern sich erst, wenn mindestens drei "
    "Personen neu geantwortet oder etwas geändert haben.",
    "present.dimension_stats": "Mittelwert **{mean}** · Spanne {range} · Einigkeit **{consensus}**",
    "present.radar_legend": "Die Linie zeigt den Mittelwert der Gruppe.",
    "present.radar_legend_band": "Die Linie zeigt den Mittelwert der Gruppe, die Fläche die "
    "Spanne vom niedrigsten bis zum höchsten Wert.",
    "present.levels_heading": "So viele Personen sehen die Verwaltung auf dieser Stufe:",
    "present.level_label": "Stufe {level}: {name}",
    "present.too_few": "Für eine Verteilung braucht es mindestens 3 Einschätzungen; so "
    "bleibt jede einzelne Einschätzung geschützt.",
    "present.prompt_title": "Diskussionsfrage {number}",
    "present.no_prompt": "Hierzu gibt es noch keine Frage mit genügend unterschiedlichen "
    "Antworten.",
    "present.prompt_caption": "{count} Antworten mit Wertung, {dont_know} × „Weiß nicht“",
    "present.prompt_caption.one": "1 Antwort mit Wertung, {dont_know} × „Weiß nicht“",
    "present.position": "Schritt {number} von {count}: **{name}**",
    "present.step_join": "Beitreten",
    "present.step_live": "Teilnahme",
    "present.step_radar": "Gruppenprofil",
    "present.step_dimension": "Dimension „{name}“",
    "present.step_prompt": "Diskussionsfrage {number}",
    # Workshop: participant
    "join.title": "Workshop beitreten",
    "join.intro": "Geben Sie den Code ein, den die Moderation zeigt.",
    "join.code_label": "Beitrittscode",
    "join.code_placeholder": "z. B. K7P 4QX",
    "join.code_missing": "Bitte geben Sie den Code ein (6 Zeichen).",
    "join.name_label": "Name oder Funktion (freiwillig)",
    "join.name_placeholder": "z. B. Ordnungsamt",
    "join.anonymous": "Sie nehmen anonym teil, wenn Sie das Feld leer lassen. Ihre Antworten "
    "sieht niemand einzeln; gezeigt wird nur das Ergebnis der Gruppe. Einen Namen sieht nur "
    "die Moderation, und in den Rohdaten steht er nur, wenn sie das ausdrücklich wählt.",
    "join.submit": "Beitreten",
    "join.unknown_code": "Zum Code „{code}“ gibt es keinen Workshop. Prüfen Sie die "
    "Schreibweise; der Code hat 6 Zeichen.",
    "join.wait": "Zu viele falsche Codes in kurzer Zeit. Bitte warten Sie, bevor Sie es erneut "
    "versuchen (Wartezeit: {seconds} s).",
    "join.closed": "Dieser Workshop ist bereits geschlossen und nimmt keine Antworten mehr an.",
    "join.link_invalid": "Diesen Teilnahmelink gibt es nicht mehr, etwa weil der Workshop "
    "gelöscht wurde. Mit einem Code können Sie neu beitreten.",
    "join.wrong_questionnaire": "Dieser Workshop gehört zu einem Fragebogen, den dieser Server "
    "nicht anbietet.",
    "join.you_anonymous": "Sie nehmen anonym teil.",
    "join.carried_over": "Sie haben mit Version {found} des Fragebogens begonnen; Ihre Antworten "
    "wurden auf Version {expected} übertragen: {carried} Antworten sind übernommen, {open} "
    "Fragen sind neu oder neu gefasst und noch offen.",
    "join.you_named": "Sie nehmen teil als: {name}",
    "join.results_hidden": "Die Ergebnisse erscheinen hier, sobald die Moderation sie freigibt.",
    "join.closed_now": "Der Workshop ist geschlossen. Ihre Antworten sind gespeichert; "
    "Änderungen werden nicht mehr angenommen.",
    "join.answers_heading": "Ihre Antworten",
    "join.autosave": "Jede Antwort wird sofort gespeichert. Laden Sie die Seite neu oder kehren "
    "Sie später zurück, geht es hier weiter.",
    "join.finish": "Fertig",
    "join.finished_toast": "Danke! Ihre Antworten sind gespeichert.",
    "join.finished": "Danke! Ihre Antworten sind gespeichert. Bis der Workshop geschlossen "
    "wird, können Sie sie noch ändern.",
    "own.heading": "Ihr Profil neben dem der Gruppe",
    "own.explain": "Ihre eigenen Punktzahlen neben dem Mittelwert und der Spanne der Gruppe "
    "({count} Personen). Die Antworten anderer Personen sehen Sie nicht.",
    "own.explain.one": "Ihre eigenen Punktzahlen neben dem Mittelwert und der Spanne der Gruppe "
    "(1 Person). Die Antworten anderer Personen sehen Sie nicht.",
    "own.score": "Ihre Punktzahl",
    "own.range": "Spanne der Gruppe",
    "group.range_value": "{low} bis {high}",
    "group.range_hidden": "erst ab 5 Personen",
    "group.too_few": "Weniger als 3 Personen haben hier eine Punktzahl. Zum Schutz der "
    "Einzelnen zeigen wir dazu keine Zahlen.",
    "own.caption": "Punktzahlen von 0 bis 100. Ein großer Abstand zur Gruppe ist ein guter "
    "Anlass, im Workshop nachzufragen.",
    # Use-case navigator (views/anwendungsfaelle.py, views/anwendungsfall.py)
    "nav.anwendungsfaelle": "Anwendungsfälle",
    "nav.anwendungsfall": "Anwendungsfall",
    "uc.title": "Anwendungsfälle",
    "uc.intro": "Welche KI-Anwendungen passen zu Ihrem Stand? Jeder Anwendungsfall nennt die "
    "Mindeststufen, die er braucht, und die erste Einordnung nach der KI-Verordnung.",
    "uc.filter_family": "Familien",
    "uc.filter_kind": "Art der Kommune",
    "uc.filter_kind_all": "alle Arten",
    "uc.filter_fit": "Passung",
    "uc.fit.startklar": "startklar",
    "uc.fit.mit_vorarbeiten": "mit Vorarbeiten",
    "uc.fit.noch_nicht": "noch nicht",
    "uc.fit_explain": "**startklar**: alle Mindeststufen erreicht · **mit Vorarbeiten**: "
    "höchstens eine Stufe fehlt · **noch nicht**: zwei oder mehr Stufen fehlen.",
    "uc.family.document_management": "Dokumentenmanagement",
    "uc.family.text_recognition": "Texterkennung",
    "uc.family.speech_audio": "Sprach- und Audioerkennung",
    "uc.family.image_objects": "Bilderkennung: Dinge",
    "uc.family.image_people": "Bilderkennung: Menschen",
    "uc.family.spatial": "Raumerkennung",
    "uc.family.chatbots_assistants": "Chatbots und Assistenzsysteme",
    "uc.family.automated_decisions": "Automatisierte Entscheidungen",
    "uc.matrix_heading": "Nutzen und Aufwand",
    "uc.value": "Nutzen",
    "uc.effort": "Aufwand",
    "uc.value_axis": "Nutzen (1 gering – 5 hoch)",
    "uc.effort_axis": "Aufwand (1 gering – 5 hoch)",
    "uc.matrix_alt": "Streudiagramm: {count} Anwendungsfälle nach Aufwand (waagerecht) und "
    "Nutzen (senkrecht); {ready} startklar (Kreise), {prep} mit Vorarbeiten (Rauten), "
    "{notyet} noch nicht (Kreuze). Die Tabelle nennt dieselben Werte.",
    "uc.matrix_alt.one": "Streudiagramm: 1 Anwendungsfall nach Aufwand (waagerecht) und "
    "Nutzen (senkrecht); {ready} startklar (Kreise), {prep} mit Vorarbeiten (Rauten), "
    "{notyet} noch nicht (Kreuze). Die Tabelle nennt dieselben Werte.",
    "uc.matrix_caption": "Form und Farbe zeigen die Passung: Kreis startklar, Raute mit "
    "Vorarbeiten, Kreuz noch nicht. Oben links: hoher Nutzen bei geringem Aufwand.",
    "uc.none_match": "Kein Anwendungsfall passt zu diesen Filtern.",
    "uc.col_title": "Anwendungsfall",
    "uc.col_family": "Familie",
    "uc.col_fit": "Passung",
    "uc.col_classification": "KI-VO",
    "uc.col_missing": "Fehlt",
    "uc.missing_item": "{dimension}: {level} von {required}",
    "uc.no_level": "keine Stufe",
    "uc.details_heading": "Details",
    "uc.open_detail": "Details ansehen",
    "uc.not_measured": "Ihr Fragebogen misst nicht alle Dimensionen, die der Katalog voraussetzt "
    "({dimensions}); diese zählen als nicht erreicht.",
    "uc.back_to_list": "Zurück zur Übersicht",
    "uc.unknown": "Diesen Anwendungsfall gibt es im Katalog nicht.",
    "uc.what": "Was er leistet",
    "uc.why": "Nutzen {value} von 5: {reason}",
    "uc.effort_value": "Aufwand {value} von 5",
    "uc.data": "Typische Daten",
    "uc.personal.none": "keine personenbezogenen Daten",
    "uc.personal.personal": "personenbezogene Daten",
    "uc.personal.special": "besondere Kategorien personenbezogener Daten (Art. 9 DSGVO)",
    "uc.prerequisites": "Voraussetzungen und Ihr Stand",
    "uc.col_dimension": "Dimension",
    "uc.col_required": "Mindeststufe",
    "uc.col_level": "Ihre Stufe",
    "uc.col_met": "Erfüllt",
    "uc.met_yes": "ja",
    "uc.met_no": "nein",
    "uc.close_gap": "So schließen Sie die Lücke in „{dimension}“",
    "uc.legal": "Rechtliche Hinweise",
    "uc.expected": "Erwartete Einordnung nach der KI-Verordnung: {label}",
    "uc.expected_obligations": "Pflichten bei dieser Einordnung",
    "uc.offer": "Angebot",
    "uc.kinds": "Passt zu",
    "uc.examples": "Beispiele aus Kommunen",
    "triage.heading": "KI-VO-Prüfung für Ihren Einsatz",
    "triage.intro": "Beantworten Sie die Fragen nacheinander. Mit „Zurück“ ändern Sie eine "
    "Antwort; „Weiß nicht“ führt zu „rechtliche Prüfung nötig“.",
    "triage.prefill": "Mit den Antworten des Katalogs ausfüllen",
    "triage.restart": "Neu beginnen",
    "triage.back": "Zurück",
    "triage.next": "Weiter",
    "triage.question_number": "Frage {number}",
    "triage.path": "Ihr Weg bisher",
    "triage.path_item": "{question} → **{answer}**",
    "triage.result": "Ergebnis: {label}",
    "triage.obligations": "Pflichten und ab wann sie gelten",
    "triage.obligation": "**{citation}** ({when}): {text}",
    "triage.rechtsstand": "Rechtsstand: {date}",
    "triage.stale": "Der Rechtsstand ist älter als sechs Monate. Prüfen Sie, ob sich Daten "
    "geändert haben.",
    "peers.heading": "Vergleich mit ähnlichen Verwaltungen",
    "peers.need_profile": "Für den Vergleich braucht das Profil die Art der Kommune und, außer bei "
    "Landkreisen, die Einwohnerzahl. Sie können beides auf der Seite „Profil“ angeben.",
    "peers.consent_heading": "Ergebnis anonym zum Vergleich beitragen",
    "peers.consent_text": "Wenn Sie zustimmen, speichern wir für den Vergleich genau diese "
    "Angaben: die Art der Kommune ({kind}), die Größenklasse ({size}), das Land ({land}), das "
    "Jahr ({year}) sowie je Dimension Ihre Punktzahl und Ihre Zielstufe. Nicht gespeichert "
    "werden der Name der Verwaltung, Notizen und einzelne Antworten.\n\n"
    "Andere sehen nur Zusammenfassungen von Gruppen mit mindestens fünf Beiträgen (Median und "
    "mittlere Hälfte, in ganzen Punkten), nie einen einzelnen Beitrag. Jede Einschätzung zählt "
    "einmal; trägt eine spätere Runde Ihrer Verwaltung bei, ersetzt sie den früheren Beitrag. "
    "Sie können den Beitrag jederzeit hier zurückziehen, auch später über den "
    "Fortsetzungslink dieser Einschätzung; er wird dann gelöscht. Löschen Sie die Einschätzung, "
    "wird der Beitrag mit gelöscht.",
    "peers.consent": "Ich stimme zu, dass diese Angaben anonym für den Vergleich gespeichert "
    "werden.",
    "peers.contribute": "Anonym beitragen",
    "peers.contributed": "Ihr Beitrag ist gespeichert (Stand {day}).",
    "peers.update": "Beitrag aktualisieren",
    "peers.withdraw": "Beitrag zurückziehen",
    "peers.no_land": "nicht angegeben",
    "peers.all_lands": "alle Länder",
    "peers.same_land": "Nur Verwaltungen aus {land}",
    "peers.too_few": "Für Verwaltungen wie Ihre liegen noch keine {k} Beiträge vor. Zum Schutz "
    "der Einzelnen zeigen wir den Vergleich erst ab {k} Beiträgen anderer Verwaltungen.",
    "peers.widened": "Aus Ihrem Land liegen noch keine {k} Beiträge vor. Gezeigt wird deshalb "
    "die Gruppe aus allen Ländern.",
    "peers.group": "Vergleichsgruppe: {size}, {land}, {n} Beiträge.",
    "peers.own": "Ihre Punktzahl",
    "peers.median": "Median der Gruppe",
    "peers.middle_half": "Mittlere Hälfte (25–75 %)",
    "peers.range": "{low} bis {high}",
    "peers.median_series": "Vergleichsgruppe (Median)",
    "peers.band_series": "Mittlere Hälfte der Gruppe",
    "peers.alt": "Netzdiagramm: Ihre Punktzahlen je Dimension neben dem Median und der mittleren "
    "Hälfte der Vergleichsgruppe; die Zahlen stehen in der Tabelle darunter.",
    "peers.caption": "Punktzahlen von 0 bis 100, gerundet auf ganze Punkte. Die mittlere Hälfte "
    "reicht vom ersten bis zum dritten Quartil: Ein Viertel der Gruppe liegt darunter, ein "
    "Viertel darüber. Ihr eigener Beitrag zählt nicht mit.",
    "peers.size_under_5k": "unter 5.000 Einwohner",
    "peers.size_5k_20k": "5.000 bis unter 20.000 Einwohner",
    "peers.size_20k_100k": "20.000 bis unter 100.000 Einwohner",
    "peers.size_100k_plus": "100.000 Einwohner und mehr",
    "peers.size_landkreis": "Landkreise",
    "nav.verband": "Verbandsansicht",
    "association.title": "Verbandsansicht: Vergleich aller Beiträge",
    "association.not_set_up": "Die Verbandsansicht ist nicht eingerichtet. Der Betrieb legt "
    "dafür ein Geheimnis mit mindestens 16 Zeichen in KIRC_ADMIN_SECRET_FILE oder "
    "KIRC_ADMIN_SECRET fest (siehe Betriebshandbuch).",
    "association.secret": "Geheimnis des Betriebs",
    "association.open": "Öffnen",
    "association.wrong": "Das Geheimnis stimmt nicht.",
    "association.leave": "Verbandsansicht verlassen",
    "association.explain": "Alle Zahlen fassen Gruppen mit mindestens {k} Beiträgen zusammen; "
    "kleinere Gruppen und einzelne Beiträge erscheinen nirgends, auch nicht in der CSV-Datei. "
    "Punktzahlen von 0 bis 100 in ganzen Punkten.",
    "association.nothing": "Noch hat keine Gruppe {k} Beiträge.",
    "association.counts_heading": "Beiträge je Gruppe",
    "association.distribution_heading": "Verteilung je Dimension und Größenklasse",
    "association.trend_heading": "Entwicklung nach Jahr",
    "association.col_grouping": "Gruppierung",
    "association.col_group": "Gruppe",
    "association.col_contributions": "Beiträge",
    "association.col_low": "1. Quartil",
    "association.col_median": "Median",
    "association.col_high": "3. Quartil",
    "association.size_class": "Größenklasse",
    "association.state": "Land",
    "association.year": "Jahr",
    "association.csv": "Zusammenfassung als CSV",
    "association.csv_name": "vergleich-zusammenfassung.csv",
    # AI portfolio and register (views/portfolio.py)
    "nav.portfolio": "KI-Portfolio",
    "pf.title": "KI-Portfolio und KI-Register",
    "pf.intro": "Halten Sie hier fest, welche KI-Anwendungen Ihre Verwaltung plant, erprobt oder "
    "nutzt. Jede Änderung wird sofort gespeichert und gehört zu dieser Einschätzung (gleicher "
    "Link zum Fortsetzen).",
    "pf.add_heading": "Anwendungsfall hinzufügen",
    "pf.add_catalogue": "Aus dem Katalog",
    "pf.add_catalogue_placeholder": "Anwendungsfall wählen",
    "pf.add_catalogue_button": "Übernehmen",
    "pf.add_own": "Oder ein eigener Anwendungsfall (Name)",
    "pf.add_own_button": "Anlegen",
    "pf.empty": "Das Portfolio ist noch leer. Übernehmen Sie einen Anwendungsfall aus dem "
    "Katalog oder legen Sie einen eigenen an.",
    "pf.overview": "Übersicht",
    "pf.edit_pick": "Eintrag bearbeiten",
    "pf.provider": "Anbieter",
    "pf.product": "Produkt",
    "pf.started": "Beginn",
    "pf.description_help": "Höchstens {limit} Zeichen, wie in öffentlichen Algorithmenregistern.",
    "pf.remove": "Eintrag entfernen",
    "pf.downloads": "KI-Register und Projektsteckbrief",
    "pf.downloads_intro": "Die HTML-Seite können Sie als KI-Register Ihrer Verwaltung "
    "veröffentlichen; CSV öffnet sich in Excel, JSON ist das Austauschformat.",
    "pf.download_html": "Register-Seite (HTML)",
    "pf.download_csv": "Tabelle (CSV)",
    "pf.download_json": "Daten (JSON)",
    "pf.download_steckbrief": "Projektsteckbrief „{name}“ (PDF)",
    "uc.add_to_portfolio": "In das KI-Portfolio übernehmen",
    "first_steps.heading": "Erste Schritte",
    "first_steps.intro": "Damit fangen Sie an: die wichtigsten Empfehlungen, jede mit "
    "Zuständigkeit, Aufwand und einem Vorschlag, wann Sie beginnen.",
    "first_steps.facts": "Zuständig: {owner} · Aufwand: {effort} · Beginn: {start}",
    "duties.heading": "Rechtliche Pflichten",
    "duties.intro": "Diese Pflichten gelten unabhängig vom Reifegrad. Der Stand ergibt sich aus "
    "Ihren Antworten; „unklar“ heißt: Die Antworten reichen für eine Einschätzung nicht aus.",
    "duties.as_of": "Rechtsstand: {date}.",
    "duties.since": "{citation}, gilt seit {date}",
    "duties.from": "{citation}, gilt ab {date}",
    "common.carried_over": "Diese Einschätzung wurde mit Version {found} des Fragebogens "
    "begonnen und auf Version {expected} übertragen: {carried} Antworten sind übernommen, {open} "
    "Fragen sind neu oder neu gefasst und noch offen. Ihre früheren Antworten und Notizen bleiben "
    "gespeichert; die Antwortdatei im Export enthält sie.",
}
