"""English UI strings (namespace "ui"). Same keys as ui_de.py; a test checks it."""

TEXTS: dict[str, str] = {
    # Navigation and sidebar
    "nav.start": "Start",
    "nav.profil": "Profile",
    "nav.fragebogen": "Questionnaire",
    "nav.ergebnis": "Result",
    "nav.plan": "Roadmap",
    "plan.title": "Roadmap and strategy",
    "plan.make_pdf": "Create the summary for the council (PDF)",
    "plan.making_pdf": "Creating the summary …",
    "plan.pdf": "Download the summary for the council (PDF)",
    "plan.make_pdf_again": "Create the summary again (PDF)",
    "plan.pdf_ready": "The summary is ready.",
    "nav.export": "Export",
    "nav.jump": "Dimension",
    "nav.previous": "Back",
    "nav.next": "Next",
    "nav.to_result": "See the result",
    "sidebar.language": "Language · Sprache",
    "sidebar.autosave": "Every answer is saved at once.",
    "sidebar.privacy": "Everything you enter stays on this server. There are no analytics or "
    "tracking services.",
    "rechtsstand.as_of": "Legal status as of: {date}",
    "rechtsstand.stale": "The legal status of {date} is more than six months old. Dates and "
    "duties may have changed since; check the legal statements before you rely on them.",
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
    "notice.new_round": "A new round was created. You can overlay the earlier round on the "
    "result for comparison.",
    "mode.short": "Short check",
    "mode.full": "Full check",
    "mode.label": "Scope",
    "mode.explain": "You can switch at any time; answers already given are kept.",
    # Start
    "start.title": "AI readiness check for municipalities",
    "start.intro": "How well prepared is your administration for artificial intelligence? This "
    "self-assessment asks where you stand in the areas listed below. You get a profile with "
    "maturity levels and concrete, prioritised recommendations – no account needed.",
    "start.dimensions": "{count} dimensions: {names}",
    "start.dimensions.one": "1 dimension: {names}",
    "start.short_size": "Short check: {count} questions, about {minutes} minutes",
    "start.short_size.one": "Short check: 1 question, about {minutes} minutes",
    "start.full_size": "Full check: {count} questions, about {minutes} minutes",
    "start.full_size.one": "Full check: 1 question, about {minutes} minutes",
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
    "start.import_ready.one": "The file is valid: {org}, 1 answer.",
    "start.import_open": "Open as a new assessment",
    # Resume link
    "resume.explain": "**Your resume link.** It opens this assessment again later, also in "
    "another browser:",
    "resume.keep_safe": "Keep the link safe, for example in your files. Anyone who knows it can "
    "read, change and delete the assessment. The link contains none of your answers, only a "
    "random identifier.",
    "resume.short": "Your link to continue, also in another browser. Keep it safe: anyone "
    "who knows it can read and change the assessment.",
    "resume.paste": "Paste a link or identifier",
    "resume.paste_placeholder": "https://…/?t=…",
    "resume.open": "Open the assessment",
    "resume.not_a_link": "This is not a valid resume link. Copy the complete link as it was "
    "shown to you.",
    # Upload
    "input.cut": "The text had {length} characters; at most {limit} fit here. It was cut to its "
    "first {limit} characters. Please check the end.",
    "upload.choose": "Choose file",
    "upload.hint": "Drag a file here or choose one: JSON or YAML, at most {limit} MB",
    "upload.input": "Upload a file",
    "upload.other": "Choose another file",
    "upload.too_large": "The file is too large. Answers files may be at most {limit} MB.",
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
    "day_field.placeholder": "YYYY-MM-DD",
    "day_field.invalid": "This is not a valid date. Please enter it as YYYY-MM-DD, for "
    "example 2026-12-04; the date saved before is kept.",
    "profile.choose": "Please choose",
    "profile.optional": "optional",
    "kind.gemeinde": "Municipality (Gemeinde)",
    "kind.stadt": "Town (Stadt)",
    "kind.kreisfreie_stadt": "County-free city (kreisfreie Stadt)",
    "kind.landkreis": "County (Landkreis)",
    "kind.amt": (
        "Association of municipalities "
        "(Amt, Verbandsgemeinde, Samtgemeinde, Verwaltungsgemeinschaft)"
    ),
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
    "fragebogen.autosave": "Your answers and notes are saved at once. You can stop at any "
    "time and continue with this link (keep it safe):",
    "fragebogen.about_dimension": "What this area is about",
    "fragebogen.overview": "Progress by dimension",
    "progress.overall": "{answered} of {asked} questions answered in total",
    "progress.dimension": "{name}: {answered} of {asked} answered",
    "open_questions.next": "Next open question ({count} open)",
    "open_questions.mark": "open",
    "question.dont_know": "Don't know",
    "question.not_applicable": "Not applicable",
    "question.multi_hint": "Choose all that apply.",
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
    "result.capped": "The score alone would give level {uncapped} ({uncapped_name}). {weakest} "
    "The overall level is at most one level above the weakest dimension, so that strengths do "
    "not hide a gap; hence level {level}.",
    "result.capped_by_one": "But the weakest dimension, {names}, is at level {level} ({name}).",
    "result.capped_by_many": "But the weakest dimensions, {names}, are at level {level} ({name}).",
    "result.quoted": "“{name}”",
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
    "table.scroll_hint": "The table is wider than the screen: swipe it sideways.",
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
    "recommendations.filter": "Filter by dimension (none chosen: all)",
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
    "gaps.intro.one": "You answered one question with 'Don't know'. It counts as 0 – clarify "
    "it with the people responsible:",
    # Export
    "export.title": "Export",
    "export.answers_heading": "Answers file",
    "export.answers_explain": "The answers file (JSON) holds all answers, notes, targets and the "
    "profile. You can keep it and import it again later.",
    "export.json": "Download the answers file (JSON)",
    "export.report_heading": "Report",
    "export.report_explain": "The report sums up profile, result, recommendations and method for "
    "the leadership, the council and the staff council.",
    "export.summary_heading": "Summary for the council",
    "export.summary_explain": (
        "Two pages for the mayor and the council: where your administration stands, which "
        "duties apply, the first steps, the use cases, the roadmap and a proposed resolution."
    ),
    "export.to_plan": "Roadmap, strategy draft and templates",
    "export.make_pdf": "Create the PDF report",
    "export.making_pdf": "Creating the PDF report …",
    "export.pdf": "Download the PDF report",
    "export.make_pdf_again": "Create the PDF report again",
    "export.pdf_step_typeset": "Setting the pages; this takes a few seconds …",
    "export.pdf_ready": "The PDF report is ready.",
    "export.pdf_made_at": "Created at {time}.",
    "export.html": "Download the report as HTML",
    "export.raw_explain": "The raw data for your own analysis:",
    "export.csv": "Answers as CSV",
    "export.xlsx": "Answers as Excel (XLSX)",
    "export.resume_heading": "Resume link",
    # Workshop: navigation and shared parts
    # Streamlit's own texts, shown in the UI language (ui/widget_texts.py)
    "widget.skip_link": "Skip to main content",
    "widget.sidebar": "Sidebar",
    "widget.sidebar_collapse": "Collapse sidebar",
    "widget.sidebar_expand": "Expand sidebar",
    "widget.pages": "App pages",
    "widget.heading_link": "Link to heading",
    "widget.copy": "Copy to clipboard",
    "widget.open": "Open",
    "widget.close": "Close",
    "widget.choose": "Choose an option",
    "widget.progress": "progress",
    "widget.fullscreen": "Fullscreen",
    "widget.fullscreen_exit": "Exit fullscreen",
    "widget.fullscreen_of": "Fullscreen: {name}",
    "widget.fullscreen_close": "Close fullscreen",
    "widget.fullscreen_close_of": "Close fullscreen: {name}",
    "widget.clear_value": "Clear value",
    "widget.increment": "Increment",
    "widget.decrement": "Decrement",
    "widget.clear_all": "Clear all",
    "widget.selected_values": "Selected values",
    "widget.dismiss": "Dismiss",
    "widget.no_results": "No results",
    "widget.select_all": "Select all",
    "widget.select_matches": "Select {count} matches",
    "widget.help_for": "Help for {name}",
    "widget.remove": "Remove {name}",
    "widget.cancel_upload": "Cancel upload of {name}",
    "widget.selected": "{name}, selected",
    "widget.options": "{count} options available.",
    "widget.options.one": "{count} option available.",
    "widget.number_outside": "Error: Number is outside the allowed range. Please enter a "
    "value between {min} and {max}.",
    "widget.number_below": "Error: Number is below the allowed range.",
    "widget.number_below_min": "Error: Number is below the allowed range. Please enter a "
    "value greater than or equal to {min}.",
    "widget.number_above": "Error: Number is above the allowed range.",
    "widget.number_above_max": "Error: Number is above the allowed range. Please enter a "
    "value less than or equal to {max}.",
    "nav.workshop_leiten": "Run a workshop",
    "nav.workshop_beitreten": "Join a workshop",
    "nav.praesentation": "Presentation",
    "join_info.code_label": "Code to join",
    "join_info.link": "Link to join, for example by e-mail or chat:",
    "join_info.qr_alt": "QR code with the link to join",
    "live.joined": "Joined",
    "live.finished": "Finished",
    "live.dimension_progress": "{name}: {answered} of {possible} answers",
    "live.batched": "While the workshop is open, a dimension's figures change only once at "
    "least three people have answered or changed something in it. So no change reveals one "
    "person's answer.",
    "consensus.high": "high",
    "consensus.medium": "medium",
    "consensus.low": "low",
    "group.n": "n",
    "group.mean": "Mean",
    "group.median": "Median",
    "group.min": "Min",
    "group.max": "Max",
    "group.std": "SD",
    "group.consensus": "Consensus",
    "group.table_caption": "Scores from 0 to 100; each person is scored alone, then the group "
    "is summarised. n is the number of people with a score in the dimension, SD their standard "
    "deviation. Consensus: high with an SD below 10 points, low above 20.",
    "group.prompts_heading": "Discussion prompts",
    "group.prompts_explain": "The questions on which views differ most. Only questions with at "
    "least 3 answers are shown.",
    "group.no_prompts": "No question yet on which at least 3 people answered differently.",
    "group.answer": "Answer",
    "group.count": "Count",
    "group.prompt_caption": "{count} scored answers, {dont_know} × “Don't know”, "
    "standard deviation {std} steps",
    "group.prompt_caption.one": "1 scored answer, {dont_know} × “Don't know”, standard deviation "
    "{std} steps",
    "chart.group_mean": "Group (mean)",
    "chart.group_band": "Group range (min to max)",
    "chart.own": "Your profile",
    "chart.group_alt": "Radar chart of the group of {count} people, scores from 0 to 100.",
    "chart.group_alt.one": "Radar chart of the group of 1 person, scores from 0 to 100.",
    "chart.group_alt_dimension": "{name}: mean {mean}, range {range}",
    "chart.own_alt": "(your score {score})",
    "chart.group_caption": "The line shows the mean, the shaded area the range from the lowest "
    "to the highest score. To protect individuals, figures appear only from 3 people with a "
    "score and the range only from 5. The rings mark where levels 1 to {levels} begin. The "
    "same values are in the table.",
    "workshop_notice.busy": "The database is busy at the moment; the last change was not "
    "saved. Please try again in a moment.",
    "workshop_notice.deleted": "The workshop and all its answers have been deleted.",
    "workshop_notice.left": "You have left the dashboard. Your host link brings you back.",
    "workshop_notice.gone": "The workshop has been deleted in the meantime, for example by the "
    "facilitator. Your last input was not saved.",
    "workshop_notice.refused": "Your last answer was not saved: the workshop has been closed "
    "meanwhile.",
    # Workshop: facilitator
    "host.title": "Run a workshop",
    "host.intro": "Run the check with a group: participants answer on their own devices, the "
    "projector shows the group's profile and where views differ. Answers stay anonymous; "
    "nobody sees another person's answers.",
    "host.create_heading": "Create a workshop",
    "host.title_label": "Workshop title",
    "host.title_placeholder": "e.g. Heads of department, Town of Sampleton",
    "host.title_required": "Please enter a title; it appears on the projector and in the report.",
    "host.mode_option": "{mode} ({count} questions)",
    "host.mode_option.one": "{mode} (1 question)",
    "host.dimensions_label": "Ask only these dimensions (optional)",
    "host.dimensions_help": "Without a choice, all dimensions are asked.",
    "host.no_questions": "This choice has no questions in the chosen scope. Choose more "
    "dimensions or the full check.",
    "host.create": "Create workshop",
    "host.invalid_link": "This host link is not valid, or the workshop has been deleted. No "
    "data is shown.",
    "host.wrong_questionnaire": "This workshop belongs to the questionnaire “{found}” in a "
    "version this server does not offer. Its results cannot be shown here.",
    "host.summary": "{mode} · {count} questions",
    "host.summary.one": "{mode} · 1 question",
    "host.status_closed": "The workshop is closed. No more answers are accepted; results and "
    "report remain available.",
    "host.host_link_heading": "Your host link (secret)",
    "host.host_link_explain": "This link opens this dashboard again, on any device. Save it "
    "now, for example as a bookmark.",
    "host.host_link_warning": "Do not pass this link on or show it on the projector: whoever "
    "has it can reveal results, close the workshop and delete it.",
    "host.join_heading": "Joining",
    "host.present_heading": "Presentation for the projector",
    "host.present_open": "Open the presentation",
    "host.present_explain": "The presentation opens in a new tab; press F11 there for full "
    "screen. Its link does not contain your host link, only a key for viewing. Use “Back” and "
    "“Next” here or on the projector to change the view.",
    "host.live_heading": "Live status",
    "host.reveal": "Show results",
    "host.reveal_help": "While this is off, neither the projector nor the participants see any "
    "results.",
    "host.reveal_open_question": "The workshop is still open. People who see the group's "
    "picture before they have finished tend to adjust their own view to it, and the "
    "differences you want to discuss disappear. The figures then change in steps: a dimension's "
    "only once at least three people have answered or changed something in it. Recommended: "
    "close the workshop "
    "first (below), then show the results. Show them "
    "now anyway?",
    "host.reveal_open_confirm": "Yes, show them now",
    "host.no_participants": "Nobody has joined yet. Show the code or the QR code.",
    "host.progress_heading": "Progress per dimension",
    "host.participants_heading": "Participants ({count})",
    "host.participant_name": "Name or role",
    "host.participant_status": "Status",
    "host.anonymous": "anonymous",
    "host.status_finished": "finished",
    "host.status_answering": "still answering",
    "host.results_heading": "Group result",
    "host.hidden": "The results are still hidden. Switch on “Show results” when the group is "
    "ready.",
    "host.no_results": "Nobody has taken part yet.",
    "host.gone": "This workshop no longer exists.",
    "host.export_heading": "Report and raw data",
    "host.export_explain": "The group report contains the profile, spread, consensus, "
    "discussion prompts and recommendations, but no individual answers. It is made from the "
    "current state.",
    "host.export_open": "The workshop is still open: report, raw data and roadmap hold the "
    "answers as they last became visible to everyone. Close the workshop so that they hold "
    "every answer.",
    "host.export_empty": "As soon as someone has joined, you can download the group report and "
    "the raw data here.",
    "host.plan_explain": (
        "**The group's roadmap and strategy**: council summary, strategy draft and roadmap "
        "from the answers the group meets on (the middle value of each question once at "
        "least three have answered)."
    ),
    "host.raw_explain": "Raw data: one row per person and question. People appear as numbers "
    "drawn at random for every download, so a number never points to a person.",
    "host.raw_explain_names": "Raw data: one row per person and question, with the names or "
    "roles participants gave themselves. The file therefore holds personal data: handle it like "
    "any other file with such data.",
    "host.raw_too_few": "Raw data is available from 3 participants: with fewer, every row "
    "could be told apart.",
    "host.include_names": "Include names in the raw data",
    "host.include_names_help": "Only names or roles that participants gave themselves. Without "
    "the tick, the raw data contains numbers only.",
    "host.end_heading": "End the workshop",
    "host.close_explain": "**Close** ends participation: no more answers are accepted. Results "
    "and report remain available.",
    "host.close": "Close workshop",
    "host.close_question": "Close the workshop? It will accept no more answers; this cannot be "
    "undone.",
    "host.close_confirm": "Yes, close",
    "host.waiting": "Not in the figures yet: answers of {count} people. They appear once at least "
    "three people have answered in a dimension, at the latest when the workshop is closed.",
    "host.waiting.one": "Not in the figures yet: answers of 1 person. They appear once at least "
    "three people have answered in a dimension, at the latest when the workshop is closed.",
    "host.close_waiting": "Note: the results are already shown, and {count} people have "
    "answered since the figures were last updated. Closing adds their answers; whoever "
    "compares the figures before and after can work out their answers. Hide the results "
    "before closing if that must not happen.",
    "host.close_waiting.one": "Note: the results are already shown, and 1 person has answered "
    "since the figures were last updated. Closing adds their answers; whoever compares the "
    "figures before and after can work out their answers. Hide the results before closing if "
    "that must not happen.",
    "host.delete_explain": "**Delete** removes the workshop with all participants and answers "
    "from this server for good.",
    "host.delete": "Delete workshop",
    "host.delete_question": "Delete the workshop and all its answers for good? This cannot be "
    "undone.",
    "host.delete_confirm": "Yes, delete for good",
    "host.leave_explain": "**Leave** closes this dashboard in this browser, for example to "
    "create another workshop. The workshop stays.",
    "host.leave": "Leave dashboard",
    # Workshop: presentation
    "present.title": "Presentation",
    "present.invalid": "This presentation link is not valid, or the workshop has been deleted. "
    "Open the presentation from the dashboard.",
    "present.gone": "This workshop no longer exists.",
    "present.closed": "The workshop is closed.",
    "present.join_how": "Scan the QR code, or open this address and enter the code:",
    "present.live_title": "Participation",
    "present.answers": "Answers so far: {answered} of {possible}",
    "present.hidden_title": "More in a moment",
    "present.hidden": "The results will be shown as soon as the facilitator reveals them. "
    "Joined so far: {joined}.",
    "present.radar_title": "The group's profile ({count} people)",
    "present.radar_title.one": "The group's profile (1 person)",
    "present.batched": "Open workshop: the figures change only once at least three people have "
    "answered or changed something.",
    "present.dimension_stats": "Mean **{mean}** · range {range} · consensus **{consensus}**",
    "present.radar_legend": "The line shows the group's mean.",
    "present.radar_legend_band": "The line shows the group's mean, the shaded area the range "
    "from the lowest to the highest score.",
    "present.levels_heading": "How many people see the administration at each level:",
    "present.level_label": "Level {level}: {name}",
    "present.too_few": "A distribution needs at least 3 assessments, so that no single "
    "assessment can be told apart.",
    "present.prompt_title": "Discussion prompt {number}",
    "present.no_prompt": "There is no question with enough differing answers for this yet.",
    "present.prompt_caption": "{count} scored answers, {dont_know} × “Don't know”",
    "present.prompt_caption.one": "1 scored answer, {dont_know} × “Don't know”",
    "present.position": "Step {number} of {count}: **{name}**",
    "present.step_join": "Joining",
    "present.step_live": "Participation",
    "present.step_radar": "Group profile",
    "present.step_dimension": "Dimension “{name}”",
    "present.step_prompt": "Discussion prompt {number}",
    # Workshop: participant
    "join.title": "Join a workshop",
    "join.intro": "Enter the code the facilitator shows.",
    "join.code_label": "Join code",
    "join.code_placeholder": "e.g. K7P 4QX",
    "join.code_missing": "Please enter the code (6 characters).",
    "join.name_label": "Name or role (optional)",
    "join.name_placeholder": "e.g. Public order office",
    "join.anonymous": "You take part anonymously if you leave this field empty. Nobody sees "
    "your answers individually; only the group's result is shown. Only the facilitator sees a "
    "name, and it appears in the raw data only if the facilitator explicitly chooses so.",
    "join.submit": "Join",
    "join.unknown_code": "There is no workshop with the code “{code}”. Check the spelling; the "
    "code has 6 characters.",
    "join.wait": "Too many wrong codes in a short time. Please wait before you try again "
    "(waiting time: {seconds} s).",
    "join.closed": "This workshop is already closed and accepts no more answers.",
    "join.link_invalid": "This participation link no longer exists, for example because the "
    "workshop was deleted. You can join again with a code.",
    "join.wrong_questionnaire": "This workshop belongs to a questionnaire this server does not "
    "offer.",
    "join.you_anonymous": "You are taking part anonymously.",
    "join.carried_over": "You started with version {found} of the questionnaire; your answers "
    "were carried over to version {expected}: {carried} answers were kept, {open} questions "
    "are new or reworded and still open.",
    "join.you_named": "You are taking part as: {name}",
    "join.results_hidden": "The results appear here as soon as the facilitator reveals them.",
    "join.closed_now": "The workshop is closed. Your answers are saved; changes are no longer "
    "accepted.",
    "join.answers_heading": "Your answers",
    "join.autosave": "Every answer is saved at once. If you reload the page or come back later, "
    "you continue here.",
    "join.finish": "Done",
    "join.finished_toast": "Thank you! Your answers are saved.",
    "join.finished": "Thank you! Your answers are saved. You can still change them until the "
    "workshop is closed.",
    "own.heading": "Your profile beside the group's",
    "own.explain": "Your own scores beside the group's mean and range ({count} people). You do "
    "not see anyone else's answers.",
    "own.explain.one": "Your own scores beside the group's mean and range (1 person). You do not "
    "see anyone else's answers.",
    "own.score": "Your score",
    "own.range": "Group range",
    "group.range_value": "{low} to {high}",
    "group.range_hidden": "only from 5 people",
    "group.too_few": "Fewer than 3 people have a score here. To protect individuals, no "
    "figures are shown for it.",
    "own.caption": "Scores from 0 to 100. A large distance from the group is a good reason to "
    "ask about it in the workshop.",
    # Use-case navigator (views/anwendungsfaelle.py, views/anwendungsfall.py)
    "nav.anwendungsfaelle": "Use cases",
    "nav.anwendungsfall": "Use case",
    "uc.title": "Use cases",
    "uc.intro": "Which AI applications fit where you stand? Each use case names the minimum "
    "levels it needs and its first assessment under the AI Act.",
    "uc.filter_family": "Families",
    "uc.filter_kind": "Kind of municipality",
    "uc.filter_kind_all": "all kinds",
    "uc.filter_fit": "Fit",
    "uc.fit.startklar": "ready to start",
    "uc.fit.mit_vorarbeiten": "needs groundwork",
    "uc.fit.noch_nicht": "not yet",
    "uc.fit_explain": "**ready to start**: every minimum level reached · **needs groundwork**: "
    "one level missing at most · **not yet**: two or more levels missing.",
    "uc.family.document_management": "Document management",
    "uc.family.text_recognition": "Text recognition",
    "uc.family.speech_audio": "Speech and audio recognition",
    "uc.family.image_objects": "Image recognition: objects",
    "uc.family.image_people": "Image recognition: people",
    "uc.family.spatial": "Spatial recognition",
    "uc.family.chatbots_assistants": "Chatbots and assistants",
    "uc.family.automated_decisions": "Automated decisions",
    "uc.matrix_heading": "Value and effort",
    "uc.value": "Value",
    "uc.effort": "Effort",
    "uc.value_axis": "Value (1 low – 5 high)",
    "uc.effort_axis": "Effort (1 low – 5 high)",
    "uc.matrix_alt": "Scatter chart: {count} use cases by effort (horizontal) and value "
    "(vertical); {ready} ready to start (circles), {prep} needing groundwork (diamonds), "
    "{notyet} not yet (crosses). The table gives the same values.",
    "uc.matrix_alt.one": "Scatter chart: 1 use case by effort (horizontal) and value "
    "(vertical); {ready} ready to start (circles), {prep} needing groundwork (diamonds), "
    "{notyet} not yet (crosses). The table gives the same values.",
    "uc.matrix_caption": "Shape and colour show the fit: circle ready to start, diamond needs "
    "groundwork, cross not yet. Top left: high value for little effort.",
    "uc.none_match": "No use case matches these filters.",
    "uc.col_title": "Use case",
    "uc.col_family": "Family",
    "uc.col_fit": "Fit",
    "uc.col_classification": "AI Act",
    "uc.col_missing": "Missing",
    "uc.missing_item": "{dimension}: {level} of {required}",
    "uc.no_level": "no level",
    "uc.details_heading": "Details",
    "uc.open_detail": "View details",
    "uc.not_measured": "Your questionnaire does not measure every dimension the catalogue "
    "requires ({dimensions}); these count as not reached.",
    "uc.back_to_list": "Back to the overview",
    "uc.unknown": "The catalogue has no such use case.",
    "uc.what": "What it does",
    "uc.why": "Value {value} of 5: {reason}",
    "uc.effort_value": "Effort {value} of 5",
    "uc.data": "Typical data",
    "uc.personal.none": "no personal data",
    "uc.personal.personal": "personal data",
    "uc.personal.special": "special categories of personal data (Art. 9 GDPR)",
    "uc.prerequisites": "Prerequisites and where you stand",
    "uc.col_dimension": "Dimension",
    "uc.col_required": "Minimum level",
    "uc.col_level": "Your level",
    "uc.col_met": "Met",
    "uc.met_yes": "yes",
    "uc.met_no": "no",
    "uc.close_gap": 'How to close the gap in "{dimension}"',
    "uc.legal": "Legal notes",
    "uc.expected": "Expected classification under the AI Act: {label}",
    "uc.expected_obligations": "Obligations for this classification",
    "uc.offer": "Offer",
    "uc.kinds": "Suits",
    "uc.examples": "Examples from municipalities",
    "triage.heading": "AI Act check for your use",
    "triage.intro": 'Answer the questions one by one. "Back" changes an answer; "Don\'t know" '
    'leads to "legal review needed".',
    "triage.prefill": "Fill in the catalogue's answers",
    "triage.restart": "Start again",
    "triage.back": "Back",
    "triage.next": "Next",
    "triage.question_number": "Question {number}",
    "triage.path": "Your path so far",
    "triage.path_item": "{question} → **{answer}**",
    "triage.result": "Result: {label}",
    "triage.obligations": "Obligations and when they apply",
    "triage.obligation": "**{citation}** ({when}): {text}",
    "triage.rechtsstand": "Legal status as of {date}",
    "triage.stale": "The legal status is more than six months old. Check whether dates have "
    "changed.",
    "peers.heading": "Comparison with similar administrations",
    "peers.need_profile": "The comparison needs the kind of municipality in the profile and, "
    "except for districts, the population. You can enter both on the “Profile” page.",
    "peers.consent_heading": "Contribute your result anonymously to the comparison",
    "peers.consent_text": "If you agree, we store exactly these details for the comparison: "
    "the kind of municipality ({kind}), the size class ({size}), the federal state ({land}), "
    "the year ({year}) and, per dimension, your score and your target level. The name of the "
    "administration, notes and individual answers are not stored.\n\n"
    "Others see only summaries of groups with at least five contributions (median and middle "
    "half, in whole points), never a single contribution. Each assessment counts once; when a "
    "later round of your administration contributes, it replaces the earlier contribution. You "
    "can withdraw the contribution here at any time, later too through the resume link of this "
    "assessment; it is then deleted. Deleting the assessment deletes the contribution with it.",
    "peers.consent": "I agree that these details are stored anonymously for the comparison.",
    "peers.contribute": "Contribute anonymously",
    "peers.contributed": "Your contribution is stored (as of {day}).",
    "peers.update": "Update contribution",
    "peers.withdraw": "Withdraw contribution",
    "peers.no_land": "not given",
    "peers.all_lands": "all federal states",
    "peers.same_land": "Only administrations from {land}",
    "peers.too_few": "There are not yet {k} contributions from administrations like yours. To "
    "protect each of them, the comparison appears only from {k} contributions of other "
    "administrations.",
    "peers.widened": "There are not yet {k} contributions from your federal state, so the group "
    "from all federal states is shown.",
    "peers.group": "Comparison group: {size}, {land}, {n} contributions.",
    "peers.own": "Your score",
    "peers.median": "Group median",
    "peers.middle_half": "Middle half (25–75%)",
    "peers.range": "{low} to {high}",
    "peers.median_series": "Comparison group (median)",
    "peers.band_series": "Middle half of the group",
    "peers.alt": "Radar chart: your scores per dimension beside the median and the middle half "
    "of the comparison group; the figures are in the table below.",
    "peers.caption": "Scores from 0 to 100, rounded to whole points. The middle half runs from "
    "the first to the third quartile: a quarter of the group lies below it, a quarter above. "
    "Your own contribution is not counted.",
    "peers.size_under_5k": "under 5,000 inhabitants",
    "peers.size_5k_20k": "5,000 to under 20,000 inhabitants",
    "peers.size_20k_100k": "20,000 to under 100,000 inhabitants",
    "peers.size_100k_plus": "100,000 inhabitants and more",
    "peers.size_landkreis": "districts (Landkreise)",
    "nav.verband": "Association view",
    "association.title": "Association view: comparison of all contributions",
    "association.not_set_up": "The association view is not set up. The operator sets a secret "
    "of at least 16 characters in KIRC_ADMIN_SECRET_FILE or KIRC_ADMIN_SECRET (see the "
    "operations manual).",
    "association.secret": "Operator's secret",
    "association.open": "Open",
    "association.wrong": "The secret is not correct.",
    "association.leave": "Leave the association view",
    "association.explain": "Every figure summarises groups with at least {k} contributions; "
    "smaller groups and single contributions appear nowhere, not in the CSV file either. "
    "Scores from 0 to 100 in whole points.",
    "association.nothing": "No group has {k} contributions yet.",
    "association.counts_heading": "Contributions per group",
    "association.distribution_heading": "Distribution per dimension and size class",
    "association.trend_heading": "Trend by year",
    "association.col_grouping": "Grouping",
    "association.col_group": "Group",
    "association.col_contributions": "Contributions",
    "association.col_low": "1st quartile",
    "association.col_median": "Median",
    "association.col_high": "3rd quartile",
    "association.size_class": "Size class",
    "association.state": "Federal state",
    "association.year": "Year",
    "association.csv": "Summary as CSV",
    "association.csv_name": "comparison-summary.csv",
    # AI portfolio and register (views/portfolio.py)
    "nav.portfolio": "AI portfolio",
    "pf.title": "AI portfolio and AI register",
    "pf.intro": "Record here which AI applications your administration plans, pilots or uses. "
    "Every change is saved at once and belongs to this assessment (same link to continue).",
    "pf.add_heading": "Add a use case",
    "pf.add_catalogue": "From the catalogue",
    "pf.add_catalogue_placeholder": "Choose a use case",
    "pf.add_catalogue_button": "Add",
    "pf.add_own": "Or a use case of your own (name)",
    "pf.add_own_button": "Create",
    "pf.empty": "The portfolio is still empty. Add a use case from the catalogue or create one "
    "of your own.",
    "pf.overview": "Overview",
    "pf.edit_pick": "Edit entry",
    "pf.provider": "Provider",
    "pf.product": "Product",
    "pf.started": "Start",
    "pf.description_help": "At most {limit} characters, as in public algorithm registers.",
    "pf.remove": "Remove entry",
    "pf.downloads": "AI register and project profile",
    "pf.downloads_intro": "You can publish the HTML page as your administration's AI register; "
    "CSV opens in Excel, JSON is the exchange format.",
    "pf.download_html": "Register page (HTML)",
    "pf.download_csv": "Table (CSV)",
    "pf.download_json": "Data (JSON)",
    "pf.download_steckbrief": 'Project profile "{name}" (PDF)',
    "uc.add_to_portfolio": "Add to the AI portfolio",
    "first_steps.heading": "First steps",
    "first_steps.intro": "Start here: the most important recommendations, each with an owner, "
    "the effort and a suggestion when to begin.",
    "first_steps.facts": "Owner: {owner} · Effort: {effort} · Start: {start}",
    "duties.heading": "Legal duties",
    "duties.intro": "These duties apply whatever the maturity. Their state follows from your "
    "answers; \u201cunclear\u201d means the answers are not enough to tell.",
    "duties.as_of": "Legal status as of {date}.",
    "duties.since": "{citation}, applies since {date}",
    "duties.from": "{citation}, applies from {date}",
    "common.carried_over": "This assessment was started with version {found} of the "
    "questionnaire and carried over to version {expected}: {carried} answers were kept, {open} "
    "questions are new or reworded and still open. Your earlier answers and notes stay stored; "
    "the answers file in the export contains them.",
}
