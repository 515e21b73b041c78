"""The AI Act triage, one question at a time: back and forth, the path shown, the result dated.

The component owns its session-state keys under `triage.<scope>.`; it returns the walk's
result so that a caller (the portfolio) can keep it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

import streamlit as st

from questionnaire import localized
from texts.format import long_day
from usecases import DONT_KNOW, Classification, TriageResult, back, walk
from usecases.output import obligation_json

from .. import usecase_content
from ..format import plain
from ..i18n import t

_SHOW = {
    Classification.PROHIBITED: st.error,
    Classification.LEGAL_REVIEW: st.warning,
    Classification.HIGH_RISK: st.warning,
    Classification.TRANSPARENCY: st.info,
    Classification.MINIMAL: st.success,
    Classification.NO_AI_SYSTEM: st.success,
}


def _key(scope: str, name: str) -> str:
    return f"triage.{scope}.{name}"


Save = Callable[[dict[str, str]], None]


def triage_runner(
    scope: str,
    lang: str,
    prefill: Mapping[str, str] | None = None,
    stored: Mapping[str, str] | None = None,
    save: Save | None = None,
) -> TriageResult:
    """Render the triage for `scope` (e.g. a use-case id) and return where the walk stands.

    `stored` answers (a portfolio item's) are the starting point; `save` is called with every
    new set of answers before the page reruns, so the caller keeps them at once.
    """
    tree = usecase_content.triage_tree()
    answers_key = _key(scope, "answers")
    answers: dict[str, str] = st.session_state.setdefault(answers_key, dict(stored or {}))
    result = walk(tree, answers)

    def _set(scope: str, new: dict[str, str]) -> None:
        _replace(scope, new, save)

    buttons = st.columns(2)
    if prefill is not None and buttons[0].button(
        t("triage.prefill", lang), key=_key(scope, "prefill"), icon=":material/auto_fix:"
    ):
        _set(scope, dict(prefill))
    if answers and buttons[1].button(
        t("triage.restart", lang), key=_key(scope, "restart"), icon=":material/restart_alt:"
    ):
        _set(scope, {})

    if result.path:
        st.markdown(f"**{t('triage.path', lang)}**")
        st.markdown(
            "\n".join(
                f"{i}. "
                + t(
                    "triage.path_item",
                    lang,
                    question=plain(localized(step.question.text, lang)),
                    answer=plain(
                        localized(step.answer.label if step.answer else tree.dont_know_label, lang)
                    ),
                )
                for i, step in enumerate(result.path, 1)
            )
        )
    if result.complete:
        _show_result(result, lang)
        if st.button(
            t("triage.back", lang), key=_key(scope, "back_done"), icon=":material/arrow_back:"
        ):
            _set(scope, back(answers, result))
        return result
    _ask(scope, result, answers, lang, save)
    return result


def _ask(
    scope: str, result: TriageResult, answers: dict[str, str], lang: str, save: Save | None
) -> None:
    tree, question = result.tree, result.question
    options = [a.id for a in question.answers] + [DONT_KNOW]
    labels = {a.id: localized(a.label, lang) for a in question.answers}
    labels[DONT_KNOW] = localized(tree.dont_know_label, lang)
    st.markdown(f"**{t('triage.question_number', lang, number=len(result.path) + 1)}**")
    choice = st.radio(
        localized(question.text, lang),
        options,
        index=None,
        format_func=labels.__getitem__,
        key=_key(scope, f"q.{question.id}"),
    )
    st.caption(plain(localized(question.help, lang)))
    left, right = st.columns(2)
    if left.button(
        t("triage.back", lang),
        key=_key(scope, "back"),
        disabled=not result.path,
        icon=":material/arrow_back:",
    ):
        _replace(scope, back(answers, result), save)
    if right.button(
        t("triage.next", lang),
        key=_key(scope, "next"),
        disabled=choice is None,
        type="primary",
        icon=":material/arrow_forward:",
    ):
        _replace(scope, {**answers, question.id: choice}, save)


def _replace(scope: str, answers: dict[str, str], save: Save | None) -> None:
    # Forget the radios, so a question asked again shows no stale choice, then rerun.
    for key in [k for k in st.session_state if str(k).startswith(_key(scope, "q."))]:
        del st.session_state[key]
    st.session_state[_key(scope, "answers")] = answers
    if save is not None:
        save(answers)
    st.rerun()


def _show_result(result: TriageResult, lang: str) -> None:
    tree = result.tree
    label = tree.label(result.classification, lang)
    _SHOW[result.classification](
        f"**{t('triage.result', lang, label=label)}**  \n"
        f"{tree.summary(result.classification, lang)}  \n"
        f"{localized(result.conclusion.text, lang)}"
    )
    obligations_block(result, lang)


def obligations_block(result: TriageResult, lang: str) -> None:
    """The result's obligations with citation and date, the Rechtsstand and the disclaimer."""
    rechtsstand = usecase_content.rechtsstand()
    today = dt.date.today()
    if result.obligations:
        st.markdown(f"**{t('triage.obligations', lang)}**")
        lines = []
        for obligation in result.obligations:
            data = obligation_json(obligation, rechtsstand, lang, today)
            lines.append(
                "- "
                + t(
                    "triage.obligation",
                    lang,
                    citation=data["citation"],
                    when=data["when"],
                    text=data["text"],
                )
            )
        st.markdown("\n".join(lines))
    st.caption(t("triage.rechtsstand", lang, date=long_day(rechtsstand.as_of, lang)))
    if rechtsstand.is_stale(today):
        st.warning(t("triage.stale", lang), icon=":material/schedule:")
    st.caption(localized(result.tree.disclaimer, lang))
