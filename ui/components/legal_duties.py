"""The legal duties that apply whatever the maturity, judged from the answers."""

from __future__ import annotations

import streamlit as st

from questionnaire import DutyStatus, localized
from scoring import Result
from texts import format as fmt
from texts import text

from ..i18n import t

# A word and a symbol for each status, so that colour is never the only sign.
_ICONS = {
    DutyStatus.FULFILLED: "✓",
    DutyStatus.OPEN: "!",
    DutyStatus.UNCLEAR: "?",
    DutyStatus.NOT_RELEVANT: "–",
}


def legal_duties(result: Result, lang: str) -> None:
    """One line per duty: status, title, the provisions with their dates, the deciding note."""
    if not result.legal_duties:
        return
    rechtsstand = result.questionnaire.rechtsstand
    st.subheader(t("duties.heading", lang), anchor=False)
    intro = t("duties.intro", lang)
    if rechtsstand is not None:
        intro += " " + t("duties.as_of", lang, date=fmt.long_day(rechtsstand.as_of, lang))
    st.caption(intro)
    lines = []
    for judged in result.legal_duties:
        status = text("scoring", "duty_" + judged.status.value, lang)
        cites = []
        for pid in judged.duty.provisions:
            provision = rechtsstand.provisions[pid] if rechtsstand else None
            if provision is None:
                continue
            cite = provision.cite(lang)
            if provision.applies_from is not None:
                key = "duties.since" if provision.status == "in_force" else "duties.from"
                cite = t(key, lang, citation=cite, date=fmt.long_day(provision.applies_from, lang))
            cites.append(cite)
        line = f"- **{_ICONS[judged.status]} {status}:** {localized(judged.duty.title, lang)}"
        if cites:
            line += f" ({'; '.join(cites)})"
        if judged.note:
            line += f"  \n  {localized(judged.note, lang)}"
        lines.append(line)
    st.markdown("\n".join(lines))
