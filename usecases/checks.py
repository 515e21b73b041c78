"""Checks of the triage tree and the catalogue that the models alone cannot make.

They run on the parsed data with the questionnaire's checker, so every problem of a file is
reported at once with its line: ids, languages, references, cycles, reachability, Rechtsstand
entries, and (for the catalogue) dimensions, levels, kinds and the stated triage answers.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from questionnaire.checks import _Checker as Checker
from questionnaire.checks import _dicts, booleans_as_numbers
from questionnaire.problems import Phrase
from questionnaire.source import PathKey

from .models import DONT_KNOW, Classification

NUMBER_KEYS = frozenset({"value", "effort"})


def language_maps(value: Any, path: PathKey = ()) -> Iterator[tuple[PathKey, dict]]:
    """Every language map ({de: …, en: …}) below `value`, with its path."""
    if isinstance(value, dict):
        if value and all(isinstance(k, str) and len(k) == 2 for k in value):
            yield path, value
            return
        for key, item in value.items():
            yield from language_maps(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from language_maps(item, (*path, index))


def _languages(checker: Checker, data: dict) -> list[str]:
    languages = [x for x in data.get("languages") or [] if isinstance(x, str)]
    for path, text in language_maps(data):
        checker.check_languages(path, text, languages)
    return languages


def _reference(checker: Checker, path: PathKey, kind: str, value: Any, known: Collection) -> None:
    if not isinstance(value, str) or value in known:
        return
    close = difflib.get_close_matches(value, sorted(known), n=1)
    if close:
        checker.add(path, "unknown_reference_hint", kind=Phrase(f"kind_{kind}"), id=value,
                    hint=close[0])  # fmt: skip
    else:
        checker.add(path, "unknown_reference", kind=Phrase(f"kind_{kind}"), id=value)


def _provision(checker: Checker, path: PathKey, value: Any, provisions: Collection) -> None:
    if not isinstance(value, str) or value in provisions:
        return
    close = difflib.get_close_matches(value, sorted(provisions), n=1)
    if close:
        checker.add(path, "unknown_provision_hint", id=value, hint=close[0])
    else:
        checker.add(path, "unknown_provision", id=value)


def check_tree(parsed, provisions: Collection[str]) -> list:
    """Every semantic problem of a parsed triage tree, located."""
    data = parsed.data
    checker = Checker(parsed)
    if not isinstance(data, dict):
        return checker.problems
    _languages(checker, data)
    ids: dict[str, dict] = {"question": {}, "conclusion": {}, "obligation": {}}
    for kind in ids:
        for index, item in _dicts(data.get(f"{kind}s")):
            checker.check_id((f"{kind}s", index, "id"), item.get("id"), ids[kind], kind)
    _check_classifications(checker, data)
    for index, obligation in _dicts(data.get("obligations")):
        path = ("obligations", index, "provision")
        _provision(checker, path, obligation.get("provision"), provisions)
    graph = _check_questions(checker, data, ids, provisions)
    for index, conclusion in _dicts(data.get("conclusions")):
        for oindex, oid in enumerate(conclusion.get("obligations") or []):
            path = ("conclusions", index, "obligations", oindex)
            _reference(checker, path, "obligation", oid, ids["obligation"])
    _reference(checker, ("start",), "question", data.get("start"), ids["question"])
    dk = data.get("dont_know_conclusion")
    _reference(checker, ("dont_know_conclusion",), "conclusion", dk, ids["conclusion"])
    for _, conclusion in _dicts(data.get("conclusions")):
        if conclusion.get("id") == dk and conclusion.get("classification") != "pruefung":
            found = conclusion.get("classification")
            checker.add(("dont_know_conclusion",), "dont_know_classification", found=found)
    if checker.problems:
        return checker.problems  # cycles and reachability need a sound graph
    _check_graph(checker, data, graph, ids)
    return checker.problems


def _check_classifications(checker: Checker, data: dict) -> None:
    found = [c.get("id") for _, c in _dicts(data.get("classifications"))]
    expected = [c.value for c in Classification]
    wrong = sorted({c for c in expected if found.count(c) != 1})
    if wrong and "classifications" in data:
        checker.add(
            ("classifications",),
            "classifications_set",
            expected=", ".join(expected),
            wrong=", ".join(wrong),
        )


def _check_questions(
    checker: Checker, data: dict, ids: dict[str, dict], provisions: Collection[str]
) -> dict[str, list[str]]:
    """Check every answer's references; return the question graph (question -> next ones)."""
    graph: dict[str, list[str]] = {}
    for qindex, question in _dicts(data.get("questions")):
        qpath = ("questions", qindex)
        for rindex, ref in enumerate(question.get("references") or []):
            _provision(checker, (*qpath, "references", rindex), ref, provisions)
        seen: dict[str, PathKey] = {}
        targets = graph.setdefault(str(question.get("id")), [])
        for aindex, answer in _dicts(question.get("answers")):
            apath = (*qpath, "answers", aindex)
            checker.check_id((*apath, "id"), answer.get("id"), seen, "answer")
            if answer.get("id") == DONT_KNOW:
                checker.add((*apath, "id"), "reserved_answer", id=DONT_KNOW)
            if "next" in answer:
                _reference(checker, (*apath, "next"), "question", answer["next"], ids["question"])
                if isinstance(answer["next"], str):
                    targets.append(answer["next"])
            if "conclusion" in answer:
                cid = answer["conclusion"]
                _reference(checker, (*apath, "conclusion"), "conclusion", cid, ids["conclusion"])
            for oindex, oid in enumerate(answer.get("obligations") or []):
                path = (*apath, "obligations", oindex)
                _reference(checker, path, "obligation", oid, ids["obligation"])
    return graph


def _check_graph(checker: Checker, data: dict, graph: dict, ids: dict[str, dict]) -> None:
    """No cycles; every question and conclusion reachable from the start."""
    state: dict[str, int] = {}  # 1: on the current route, 2: finished
    route: list[str] = []

    def visit(node: str) -> bool:
        state[node] = 1
        route.append(node)
        for target in graph.get(node, []):
            if state.get(target) == 1:
                cycle = [*route[route.index(target) :], target]
                checker.add(ids["question"][target], "cycle", route=" → ".join(cycle))
                return False
            if target not in state and not visit(target):
                return False
        route.pop()
        state[node] = 2
        return True

    start = data["start"]
    if not visit(start):
        return
    reached_conclusions = {data["dont_know_conclusion"]}
    for qindex, question in _dicts(data.get("questions")):
        if question["id"] not in state:
            checker.add(("questions", qindex, "id"), "unreachable", id=question["id"])
            continue
        reached_conclusions |= {a["conclusion"] for _, a in _dicts(question["answers"])
                                if "conclusion" in a}  # fmt: skip
    for cindex, conclusion in _dicts(data.get("conclusions")):
        if conclusion["id"] not in reached_conclusions:
            path = ("conclusions", cindex, "id")
            checker.add(path, "unreachable", id=conclusion["id"])


def check_catalogue(
    parsed,
    dimensions: Collection[str],
    level_count: int,
    kinds: Collection[str],
) -> list:
    """Every semantic problem of a parsed catalogue except the triage walk, located."""
    data = parsed.data
    checker = Checker(parsed)
    if not isinstance(data, dict):
        return checker.problems
    _languages(checker, data)
    checker.problems += booleans_as_numbers(parsed, (), data, NUMBER_KEYS)
    seen: dict[str, PathKey] = {}
    for index, case in _dicts(data.get("use_cases")):
        path = ("use_cases", index)
        checker.check_id((*path, "id"), case.get("id"), seen, "use_case")
        prerequisites = case.get("prerequisites")
        if isinstance(prerequisites, Mapping):
            _check_prerequisites(checker, (*path, "prerequisites"), prerequisites, dimensions,
                                 level_count)  # fmt: skip
        for kindex, kind in enumerate(case.get("kinds") or []):
            if isinstance(kind, str) and kind not in kinds:
                allowed = ", ".join(kinds)
                checker.add((*path, "kinds", kindex), "unknown_kind", value=kind, allowed=allowed)
    return checker.problems


def _check_prerequisites(
    checker: Checker, path: PathKey, prerequisites: Mapping, dimensions: Collection[str],
    level_count: int,
) -> None:  # fmt: skip
    for dimension, level in prerequisites.items():
        where = (*path, dimension)
        if dimension not in dimensions:
            checker.add(where, "unknown_dimension", id=dimension, allowed=", ".join(dimensions))
        is_number = isinstance(level, int) and not isinstance(level, bool)
        if is_number and not 1 <= level <= level_count:
            checker.add(where, "level_bound", value=level, count=level_count)
