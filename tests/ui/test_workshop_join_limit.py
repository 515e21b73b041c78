"""Guessing join codes: wrong codes slow down per browser session and per network address."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import storage.join_attempts
from storage import Limit
from ui.workshop import throttle
from ui.workshop.throttle import client_address

from .workshop_app import JOIN_VIEW, create_workshop, open_view, workshops

WRONG = "OOO000"  # O and 0 are not in the join alphabet: never a real workshop


@pytest.fixture
def clock(monkeypatch):
    moments = [datetime(2026, 12, 4, 10, 0, tzinfo=UTC)]
    monkeypatch.setattr(storage.join_attempts, "now", lambda: moments[-1])
    return lambda seconds: moments.append(moments[-1] + timedelta(seconds=seconds))


def try_code(at, code: str) -> None:
    at.text_input(key="workshop_join.code").input(code)
    at.button(key="workshop_join.submit").click().run()
    assert not at.exception


def test_after_five_wrong_codes_the_session_waits_and_then_a_right_code_works(clock):
    _, workshop = create_workshop()
    at = open_view(JOIN_VIEW)
    for _ in range(5):
        try_code(at, WRONG)
        assert "gibt es keinen Workshop" in at.error[0].value

    try_code(at, workshop.code)  # even the right code waits: nothing is looked up
    assert "Wartezeit: 5 s" in at.error[0].value
    assert workshops().participants(workshop.id) == []

    clock(5)
    try_code(at, workshop.code)
    assert "p" in at.query_params
    assert len(workshops().participants(workshop.id)) == 1


def test_the_message_is_english_in_the_english_ui(clock):
    at = open_view(JOIN_VIEW)
    at.session_state["ui.language"] = "en"
    for _ in range(6):
        try_code(at, WRONG)
    assert "Too many wrong codes" in at.error[0].value
    assert "waiting time: 5 s" in at.error[0].value


def test_a_new_session_from_the_same_address_waits_too(clock, monkeypatch):
    monkeypatch.setattr(throttle, "ADDRESS_LIMIT", Limit(free=3, first_wait=20, longest=300))
    _, workshop = create_workshop()
    first = open_view(JOIN_VIEW)
    for _ in range(3):
        try_code(first, WRONG)
    second = open_view(JOIN_VIEW)  # a fresh browser session on the same network
    try_code(second, workshop.code)
    assert "Wartezeit: 20 s" in second.error[0].value
    clock(20)
    try_code(second, workshop.code)
    assert "p" in second.query_params


@pytest.mark.parametrize(
    ("ip", "forwarded", "proxies", "expected"),
    [
        ("198.51.100.4", "", 0, "198.51.100.4"),
        (None, "", 0, "unknown"),  # loopback: Streamlit gives no address
        # Not trusted: a client may write anything into the header.
        (None, "203.0.113.9", 0, "unknown"),
        ("10.0.0.2", "203.0.113.9", 0, "10.0.0.2"),
        # One trusted proxy appends the address it saw; a claim further left is ignored.
        (None, "1.2.3.4, 203.0.113.9", 1, "203.0.113.9"),
        (None, "1.2.3.4, 203.0.113.9, 10.0.0.5", 2, "203.0.113.9"),
        (None, "", 1, "unknown"),
        (None, "not-an-address", 1, "unknown"),
        # IPv6: one subscriber holds a whole /64, so that is the client.
        ("2001:db8:1:2:aaaa::1", "", 0, "2001:db8:1:2::/64"),
        ("::ffff:198.51.100.4", "", 0, "198.51.100.4"),
    ],
)
def test_the_client_address(ip, forwarded, proxies, expected):
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    assert client_address(ip, headers, proxies) == expected


def test_the_trusted_proxies_setting_is_a_count(monkeypatch):
    for value, expected in [("", 0), ("1", 1), ("2", 2), ("yes", 0), ("-1", 0)]:
        monkeypatch.setenv(throttle.TRUSTED_PROXIES_VAR, value)
        assert throttle.trusted_proxies() == expected
