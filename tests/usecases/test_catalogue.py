"""The catalogue: coverage, the stated triage answers, and located errors in a broken file."""

from __future__ import annotations

import pytest

from questionnaire import KINDS, InputError
from usecases import Classification, Family, parse_catalogue, walk
from usecases.loader import DEFAULT_CATALOGUE

SHIPPED = DEFAULT_CATALOGUE.read_text(encoding="utf-8")


def test_the_catalogue_has_thirty_use_cases_across_every_family(catalogue):
    assert len(catalogue.use_cases) >= 30
    assert {case.family for case in catalogue.use_cases} == set(Family)


def test_every_use_case_reaches_its_stated_classification_by_its_triage_answers(tree, catalogue):
    for case in catalogue.use_cases:
        result = walk(tree, catalogue.triage_answers(case))
        assert result.complete, case.id
        assert result.classification is case.classification, case.id


def test_prerequisites_name_questionnaire_dimensions_at_a_level_of_one_to_five(
    catalogue, questionnaire
):
    dimensions = {d.id for d in questionnaire.dimensions}
    for case in catalogue.use_cases:
        assert case.prerequisites, case.id
        assert set(case.prerequisites) <= dimensions
        assert all(1 <= level <= 5 for level in case.prerequisites.values())
        assert set(case.kinds) <= set(KINDS)


def test_no_prohibited_practice_is_offered_as_a_use_case(catalogue):
    assert all(c.classification is not Classification.PROHIBITED for c in catalogue.use_cases)


def test_real_examples_cite_a_source_of_the_brief(catalogue):
    for case in catalogue.use_cases:
        for example in case.examples:
            assert all("[S16]" in text or "[S20]" in text for text in example.values()), case.id


def broken(old: str, new: str) -> str:
    assert old in SHIPPED, old
    return SHIPPED.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        (
            "prerequisites: {data_it: 3, governance: 2, law: 2, skills: 2}",
            "prerequisites: {data_it: 3, governence: 2, law: 2, skills: 2}",
            "use_cases[0].prerequisites.governence",
            "there is no dimension 'governence'",
        ),
        (
            "prerequisites: {data_it: 3, governance: 2, law: 2, skills: 2}",
            "prerequisites: {data_it: 7, governance: 2, law: 2, skills: 2}",
            "use_cases[0].prerequisites.data_it",
            "level 7 does not exist",
        ),
        (
            '    classification: gering\n    triage: {personal_data: "yes", staff_monitoring',
            '    classification: hochrisiko\n    triage: {personal_data: "yes", staff_monitoring',
            "use_cases[0].classification",
            "the triage answers lead to 'gering', not to the stated classification 'hochrisiko'",
        ),
        (
            "kinds: [gemeinde, amt, stadt, kreisfreie_stadt, landkreis]",
            "kinds: [dorf, amt, stadt, kreisfreie_stadt, landkreis]",
            "use_cases[0].kinds[0]",
            "'dorf' is not a kind of municipality",
        ),
        (
            'triage: {personal_data: "yes", staff_monitoring: "yes"}',
            'triage: {personal_data: "yes", staff_monitoring: "maybe"}',
            "use_cases[0].triage.staff_monitoring",
            "question 'staff_monitoring' has no option 'maybe'",
        ),
        (
            "  annex_iii_area: none\n",
            "",
            "use_cases[0].triage",
            "the triage answers stop at question 'annex_iii_area'",
        ),
        (
            "    family: document_management\n",
            "    family: documents\n",
            "use_cases[0].family",
            "'documents' is not allowed here",
        ),
        (
            "    value: 4\n",
            "    value: 6\n",
            "use_cases[0].value",
            "6 is out of range",
        ),
    ],
)
def test_a_broken_catalogue_is_refused_with_a_located_message(
    tree, questionnaire, old, new, path, message
):
    with pytest.raises(InputError) as caught:
        parse_catalogue(broken(old, new), "katalog.yaml", tree, questionnaire)
    lines = caught.value.lines()
    assert any(
        f"{path}: {message}" in line and line.startswith("katalog.yaml:") for line in lines
    ), lines
