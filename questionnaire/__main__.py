"""Command line: `python -m questionnaire check FILE...` and `python -m questionnaire schema`."""

from __future__ import annotations

import argparse
import json
import sys

from .loader import load_questionnaire
from .problems import InputError
from .schema import SCHEMA_PATH, questionnaire_schema


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 fine, 2 invalid input)."""
    parser = argparse.ArgumentParser(prog="python -m questionnaire")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate questionnaire files")
    check.add_argument("files", nargs="+")
    schema = commands.add_parser("schema", help="write the JSON Schema for editors")
    schema.add_argument("--output", "-o", default=str(SCHEMA_PATH), help="'-' for stdout")
    args = parser.parse_args(argv)
    if args.command == "schema":
        text = json.dumps(questionnaire_schema(), indent=2, ensure_ascii=False) + "\n"
        if args.output == "-":
            sys.stdout.write(text)
        else:
            with open(args.output, "w", encoding="utf-8") as out:
                out.write(text)
        return 0
    failed = False
    for path in args.files:
        try:
            questionnaire = load_questionnaire(path)
        except InputError as error:
            failed = True
            for line in error.lines():
                print(line, file=sys.stderr)
            continue
        count = sum(len(d.questions) for d in questionnaire.dimensions)
        print(f"{path}: ok ({len(questionnaire.dimensions)} dimensions, {count} questions)")
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
