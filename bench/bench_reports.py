"""Benchmark: HTML and PDF of a Vollcheck report (60 questions, texts as long as the shipped
questionnaire's), of a workshop group report, and of the two-page council summary.

Prints the median wall time of several runs, the CPU time, and the ratio to WeasyPrint
rendering a one-page plain HTML with the same options in the same run. The machine's load
average is printed too: on a shared machine, wall times grow with it, CPU times much less.
Run: python bench/bench_reports.py
"""

from __future__ import annotations

import io
import os
import random
import statistics
import sys
import time
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import datetime as dt

from questionnaire import DONT_KNOW, Profile, Questionnaire, load_rechtsstand, new_answers
from reports import build_report, render_html, render_pdf
from reports.pdf import html_to_pdf
from reports.plan_files import facts_of
from reports.summary import summary_pdf

RUNS = 5
PARTICIPANTS = 8
WORDS = [
    *("Verwaltung", "Beschäftigte", "Fachamt", "Personalrat", "Datenschutz", "Verfahren"),
    *("Anwendung", "Regelung", "Dienstanweisung", "Verzeichnis", "Schulung", "Haushalt"),
    *("Zuständigkeit", "Prüfung", "Entscheidung", "Bürgerinnen", "Transparenz"),
    *("Dienstleister", "Beschaffung", "Vertrag", "Ziel", "Kennzahl"),
]
PLAIN = (
    "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Brief</title></head>"
    "<body><h1>Ein Brief</h1>"
    + "<p>"
    + "Ein Satz in einem schlichten Absatz. " * 30
    + "</p>" * 3
    + "</body></html>"
)


def _prose(rng: random.Random, words: int) -> dict[str, str]:
    text = " ".join(rng.choice(WORDS) for _ in range(words)) + "."
    return {"de": text, "en": text}


def vollcheck(questions: int = 60, dimensions: int = 8) -> Questionnaire:
    """60 questions in 8 dimensions, six recommendations each, long option texts."""
    rng = random.Random(60)
    dims = []
    for d in range(dimensions):
        ids = range(d * questions // dimensions, (d + 1) * questions // dimensions)
        qs = [
            {
                "id": f"q{i}",
                "text": _prose(rng, 16),
                "help": _prose(rng, 30),
                "type": "multi" if i % 5 == 4 else "single",
                "options": [
                    {
                        "id": f"o{k}",
                        "label": _prose(rng, 14),
                        ("points" if i % 5 == 4 else "score"): k,
                    }
                    for k in range(5)
                ],
            }
            for i in ids
        ]
        # Like the shipped file: one recommendation per level (exactly one fires) and
        # question rules that fire for weak answers.
        levels = (
            {"level_at_most": 1},
            {"level_at_least": 2, "level_at_most": 2},
            {"level_at_least": 3, "level_at_most": 3},
            {"level_at_least": 4},
        )
        rules = [*levels, *({"question": f"q{i}", "score_at_most": 1} for i in list(ids)[:6])]
        recs = [
            {
                "id": f"r{d}_{n}",
                "text": _prose(rng, 55),
                "priority": ("high", "medium")[n % 2],
                "effort": "project",
                "owner": _prose(rng, 2),
                "references": ["DSGVO Art. 35"],
                "when": when,
            }
            for n, when in enumerate(rules)
        ]
        dims.append(
            {
                "id": f"d{d}",
                "name": _prose(rng, 3),
                "description": _prose(rng, 50),
                "questions": qs,
                "recommendations": recs,
            }
        )
    levels = [
        {"name": _prose(rng, 1), "min_score": 20 * n, "description": _prose(rng, 25)}
        for n in range(5)
    ]
    return Questionnaire.model_validate(
        {
            "id": "bench",
            "version": "1",
            "languages": ["de", "en"],
            "title": _prose(rng, 4),
            "levels": levels,
            "dimensions": dims,
        }
    )


def answers(questionnaire: Questionnaire, seed: int):
    """Every question answered, some "Weiß nicht", a note on every ninth question."""
    rng = random.Random(seed)
    given = {}
    for q in questionnaire.questions().values():
        if rng.random() < 0.08:
            given[q.id] = DONT_KNOW
        elif q.type == "multi":
            given[q.id] = [f"o{k}" for k in range(1, 5) if rng.random() < 0.5] or ["o0"]
        else:
            given[q.id] = f"o{min(4, max(0, round(rng.gauss(2, 1.1))))}"
    notes = {qid: _prose(rng, 30)["de"] for qid in list(given)[2::9]}
    profile = Profile(
        organisation="Landkreis Musterhausen", kind="landkreis", state="NI", date="2026-11-24"
    )
    return new_answers(
        questionnaire,
        answers=given,
        notes=notes,
        profile=profile,
        targets={d.id: 4 for d in questionnaire.dimensions},
    )


def measure(function) -> tuple[float, float]:
    """Median wall time and median CPU time of `function()` over RUNS runs, in seconds."""
    walls, cpus = [], []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    questionnaire = vollcheck()
    one = answers(questionnaire, 1)
    group = [answers(questionnaire, seed) for seed in range(2, 2 + PARTICIPANTS)]
    html_to_pdf(PLAIN)  # the first call loads fonts; every figure below is a warm run
    base_wall, base_cpu = measure(lambda: html_to_pdf(PLAIN))
    html_wall, html_cpu = measure(lambda: render_html(build_report(questionnaire, [one])))
    report = build_report(questionnaire, [one])
    pdf_wall, pdf_cpu = measure(lambda: render_pdf(report))
    group_report = build_report(questionnaire, group)
    group_wall, group_cpu = measure(lambda: render_pdf(group_report))
    facts = facts_of(questionnaire, [one], load_rechtsstand(), "de", dt.date(2026, 12, 4))
    summary_wall, summary_cpu = measure(lambda: summary_pdf(facts))
    summary_pages = len(PdfReader(io.BytesIO(summary_pdf(facts))).pages)
    pages = len(PdfReader(io.BytesIO(render_pdf(report))).pages)
    group_pages = len(PdfReader(io.BytesIO(render_pdf(group_report))).pages)

    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {RUNS} runs")
    base = f"{base_wall * 1000:7.0f} ms (cpu {base_cpu * 1000:.0f} ms)"
    print(f"{'baseline: one-page plain HTML to PDF':<37} {base}")
    for name, wall, cpu, extra in (
        ("Vollcheck HTML (build + render)", html_wall, html_cpu, ""),
        ("Vollcheck PDF", pdf_wall, pdf_cpu, f", {pages} pages"),
        ("council summary PDF", summary_wall, summary_cpu, f", {summary_pages} pages"),
        (
            f"group PDF, {PARTICIPANTS} participants",
            group_wall,
            group_cpu,
            f", {group_pages} pages",
        ),
    ):
        print(
            f"{name:<37} {wall * 1000:7.0f} ms (cpu {cpu * 1000:.0f} ms; "
            f"{wall / base_wall:.1f}x baseline wall, {cpu / base_cpu:.1f}x cpu{extra})"
        )


if __name__ == "__main__":
    main()
