"""Command line: `python -m usecases check | triage ANSWERS | fit ASSESSMENT`."""

from __future__ import annotations

import argparse
import json
import sys

from questionnaire import InputError, default_questionnaire_path, load_answers, load_questionnaire
from questionnaire.rechtsstand import load_rechtsstand
from scoring import score

from .fit import fit
from .loader import load_catalogue, load_triage, load_triage_answers
from .output import fit_json, fit_text, triage_json, triage_text
from .triage import walk


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m usecases")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the triage tree and the catalogue")
    check.add_argument("--triage", help="triage tree file (default: the shipped one)")
    check.add_argument("--catalogue", help="catalogue file (default: the shipped one)")
    triage = commands.add_parser("triage", help="walk the AI Act triage with an answers file")
    triage.add_argument("answers", metavar="ANSWERS", help="triage answers file (JSON or YAML)")
    fit_cmd = commands.add_parser("fit", help="readiness fit of every use case for an assessment")
    fit_cmd.add_argument("assessment", metavar="ASSESSMENT", help="answers file of an assessment")
    fit_cmd.add_argument("--questionnaire", help="questionnaire file (default: the shipped one)")
    for sub in (triage, fit_cmd):
        sub.add_argument("--format", choices=["json", "text"], default="text")
        sub.add_argument("--lang", choices=["de", "en"], help="language of texts (default: de)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 fine, 2 invalid input)."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except InputError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.command == "check":
        tree = load_triage(args.triage)
        catalogue = load_catalogue(args.catalogue, tree)
        print(
            f"{args.triage or 'ki-vo-triage.yaml'}: ok ({len(tree.questions)} questions, "
            f"{len(tree.conclusions)} conclusions, {len(tree.obligations)} obligations)"
        )
        print(f"{args.catalogue or 'katalog.yaml'}: ok ({len(catalogue.use_cases)} use cases)")
        return 0
    lang = args.lang or "de"
    if args.command == "triage":
        rechtsstand = load_rechtsstand()
        tree = load_triage(rechtsstand=rechtsstand)
        answers = load_triage_answers(args.answers, tree)
        data = triage_json(walk(tree, answers.answers), rechtsstand, lang)
        text = triage_text(data, lang) if args.format == "text" else None
    else:
        questionnaire = load_questionnaire(args.questionnaire or default_questionnaire_path())
        assessment, warnings = load_answers(args.assessment, questionnaire)
        for warning in warnings:
            print(warning.located(args.assessment), file=sys.stderr)
        tree = load_triage()
        catalogue = load_catalogue(tree=tree, questionnaire=questionnaire)
        lang = args.lang or assessment.language
        fits = fit(score(questionnaire, assessment), catalogue)
        data = fit_json(fits, questionnaire, lang, assessment.profile.kind)
        text = fit_text(data, tree, lang) if args.format == "text" else None
    print(text if text is not None else json.dumps(data, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
