"""Benchmark: the app's rerun time after one answer, against a bare script with the same widgets.

With AppTest (no browser), measures the rerun after one answer on the Fragebogen view (a radio
choice, saved to the database) and after one target change on the Ergebnis view (scoring, two
plotly charts, table, recommendations). Each is compared with a bare script that renders the
same number of widgets of the same kinds and nothing else, measured in the same run. Prints
medians (wall and CPU time) and ratios; asserts nothing (targets: median under 150 ms,
within 1.5x of the bare script).

Run: python bench/bench_app.py [--runs N]   (questionnaire: $KIRC_QUESTIONNAIRE or the shipped)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_TMP = tempfile.TemporaryDirectory()
os.environ["DATABASE_URL"] = f"sqlite:///{_TMP.name}/bench.db"

from streamlit.testing.v1 import AppTest  # noqa: E402
from streamlit.testing.v1.element_tree import Block, Widget  # noqa: E402

from questionnaire import Answers, Questionnaire, load_questionnaire, new_answers  # noqa: E402
from ui import content, store  # noqa: E402

APP = str(ROOT / "app.py")
# How the bare script renders one widget of each kind the views use.
_BARE = {
    "radio": 'st.radio("r{i}", ["a", "b", "c", "d", "e", "f"], index=None, key="w{i}")',
    "text_area": 'st.text_area("t{i}", key="w{i}")',
    "text_input": 'st.text_input("t{i}", key="w{i}")',
    "selectbox": 'st.selectbox("s{i}", ["a", "b", "c"], key="w{i}")',
    "multiselect": 'st.multiselect("m{i}", ["a", "b", "c"], key="w{i}")',
    "select_slider": 'st.select_slider("s{i}", [0, 1, 2, 3, 4, 5], key="w{i}")',
    "button": 'st.button("b{i}", key="w{i}")',
    "button_group": 'st.pills("p{i}", ["a", "b"], selection_mode="multi", key="w{i}")',
    "segmented_control": 'st.segmented_control("g{i}", ["a", "b"], key="w{i}")',
    "file_uploader": 'st.file_uploader("f{i}", key="w{i}")',
    "download_button": 'st.download_button("d{i}", "x", key="w{i}")',
    "number_input": 'st.number_input("n{i}", key="w{i}")',
    "date_input": 'st.date_input("d{i}", key="w{i}")',
}


def widgets(node) -> Counter:
    """Widget kinds in a rendered AppTest tree, counted."""
    counts: Counter = Counter()
    if isinstance(node, Widget):
        counts[node.type] += 1
    if isinstance(node, Block):
        for child in node.children.values():
            counts += widgets(child)
    return counts


def bare_script(counts: Counter) -> tuple[str, str]:
    """A script with the same widgets and nothing else; returns it and its first radio's key."""
    lines, i, first = ["import streamlit as st"], 0, ""
    for kind, n in sorted(counts.items()):
        for _ in range(n):
            lines.append(_BARE[kind].format(i=i))
            if kind in ("radio", "select_slider") and not first:
                first = f"w{i}"
            i += 1
    return "\n".join(lines), first


def medians_ms(at: AppTest, change, runs: int) -> tuple[float, float]:
    """Median wall and CPU time (ms) of `runs` reruns, each after `change(at, i)` set a value.

    CPU time is the process's, over all threads (the script runs in one of AppTest's): it
    stays stable on a shared machine where wall time depends on the neighbours.
    """
    for i in range(3):  # warm-up: imports, caches, first render
        change(at, i)
        at.run()
    wall, cpu = [], []
    for i in range(runs):
        change(at, i)
        start, start_cpu = time.perf_counter(), time.process_time()
        at.run()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert not at.exception, at.exception
    return statistics.median(wall), statistics.median(cpu)


def filled_answers(questionnaire: Questionnaire) -> Answers:
    """A complete Vollcheck with varied answers, so charts and recommendations have content."""
    given: dict[str, str | list[str]] = {}
    for i, question in enumerate(questionnaire.questions().values()):
        option = question.options[i % len(question.options)].id
        given[question.id] = [option] if question.type == "multi" else option
    return new_answers(questionnaire, mode="full", answers=given)


def measure_view(page: str, change, runs: int) -> tuple[tuple, tuple, Counter]:
    """((app wall, app CPU), (bare wall, bare CPU), widget counts) for one view, medians."""
    questionnaire = load_questionnaire(content.questionnaire_path())
    token = store.repository().create(filled_answers(questionnaire))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["t"] = token
    at.run()
    at.switch_page(page).run()
    counts = widgets(at._tree)
    app_ms = medians_ms(at, change, runs)
    script, key = bare_script(counts)
    bare = AppTest.from_string(script, default_timeout=60).run()
    options = bare.get_by_key(key).options

    def bare_change(b: AppTest, i: int) -> None:
        b.get_by_key(key).set_value(options[i % 2])

    return app_ms, medians_ms(bare, bare_change, runs), counts


def main() -> None:
    """Measure both views and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    questionnaire = load_questionnaire(content.questionnaire_path())
    first = questionnaire.dimensions[0].questions[0]
    options = [o.id for o in first.options]
    dimension = questionnaire.dimensions[0].id

    def answer(at: AppTest, i: int) -> None:
        at.radio(key=f"q.{first.id}.answer").set_value(options[i % 2])

    def target(at: AppTest, i: int) -> None:
        at.select_slider(key=f"target.{dimension}").set_value(3 + i % 2)

    print(f"questionnaire: {content.questionnaire_path().name}, {runs} reruns per figure")
    for name, page, change in (
        ("Fragebogen, one answer", "views/fragebogen.py", answer),
        ("Ergebnis, one target", "views/ergebnis.py", target),
    ):
        (app_wall, app_cpu), (bare_wall, bare_cpu), counts = measure_view(page, change, runs)
        print(
            f"{name:24} median {app_wall:5.1f} ms wall, {app_cpu:5.1f} ms CPU | bare script with "
            f"the same {sum(counts.values())} widgets {bare_wall:5.1f} ms wall, {bare_cpu:5.1f} ms "
            f"CPU | ratio {app_wall / bare_wall:4.2f} wall, {app_cpu / bare_cpu:4.2f} CPU"
        )


if __name__ == "__main__":
    main()
