"""Safe parsing of YAML/JSON text into plain data, with the line of every element."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .problems import InputError, Megabytes, Problem
from .syntax import syntax_problem

MAX_BYTES = 2_000_000  # a questionnaire of 60 questions in two languages is about 150 kB
# Lists and mappings inside each other: the shipped questionnaire needs 9 levels. The C
# composer, the constructor and every walk over the data recurse once per level, so 30,000
# nested brackets (60 kB) crash the process; the limit is checked on the flat event stream.
MAX_DEPTH = 64

PathKey = tuple[str | int, ...]

# libyaml's parser (about 25 times faster) where PyYAML was built with it; both are safe loaders.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Parsed:
    """Parsed data plus where each element stands in the text."""

    data: Any
    lines: dict[PathKey, int]
    raw: dict[PathKey, str]

    def line_of(self, path: PathKey) -> int | None:
        """Line of `path`, or of its nearest enclosing element that has one."""
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None
            path = path[:-1]


def read_text(path: str | Path) -> str:
    """Read a file as UTF-8 text within the size limit, or raise InputError."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise InputError(source, [Problem("", "file_missing")]) from None
    return decode(data, source)


def modified_time(path: Path) -> float:
    """When the file was last changed (a cache key: an edited file is read again)."""
    try:
        return path.stat().st_mtime
    except OSError:
        raise InputError(str(path), [Problem("", "file_missing")]) from None


def decode(data: bytes, source: str) -> str:
    """UTF-8 text of `data` (a BOM is dropped), or InputError when too large or binary."""
    if len(data) > MAX_BYTES:
        params = {"size": Megabytes(len(data), MAX_BYTES), "limit": Megabytes(MAX_BYTES)}
        raise InputError(source, [Problem("", "file_too_large", params)])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(source, [Problem("", "not_text")]) from None


def parse(text: str, source: str = "") -> Parsed:
    """Parse YAML (JSON is read as YAML too) with safe_load only; refuse anchors and aliases."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        size = len(text.encode("utf-8"))
        params = {"size": Megabytes(size, MAX_BYTES), "limit": Megabytes(MAX_BYTES)}
        raise InputError(source, [Problem("", "file_too_large", params)])
    with refuse_recursion(source):
        return _parse(text, source)


@contextmanager
def refuse_recursion(source: str) -> Iterator[None]:
    """Turn a RecursionError into the located "too deep" problem, never a traceback.

    The depth limit keeps every walk far below Python's recursion limit; this is the net
    behind it, around every public way in.
    """
    try:
        yield
    except RecursionError:
        raise InputError(source, [Problem("", "too_deep", {"limit": MAX_DEPTH})]) from None


def _parse(text: str, source: str) -> Parsed:
    try:
        data, node = _load(text, _FAST_LOADER, source)
    except yaml.YAMLError:
        # libyaml found a syntax error; the pure-Python parser reads the same text the same
        # way and words its messages more plainly, so the user sees those.
        try:
            data, node = _load(text, yaml.SafeLoader, source)
        except yaml.YAMLError as error:
            raise InputError(source, [syntax_problem(error)]) from None
    lines: dict[PathKey, int] = {}
    raw: dict[PathKey, str] = {}
    if node is not None:
        _walk(node, (), lines, raw)
    return Parsed(data, lines, raw)


def _load(text: str, loader: type, source: str) -> tuple[Any, yaml.Node | None]:
    """Safe-load `text` once into data and its node tree; refuse anchors, aliases, deep nesting.

    An alias bomb ("billion laughs") costs nothing to parse as events but explodes when it is
    built into Python objects, and deep nesting overflows the recursive composer; the parser
    itself keeps its state in a list, so the events are checked before anything is composed.
    """
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise InputError(source, [Problem("", "alias", line=event.start_mark.line + 1)])
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line = event.start_mark.line + 1
                problem = Problem("", "too_deep", {"limit": MAX_DEPTH}, line=line)
                raise InputError(source, [problem])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    node = yaml.compose(text, Loader=loader)
    data = loader("").construct_document(node) if node is not None else None
    return data, node


def _walk(node: yaml.Node, path: PathKey, lines: dict, raw: dict) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            _walk(value_node, (*path, key), lines, raw)
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, raw)
    else:
        raw[path] = node.value
