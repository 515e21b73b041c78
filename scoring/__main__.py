"""Command line: `python -m scoring ANSWERS` and `python -m scoring group FILES...`."""

from __future__ import annotations

import argparse
import json
import sys

from questionnaire import (
    InputError,
    default_questionnaire_path,
    for_profile,
    load_answers,
    load_questionnaire,
)

from .engine import score
from .group import group_statistics
from .output import group_json, group_text, result_json, result_text


def _parser(group: bool) -> argparse.ArgumentParser:
    prog = "python -m scoring group" if group else "python -m scoring"
    parser = argparse.ArgumentParser(prog=prog)
    if group:
        parser.add_argument("files", nargs="+", metavar="FILES", help="answers files, one each")
    else:
        parser.add_argument("answers", metavar="ANSWERS", help="answers file (JSON or YAML)")
    parser.add_argument("--questionnaire", help="questionnaire file (default: the shipped one)")
    parser.add_argument("--lang", choices=["de", "en"], help="language of texts (default: de)")
    parser.add_argument("--format", choices=["json", "text"], default="text")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 fine, 2 invalid input)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    group = bool(argv) and argv[0] == "group"
    args = _parser(group).parse_args(argv[1:] if group else argv)
    try:
        questionnaire = load_questionnaire(args.questionnaire or default_questionnaire_path())
        paths = args.files if group else [args.answers]
        loaded = [load_answers(path, questionnaire) for path in paths]
    except InputError as error:
        # Problems in the language asked for; English by default, like the other command lines.
        for line in error.lines(args.lang or "en"):
            print(line, file=sys.stderr)
        return 2
    for path, (_, warnings) in zip(paths, loaded, strict=True):
        for warning in warnings:
            print(warning.located(path, args.lang or "en"), file=sys.stderr)
    answer_sets = [answers for answers, _ in loaded]
    lang = args.lang or answer_sets[0].language
    if group:
        result = group_statistics(questionnaire, answer_sets, answer_sets[0].mode)
        data, text = group_json(result, lang), group_text(result, lang)
    else:
        result = score(for_profile(questionnaire, answer_sets[0].profile), answer_sets[0])
        data, text = result_json(result, lang), result_text(result, lang)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
