"""Two app replicas behind nginx on one PostgreSQL (scripts/serve-cluster), in real browsers.

A facilitator on one replica sees participants who joined through the other; a self-check
whose replica is killed in the middle goes on, on the other replica, with every acknowledged
answer still there. The browsers choose their replica by the proxy's cookie, so the test
knows which replica serves whom; the proxy's access log confirms it.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import CHROMIUM, QUESTIONNAIRE_VAR, ROOT, WAIT_MS, free_port, questionnaire_file
from .flows import choose, dimension_heading, main, plan, start_kurzcheck, text, wait_until_idle
from .test_workshop import create_workshop, metric

pytestmark = [pytest.mark.e2e, pytest.mark.cluster]

LANG = "de"
LIVE = 30_000
START_SECONDS = 180  # PostgreSQL, two replicas and nginx on a busy two-core machine


def answered(page: Page, count: int):
    """The progress line once `count` answers are saved (the save acknowledged)."""
    line = re.compile(rf"^Insgesamt {count} von \d+ Fragen beantwortet$")
    return main(page).get_by_text(line)


@dataclass
class Cluster:
    url: str
    folder: Path

    def replica_pid(self, number: int) -> int:
        return int((self.folder / f"replica-{number}.pid").read_text())

    def replica_port(self, number: int) -> str:
        return (self.folder / f"replica-{number}.port").read_text().strip()

    def access_log(self) -> str:
        return (self.folder / "nginx" / "access.log").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> Iterator[Cluster]:
    """scripts/serve-cluster on a free port with its own PostgreSQL; stopped afterwards."""
    folder = tmp_path_factory.mktemp("cluster")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env[QUESTIONNAIRE_VAR] = str(questionnaire_file())
    log = open(folder / "serve-cluster.log", "w")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        ["bash", "scripts/serve-cluster", "--port", str(port), "--dir", str(folder)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped as a whole
    )
    try:
        deadline = time.monotonic() + START_SECONDS
        while not (folder / "ready").exists():
            assert process.poll() is None, (folder / "serve-cluster.log").read_text()
            assert time.monotonic() < deadline, "the cluster did not start in time"
            time.sleep(0.5)
        yield Cluster(f"http://127.0.0.1:{port}", folder)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


@pytest.fixture
def on_replica(cluster: Cluster, browser: Browser):
    """Opens a page in a fresh browser context that the proxy sends to replica `number`."""
    contexts = []

    def open_page(number: int) -> Page:
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="de-DE")
        context.add_cookies([{"name": "kirc_replica", "value": str(number), "url": cluster.url}])
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        return page

    yield open_page
    for context in contexts:
        context.close()


def test_a_workshop_runs_across_replicas(cluster, on_replica, questionnaire):
    assert Path(CHROMIUM).exists()
    facilitator = on_replica(1)
    code = create_workshop(facilitator, cluster.url, "Runde über zwei Instanzen")
    expect(metric(facilitator, "live.joined")).to_have_text("0")
    first_step = plan(questionnaire, "short")[0][0]

    for _ in range(3):
        page = on_replica(2)
        page.goto(cluster.url + "/workshop_beitreten")
        field = main(page).get_by_role("textbox", name=text(LANG, "join.code_label"))
        field.fill(code)
        main(page).get_by_role("button", name=text(LANG, "join.submit")).click()
        expect(page).to_have_url(re.compile(r"[?&]p="))
        choose(page, first_step, LANG)
        expect(answered(page, 1)).to_be_visible()

    # The dashboard on replica 1 learns of the joins on replica 2 from the database alone.
    expect(metric(facilitator, "live.joined")).to_have_text("3", timeout=LIVE)
    log = cluster.access_log()
    for number in (1, 2):  # (a WebSocket is logged only once it closes)
        assert f"replica={number} upstream=127.0.0.1:{cluster.replica_port(number)}\n" in log
    assert "?" not in log  # no query string (tokens) in the proxy's log


def test_a_self_check_goes_on_after_its_replica_is_killed(cluster, on_replica, questionnaire):
    steps = plan(questionnaire, "short")
    page = on_replica(1)
    page.goto(cluster.url)
    start_kurzcheck(page, LANG, "Gemeinde Zwei Instanzen")
    wait_until_idle(page)
    first = steps[0]
    for count, step in enumerate(first, start=1):
        choose(page, step, LANG)
        expect(answered(page, count)).to_be_visible()  # acknowledged

    page.evaluate("window.kircBeforeKill = true")
    os.kill(cluster.replica_pid(1), signal.SIGKILL)

    # The browser reconnects through the proxy, which now sends it to replica 2, and the page
    # reloads by itself (ui/shell.py: a reconnected page sent no clicks any more); it comes
    # back from the database with every acknowledged answer, and the next click works.
    page.wait_for_function("() => window.kircBeforeKill === undefined", timeout=LIVE)
    expect(answered(page, len(first))).to_be_visible(timeout=LIVE)
    wait_until_idle(page)
    second = steps[1][0]
    main(page).get_by_role("button", name=text(LANG, "nav.next"), exact=True).click()
    expect(dimension_heading(page, second.dimension, LANG)).to_be_visible()
    wait_until_idle(page)
    choose(page, second, LANG)
    expect(answered(page, len(first) + 1)).to_be_visible(timeout=LIVE)
    assert f"upstream=127.0.0.1:{cluster.replica_port(2)}" in cluster.access_log()
