"""Fragebogen: one dimension per step, every answer and note saved when given."""

import streamlit as st

from questionnaire import localized
from scoring import score
from ui import actions, page, session
from ui.components.dimension_nav import SELF_CHECK, steps
from ui.components.open_questions import (
    box_key,
    marks_open,
    next_open_button,
    open_mark,
    scroll_to_chosen_question,
)
from ui.components.progress import dimension_progress, overall_progress, progress_overview
from ui.components.question import question_input
from ui.components.resume import resume_line
from ui.i18n import t

q, lang = page.begin("fragebogen.title")
answers = page.assessment(q, lang)
token = session.token()
result = score(q, answers)
if not steps(result):
    st.info(t("fragebogen.no_questions", lang))
    st.stop()

current = SELF_CHECK.follow_url(result)
overall_progress(q, answers, lang)
next_open_button(q, answers, SELF_CHECK, current, lang)
dimension_id = SELF_CHECK.jump_list(q, result, lang)
dimension = q.dimension(dimension_id)
st.header(localized(dimension.name, lang))
# On a phone the description waits in an expander: the first question comes sooner.
with st.container(key="wide-only-dimension"):
    st.markdown(localized(dimension.description, lang))
with st.container(key="phone-only-dimension"), st.expander(t("fragebogen.about_dimension", lang)):
    st.markdown(localized(dimension.description, lang))
dimension_progress(q, answers, dimension_id, lang)

questions = dimension.questions_in(answers.mode)
mark = open_mark(lang) if marks_open(answers) else ""
for number, question in enumerate(questions, start=1):
    is_open = answers.value(question.id) is None
    with st.container(border=True, key=box_key(question.id)):
        question_input(
            q,
            question,
            answers.value(question.id),
            answers.notes.get(question.id),
            lang,
            on_answer=lambda qid, value: actions.save_answer(token, qid, value),
            on_note=lambda qid, text: actions.save_note(token, qid, text),
            number=(mark if is_open else "") + f"{number}/{len(questions)} · ",
        )

if SELF_CHECK.previous_next(result, lang):
    st.switch_page(page.RESULT_PAGE)
with st.expander(t("fragebogen.overview", lang)):
    progress_overview(q, answers, lang)
resume_line(token, lang, "fragebogen.autosave")
SELF_CHECK.scroll_to_top_after_a_step()
scroll_to_chosen_question()
