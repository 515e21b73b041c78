"""Browser-test fixtures: a real `streamlit run` on a free loopback port with a fresh database,
and headless Debian Chromium driven by Playwright. A missing browser fails, never skips."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

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


class AppServer:
    """A running app: its base URL and the database it writes to."""

    def __init__(self, url: str, database_url: str):
        self.url = url
        self.database_url = database_url


def start_server(tmp: Path, extra_env: dict[str, str] | None = None):
    """Start `streamlit run app.py` on a free port with a database in `tmp`; return both."""
    port = free_port()
    database_url = f"sqlite:///{tmp / 'e2e.db'}"
    env = {**os.environ, "DATABASE_URL": database_url, **(extra_env or {})}
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
        "--server.address",
        "127.0.0.1",
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
    return process, log, AppServer(url, database_url)


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
    """One app server for the whole browser-test session, on a fresh database."""
    process, log, server = start_server(tmp_path_factory.mktemp("app"))
    yield server
    stop_server(process, log)


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


@pytest.fixture
def recorded(browser: Browser) -> Iterator[RecordedPage]:
    """A fresh browser context (no cookies, no storage) with request recording."""
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="de-DE")
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield RecordedPage(page)
    context.close()


def run_axe(page: Page) -> list[dict]:
    """axe-core violations of impact serious or critical on the current page."""
    assert AXE.exists(), "axe-core is missing: run `npm ci` (scripts/test does)"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => JSON.stringify(await axe.run(document, "
        "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}))"
    )
    violations = json.loads(result)["violations"]
    return [v for v in violations if v.get("impact") in ("serious", "critical")]
