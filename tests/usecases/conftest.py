"""Shared fixtures: the shipped triage tree, catalogue, questionnaire and Rechtsstand."""

from __future__ import annotations

import pytest

from questionnaire import default_questionnaire_path, load_questionnaire
from questionnaire.rechtsstand import load_rechtsstand
from usecases import load_catalogue, load_triage


@pytest.fixture(scope="session")
def rechtsstand():
    return load_rechtsstand()


@pytest.fixture(scope="session")
def tree(rechtsstand):
    return load_triage(rechtsstand=rechtsstand)


@pytest.fixture(scope="session")
def questionnaire():
    return load_questionnaire(default_questionnaire_path())


@pytest.fixture(scope="session")
def catalogue(tree, questionnaire):
    return load_catalogue(tree=tree, questionnaire=questionnaire)
