"""A YAML/JSON syntax error as a located problem in plain words, in German and English.

The parser's own message ("expected ',' or '}', but got '<scalar>'") is English and written for
programmers; it is sorted into a few kinds of mistake that each have a message of their own.
"""

from __future__ import annotations

import re

import yaml

from .problems import Problem

# The parser's message -> the kind of mistake; the first match wins.
_KINDS: tuple[tuple[str, str], ...] = (
    (r"'<stream end>'|end of stream", "syntax_end"),
    (r"found character '\\t'|tab character", "syntax_tab"),
    (r"expected ',' or '\]'", "syntax_list"),
    (r"expected ',' or '}'", "syntax_mapping"),
    (r"mapping values are not allowed here", "syntax_colon"),
    (r"<block end>|could not find expected ':'|block sequence entries", "syntax_indent"),
    (r"escape", "syntax_escape"),
    (r"document start|document separator", "syntax_after_end"),
    (r"constructor for the tag|tag handle", "syntax_tag"),
    (r"node content|cannot start any token", "syntax_character"),
)
_FOUND = re.compile(r"(?:found|got)(?: character)? ('[^']+'|\"[^\"]+\")")


def syntax_problem(error: yaml.YAMLError) -> Problem:
    """The problem for a parser error: where it is (line, column) and what to check there."""
    mark = getattr(error, "problem_mark", None)
    opened = getattr(error, "context_mark", None)
    detail = str(getattr(error, "problem", None) or "")
    code = next((kind for pattern, kind in _KINDS if re.search(pattern, detail)), "syntax")
    found = _FOUND.search(detail)
    character = found.group(1) if found and len(found.group(1)) == 3 else None
    if code == "syntax_character" and character is None:
        code = "syntax"
    params = {
        "column": mark.column + 1 if mark else 1,
        "opened": (opened or mark).line + 1 if (opened or mark) else 1,
        "found": character or "",
    }
    return Problem("", code, params, line=mark.line + 1 if mark else None)
