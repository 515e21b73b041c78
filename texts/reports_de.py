"""The report's German texts (namespace "reports"). Same keys as reports_en.py."""

DE: dict[str, str] = {
    # Document and title page
    "product": "KI-Readiness-Check",
    "subtitle_self": "Bericht zur Selbsteinschätzung",
    "subtitle_group": "Bericht zum Workshop",
    "no_organisation": "Verwaltung ohne Namensangabe",
    "doc_title": "{product}: {organisation}",
    "fact_kind": "Art der Verwaltung",
    "fact_state": "Land",
    "fact_population": "Einwohnerzahl",
    "fact_date": "Stand",
    "fact_rechtsstand": "Rechtsstand",
    "rechtsstand": "Rechtsstand: {date}",
    "rechtsstand_stale": (
        "Der Rechtsstand dieses Berichts ({date}) ist älter als sechs Monate. Termine und "
        "Pflichten können sich inzwischen geändert haben; prüfen Sie die rechtlichen Angaben, "
        "bevor Sie sich darauf stützen."
    ),
    "fact_scope": "Umfang",
    "fact_respondents": "Beantwortet von",
    "fact_questionnaire": "Fragebogen",
    "scope_short": "Kurzcheck ({count} Fragen)",
    "scope_short.one": "Kurzcheck (1 Frage)",
    "scope_full": "Vollcheck ({count} Fragen)",
    "scope_full.one": "Vollcheck (1 Frage)",
    "respondent_one": "einer Person",
    "respondent_one_role": "einer Person (Funktion: {role})",
    "respondent_group": "{count} Teilnehmenden eines Workshops, anonym ausgewertet",
    "respondent_group.one": "einer teilnehmenden Person eines Workshops, anonym ausgewertet",
    "questionnaire_version": "{title}, Fassung {version}",
    "cover_note": (
        "Dieser Bericht gibt eine Selbsteinschätzung wieder. Er ist ein Ausgangspunkt für das "
        "Gespräch in der Verwaltung, kein Prüfbericht und keine Rechtsberatung."
    ),
    "contents": "Inhalt",
    "footer_self": "KI-Readiness-Check · Selbsteinschätzung",
    "footer_group": "KI-Readiness-Check · Workshop",
    "page_of": "Seite {page} von {pages}",
    # Kinds of administration
    "kind_gemeinde": "Gemeinde",
    "kind_stadt": "Stadt",
    "kind_kreisfreie_stadt": "Kreisfreie Stadt",
    "kind_landkreis": "Landkreis",
    "kind_amt": "Amt, Verbandsgemeinde, Samtgemeinde oder Verwaltungsgemeinschaft",
    # Summary
    "summary": "Zusammenfassung",
    "overall_level": "Gesamtstufe",
    "overall_score": "Gesamtpunktzahl",
    "level_of": "Stufe {level} von {count}",
    "points": "{score} von 100 Punkten",
    "no_overall": (
        "Für eine Gesamtstufe liegen zu wenige Antworten vor: Weniger als die Hälfte der "
        "Dimensionen hat eine Punktzahl."
    ),
    "cap": (
        "Die Gesamtstufe ist auf „{level}“ begrenzt. Nach der Punktzahl allein läge sie bei "
        "„{uncapped}“, aber die schwächsten Dimensionen ({dimensions}) erreichen erst "
        "„{weakest}“. Die Gesamtstufe liegt höchstens eine Stufe über der schwächsten Dimension."
    ),
    "cap.one": (
        "Die Gesamtstufe ist auf „{level}“ begrenzt. Nach der Punktzahl allein läge sie bei "
        "„{uncapped}“, aber die schwächste Dimension ({dimensions}) erreicht erst „{weakest}“. "
        "Die Gesamtstufe liegt höchstens eine Stufe über der schwächsten Dimension."
    ),
    "completeness_self": (
        "{answered} von {asked} Fragen beantwortet ({share}); davon {dont_know} mit „Weiß nicht“."
    ),
    "completeness_group": (
        "{count} Teilnehmende. Gesamtpunktzahl im Mittel {mean}, Spannweite {range}, "
        "Standardabweichung {std}."
    ),
    "completeness_group.one": (
        "1 teilnehmende Person. Gesamtpunktzahl im Mittel {mean}, Spannweite {range}, "
        "Standardabweichung {std}."
    ),
    "group_hidden": (
        "{count} Teilnehmende. Zum Schutz der Einzelnen zeigt der Bericht Zahlen der Gruppe erst, "
        "wenn mindestens 3 Personen eine Punktzahl haben, und die Spannweite erst ab 5."
    ),
    "group_hidden.one": (
        "1 teilnehmende Person. Zum Schutz der Einzelnen zeigt der Bericht Zahlen der Gruppe "
        "erst, wenn mindestens 3 Personen eine Punktzahl haben, und die Spannweite erst ab 5."
    ),
    "range_value": "{low} bis {high}",
    "range_hidden": "erst ab 5 Personen",
    "group_level_note": "Stufe und Punktzahl der Gruppe beruhen auf dem Mittelwert.",
    "previous_line": "Frühere Einschätzung{date}: {level} ({score} Punkte).",
    "previous_date": " vom {date}",
    "profile_charts": "Das Profil auf einen Blick",
    "dimension_table": "Die Dimensionen",
    "col_dimension": "Dimension",
    "col_score": "Punkte",
    "col_level": "Stufe",
    "col_target": "Ziel",
    "col_gap": "Abstand",
    "col_previous": "Früher",
    "col_dont_know": "Weiß nicht",
    "col_mean": "Mittel",
    "col_range": "Spannweite",
    "col_std": "Std.-Abw.",
    "col_consensus": "Einigkeit",
    "col_n": "n",
    "too_few": "zu wenige Antworten",
    "reached": "erreicht",
    "gap_levels": "{gap} Stufen",
    "gap_levels_one": "1 Stufe",
    "dash": "–",
    "consensus_high": "hoch",
    "consensus_medium": "mittel",
    "consensus_low": "gering",
    # Charts
    "radar_title": "Reifegradprofil",
    "bars_title": "Punkte je Dimension mit Stufenbereichen",
    "legend_current": "Aktuelle Einschätzung",
    "legend_group": "Mittelwert der Gruppe",
    "legend_target": "Zielstufe",
    "legend_previous": "Frühere Einschätzung",
    "legend_band": "Spannweite der Gruppe (niedrigster bis höchster Wert)",
    "chart_desc_intro": "{title}, Punkte von 0 bis 100 je Dimension.",
    "chart_desc_item": "{name}: {value}",
    "chart_desc_target": "Ziel {value}",
    "chart_desc_previous": "früher {value}",
    "chart_desc_band": "Spannweite {low} bis {high}",
    "chart_desc_none": "zu wenige Antworten",
    # Dimension sections
    "dimensions": "Die Dimensionen im Einzelnen",
    "dim_facts_self": "{score} · Stufe „{level}“ · {answered} von {count} Fragen beantwortet",
    "dim_facts_self.one": "{score} · Stufe „{level}“ · {answered} von 1 Frage beantwortet",
    "dim_facts_none": "Zu wenige Antworten für eine Punktzahl · {answered} von {count} Fragen",
    "dim_facts_none.one": "Zu wenige Antworten für eine Punktzahl · {answered} von 1 Frage",
    "dim_facts_group": (
        "Mittelwert {mean} · Stufe „{level}“ · Spannweite {range} · "
        "Standardabweichung {std} · Einigkeit {consensus}"
    ),
    "dim_facts_group_none": "Zu wenige Antworten für eine Punktzahl",
    "dim_facts_group_hidden": "Weniger als 3 Personen mit Punktzahl: zum Schutz der Einzelnen "
    "keine Zahlen",
    "dim_target": "Zielstufe: „{target}“; {gap}.",
    "dim_gap_open": "noch {gap} entfernt",
    "dim_gap_reached": "erreicht",
    "strengths": "Stärken",
    "gaps": "Lücken",
    "knowledge_gaps": "Wissenslücken",
    "notes": "Ihre Anmerkungen",
    "no_strengths": "In dieser Dimension liegt keine Antwort im oberen Bereich der Skala.",
    "no_gaps": "In dieser Dimension liegt keine Antwort im unteren Bereich der Skala.",
    "no_knowledge_gaps": "Keine Frage wurde mit „Weiß nicht“ beantwortet.",
    "knowledge_gap_group": "{count} von {n} mit „Weiß nicht“",
    "group_anonymity": (
        "Angezeigt werden nur Fragen mit mindestens drei Antworten; Antworten und Anmerkungen "
        "einzelner Personen enthält der Bericht nicht."
    ),
    "step_of_four": "Schritt {value} von 4",
    "mean_step": "Mittel {value} von 4",
    "related_actions": "Empfehlungen dazu im Maßnahmenplan: Nr. {numbers}",
    # Discussion prompts (group)
    "prompts": "Wo die Einschätzungen auseinandergehen",
    "prompts_intro": (
        "Diese Fragen wurden am unterschiedlichsten beantwortet (größte Standardabweichung). "
        "Sie eignen sich als Einstieg in das Gespräch. Die Zahlen geben an, wie viele "
        "Teilnehmende welchen Schritt von 0 bis 4 gewählt haben."
    ),
    "col_question": "Frage",
    "col_distribution": "Anzahl je Schritt",
    "col_mean_step": "Mittel (0–4)",
    # Action plan
    "actions": "Maßnahmenplan",
    "actions_intro": (
        "Die Empfehlungen sind nach Priorität geordnet, dann nach dem Abstand zur Zielstufe. "
        "Die Spalten „Verantwortlich“ und „Bis“ sind zum Ausfüllen gedacht."
    ),
    "actions_intro_group": (
        "Aufgeführt sind Empfehlungen, die für mindestens die Hälfte der Teilnehmenden gelten, "
        "geordnet nach Priorität und danach, für wie viele sie gelten."
    ),
    "no_actions": "Aus den Antworten ergibt sich keine Empfehlung.",
    "col_number": "Nr.",
    "col_action": "Empfehlung",
    "col_priority": "Priorität",
    "col_effort": "Aufwand",
    "col_owner": "Vorschlag Zuständigkeit",
    "col_reference": "Grundlage",
    "col_share": "Gilt für",
    "col_responsible": "Verantwortlich",
    "col_due": "Bis",
    "share": "{count} von {n}",
    "priority_critical": "kritisch",
    "priority_high": "hoch",
    "priority_medium": "mittel",
    "priority_low": "niedrig",
    "effort_quick_win": "schnell umsetzbar",
    "effort_project": "Projekt",
    "effort_programme": "Programm",
    # Method
    "method": "Methode und Grenzen",
    "method_scores": "So entsteht das Ergebnis",
    "method_1": (
        "Jede Antwortmöglichkeit beschreibt eine beobachtbare Praxis und steht für einen Schritt "
        "von 0 (nicht vorhanden) bis 4 (eingeführt, überprüft, weiterentwickelt). Bei "
        "Checklisten ergibt sich der Schritt aus dem Anteil der erfüllten Punkte. „Weiß nicht“ "
        "zählt wie 0 und wird zusätzlich als Wissenslücke ausgewiesen; „Trifft nicht zu“ und "
        "unbeantwortete Fragen zählen nicht mit."
    ),
    "method_2": (
        "Die Punktzahl einer Dimension (0 bis 100) ist der gewichtete Durchschnitt ihrer "
        "Schritte, umgerechnet auf 100. Ist weniger als die Hälfte ihrer Fragen beantwortet, "
        "erhält die Dimension keine Punktzahl und keine Stufe."
    ),
    "method_3": (
        "Die Gesamtpunktzahl ist der gewichtete Durchschnitt der Dimensionen. Die Gesamtstufe "
        "ist die Stufe dieser Punktzahl, liegt aber höchstens eine Stufe über der schwächsten "
        "Dimension: Eine starke Dimension gleicht eine vernachlässigte nicht aus."
    ),
    "method_4": (
        "Empfehlungen folgen aus festen Regeln im Fragebogen, etwa einer niedrigen Stufe oder "
        "einer bestimmten Antwort. Sie sind nach Priorität geordnet, dann nach dem Abstand zur "
        "Zielstufe und nach dem Gewicht der Dimension."
    ),
    "method_5": (
        "Als Stärken nennt der Bericht je Dimension bis zu drei Antworten ab Schritt 2,5, als "
        "Lücken bis zu drei Antworten darunter, jeweils die deutlichsten zuerst. Fragen mit "
        "„Weiß nicht“ stehen gesondert als Wissenslücken."
    ),
    "method_group": (
        "Im Workshop wird jede teilnehmende Person einzeln ausgewertet. Je Dimension zeigt der "
        "Bericht Mittelwert, Spannweite (niedrigster bis höchster Wert) und Standardabweichung "
        "der einzelnen Punktzahlen. Die Einigkeit gilt als hoch bei einer Standardabweichung "
        "unter 10 Punkten und als gering über 20 Punkten. Die Stufe der Gruppe ist die Stufe "
        "des Mittelwerts; für die Gesamtstufe gilt dieselbe Begrenzung durch die schwächste "
        "Dimension."
    ),
    "method_levels": "Die Stufen",
    "col_range_points": "Punkte",
    "col_description": "Bedeutung",
    "level_range": "{low} bis unter {high}",
    "level_range_top": "ab {low}",
    "method_limits": "Grenzen einer Selbsteinschätzung",
    "limit_1": (
        "Das Ergebnis beruht allein auf den Antworten der Beteiligten. Nichts davon wurde "
        "geprüft oder belegt, und Selbsteinschätzungen fallen erfahrungsgemäß eher günstig aus."
    ),
    "limit_2": (
        "Der Bericht ist ein Ausgangspunkt für das Gespräch in der Verwaltung, kein Prüfbericht "
        "und keine Zertifizierung. Ein Vergleich mit ähnlichen Verwaltungen beruht ebenfalls "
        "auf deren eigenen Einschätzungen."
    ),
    "limit_3": (
        "Die genannten Rechtsgrundlagen dienen der Orientierung und sind keine Rechtsberatung. "
        "Ob und wie eine Vorschrift im Einzelfall gilt, klären Sie bitte mit Ihrem Rechtsamt "
        "oder Ihrer Datenschutzbeauftragten."
    ),
    "limit_4": (
        "Punktzahlen sind nur vergleichbar, wenn derselbe Fragebogen in derselben Fassung und "
        "im selben Umfang (Kurzcheck oder Vollcheck) beantwortet wurde."
    ),
    # Appendix
    "appendix": "Anhang: alle Fragen und Antworten",
    "appendix_intro_self": (
        "Schritt: Wert der Antwort von 0 bis 4. Anmerkungen stehen bei der jeweiligen Dimension."
    ),
    "appendix_intro_group": (
        "Je Frage steht, wie viele Teilnehmende welchen Schritt von 0 (nicht vorhanden) bis 4 "
        "(eingeführt und überprüft) gewählt haben; je dunkler das Feld, desto mehr. Die "
        "Verteilung erscheint nur bei mindestens drei Antworten; „Weiß nicht“ ist gesondert "
        "gezählt."
    ),
    "col_answer": "Antwort",
    "col_step": "Schritt",
    "unanswered": "nicht beantwortet",
    "answer_dont_know": "Weiß nicht",
    "answer_not_applicable": "Trifft nicht zu",
    "hidden_distribution": "weniger als drei Antworten",
    # Federal states by their ISO 3166-2:DE codes
    "state_BW": "Baden-Württemberg",
    "state_BY": "Bayern",
    "state_BE": "Berlin",
    "state_BB": "Brandenburg",
    "state_HB": "Bremen",
    "state_HH": "Hamburg",
    "state_HE": "Hessen",
    "state_MV": "Mecklenburg-Vorpommern",
    "state_NI": "Niedersachsen",
    "state_NW": "Nordrhein-Westfalen",
    "state_RP": "Rheinland-Pfalz",
    "state_SL": "Saarland",
    "state_SN": "Sachsen",
    "state_ST": "Sachsen-Anhalt",
    "state_SH": "Schleswig-Holstein",
    "state_TH": "Thüringen",
    "first_steps": "Erste Schritte",
    "first_step_facts": "Zuständig: {owner} · Aufwand: {effort} · Beginn: {start}",
    "legal_duties": "Rechtliche Pflichten",
    "duties_intro_self": (
        "Diese Pflichten gelten unabhängig vom Reifegrad; der Stand folgt aus den Antworten. "
        "„Unklar“ heißt: Die Antworten reichen für eine Einschätzung nicht aus."
    ),
    "duties_intro_group": (
        "Diese Pflichten gelten unabhängig vom Reifegrad. Ein Stand steht nur, wenn die Antworten "
        "aller Teilnehmenden (mindestens drei) ihn ergeben; sonst heißt er „unklar“."
    ),
    "col_duty": "Pflicht",
    "col_status": "Stand",
    "col_basis": "Grundlage",
    "duty_since": "{citation}, gilt seit {date}",
    "duty_from": "{citation}, gilt ab {date}",
    # Excel workbook of the raw data: sheet names and column headers
    "xlsx_answers": "Antworten",
    "xlsx_dimension_scores": "Punkte je Dimension",
    "xlsx_participant": "Person",
    "xlsx_name": "Name",
    "xlsx_mode": "Umfang",
    "mode_short": "Kurzcheck",
    "mode_full": "Vollcheck",
    "xlsx_dimension": "Dimension",
    "xlsx_question_id": "Frage (ID)",
    "xlsx_question": "Frage",
    "xlsx_answer": "Antwort (ID)",
    "xlsx_answer_label": "Antwort",
    "xlsx_step": "Stufenwert",
    "xlsx_note": "Notiz",
    "xlsx_dimension_name": "Dimension (Name)",
    "xlsx_score": "Punkte",
    "xlsx_level": "Stufe",
    "xlsx_level_name": "Stufe (Name)",
    "xlsx_answered": "beantwortet",
    "xlsx_asked": "gefragt",
    "xlsx_dont_know": "Weiß nicht",
    "xlsx_target": "Zielstufe",
    "legend_peers": "Vergleichsgruppe: mittlere Hälfte ({n} Beiträge)",
    "peers_line": "Vergleich mit {n} ähnlichen Verwaltungen aus allen Ländern (Median und "
    "mittlere Hälfte, ganze Punkte): {dimensions}.",
    "peers_line_land": "Vergleich mit {n} ähnlichen Verwaltungen aus dem Land {land} (Median "
    "und mittlere Hälfte, ganze Punkte): {dimensions}.",
    "peers_dimension": "{name} {median} ({low} bis {high})",
}
