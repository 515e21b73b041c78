"""The questionnaire the app shows: the file in KIRC_QUESTIONNAIRE, or the shipped one."""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from questionnaire import Questionnaire, default_questionnaire_path, load_questionnaire

ENV_VAR = "KIRC_QUESTIONNAIRE"


def questionnaire_path() -> Path:
    """The questionnaire file to use: $KIRC_QUESTIONNAIRE when set, else the shipped default."""
    configured = os.environ.get(ENV_VAR)
    return Path(configured) if configured else default_questionnaire_path()


@st.cache_resource(show_spinner=False)
def _load(path: str, modified: float) -> Questionnaire:
    # `modified` is part of the cache key: an edited file is read again.
    return load_questionnaire(path)


def questionnaire() -> Questionnaire:
    """The validated questionnaire, loaded once per file version (raises InputError)."""
    path = questionnaire_path()
    modified = path.stat().st_mtime if path.exists() else 0.0
    return _load(str(path), modified)
