"""English UI strings. Same keys as de.py; a test checks it."""

TEXTS: dict[str, str] = {
    # Navigation and sidebar
    "nav.start": "Start",
    "nav.profil": "Profile",
    "nav.fragebogen": "Questionnaire",
    "nav.ergebnis": "Result",
    "nav.export": "Export",
    "nav.jump": "Dimension",
    "nav.step_label": "{number}. {name} ({answered}/{asked} answered)",
    "nav.previous": "Back",
    "nav.next": "Next",
    "nav.to_result": "See the result",
    "sidebar.language": "Language · Sprache",
    "sidebar.autosave": "Every answer is saved at once.",
    "sidebar.privacy": "Everything you enter stays on this server. There are no analytics or "
    "tracking services.",
    # Shared
    "common.cancel": "Cancel",
    "common.unnamed": "unnamed",
    "common.no_assessment": "No assessment is open yet. Start a short or full check on the start "
    "page, or open your resume link.",
    "common.to_start": "Go to the start page",
    "common.other_questionnaire": "This assessment belongs to the questionnaire '{found}', which "
    "this server does not offer.",
    "common.other_version": "Note: the answers were given to version {found} of the "
    "questionnaire; version {expected} is shown.",
    "common.questionnaire_broken": "The questionnaire on this server has errors and cannot be "
    "shown. Please contact whoever runs this server.",
    "notice.link_invalid": "There is no assessment for this link. Check that it was copied "
    "completely, or whether the assessment was deleted.",
    "notice.assessment_gone": "This assessment no longer exists; it was deleted.",
    "notice.deleted": "The assessment was deleted completely.",
    "notice.closed": "The previous assessment is closed. You can still open it with its link.",
    "notice.imported": "The answers file was saved as a new assessment.",
    "notice.created": "A new assessment was created.",
    "notice.new_round": "A new round was created. You can overlay the earlier round on the "
    "result for comparison.",
    "mode.short": "Short check",
    "mode.full": "Full check",
    "mode.label": "Scope",
    "mode.explain": "You can switch at any time; answers already given are kept.",
    # Start
    "start.title": "AI readiness check for municipalities",
    "start.intro": "How well prepared is your administration for artificial intelligence? This "
    "self-assessment asks about strategy, responsibilities, law and ethics, skills, culture, "
    "data and IT. You get a profile with maturity levels and concrete, prioritised "
    "recommendations – no account needed.",
    "start.dimensions": "{count} dimensions: {names}",
    "start.short_size": "Short check: {count} questions, about {minutes} minutes",
    "start.full_size": "Full check: {count} questions, about {minutes} minutes",
    "start.privacy": "Your answers are stored only on this server and are not passed on. You "
    "can stop at any time and continue later with your personal link.",
    "start.begin_heading": "Start an assessment",
    "start.short": "Start the short check",
    "start.full": "Start the full check",
    "start.current_heading": "Your current assessment",
    "start.current": "**{org}** · {mode}",
    "start.continue": "Continue with the questionnaire",
    "start.to_result": "See the result",
    "start.more_actions": "New round, start over or delete",
    "start.new_round_explain": "A **new round** creates another assessment with the same "
    "profile and targets, for example to repeat the check in a year. You can overlay earlier "
    "rounds on the radar chart of the result.",
    "start.new_round": "Start a new round",
    "start.restart_explain": "**Start over** closes this assessment in this browser. It stays "
    "saved: you can open it again with its link.",
    "start.restart": "Start over",
    "start.restart_question": "Close this assessment in this browser and start over? Without "
    "the link you cannot get back to your answers.",
    "start.restart_confirm": "Yes, start over",
    "start.delete_explain": "**Delete** removes the assessment with all answers, notes and "
    "targets from this server for good.",
    "start.delete": "Delete the assessment",
    "start.delete_question": "Delete the assessment for good? This cannot be undone.",
    "start.delete_confirm": "Yes, delete for good",
    "start.resume_heading": "Continue with a link",
    "start.import_heading": "Import an answers file",
    "start.import_explain": "Did you save your answers as a file (JSON)? Upload it here. The "
    "file is checked completely; only then is it saved as a new assessment.",
    "start.import_label": "Answers file (JSON or YAML)",
    "start.import_ready": "The file is valid: {org}, {count} answers.",
    "start.import_open": "Open as a new assessment",
    # Resume link
    "resume.explain": "**Your resume link.** It opens this assessment again later, also in "
    "another browser:",
    "resume.keep_safe": "Keep the link safe, for example in your files. Anyone who knows it can "
    "read, change and delete the assessment. The link contains none of your answers, only a "
    "random identifier.",
    "resume.paste": "Paste a link or identifier",
    "resume.paste_placeholder": "https://…/?t=…",
    "resume.open": "Open the assessment",
    "resume.not_a_link": "This is not a valid resume link. Copy the complete link as it was "
    "shown to you.",
    # Upload
    "upload.invalid": "The file '{name}' cannot be used. Nothing was saved. Problems found:",
    # Profile
    "profil.title": "Profile of your administration",
    "profil.intro": "These details appear in the report. Only the name is needed; everything "
    "else is optional. Every change is saved at once.",
    "profil.to_questions": "Continue with the questionnaire",
    "profile.organisation": "Name of the administration",
    "profile.organisation_placeholder": "e.g. Stadt Musterstadt",
    "profile.name_required": "Please enter a name; it appears in the report.",
    "profile.kind": "Kind of municipality",
    "profile.population": "Population",
    "profile.state": "Federal state (Land)",
    "profile.role": "Your role",
    "profile.role_placeholder": "e.g. digitalisation officer, head of central administration",
    "profile.date": "Date of the assessment",
    "profile.choose": "Please choose",
    "profile.optional": "optional",
    "kind.gemeinde": "Municipality (Gemeinde)",
    "kind.stadt": "Town (Stadt)",
    "kind.kreisfreie_stadt": "County-free city (kreisfreie Stadt)",
    "kind.landkreis": "County (Landkreis)",
    "state.BW": "Baden-Württemberg",
    "state.BY": "Bavaria",
    "state.BE": "Berlin",
    "state.BB": "Brandenburg",
    "state.HB": "Bremen",
    "state.HH": "Hamburg",
    "state.HE": "Hesse",
    "state.MV": "Mecklenburg-Western Pomerania",
    "state.NI": "Lower Saxony",
    "state.NW": "North Rhine-Westphalia",
    "state.RP": "Rhineland-Palatinate",
    "state.SL": "Saarland",
    "state.SN": "Saxony",
    "state.ST": "Saxony-Anhalt",
    "state.SH": "Schleswig-Holstein",
    "state.TH": "Thuringia",
    # Questionnaire
    "fragebogen.title": "Questionnaire",
    "fragebogen.no_questions": "The questionnaire has no questions for this scope.",
    "fragebogen.autosave": "Your answers and notes are saved at once. You can stop at any time "
    "and continue with your link (see the start page).",
    "progress.overall": "{answered} of {asked} questions answered in total",
    "progress.dimension": "{name}: {answered} of {asked} answered",
    "question.dont_know": "Don't know",
    "question.not_applicable": "Not applicable",
    "question.multi_hint": "Several answers possible: choose all that apply.",
    "question.help": "Why this question?",
    "question.references": "Sources: {references}",
    "question.note": "Note (appears in the report)",
    "question.note_placeholder": "e.g. council decision planned for the second quarter",
    # Result
    "ergebnis.title": "Result",
    "ergebnis.profile_heading": "Profile by dimension",
    "ergebnis.recommendations_heading": "Recommendations",
    "ergebnis.gaps_heading": "Open questions (knowledge gaps)",
    "ergebnis.limits_heading": "Limits of a self-assessment",
    "ergebnis.limits": "The result rests on your answers alone. Self-assessments tend to be too "
    "favourable, and one person rarely sees the whole administration. Use the result as a "
    "starting point for talking with departments, IT, data protection and the staff council – "
    "not as an audit finding or legal advice.",
    "ergebnis.to_export": "Download the report and data",
    "result.level_heading": "Overall level {level} of {count}: {name}",
    "result.score_line": "Overall score {score} of 100 · completeness {completeness}",
    "result.no_overall": "Answers are still missing for an overall result (answered: "
    "{completeness}). A dimension is rated once at least half of its questions are answered; "
    "the overall result once at least half of the dimensions are rated.",
    "result.capped": "The score alone would give level {uncapped} ({uncapped_name}). But the "
    "weakest dimension – {dimensions} – is at level {weakest} ({weakest_name}). The overall level "
    "is at most one level above the weakest dimension, so that strengths do not hide a gap; "
    "hence level {level}.",
    "result.and": " and ",
    "chart.current": "Current",
    "chart.target": "Target",
    "chart.no_score": "too few answers",
    "chart.no_value": "no value",
    "chart.alt": "Scores per dimension from 0 to 100.",
    "chart.radar_caption": "The rings mark where levels 1 to {levels} begin; the further out, "
    "the more mature. The table below holds the same values.",
    "chart.bars_caption": "The bands show the levels: {levels}. A target mark stands where the "
    "target level begins.",
    "table.dimension": "Dimension",
    "table.score": "Score",
    "table.level": "Level",
    "table.completeness": "Answered",
    "table.dont_know": "'Don't know'",
    "table.target": "Target",
    "table.gap": "Gap to target",
    "table.caption": "Score from 0 to 100; 'Don't know' counts as 0 and is reported as a "
    "knowledge gap. A dimension without a score has too few answers.",
    "targets.title": "Set a target profile",
    "targets.explain": "Which level do you want to reach in each dimension? The target appears "
    "on the radar chart and helps order the recommendations.",
    "targets.none": "no target",
    "compare.label": "Comparison",
    "compare.help": "Overlays an earlier round or an answers file on the radar chart.",
    "compare.none": "No comparison",
    "compare.file_option": "From an answers file …",
    "compare.file_series": "Comparison file",
    "compare.upload": "Answers file for comparison",
    "compare.round": "Round of {date} ({org}, {mode})",
    "recommendations.filter": "Filter by dimension",
    "recommendations.all_dimensions": "All dimensions",
    "recommendations.none": "Your answers do not call for any recommendation at present.",
    "recommendations.dimension": "Dimension: {name}",
    "recommendations.effort": "Effort: {effort}",
    "recommendations.owner": "Owner: {owner}",
    "recommendations.references": "Basis: {references}",
    "priority.critical": "Critical",
    "priority.high": "High priority",
    "priority.medium": "Medium priority",
    "priority.low": "Low priority",
    "effort.quick_win": "quick win",
    "effort.project": "project",
    "effort.programme": "programme",
    "gaps.none": "You did not answer any question with 'Don't know'.",
    "gaps.intro": "You answered {count} questions with 'Don't know'. They count as 0 – clarify "
    "them with the people responsible:",
    # Export
    "export.title": "Export",
    "export.answers_heading": "Answers file",
    "export.answers_explain": "The answers file (JSON) holds all answers, notes, targets and the "
    "profile. You can keep it and import it again later.",
    "export.json": "Download the answers file (JSON)",
    "export.report_heading": "Report",
    "export.report_explain": "The report sums up profile, result, recommendations and method for "
    "the leadership, the council and the staff council.",
    "export.reports_pending": "The PDF and HTML report is in preparation. Meanwhile you can "
    "download the answers file.",
    "export.make_pdf": "Create the PDF report",
    "export.making_pdf": "Creating the PDF report …",
    "export.pdf": "Download the PDF report",
    "export.html": "Download the report as HTML",
    "export.raw_explain": "The raw data for your own analysis:",
    "export.csv": "Answers as CSV",
    "export.xlsx": "Answers as Excel (XLSX)",
    "export.resume_heading": "Resume link",
}
