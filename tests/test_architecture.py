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


VERBS = [
    "python -m questionnaire check",
    "python -m questionnaire schema",
    "python -m scoring",
    "python -m scoring group",
    "python -m reports",
    "python -m usecases check",
    "python -m usecases triage",
    "python -m usecases fit",
]


@pytest.mark.parametrize("verb", VERBS)
def test_every_command_line_verb_is_in_the_readme(verb):
    readme = ROOT / "README.md"
    assert readme.exists(), "README.md is missing"
    assert verb in readme.read_text(encoding="utf-8")
