"""Shared test helpers: small questionnaires and answers built from plain dicts.

Everything built here goes through the real loaders (`parse_questionnaire`, `parse_answers`),
so a test cannot silently run on data the format would refuse.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from questionnaire import (
    Answers,
    Questionnaire,
    dump_answers,
    new_answers,
    parse_answers,
)
from questionnaire.checks import check_questionnaire
from questionnaire.source import Parsed

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "questionnaire" / "data" / "sample.yaml"
LEVEL_NAMES = ("one", "two", "three", "four", "five")


def text(name: str) -> dict[str, str]:
    """A language map whose German and English versions differ visibly."""
    return {"de": f"{name} (de)", "en": f"{name} (en)"}


class Build:
    """Builders of questionnaire parts; option `s<i>` of a single question scores `scores[i]`."""

    @staticmethod
    def single(
        qid: str,
        *,
        weight: float = 1,
        short: bool = False,
        not_applicable: bool = False,
        scores: tuple[float, ...] = (0, 1, 2, 3, 4),
    ) -> dict:
        options = [
            {"id": f"s{i}", "label": text(f"{qid} s{i}"), "score": score}
            for i, score in enumerate(scores)
        ]
        return {
            "id": qid,
            "text": text(qid),
            "help": text(f"{qid} help"),
            "weight": weight,
            "short": short,
            "allow_not_applicable": not_applicable,
            "options": options,
        }

    @staticmethod
    def multi(
        qid: str,
        *,
        points: tuple[float, ...] = (1, 1, 2),
        max_points: float | None = None,
        weight: float = 1,
        short: bool = False,
    ) -> dict:
        options = [
            {"id": f"p{i}", "label": text(f"{qid} p{i}"), "points": value}
            for i, value in enumerate(points)
        ]
        question = {
            "id": qid,
            "type": "multi",
            "text": text(qid),
            "help": text(f"{qid} help"),
            "weight": weight,
            "short": short,
            "options": options,
        }
        if max_points is not None:
            question["max_points"] = max_points
        return question

    @staticmethod
    def recommendation(
        rid: str, when: dict, *, priority: str = "medium", effort: str = "quick_win"
    ) -> dict:
        return {
            "id": rid,
            "text": text(rid),
            "priority": priority,
            "effort": effort,
            "owner": text("owner"),
            "when": when,
        }

    @staticmethod
    def dimension(
        did: str, questions: list[dict], *, weight: float = 1, recommendations: list[dict] = ()
    ) -> dict:
        return {
            "id": did,
            "name": text(did),
            "description": text(f"{did} description"),
            "weight": weight,
            "questions": list(questions),
            "recommendations": list(recommendations),
        }

    @staticmethod
    def questionnaire_data(
        *dimensions: dict, levels: tuple[float, ...] = (0, 20, 40, 60, 80)
    ) -> dict:
        return {
            "id": "built",
            "version": "1.0",
            "languages": ["de", "en"],
            "title": text("title"),
            "levels": [
                {"name": text(name), "min_score": low, "description": text(f"{name} description")}
                for name, low in zip(LEVEL_NAMES, levels, strict=False)
            ],
            "dimensions": list(dimensions),
        }

    @staticmethod
    def questionnaire(
        *dimensions: dict, levels: tuple[float, ...] = (0, 20, 40, 60, 80)
    ) -> Questionnaire:
        """The questionnaire, after every check of the format (the loader's, minus parsing text:
        the pure-Python YAML parser would make a 200-question questionnaire cost seconds)."""
        data = Build.questionnaire_data(*dimensions, levels=levels)
        problems = check_questionnaire(Parsed(data, {}, {}))
        assert problems == [], [p.located("built") for p in problems]
        return Questionnaire.model_validate(data)

    @staticmethod
    def answers(
        questionnaire: Questionnaire,
        answers: dict[str, str | list[str]],
        *,
        mode: str = "full",
        targets: dict[str, int] | None = None,
    ) -> Answers:
        value = new_answers(questionnaire, mode, answers=answers, targets=targets or {})
        checked, _ = parse_answers(dump_answers(value), questionnaire, "built answers")
        return checked


def pytest_configure(config: pytest.Config) -> None:
    # When a hypothesis test fails, its plugin imports libcst, which uses the deprecated
    # mypy_extensions.TypedDict; with warnings as errors, that turned every property-test
    # failure into a pytest INTERNALERROR that hid the falsifying example.
    config.addinivalue_line(
        "filterwarnings", "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
    )


@pytest.fixture(scope="session")
def build() -> type[Build]:
    """The builders (session-scoped, so hypothesis tests may use them too)."""
    return Build


# Lists and mappings nested 10^3, 10^4 and 10^5 levels deep, in JSON and in YAML: each must be
# refused with a located message before anything recurses (30,000 levels once crashed the app).
DEPTHS = (1_000, 10_000, 100_000)


def deep_document(kind: str, depth: int) -> str:
    """`kind` is json-list, json-mapping, yaml-list or yaml-mapping."""
    if kind == "json-list":
        return "[" * depth + "]" * depth
    if kind == "json-mapping":
        return '{"a": ' * depth + "1" + "}" * depth
    if kind == "yaml-list":
        return "- " * depth + "x\n"
    if depth <= 1_000:  # block style; deeper indentation would pass the size limit
        return "".join(f"{'  ' * level}a:\n" for level in range(depth)) + "  " * depth + "1\n"
    return "{a: " * depth + "1" + "}" * depth + "\n"


DEEP_KINDS = ("json-list", "json-mapping", "yaml-list", "yaml-mapping")
DEEP_CASES = [(kind, depth) for kind in DEEP_KINDS for depth in DEPTHS]


def deep_file_name(kind: str, depth: int) -> str:
    return f"deep-{kind}-{depth}.{kind.split('-')[0]}"
