"""Export: the answers file (JSON) and, via reports/, the PDF/HTML report and the raw data."""

import hashlib

import streamlit as st

import reports
from questionnaire import dump_answers
from ui import page, peers, session
from ui.components.downloads import Downloads, downloads
from ui.components.resume import resume_box
from ui.filenames import file_stem
from ui.i18n import t

q, lang = page.begin("export.title")
answers = page.assessment(q, lang)
stem = file_stem(answers, lang)

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
