"""Browser-test fixtures: a real `streamlit run` on a free loopback port with a fresh database,
and headless Debian Chromium driven by Playwright. A missing browser fails, never skips.

The server runs with HTTP(S) proxies pointing at a recorder on loopback that refuses every
request: an outbound lookup (usage statistics, external IP) cannot succeed and is recorded.
A failing test leaves a full-page screenshot of each of its pages (path in the test output).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from questionnaire import Questionnaire, default_questionnaire_path, load_questionnaire

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# How long an action or an expectation may wait for the app (an upper bound, never a measure):
# a rerun takes well under a second, but a loaded 2-core CI machine can stall for seconds.
WAIT_MS = 30_000
expect.set_options(timeout=WAIT_MS)
# The app reads its questionnaire from this variable (ui/content.py); the tests load the same.
QUESTIONNAIRE_VAR = "KIRC_QUESTIONNAIRE"
SCREENSHOTS_VAR = "E2E_SCREENSHOTS"


def questionnaire_file() -> Path:
    """The questionnaire the app under test shows: $KIRC_QUESTIONNAIRE or the shipped one."""
    configured = os.environ.get(QUESTIONNAIRE_VAR)
    return Path(configured) if configured else default_questionnaire_path()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_healthy(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy within 60 s")


class OutboundRecorder:
    """A refusing HTTP proxy on loopback that records the first line of every request."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.address = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return  # closed
            with connection:
                connection.settimeout(2)
                try:
                    first = connection.recv(4096).split(b"\r\n", 1)[0]
                    self.requests.append(first.decode("latin-1"))
                    connection.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    self.requests.append("(connection without a request line)")

    def env(self) -> dict[str, str]:
        """Proxy variables that send every outbound HTTP(S) request of a process here."""
        names = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")
        proxies = {n: self.address for n in names} | {n.lower(): self.address for n in names}
        # Loopback stays direct: the app talks to nothing else anyway.
        return proxies | {"NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}

    def close(self) -> None:
        self._socket.close()


class AppServer:
    """A running app: its base URL, the database it writes to, its log and outbound attempts."""

    def __init__(
        self, url: str, database_url: str, log_path: Path | None = None, outbound=None
    ) -> None:
        self.url = url
        self.database_url = database_url
        self.log_path = log_path
        self.outbound: OutboundRecorder | None = outbound

    def log(self) -> str:
        """Everything the server printed so far."""
        return self.log_path.read_text(encoding="utf-8") if self.log_path else ""

    def database_rows(self) -> dict[str, list[tuple]]:
        """Every row of every table of the SQLite database, sorted (read-only)."""
        path = self.database_url.removeprefix("sqlite:///")
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            tables = [
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
            return {
                table: sorted(connection.execute(f'SELECT * FROM "{table}"'), key=repr)
                for table in tables
            }


def start_server(
    tmp: Path, extra_env: dict[str, str] | None = None, address: str | None = "127.0.0.1"
):
    """Start `streamlit run app.py` on a free port with a database in `tmp`; return both.

    `address` None binds as the README's run command does (every interface, from the config).
    """
    port = free_port()
    database_url = f"sqlite:///{tmp / 'e2e.db'}"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        QUESTIONNAIRE_VAR: str(questionnaire_file()),
        **(extra_env or {}),
    }
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        *(["--server.address", address] if address else []),
        # Others edit files in this checkout while the tests run; a watcher would reload
        # changed modules in the middle of a test.
        "--server.fileWatcherType",
        "none",
    ]
    log = open(tmp / "server.log", "w")  # noqa: SIM115 (closed in stop_server)
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process)
    except RuntimeError:
        process.kill()
        log.close()
        raise
    return process, log, AppServer(url, database_url, tmp / "server.log")


def stop_server(process: subprocess.Popen, log) -> None:
    """Stop the server started by start_server."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()


@pytest.fixture(scope="session")
def app_server(tmp_path_factory) -> Iterator[AppServer]:
    """One app server for the whole browser-test session, on a fresh database, with every
    outbound HTTP(S) request sent to a refusing recorder."""
    outbound = OutboundRecorder()
    process, log, server = start_server(tmp_path_factory.mktemp("app"), outbound.env())
    server.outbound = outbound
    yield server
    stop_server(process, log)
    outbound.close()


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    """The questionnaire the app under test shows."""
    return load_questionnaire(questionnaire_file())


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Debian Chromium (the browser tests fail when it is missing)."""
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run scripts/setup-system"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


class RecordedPage:
    """A page plus every URL it requested."""

    def __init__(self, page: Page):
        self.page = page
        self.requests: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))

    def foreign_requests(self, base_url: str) -> list[str]:
        """Requests to any host other than the app's own (data: and blob: URLs are local)."""
        own = urlparse(base_url).netloc
        return [
            url
            for url in self.requests
            if urlparse(url).scheme not in ("data", "blob", "about") and urlparse(url).netloc != own
        ]


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Remember on the test item whether its call failed (for the screenshots)."""
    report = yield
    if report.when == "call":
        item.e2e_failed = report.failed
    return report


def _screenshots(node, contexts: list[BrowserContext], server: AppServer) -> None:
    # Not under pytest's basetemp: parallel pytest runs on the machine rotate those away.
    default = Path(tempfile.gettempdir()) / "ki-readiness-e2e"
    folder = Path(os.environ.get(SCREENSHOTS_VAR) or default)
    folder.mkdir(parents=True, exist_ok=True)
    if server.log_path and server.log_path.exists():
        shutil.copy(server.log_path, folder / "server.log")
        print(f"server log: {folder / 'server.log'}")
    for c, context in enumerate(contexts):
        for p, page in enumerate(context.pages):
            path = folder / f"{node.name}-{c}-{p}.png"
            try:
                page.screenshot(path=str(path), full_page=True)
                print(f"screenshot: {path}")
            except Exception as error:  # a crashed page must not hide the test's own failure
                print(f"no screenshot of {page.url}: {error}")


@pytest.fixture
def new_page(browser: Browser, request, app_server) -> Iterator[Callable[[], RecordedPage]]:
    """Opens pages, each in a fresh browser context (no cookies, no storage), recording requests."""
    contexts: list[BrowserContext] = []

    def open_page() -> RecordedPage:
        context = browser.new_context(
            viewport={"width": 1366, "height": 900}, locale="de-DE", accept_downloads=True
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        return RecordedPage(page)

    yield open_page
    if getattr(request.node, "e2e_failed", False):
        _screenshots(request.node, contexts, app_server)
    for context in contexts:
        context.close()


@pytest.fixture
def recorded(new_page) -> RecordedPage:
    """A page in a fresh browser context with request recording."""
    return new_page()


def run_axe(page: Page, exclude: list[str] | None = None) -> list[dict]:
    """axe-core violations of impact serious or critical on the current page.

    `exclude` lists CSS selectors axe leaves out; every one must be documented, with its
    reason, in docs/accessibility.md. Each violation is reduced to id, impact, help and the
    HTML of the offending nodes, so a failing assertion shows what to fix.
    """
    assert AXE.exists(), "axe-core is missing: run `npm ci` (scripts/test does)"
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async (exclude) => JSON.stringify(await axe.run(
            {include: [document], exclude: exclude.map((selector) => [selector])},
            {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}))""",
        exclude or [],
    )
    violations = json.loads(result)["violations"]
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["html"][:200] for n in v["nodes"]],
        }
        for v in violations
        if v.get("impact") in ("serious", "critical")
    ]
