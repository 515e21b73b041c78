"""Benchmark: a workshop under load, in real browsers on `streamlit run`.

One facilitator's dashboard and N participants (default 30), each page in its own context of
one headless Chromium, on a real server with a fresh SQLite database, driven with the browser
tests' fixtures and helpers (tests/e2e/conftest.py, flows.py, test_workshop.py). Measured:

- latency: from a participant's click on an answer to the moment the facilitator's dashboard
  shows it. Answers are given one at a time, the participants taking turns; each changes one
  dimension's progress line ("<Dimension>: X von Y Antworten") and the next answer waits until
  the line shows it. Each click comes after a random pause of up to one refresh interval, so
  the answers fall at random moments of the dashboard's refresh cycle (given right after a
  refresh, they would all wait almost a full interval). Both ends are stamped in the browsers
  (a capture listener stamps the click; the dashboard page checks its progress lines every
  20 ms), so Playwright's round trips do not count.
- server memory: VmRSS of the streamlit process sampled every 0.25 s, and its VmHWM (the
  kernel's peak) at the end, from /proc/PID/status; also the server's CPU time (the load of
  N connected pages, each with a fragment that reruns every few seconds).

Baseline, in the same run: the same latency while only one participant is connected (the first
one answers its first questions before the others join). The dashboard's fragment refreshes
every 1.5 s (REFRESH_SECONDS), which bounds both from below: an answer waits on average half
an interval for the next refresh, plus the participant's rerun and the refresh's own rerun,
so the baseline median is about 0.75 s plus two reruns. The ratio to it shows what N connected
participants add. Targets: median under 3 s, server under 600 MB.

A join that does not finish within JOIN_MS (a saturated server) ends the joining: the figures
are then measured with the participants that did join, and the output says how many. Asserts
nothing; prints the figures and what looked wrong (error lines in the server log, participants
or answers the dashboard or the database do not count). Progress goes to stderr.

Run: python bench/bench_workshop.py [--participants N] [--samples N] [--baseline-samples N]
(questionnaire: $KIRC_QUESTIONNAIRE or the shipped one; needs /usr/bin/chromium; takes minutes)
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402
from playwright.sync_api import Error as PlaywrightError  # noqa: E402

from questionnaire import Questionnaire, load_questionnaire  # noqa: E402
from tests.e2e.conftest import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_FLAGS,
    WAIT_MS,
    AppServer,
    OutboundRecorder,
    questionnaire_file,
    start_server,
    stop_server,
)
from tests.e2e.flows import (  # noqa: E402
    Step,
    answer_widget,
    choose,
    plan,
    progress,
    text,
    wait_until_idle,
)
from tests.e2e.flows import main as main_area  # noqa: E402
from tests.e2e.test_workshop import LANG, create_workshop, metric  # noqa: E402
from ui.components.workshop_dashboard import REFRESH_SECONDS  # noqa: E402

MODE = "short"  # test_workshop.create_workshop creates a Kurzcheck workshop
# How long one answer may take to show on the dashboard before the run fails, and how long one
# participant may take to join before the joining ends (bounds, not measures: on a loaded
# two-core machine a refresh can lag by seconds).
SHOW_MS = 2 * WAIT_MS
JOIN_MS = 4 * WAIT_MS
POLL_MS = 20
# How long the server's CPU use is watched while nobody answers (the fragments' cost alone).
IDLE_SECONDS = 6
SEED = 30
# Stamps the first click after a reset (clicking a label also clicks its input).
_STAMP_CLICKS = (
    "window.addEventListener('click', () => {"
    " if (window.__kircClick === null) window.__kircClick = Date.now(); }, true);"
    "window.__kircClick = undefined;"
)
_PROGRESS_TEXTS = (
    '[data-testid="stMain"] [data-testid="stProgress"] [data-testid="stMarkdownContainer"]'
)
# Date.now() once a progress line on the dashboard reads exactly `line`, else null.
_SHOWS_LINE = f"""(line) => {{
    for (const t of document.querySelectorAll('{_PROGRESS_TEXTS}')) {{
        if (t.textContent.replace(/\\s+/g, ' ').trim() === line) return Date.now();
    }}
    return null;
}}"""
_ERROR_LINE = re.compile(r"Traceback|Error|Exception|locked", re.IGNORECASE)


def say(message: str) -> None:
    """Progress on stderr (the figures go to stdout)."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _kib_field(path: str, field: str) -> float:
    try:
        with open(path) as lines:
            for line in lines:
                if line.startswith(field + ":"):
                    return float(line.split()[1])
    except OSError:
        pass
    return 0.0


class ServerWatch:
    """Samples the server's VmRSS every `interval` seconds in a thread; reads its CPU time."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        self.pid = pid
        self.peak_rss = 0.0  # MB
        self.min_available = float("inf")  # the machine's MemAvailable, MB
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval,), daemon=True)
        self._thread.start()

    def status(self, field: str) -> float:
        """A field of /proc/PID/status (VmRSS, VmHWM) in MB; 0 once the process is gone."""
        return _kib_field(f"/proc/{self.pid}/status", field) / 1024

    def cpu_seconds(self) -> float:
        """User and system CPU time the process has used so far (all its threads)."""
        try:
            with open(f"/proc/{self.pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def cpu_share(self, seconds: float) -> float:
        """The process's CPU time over the next `seconds`, as a share of one core."""
        before, start = self.cpu_seconds(), time.perf_counter()
        time.sleep(seconds)
        return (self.cpu_seconds() - before) / (time.perf_counter() - start)

    def _run(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self.peak_rss = max(self.peak_rss, self.status("VmRSS"))
            available = _kib_field("/proc/meminfo", "MemAvailable") / 1024
            self.min_available = min(self.min_available, available)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


class Participant:
    """A participant's page and its place in the plan (the Kurzcheck, dimension by dimension)."""

    def __init__(self, page: Page, steps: list[Step]) -> None:
        self.page = page
        self.steps = steps
        self.next = 0  # index into steps of the next answer
        self.dimension = steps[0].dimension.id  # the dimension the page shows

    def answer(self, pause: float) -> tuple[Step, float]:
        """Give the next planned answer after `pause` seconds; returns it and the click's time
        (epoch seconds, stamped in the page)."""
        step = self.steps[self.next]
        if step.dimension.id != self.dimension:
            button = text(LANG, "nav.next")
            main_area(self.page).get_by_role("button", name=button, exact=True).click()
            expect(answer_widget(self.page, step, LANG)).to_be_visible(timeout=SHOW_MS)
            wait_until_idle(self.page)  # the step's scroll to the top would move the option
            self.dimension = step.dimension.id
        answer_widget(self.page, step, LANG).wait_for()
        time.sleep(pause)
        self.page.evaluate("() => { window.__kircClick = null; }")
        choose(self.page, step, LANG)
        clicked = self.page.evaluate("() => window.__kircClick")
        assert clicked, "the click on the answer was not stamped"
        self.next += 1
        return step, clicked / 1000


def open_page(browser: Browser) -> Page:
    """A page in a fresh browser context, as the browser tests open them."""
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="de-DE")
    context.add_init_script(_STAMP_CLICKS)
    page = context.new_page()
    page.set_default_timeout(SHOW_MS)
    return page


def join(browser: Browser, url: str, code: str, steps: list[Step]) -> Participant:
    """Join with the code, as test_workshop does, and wait for the first questions; a join
    that takes longer than JOIN_MS closes its page and raises."""
    page = open_page(browser)
    deadline = time.monotonic() + JOIN_MS / 1000

    def left() -> float:
        return max(1.0, (deadline - time.monotonic()) * 1000)

    try:
        page.goto(url + "/workshop_beitreten", wait_until="commit", timeout=left())
        field = main_area(page).get_by_role("textbox", name=text(LANG, "join.code_label"))
        field.fill(code, timeout=left())
        main_area(page).get_by_role("button", name=text(LANG, "join.submit")).click(timeout=left())
        expect(page).to_have_url(re.compile(r"[?&]p="), timeout=left())
        expect(progress(page, LANG, 0, len(steps))).to_be_visible(timeout=left())
    except (PlaywrightError, AssertionError):
        page.context.close()
        raise
    return Participant(page, steps)


class Dashboard:
    """The facilitator's page and the answers it should show per dimension."""

    def __init__(self, page: Page, questionnaire: Questionnaire) -> None:
        self.page = page
        self.asked = {d.id: len(d.questions_in(MODE)) for d in questionnaire.dimensions}
        self.answered = dict.fromkeys(self.asked, 0)
        self.joined = 0

    def line(self, step: Step) -> str:
        dimension = step.dimension
        return text(
            LANG,
            "live.dimension_progress",
            name=dimension.name[LANG],
            answered=self.answered[dimension.id],
            possible=self.asked[dimension.id] * self.joined,
        )

    def expect_joined(self, joined: int) -> None:
        self.joined = joined
        expect(metric(self.page, "live.joined")).to_have_text(str(joined), timeout=SHOW_MS)

    def shown_at(self, step: Step) -> float:
        """Wait until the dashboard counts the answer to `step`; the time it showed (epoch s)."""
        self.answered[step.dimension.id] += 1
        line = self.line(step)
        try:
            handle = self.page.wait_for_function(
                _SHOWS_LINE, arg=line, polling=POLL_MS, timeout=SHOW_MS
            )
        except PlaywrightError as error:
            shown = self.page.locator(_PROGRESS_TEXTS).all_inner_texts()
            raise RuntimeError(f"{line!r} not shown within {SHOW_MS} ms; shown: {shown}") from error
        return handle.json_value() / 1000


def measure(
    dashboard: Dashboard,
    participants: list[Participant],
    samples: int,
    name: str,
    rng: random.Random,
) -> list[float]:
    """Latencies (s) of `samples` answers, the participants taking turns, one at a time."""
    latencies: list[float] = []
    while len(latencies) < samples:
        for participant in participants:
            if len(latencies) == samples:
                break
            if participant.next == len(participant.steps):
                raise RuntimeError("not enough questions for the samples: ask for fewer")
            step, clicked = participant.answer(rng.uniform(0, REFRESH_SECONDS))
            latencies.append(dashboard.shown_at(step) - clicked)
            say(f"{name}: sample {len(latencies)} of {samples}: {latencies[-1] * 1000:.0f} ms")
    return latencies


def database_counts(server: AppServer) -> tuple[int, int]:
    """Participants and saved answers in the server's database."""
    rows = server.database_rows()
    return len(rows["participants"]), len(rows["participant_answers"])


def server_errors(log: str) -> list[str]:
    """Lines of the server log that look like errors."""
    return [line for line in log.splitlines() if _ERROR_LINE.search(line)]


def run(args: argparse.Namespace) -> None:
    questionnaire = load_questionnaire(questionnaire_file())
    # A workshop asks the scored questions only (context questions are for the self-check).
    steps = [step for group in plan(questionnaire, MODE) for step in group if step.question.scored]
    rng = random.Random(SEED)
    problems: list[str] = []
    started = time.perf_counter()
    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-workshop-")))
        outbound = OutboundRecorder()
        stack.callback(outbound.close)
        process, log, server = start_server(tmp, outbound.env())
        stack.callback(stop_server, process, log)
        watch = ServerWatch(process.pid)
        stack.callback(watch.stop)
        idle_rss = watch.status("VmRSS")
        playwright = stack.enter_context(sync_playwright())
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        stack.callback(browser.close)

        facilitator = open_page(browser)
        code = create_workshop(facilitator, server.url, "Lasttest Workshop")
        dashboard = Dashboard(facilitator, questionnaire)
        first = join(browser, server.url, code, steps)
        dashboard.expect_joined(1)
        baseline = measure(dashboard, [first], args.baseline_samples, "baseline", rng)
        one_rss = watch.status("VmRSS")
        one_idle = watch.cpu_share(IDLE_SECONDS)

        participants, joins = [first], []
        for number in range(2, args.participants + 1):
            joining = time.perf_counter()
            try:
                participants.append(join(browser, server.url, code, steps))
            except (PlaywrightError, AssertionError) as error:
                first_line = str(error).splitlines()[0]
                problems.append(
                    f"participant {number} did not join within {JOIN_MS / 1000:.0f} s "
                    f"({first_line}); joining stopped"
                )
                say(problems[-1])
                break
            joins.append(time.perf_counter() - joining)
            say(f"joined: {number} of {args.participants} in {joins[-1]:.1f} s")
        # A join given up may still have been saved: count what the database holds.
        time.sleep(2 * REFRESH_SECONDS)
        joined, _ = database_counts(server)
        if joined != len(participants):
            problems.append(f"{joined} participants in the database, {len(participants)} pages")
        dashboard.expect_joined(joined)
        all_idle = watch.cpu_share(IDLE_SECONDS)

        cpu_before, wall_before = watch.cpu_seconds(), time.perf_counter()
        latencies = measure(dashboard, participants, args.samples, "loaded", rng)
        loaded_cpu = (watch.cpu_seconds() - cpu_before) / (time.perf_counter() - wall_before)
        end_rss = watch.status("VmRSS")
        hwm = watch.status("VmHWM")
        watch.stop()
        _, saved = database_counts(server)
        given = len(baseline) + len(latencies)
        if saved != given:
            problems.append(f"{given} answers given, {saved} in the database")
        log_text = server.log()
        outbound_requests = list(outbound.requests)
    elapsed = time.perf_counter() - started

    base, median = statistics.median(baseline), statistics.median(latencies)
    connected = len(participants)
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"participants: {connected} of {args.participants} asked for joined and connected "
        "(each its own browser context, one Chromium)"
    )
    print(f"dashboard refresh interval: {REFRESH_SECONDS * 1000:.0f} ms (run_every)")
    print(f"{'answer to dashboard':<37} {'median':>8} {'max':>8} {'min':>8}")
    for name, values in (
        (f"baseline: 1 participant, {len(baseline)} samples", baseline),
        (f"{connected} participants, {len(latencies)} samples", latencies),
    ):
        print(
            f"{name:<37} {statistics.median(values) * 1000:5.0f} ms "
            f"{max(values) * 1000:5.0f} ms {min(values) * 1000:5.0f} ms"
        )
    print(f"ratio of medians: {median / base:.1f}x baseline (target: median under 3000 ms)")
    print(
        f"server RSS: idle {idle_rss:.0f} MB, 1 participant {one_rss:.0f} MB, "
        f"{connected} participants {end_rss:.0f} MB, peak {max(hwm, watch.peak_rss):.0f} MB "
        f"(VmHWM; target: under 600 MB)"
    )
    print(
        f"server CPU, share of one core: nobody answering {one_idle * 100:.0f} % with 1 "
        f"participant, {all_idle * 100:.0f} % with {connected}; "
        f"while measuring with {connected}: {loaded_cpu * 100:.0f} %"
    )
    if connected > 1:
        # Each connected page reruns its fragment every few seconds even when nobody answers.
        each = max(all_idle - one_idle, 0.0) / (connected - 1)
        carried = f"{1 / each:,.0f}" if each > 0 else "unbounded by this measure"
        print(
            f"server CPU per connected idle participant: {each * 100:.2f} % of one core "
            f"(one core carries about {carried} such participants)"
        )
    if joins:
        print(
            f"joining participants 2 to {connected} one after another: {sum(joins):.0f} s "
            f"(the first {joins[0]:.1f} s, the last {joins[-1]:.1f} s, "
            f"the slowest {max(joins):.1f} s)"
        )
    print(f"lowest MemAvailable: {watch.min_available:.0f} MB; run time {elapsed:.0f} s")
    errors = server_errors(log_text)
    print(f"server log: {len(errors)} error lines" + (":" if errors else ""))
    for line in errors[:20]:
        print("  " + line)
    if outbound_requests:
        print(f"outbound requests refused: {outbound_requests}")
    for problem in problems:
        print(f"problem: {problem}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--samples", type=int, default=60, help="answers with all joined")
    parser.add_argument("--baseline-samples", type=int, default=10, help="with one joined")
    args = parser.parse_args()
    if min(args.participants, args.samples, args.baseline_samples) < 1:
        parser.error("participants and samples must be at least 1")
    run(args)


if __name__ == "__main__":
    main()
