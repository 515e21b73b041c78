"""The use-case files the app shows: triage tree, catalogue and Rechtsstand, loaded once."""

from __future__ import annotations

import streamlit as st

from questionnaire.rechtsstand import Rechtsstand, load_rechtsstand
from usecases import Catalogue, TriageTree, load_catalogue, load_triage


@st.cache_resource(show_spinner=False)
def rechtsstand() -> Rechtsstand:
    """The shipped Rechtsstand (dates and citations of every obligation)."""
    return load_rechtsstand()


@st.cache_resource(show_spinner=False)
def triage_tree() -> TriageTree:
    """The shipped AI Act triage tree, validated against the Rechtsstand."""
    return load_triage(rechtsstand=rechtsstand())


@st.cache_resource(show_spinner=False)
def catalogue() -> Catalogue:
    """The shipped catalogue, validated against the tree and the shipped questionnaire."""
    return load_catalogue(tree=triage_tree())
