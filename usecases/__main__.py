"""Command line: `python -m usecases check | triage ANSWERS | fit ASSESSMENT`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from questionnaire import InputError, default_questionnaire_path, load_answers, load_questionnaire
from questionnaire.rechtsstand import load_rechtsstand
from questionnaire.source import read_text
from scoring import score

from .fit import fit
from .loader import load_catalogue, load_triage, load_triage_answers
from .output import fit_json, fit_text, triage_json, triage_text
from .register import SCHEMA_PATH, items_of, parse_register, register_schema
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
    commands.add_parser("schema", help="write usecases/register.schema.json (register format)")
    register = commands.add_parser("register", help="render an exported register file")
    register.add_argument("register", metavar="REGISTER", help="register file (JSON)")
    register.add_argument("--html", help="write the publishable register page here")
    register.add_argument("--csv", help="write the register as CSV (German Excel) here")
    register.add_argument("--steckbrief", metavar="ID", help="the entry for --pdf")
    register.add_argument("--pdf", help="write the entry's one-page project profile here")
    for sub in (triage, fit_cmd, register):
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
    if args.command == "schema":
        text = json.dumps(register_schema(), indent=2, ensure_ascii=False) + "\n"
        SCHEMA_PATH.write_text(text, encoding="utf-8")
        print(f"{SCHEMA_PATH}: written")
        return 0
    if args.command == "register":
        return _register(args)
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


def _register(args: argparse.Namespace) -> int:
    # reports/ renders; it is imported here only, so the package itself never depends on it.
    from reports.register import register_csv, register_html, steckbrief_pdf

    register = parse_register(read_text(args.register), args.register)
    lang = args.lang or register.language
    if args.html:
        Path(args.html).write_text(register_html(register, lang), encoding="utf-8")
    if args.csv:
        Path(args.csv).write_bytes(register_csv(register))
    if args.pdf or args.steckbrief:
        items = {item.id: item for item in items_of(register)}
        if args.steckbrief not in items:
            known = ", ".join(items) or "–"
            print(f"{args.register}: no entry '{args.steckbrief}'; entries: {known}",
                  file=sys.stderr)  # fmt: skip
            return 2
        rechtsstand = load_rechtsstand()
        tree = load_triage(rechtsstand=rechtsstand)
        pdf = steckbrief_pdf(items[args.steckbrief], register.organisation, tree, rechtsstand,
                             load_catalogue(tree=tree), lang)  # fmt: skip
        Path(args.pdf or f"{args.steckbrief}.pdf").write_bytes(pdf)
    print(f"{args.register}: {len(register.entries)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
