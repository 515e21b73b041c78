"""Ergebnis: first steps, overall level explained, legal duties, radar with target and
comparison, table, action plan."""

import streamlit as st

from scoring import score
from ui import actions, page, session
from ui.components.comparison import comparison_picker
from ui.components.first_steps import first_steps
from ui.components.knowledge_gaps import knowledge_gaps
from ui.components.legal_duties import legal_duties
from ui.components.overall import overall_summary
from ui.components.peer_comparison import peer_comparison
from ui.components.recommendations import recommendations
from ui.components.result_charts import bar_chart, radar_chart
from ui.components.results_table import results_table
from ui.components.resume import resume_line
from ui.components.targets import target_sliders
from ui.i18n import t

q, lang = page.begin("ergebnis.title")
answers = page.assessment(q, lang)
token = session.token()
result = score(q, answers)

first_steps(result, lang)
overall_summary(q, result, lang)
legal_duties(result, lang)

st.subheader(t("ergebnis.profile_heading", lang))
chosen = comparison_picker(q, actions.earlier_rounds(token, lang), lang)
comparison = (chosen[0], score(q, chosen[1])) if chosen else None
radar_chart(q, result, lang, comparison)
with st.expander(t("targets.title", lang), icon=":material/flag:"):
    st.markdown(t("targets.explain", lang))
    target_sliders(
        q,
        answers.targets,
        lang,
        lambda did, level: actions.save_target(token, did, level),
    )
bar_chart(q, result, lang)
results_table(q, result, lang)
peer_comparison(q, answers, result, token, lang)

st.subheader(t("ergebnis.recommendations_heading", lang))
recommendations(q, result, lang)

st.subheader(t("ergebnis.gaps_heading", lang))
knowledge_gaps(q, answers, lang)

st.subheader(t("ergebnis.limits_heading", lang))
st.markdown(t("ergebnis.limits", lang))
st.page_link(page.EXPORT_PAGE, label=t("ergebnis.to_export", lang), icon=":material/download:")
resume_line(token, lang)
