"""Privacy at the server: starting the app, exactly as the README's run command does, makes
no outbound lookup (no usage statistics, no external-IP check).

What the browser requests is checked at every view in test_accessibility.py and over a full
Kurzcheck with PDF in test_self_check.py.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request

import pytest

from .conftest import OutboundRecorder, start_server, stop_server

pytestmark = pytest.mark.e2e

# Streamlit looks up the external IP and sends usage statistics within its first seconds.
GRACE_SECONDS = 5


def test_the_recorder_catches_an_outbound_request_of_a_child_process():
    """The control: a process with the recorder's environment that does reach out is seen."""
    outbound = OutboundRecorder()
    try:
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import urllib.request\n"
                "try: urllib.request.urlopen('http://checkip.example.org/', timeout=5)\n"
                "except OSError: pass",
            ],
            env=outbound.env(),
            check=True,
            timeout=30,
        )
        assert any("checkip.example.org" in line for line in outbound.requests)
    finally:
        outbound.close()


def test_the_server_starts_and_serves_without_any_outbound_lookup(tmp_path):
    outbound = OutboundRecorder()
    process, log, server = start_server(tmp_path, outbound.env(), address=None)
    try:
        with urllib.request.urlopen(server.url, timeout=10) as response:
            assert response.status == 200
        time.sleep(GRACE_SECONDS)
    finally:
        stop_server(process, log)
        outbound.close()
    assert outbound.requests == []
    # The start message names this server only: no external URL was looked up.
    assert "External URL" not in server.log()
    assert "localhost" in server.log()
