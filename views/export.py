"""Export: the answers file (JSON) and, via reports/, the PDF/HTML report and the raw data."""

import streamlit as st

from questionnaire import dump_answers
from ui import page, session
from ui.components.report_downloads import report_downloads
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
report_downloads(q, answers, lang, stem)

st.subheader(t("export.resume_heading", lang))
resume_box(session.token(), lang)
