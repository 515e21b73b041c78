"""One portfolio item as a form: every field saved the moment it changes (autosave)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import streamlit as st

import texts
from usecases import CHECK_STATES, COUNCIL_STATES, SHORT_DESCRIPTION, STATUSES, PortfolioItem

from ..i18n import t
from .day_field import day_field

Save = Callable[[PortfolioItem], None]
TEXT_FIELDS = ("name", "unit", "contact", "provider", "product")
LONG_FIELDS = ("purpose", "human_oversight", "data", "legal_basis")


def word(key: str, lang: str) -> str:
    """A word of the register (status, check states, field names): the "usecases" namespace."""
    return texts.text("usecases", key, lang)


def _key(item: PortfolioItem, field: str) -> str:
    return f"pf.{item.id}.{field}"


def _changed(item: PortfolioItem, field: str, save: Save) -> None:
    value = st.session_state[_key(item, field)]
    if isinstance(value, str):
        value = value.replace("\x00", "")
    if field == "name" and not (value or "").strip():
        return  # a name is required; the field keeps the old one on the next run
    save(item.model_copy(update={field: value, "updated": dt.date.today()}))


def portfolio_form(item: PortfolioItem, lang: str, save: Save) -> None:
    """Inputs for every field of `item`; each change calls `save` with the changed item."""
    labels = {
        "name": word("field_name", lang),
        "unit": word("field_unit", lang),
        "contact": word("field_contact", lang),
        "provider": t("pf.provider", lang),
        "product": t("pf.product", lang),
    }
    left, right = st.columns(2)
    for index, field in enumerate(TEXT_FIELDS):
        (left if index % 2 == 0 else right).text_input(
            labels[field], value=getattr(item, field), max_chars=200, key=_key(item, field),
            on_change=_changed, args=(item, field, save),
        )  # fmt: skip
    st.text_area(
        word("field_short_description", lang), value=item.description, max_chars=SHORT_DESCRIPTION,
        key=_key(item, "description"), on_change=_changed, args=(item, "description", save),
        help=t("pf.description_help", lang, limit=SHORT_DESCRIPTION),
    )  # fmt: skip
    for field in LONG_FIELDS:
        st.text_area(
            word(f"field_{field}", lang), value=getattr(item, field), max_chars=2000,
            key=_key(item, field), on_change=_changed, args=(item, field, save), height=90,
        )  # fmt: skip
    left, right = st.columns(2)
    left.selectbox(
        word("field_status", lang), STATUSES, index=STATUSES.index(item.status),
        format_func=lambda s: word(f"status_{s}", lang), key=_key(item, "status"),
        on_change=_changed, args=(item, "status", save),
    )  # fmt: skip
    day_field(
        t("pf.started", lang), _key(item, "started"), item.started, lang,
        lambda day: save(item.model_copy(update={"started": day, "updated": dt.date.today()})),
        container=right,
    )  # fmt: skip
    choices = (
        ("dpia", "field_dpia", CHECK_STATES, "check_", left),
        ("fria", "field_fria", CHECK_STATES, "check_", right),
        ("staff_council", "field_staff_council", COUNCIL_STATES, "council_", left),
    )
    for field, name, states, prefix, column in choices:
        column.selectbox(
            word(name, lang), states, index=states.index(getattr(item, field)),
            format_func=lambda s, prefix=prefix: word(prefix + s, lang), key=_key(item, field),
            on_change=_changed, args=(item, field, save),
        )  # fmt: skip
    right.checkbox(
        word("field_training", lang), value=item.training_done, key=_key(item, "training_done"),
        on_change=_changed, args=(item, "training_done", save),
    )  # fmt: skip
