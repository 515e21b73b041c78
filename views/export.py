"""Export: the answers file (JSON) and, via reports/, the PDF/HTML report and the raw data."""

import hashlib

import streamlit as st

import reports
from questionnaire import dump_answers
from ui import actions, page, peers, session
from ui.components.downloads import Downloads, downloads
from ui.components.plan_downloads import council_summary
from ui.components.resume import resume_box
from ui.filenames import file_stem
from ui.i18n import t
from ui.page import PLAN_PAGE
from ui.plan_inputs import facts_for, portfolio_of

q, lang = page.begin("export.title")
answers = page.assessment(q, lang)
stem = file_stem(answers, lang)
token = session.token()

# The council summary is the document to take to the Bürgermeister and the council; the full
# report below stays available for the file.
st.subheader(t("export.summary_heading", lang))
st.markdown(t("export.summary_explain", lang))
council_summary(
    facts_for(q, answers, lang, portfolio_of(token), actions.roadmap_edits(token)), stem
)
st.page_link(PLAN_PAGE, label=t("export.to_plan", lang), icon=":material/route:")

st.subheader(t("export.answers_heading", lang))
st.markdown(t("export.answers_explain", lang))
st.download_button(
    t("export.json", lang),
    dump_answers(answers),
    file_name=f"{stem}.json",
    mime="application/json",
    key="export.json",
    icon=":material/data_object:",
    on_click="ignore",
)

st.subheader(t("export.report_heading", lang))
st.markdown(t("export.report_explain", lang))
sets = [answers]
# The comparison group (all Länder; None under the threshold) goes into the report too.
group = peers.peers(session.token(), answers, False)
downloads(
    Downloads(
        key="export",
        stem=stem,
        version=hashlib.sha256((dump_answers(answers) + lang + repr(group)).encode()).hexdigest(),
        report=lambda: reports.build_report(q, sets, lang, peers=group),
        csv=lambda: reports.answers_csv(q, sets, lang),
        xlsx=lambda: reports.answers_xlsx(q, sets, lang),
        raw_explain=t("export.raw_explain", lang),
    ),
    lang,
)

st.subheader(t("export.resume_heading", lang))
resume_box(session.token(), lang)
