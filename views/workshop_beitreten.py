"""Workshop beitreten: join with the code, answer, and after the reveal compare with the group.

The participant token lives in the URL (`?p=…`), so a reload or a phone that wakes up again
continues where it was; it opens this participant's own answers and nothing else.
"""

import streamlit as st

from scoring import score
from ui.components.workshop_answer import answer_steps, forget_answer_widgets
from ui.components.workshop_join_form import join_form
from ui.components.workshop_own import own_beside_group
from ui.components.workshop_watch import watch_workshop
from ui.format import plain
from ui.i18n import language, t
from ui.page import carried_over_notice
from ui.workshop import access, actions, notice
from ui.workshop.content import workshop_questionnaire

access.language_from_url()  # the join link and QR code carry the workshop's language
JUST_FINISHED = "workshop_join.just_finished"
lang = language()
st.title(t("join.title", lang), anchor=False)
notice.show(lang)
token_given = access.participant_token_given()
me = access.participant()

if me is None:
    if token_given:
        st.error(t("join.link_invalid", lang), icon=":material/link_off:")
    token = join_form(lang)
    if token is not None:
        forget_answer_widgets()
        access.become_participant(token)
        if access.CODE_PARAM in st.query_params:
            del st.query_params[access.CODE_PARAM]
        st.rerun()
    st.stop()

workshop = me.workshop
q = workshop_questionnaire(workshop)
if q is None:
    st.error(t("join.wrong_questionnaire", lang))
    st.stop()

st.header(plain(workshop.title), anchor=False)
if me.display_name:
    st.caption(t("join.you_named", lang, name=plain(me.display_name)))
else:
    st.caption(t("join.you_anonymous", lang))
watch_workshop(workshop.id, (workshop.revealed, workshop.closed))

answers = me.answers
if answers.mode != workshop.mode:
    answers = answers.model_copy(update={"mode": workshop.mode})
carried_over_notice(answers, q, lang, "join.carried_over")
result = score(q, answers)

if workshop.revealed:
    st.subheader(t("own.heading", lang), anchor=False)
    stats = actions.group_result(workshop, q)
    if not workshop.closed:
        st.caption(t("live.batched", lang))
    own_beside_group(q, stats, result, lang)
else:
    st.info(t("join.results_hidden", lang), icon=":material/visibility_off:")

if workshop.closed:
    st.warning(t("join.closed_now", lang), icon=":material/lock:")
    st.stop()


def save(question_id: str, value) -> None:
    """Save one answer at once; a workshop closed meanwhile refuses it."""
    actions.save_answer(me.token, question_id, value)


st.subheader(t("join.answers_heading", lang), anchor=False)
st.caption(t("join.autosave", lang))
if answer_steps(q, answers, result, lang, save):
    if actions.finish(me.token):
        st.session_state[JUST_FINISHED] = True
    st.rerun()
if me.finished:
    # Right below "Fertig", where a phone's screen still is after the click, and as a toast
    # (fixed on screen) on the run just after it.
    st.success(t("join.finished", lang), icon=":material/task_alt:")
    if st.session_state.pop(JUST_FINISHED, False):
        st.toast(t("join.finished_toast", lang), icon=":material/task_alt:")
