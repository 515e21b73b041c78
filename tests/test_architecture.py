"""The rule of the house, enforced: the core never imports the app, the database or the UI.

`questionnaire/`, `scoring/`, `plan/`, `usecases/`, `reports/` and `texts/` must not import
streamlit, sqlalchemy, storage, ui or views, in any spelling: `import x`, `import x.y`,
`from x import y`, relative imports that climb out of the package, and
`importlib.import_module("x")` / `__import__("x")`.
`texts/` (the text catalog and the formatter) is a leaf: it imports nothing of the project.
Also: every command-line verb is documented in the README.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ("questionnaire", "scoring", "plan", "usecases", "reports", "texts")
PROJECT = frozenset({*CORE, "storage", "ui", "views", "app"})
FORBIDDEN = frozenset({"streamlit", "sqlalchemy", "storage", "ui", "views"})


def _resolve_relative(module_parts: list[str], level: int, target: str | None) -> list[list[str]]:
    """The absolute dotted names a relative import refers to, as lists of parts."""
    package = module_parts[:-1]
    if level - 1 > len(package):
        return [["<beyond the top level>"]]  # an import that climbs above the repository
    base = package[: len(package) - (level - 1)]
    return [base + target.split(".")] if target else [base]


def imported_modules(source: str, module: str) -> list[str]:
    """Every module `source` (the text of dotted module `module`) imports, fully resolved."""
    parts = module.split(".")
    found: list[list[str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name.split(".") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                bases = _resolve_relative(parts, node.level, node.module)
            else:
                bases = [node.module.split(".")]
            for base in bases:
                # `from pkg import name` may import the submodule pkg.name
                found += [[*base, alias.name] for alias in node.names if alias.name != "*"]
                found.append(base)
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func):
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append(first.value.split("."))
    return sorted({".".join(p) for p in found if p})


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in {"__import__", "import_module"}
    return isinstance(func, ast.Attribute) and func.attr == "import_module"


def forbidden_imports(source: str, module: str) -> list[str]:
    """The imports of `source` whose top-level package is forbidden in the core."""
    return [name for name in imported_modules(source, module) if name.split(".")[0] in FORBIDDEN]


def core_files() -> list[Path]:
    return sorted(p for package in CORE for p in (ROOT / package).rglob("*.py"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts)  # `pkg.__init__` keeps its name: its package is still `pkg`


@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        ("import streamlit as st", "scoring.engine", ["streamlit"]),
        ("import sqlalchemy.engine", "scoring.engine", ["sqlalchemy.engine"]),
        ("from sqlalchemy import text", "reports.html", ["sqlalchemy", "sqlalchemy.text"]),
        ("from storage.repo import load", "scoring.engine", ["storage.repo", "storage.repo.load"]),
        ("from ui import charts", "reports.html", ["ui", "ui.charts"]),
        ("from ..storage import repo", "scoring.engine", ["storage", "storage.repo"]),
        ("from .. import views", "questionnaire.loader", ["views"]),
        ("from ..ui.charts import radar", "reports.svg", ["ui.charts", "ui.charts.radar"]),
        ("from ... import ui", "reports.sub.svg", ["ui"]),
        ("import importlib\nimportlib.import_module('streamlit')", "scoring.x", ["streamlit"]),
        ("__import__('views.home')", "scoring.x", ["views.home"]),
        ("def f():\n    import storage\n", "scoring.x", ["storage"]),
        ("import streamlitx, uix, numpy", "scoring.engine", []),
        ("from . import engine", "scoring.matrix", []),
        ("from .ui import helper", "scoring.matrix", []),  # scoring.ui, inside the package
        ("from questionnaire import Answers", "scoring.engine", []),
    ],
)
def test_the_import_walker_finds_every_spelling_of_a_forbidden_import(source, module, expected):
    assert forbidden_imports(source, module) == expected


def test_a_relative_import_above_the_repository_is_reported():
    found = imported_modules("from .... import x", "scoring.engine")
    assert found == ["<beyond the top level>", "<beyond the top level>.x"]


def test_the_core_packages_have_python_files_to_check():
    packages = {path.relative_to(ROOT).parts[0] for path in core_files()}
    assert {"questionnaire", "scoring", "usecases"} <= packages
    assert len(core_files()) >= 15


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_core_never_imports_streamlit_sqlalchemy_storage_ui_or_views(path):
    source = path.read_text(encoding="utf-8")
    assert forbidden_imports(source, module_name(path)) == []


@pytest.mark.parametrize("path", sorted((ROOT / "texts").rglob("*.py")), ids=lambda p: p.name)
def test_the_text_catalog_imports_nothing_of_the_project(path):
    names = imported_modules(path.read_text(encoding="utf-8"), module_name(path))
    outside = [n for n in names if n.split(".")[0] in PROJECT - {"texts"}]
    assert outside == []


# Scoring owns every level: the thresholds (min_score) are compared with a score only inside
# scoring/; elsewhere they are only shown (level bands of a chart, the method's table).
NOT_CHECKED = {"scoring", "tests", "node_modules"}
OUTSIDE_SCORING = sorted(
    [p for p in ROOT.glob("*.py")]
    + [
        p
        for folder in ROOT.iterdir()
        if folder.is_dir() and not folder.name.startswith(".") and folder.name not in NOT_CHECKED
        for p in folder.rglob("*.py")
    ]
)
LEVEL_WORDS = ("level_of", "capped_level", "levels_of")


def level_computations(source: str) -> list[str]:
    """Comparisons and searches that involve a level threshold, and level functions defined."""
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
        elif isinstance(node, ast.Call) and ast.unparse(node.func).split(".")[-1] in {
            "searchsorted",
            "bisect",
            "bisect_left",
            "bisect_right",
        }:
            operands = list(node.args)
        elif isinstance(node, ast.FunctionDef) and node.name in LEVEL_WORDS:
            found.append(f"def {node.name}")
            continue
        else:
            continue
        if any("min_score" in ast.unparse(operand) for operand in operands):
            found.append(ast.unparse(node))
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x = [l for l in q.levels if l.min_score <= value]", ["l.min_score <= value"]),
        ("np.searchsorted(plan.min_scores, s)", ["np.searchsorted(plan.min_scores, s)"]),
        ("def level_of(q, v):\n    return 1", ["def level_of"]),
        ("ticks = [lv.min_score for lv in levels]", []),
        ("if previous is not None and score <= previous: pass", []),
    ],
)
def test_the_level_check_finds_threshold_comparisons_and_level_functions(source, expected):
    assert level_computations(source) == expected


@pytest.mark.parametrize("path", OUTSIDE_SCORING, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_outside_scoring_computes_a_level(path):
    assert level_computations(path.read_text(encoding="utf-8")) == []


# reports/, ui/ and views/ use scoring through its public names only (scoring/__init__.py).
CLIENTS = sorted(
    p for package in ("reports", "ui", "views") for p in (ROOT / package).rglob("*.py")
)


def scoring_imports(source: str, module: str) -> list[str]:
    """The names `source` imports from scoring that are not in scoring.__all__, and any
    import of a scoring submodule."""
    import scoring

    wrong = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(_resolve_relative(module.split("."), node.level, node.module)[0])
            if base == "scoring":
                wrong += [f"scoring.{a.name}" for a in node.names if a.name not in scoring.__all__]
            elif base.startswith("scoring."):
                wrong.append(base)
        elif isinstance(node, ast.Import):
            wrong += [a.name for a in node.names if a.name.startswith("scoring.")]
    return wrong


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from scoring import score, Result", []),
        ("from scoring.matrix import step_value", ["scoring.matrix"]),
        ("import scoring.group", ["scoring.group"]),
        ("from scoring import plan_for", ["scoring.plan_for"]),
    ],
)
def test_the_boundary_check_finds_private_scoring_names(source, expected):
    assert scoring_imports(source, "reports.x") == expected


@pytest.mark.parametrize("path", CLIENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_reports_ui_and_views_use_only_the_names_scoring_exports(path):
    assert scoring_imports(path.read_text(encoding="utf-8"), module_name(path)) == []


VERBS = [
    "python -m questionnaire check",
    "python -m questionnaire schema",
    "python -m scoring",
    "python -m scoring group",
    "python -m reports",
    "python -m usecases check",
    "python -m usecases triage",
    "python -m usecases fit",
    "python -m usecases register",
    "python -m usecases schema",
]


@pytest.mark.parametrize("verb", VERBS)
def test_every_command_line_verb_is_in_the_readme(verb):
    readme = ROOT / "README.md"
    assert readme.exists(), "README.md is missing"
    assert verb in readme.read_text(encoding="utf-8")
