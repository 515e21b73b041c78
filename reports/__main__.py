"""Command line: `python -m reports ANSWERS... [--pdf FILE] [--html FILE] [--csv FILE] …`.

One answers file makes a self-check report, several make a workshop group report. The plan
documents (`--summary-pdf`, `--docx`, `--roadmap-csv`, `--templates DIR`, …) are built from
the one assessment, or from a group's consensus answers.
Invalid input: a located message on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from questionnaire import InputError, default_questionnaire_path, load_answers, load_questionnaire

from .build import build_report
from .html import render_html
from .pdf import render_pdf
from .rawdata import answers_csv, answers_xlsx


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m reports",
        description="Write the report (PDF, HTML) and the raw data (CSV, XLSX) of one "
        "assessment, or of a workshop group when several answers files are given.",
    )
    parser.add_argument("answers", nargs="+", metavar="ANSWERS", help="answers files")
    parser.add_argument("--questionnaire", help="questionnaire file (default: the shipped one)")
    parser.add_argument("--previous", metavar="FILE", help="an earlier assessment to compare")
    parser.add_argument("--group", action="store_true", help="group report even for one file")
    parser.add_argument(
        "--lang", choices=["de", "en"], help="report language (default: the first file's)"
    )
    for kind in ("pdf", "html", "csv", "xlsx"):
        parser.add_argument(f"--{kind}", metavar="FILE", help=f"write the {kind.upper()} here")
    plan = parser.add_argument_group("plan documents (a group: from its consensus answers)")
    plan.add_argument("--summary-pdf", metavar="FILE", help="the two-page council summary")
    plan.add_argument("--summary-docx", metavar="FILE", help="the council summary as DOCX")
    plan.add_argument("--docx", metavar="FILE", help="the editable AI strategy draft (DOCX)")
    plan.add_argument("--roadmap-csv", metavar="FILE", help="the 12-month roadmap as CSV")
    plan.add_argument("--roadmap-xlsx", metavar="FILE", help="the roadmap as an Excel workbook")
    plan.add_argument("--templates", metavar="DIR", help="write the template pack (DOCX) here")
    return parser


PLAN_OUTPUTS = ("summary_pdf", "summary_docx", "docx", "roadmap_csv", "roadmap_xlsx")


def _plan_outputs(args, questionnaire, answer_sets, lang: str) -> list[tuple[str, bytes]]:
    """The plan documents asked for, as (path, bytes); templates go into their folder."""
    import datetime as dt

    from questionnaire import load_rechtsstand

    from .plan_files import facts_of, strategy_docx, summary_docx
    from .roadmap_export import roadmap_csv, roadmap_xlsx
    from .summary import summary_pdf
    from .template_pack import template_files

    rechtsstand = load_rechtsstand()
    facts = facts_of(questionnaire, answer_sets, rechtsstand, lang, dt.date.today())
    makers = {
        "summary_pdf": lambda: summary_pdf(facts),
        "summary_docx": lambda: summary_docx(facts),
        "docx": lambda: strategy_docx(facts, rechtsstand),
        "roadmap_csv": lambda: roadmap_csv(facts.roadmap, facts.roadmap_start, lang),
        "roadmap_xlsx": lambda: roadmap_xlsx(facts.roadmap, facts.roadmap_start, lang),
    }
    outputs = [
        (getattr(args, name), makers[name]()) for name in PLAN_OUTPUTS if getattr(args, name)
    ]
    if args.templates:
        folder = Path(args.templates)
        files = template_files(facts.organisation, lang, rechtsstand)
        outputs += [(str(folder / name), data) for name, data in files]
    return outputs


def _load(args: argparse.Namespace):
    questionnaire = load_questionnaire(args.questionnaire or default_questionnaire_path())
    loaded = [(path, *load_answers(path, questionnaire)) for path in args.answers]
    previous = None
    if args.previous:
        previous, warnings = load_answers(args.previous, questionnaire)
        loaded.append((args.previous, previous, warnings))
    for path, _, warnings in loaded:
        for warning in warnings:
            print(warning.located(path, args.lang or "en"), file=sys.stderr)
    answer_sets = [answers for _, answers, _ in loaded[: len(args.answers)]]
    return questionnaire, answer_sets, previous


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 fine, 1 cannot write, 2 invalid input)."""
    parser = _parser()
    args = parser.parse_args(argv)
    wanted = (args.pdf, args.html, args.csv, args.xlsx, args.templates)
    if not any(wanted) and not any(getattr(args, name) for name in PLAN_OUTPUTS):
        parser.error("nothing to write: give --pdf, --html, --csv, --xlsx or a plan document")
    try:
        questionnaire, answer_sets, previous = _load(args)
    except InputError as error:
        for line in error.lines(args.lang or "en"):
            print(line, file=sys.stderr)
        return 2
    lang = args.lang or answer_sets[0].language
    outputs = []
    if args.pdf or args.html:
        report = build_report(questionnaire, answer_sets, lang, previous, group=args.group or None)
        if args.html:
            outputs.append((args.html, render_html(report).encode("utf-8")))
        if args.pdf:
            outputs.append((args.pdf, render_pdf(report)))
    if args.csv:
        outputs.append((args.csv, answers_csv(questionnaire, answer_sets, lang)))
    if args.xlsx:
        outputs.append((args.xlsx, answers_xlsx(questionnaire, answer_sets, lang)))
    outputs += _plan_outputs(args, questionnaire, answer_sets, lang)
    if args.templates:
        try:
            Path(args.templates).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            print(f"{args.templates}: cannot create: {error.strerror}", file=sys.stderr)
            return 1
    for path, data in outputs:
        try:
            Path(path).write_bytes(data)
        except OSError as error:
            print(f"{path}: cannot write: {error.strerror}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
