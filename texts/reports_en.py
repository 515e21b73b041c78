"""The report's English texts (namespace "reports"). Same keys as reports_de.py."""

EN: dict[str, str] = {
    # Document and title page
    "product": "AI Readiness Check",
    "subtitle_self": "Self-assessment report",
    "subtitle_group": "Workshop report",
    "no_organisation": "Administration (name not given)",
    "doc_title": "{product}: {organisation}",
    "fact_kind": "Type of administration",
    "fact_state": "Federal state",
    "fact_population": "Population",
    "fact_date": "Date",
    "fact_rechtsstand": "Legal status as of",
    "rechtsstand": "Legal status as of {date}",
    "rechtsstand_stale": (
        "The legal status of this report ({date}) is more than six months old. Dates and duties "
        "may have changed since; check the legal statements before you rely on them."
    ),
    "fact_scope": "Scope",
    "fact_respondents": "Answered by",
    "fact_questionnaire": "Questionnaire",
    "scope_short": "Short check ({count} questions)",
    "scope_short.one": "Short check (1 question)",
    "scope_full": "Full check ({count} questions)",
    "scope_full.one": "Full check (1 question)",
    "respondent_one": "one person",
    "respondent_one_role": "one person (role: {role})",
    "respondent_group": "{count} workshop participants, evaluated anonymously",
    "respondent_group.one": "1 workshop participant, evaluated anonymously",
    "questionnaire_version": "{title}, version {version}",
    "cover_note": (
        "This report reflects a self-assessment. It is a starting point for discussion within "
        "the administration, not an audit report and not legal advice."
    ),
    "contents": "Contents",
    "footer_self": "AI Readiness Check · Self-assessment",
    "footer_group": "AI Readiness Check · Workshop",
    "page_of": "Page {page} of {pages}",
    # Kinds of administration
    "kind_gemeinde": "Municipality",
    "kind_stadt": "Town",
    "kind_kreisfreie_stadt": "County-free city",
    "kind_landkreis": "County (Landkreis)",
    "kind_amt": (
        "Association of municipalities "
        "(Amt, Verbandsgemeinde, Samtgemeinde, Verwaltungsgemeinschaft)"
    ),
    # Summary
    "summary": "Summary",
    "overall_level": "Overall level",
    "overall_score": "Overall score",
    "level_of": "Level {level} of {count}",
    "points": "{score} of 100 points",
    "no_overall": (
        "There are too few answers for an overall level: fewer than half of the dimensions "
        "have a score."
    ),
    "cap": (
        "The overall level is capped at “{level}”. By its score alone it would be “{uncapped}”, "
        "but the weakest dimensions ({dimensions}) have only reached “{weakest}”. The overall "
        "level is at most one level above the weakest dimension."
    ),
    "cap.one": (
        "The overall level is capped at “{level}”. By its score alone it would be “{uncapped}”, "
        "but the weakest dimension ({dimensions}) has only reached “{weakest}”. The overall "
        "level is at most one level above the weakest dimension."
    ),
    "completeness_self": (
        "{answered} of {asked} questions answered ({share}); {dont_know} of them “Don't know”."
    ),
    "completeness_group": (
        "{count} participants. Overall score: mean {mean}, range {range}, standard deviation {std}."
    ),
    "completeness_group.one": (
        "1 participant. Overall score: mean {mean}, range {range}, standard deviation {std}."
    ),
    "group_hidden.one": (
        "1 participant. To protect individuals, the report shows the group's figures only "
        "where at least 3 people have a score, and the range only from 5."
    ),
    "group_hidden": (
        "{count} participants. To protect individuals, the report shows the group's figures only "
        "where at least 3 people have a score, and the range only from 5."
    ),
    "range_value": "{low} to {high}",
    "range_hidden": "only from 5 people",
    "group_level_note": "The group's level and score are based on the mean.",
    "previous_line": "Earlier assessment{date}: {level} ({score} points).",
    "previous_date": " of {date}",
    "profile_charts": "The profile at a glance",
    "dimension_table": "The dimensions",
    "col_dimension": "Dimension",
    "col_score": "Score",
    "col_level": "Level",
    "col_target": "Target",
    "col_gap": "Gap",
    "col_previous": "Earlier",
    "col_dont_know": "Don't know",
    "col_mean": "Mean",
    "col_range": "Range",
    "col_std": "Std. dev.",
    "col_consensus": "Consensus",
    "col_n": "n",
    "too_few": "too few answers",
    "reached": "reached",
    "gap_levels": "{gap} levels",
    "gap_levels_one": "1 level",
    "dash": "–",
    "consensus_high": "high",
    "consensus_medium": "medium",
    "consensus_low": "low",
    # Charts
    "radar_title": "Maturity profile",
    "bars_title": "Score per dimension with level ranges",
    "legend_current": "Current assessment",
    "legend_group": "Group mean",
    "legend_target": "Target level",
    "legend_previous": "Earlier assessment",
    "legend_band": "Group range (lowest to highest value)",
    "chart_desc_intro": "{title}, score from 0 to 100 per dimension.",
    "chart_desc_item": "{name}: {value}",
    "chart_desc_target": "target {value}",
    "chart_desc_previous": "earlier {value}",
    "chart_desc_band": "range {low} to {high}",
    "chart_desc_none": "too few answers",
    # Dimension sections
    "dimensions": "The dimensions in detail",
    "dim_facts_self": "{score} · level “{level}” · {answered} of {count} questions answered",
    "dim_facts_self.one": "{score} · level “{level}” · {answered} of 1 question answered",
    "dim_facts_none": "Too few answers for a score · {answered} of {count} questions",
    "dim_facts_none.one": "Too few answers for a score · {answered} of 1 question",
    "dim_facts_group": (
        "Mean {mean} · level “{level}” · range {range} · "
        "standard deviation {std} · consensus {consensus}"
    ),
    "dim_facts_group_none": "Too few answers for a score",
    "dim_facts_group_hidden": "Fewer than 3 people with a score: no figures, to protect "
    "individuals",
    "dim_target": "Target level: “{target}”; {gap}.",
    "dim_gap_open": "{gap} to go",
    "dim_gap_reached": "reached",
    "strengths": "Strengths",
    "gaps": "Gaps",
    "knowledge_gaps": "Knowledge gaps",
    "notes": "Your notes",
    "no_strengths": "No answer in this dimension is in the upper part of the scale.",
    "no_gaps": "No answer in this dimension is in the lower part of the scale.",
    "no_knowledge_gaps": "No question was answered “Don't know”.",
    "knowledge_gap_group": "{count} of {n} answered “Don't know”",
    "group_anonymity": (
        "Only questions with at least three answers are shown; the report contains no "
        "individual person's answers or notes."
    ),
    "step_of_four": "step {value} of 4",
    "mean_step": "mean {value} of 4",
    "related_actions": "Related recommendations in the action plan: no. {numbers}",
    # Discussion prompts (group)
    "prompts": "Where views differ",
    "prompts_intro": (
        "These questions were answered most differently (largest standard deviation). They "
        "make a good start for the discussion. The figures show how many participants chose "
        "each step from 0 to 4."
    ),
    "col_question": "Question",
    "col_distribution": "Count per step",
    "col_mean_step": "Mean (0–4)",
    # Action plan
    "actions": "Action plan",
    "actions_intro": (
        "The recommendations are ordered by priority, then by the gap to the target level. "
        "The columns “Responsible” and “Due” are there to be filled in."
    ),
    "actions_intro_group": (
        "Listed are the recommendations that apply to at least half of the participants, "
        "ordered by priority and then by how many they apply to."
    ),
    "no_actions": "The answers give rise to no recommendation.",
    "col_number": "No.",
    "col_action": "Recommendation",
    "col_priority": "Priority",
    "col_effort": "Effort",
    "col_owner": "Suggested owner",
    "col_reference": "Reference",
    "col_share": "Applies to",
    "col_responsible": "Responsible",
    "col_due": "Due",
    "share": "{count} of {n}",
    "priority_critical": "critical",
    "priority_high": "high",
    "priority_medium": "medium",
    "priority_low": "low",
    "effort_quick_win": "quick win",
    "effort_project": "project",
    "effort_programme": "programme",
    # Method
    "method": "Method and limits",
    "method_scores": "How the result is computed",
    "method_1": (
        "Every answer option describes an observable practice and stands for a step from 0 "
        "(not in place) to 4 (established, reviewed, improved). For checklists the step follows "
        "from the share of points ticked. “Don't know” counts as 0 and is also reported as a "
        "knowledge gap; “Not applicable” and unanswered questions are not counted."
    ),
    "method_2": (
        "A dimension's score (0 to 100) is the weighted average of its steps, scaled to 100. "
        "When fewer than half of its questions are answered, the dimension gets no score and "
        "no level."
    ),
    "method_3": (
        "The overall score is the weighted average of the dimensions. The overall level is the "
        "level of that score, but at most one level above the weakest dimension: a strong "
        "dimension does not make up for a neglected one."
    ),
    "method_4": (
        "Recommendations follow from fixed rules in the questionnaire, such as a low level or "
        "a particular answer. They are ordered by priority, then by the gap to the target level "
        "and by the dimension's weight."
    ),
    "method_5": (
        "As strengths the report names up to three answers per dimension at step 2.5 or "
        "above, as gaps up to three answers below, the clearest first. Questions answered "
        "“Don't know” are listed separately as knowledge gaps."
    ),
    "method_group": (
        "In a workshop every participant is evaluated on their own. For each dimension the "
        "report shows the mean, the range (lowest to highest value) and the standard deviation "
        "of the individual scores. Consensus counts as high below a standard deviation of 10 "
        "points and as low above 20 points. The group's level is the level of the mean; the "
        "overall level is capped by the weakest dimension in the same way."
    ),
    "method_levels": "The levels",
    "col_range_points": "Score",
    "col_description": "Meaning",
    "level_range": "{low} to below {high}",
    "level_range_top": "{low} and above",
    "method_limits": "Limits of a self-assessment",
    "limit_1": (
        "The result rests on the participants' answers alone. None of it was checked or "
        "evidenced, and self-assessments tend to be on the optimistic side."
    ),
    "limit_2": (
        "The report is a starting point for discussion within the administration, not an audit "
        "report and not a certification. A comparison with similar administrations rests on "
        "their own assessments as well."
    ),
    "limit_3": (
        "The legal references are for orientation and are not legal advice. Whether and how a "
        "provision applies in a given case should be clarified with your legal office or your "
        "data protection officer."
    ),
    "limit_4": (
        "Scores are comparable only when the same questionnaire, in the same version and the "
        "same scope (short or full check), was answered."
    ),
    # Appendix
    "appendix": "Appendix: every question and answer",
    "appendix_intro_self": (
        "Step: the value of the answer from 0 to 4. Notes are shown with their dimension."
    ),
    "appendix_intro_group": (
        "For each question the table shows how many participants chose each step from 0 "
        "(not in place) to 4 (established and reviewed); the darker the cell, the more. The "
        "distribution is shown only with at least three answers; “Don't know” is counted "
        "separately."
    ),
    "col_answer": "Answer",
    "col_step": "Step",
    "unanswered": "not answered",
    "answer_dont_know": "Don't know",
    "answer_not_applicable": "Not applicable",
    "hidden_distribution": "fewer than three answers",
    # Federal states by their ISO 3166-2:DE codes
    "state_BW": "Baden-Württemberg",
    "state_BY": "Bavaria",
    "state_BE": "Berlin",
    "state_BB": "Brandenburg",
    "state_HB": "Bremen",
    "state_HH": "Hamburg",
    "state_HE": "Hesse",
    "state_MV": "Mecklenburg-Western Pomerania",
    "state_NI": "Lower Saxony",
    "state_NW": "North Rhine-Westphalia",
    "state_RP": "Rhineland-Palatinate",
    "state_SL": "Saarland",
    "state_SN": "Saxony",
    "state_ST": "Saxony-Anhalt",
    "state_SH": "Schleswig-Holstein",
    "state_TH": "Thuringia",
    "first_steps": "First steps",
    "first_step_facts": "Owner: {owner} · Effort: {effort} · Start: {start}",
    "legal_duties": "Legal duties",
    "duties_intro_self": (
        "These duties apply whatever the maturity; their state follows from the answers. "
        "\u201cUnclear\u201d means the answers are not enough to tell."
    ),
    "duties_intro_group": (
        "These duties apply whatever the maturity. A state stands only when every participant's "
        "answers give it (at least three participants); otherwise it reads \u201cunclear\u201d."
    ),
    "col_duty": "Duty",
    "col_status": "State",
    "col_basis": "Basis",
    "duty_since": "{citation}, applies since {date}",
    "duty_from": "{citation}, applies from {date}",
    # Excel workbook of the raw data: sheet names and column headers
    "xlsx_answers": "Answers",
    "xlsx_dimension_scores": "Scores per dimension",
    "xlsx_participant": "Person",
    "xlsx_name": "Name",
    "xlsx_mode": "Scope",
    "mode_short": "Short check",
    "mode_full": "Full check",
    "xlsx_dimension": "Dimension",
    "xlsx_question_id": "Question (ID)",
    "xlsx_question": "Question",
    "xlsx_answer": "Answer (ID)",
    "xlsx_answer_label": "Answer",
    "xlsx_step": "Step value",
    "xlsx_note": "Note",
    "xlsx_dimension_name": "Dimension (name)",
    "xlsx_score": "Score",
    "xlsx_level": "Level",
    "xlsx_level_name": "Level (name)",
    "xlsx_answered": "answered",
    "xlsx_asked": "asked",
    "xlsx_dont_know": "Don't know",
    "xlsx_target": "Target level",
    "legend_peers": "Comparison group: middle half ({n} contributions)",
    "peers_line": "Comparison with {n} similar administrations from all federal states (median "
    "and middle half, whole points): {dimensions}.",
    "peers_line_land": "Comparison with {n} similar administrations from the federal state "
    "{land} (median and middle half, whole points): {dimensions}.",
    "peers_dimension": "{name} {median} ({low} to {high})",
}
