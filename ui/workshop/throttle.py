"""Who is trying join codes: this browser session and its network address (docs/betrieb.md).

Behind a reverse proxy every connection comes from the proxy, so the address is read from
X-Forwarded-For only when the operator says how many proxies to trust (KIRC_TRUSTED_PROXIES);
a client could otherwise write any address into that header itself.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from collections.abc import Mapping

import streamlit as st

import storage
from storage import Limit

TRUSTED_PROXIES_VAR = "KIRC_TRUSTED_PROXIES"
SESSION_KEY = "workshop_join.client"
# One person mistyping: five wrong codes pass, then 5 s, 10 s, 20 s … up to five minutes.
SESSION_LIMIT = Limit(free=5, first_wait=5, longest=300)
# One network: a room of thirty behind one router may mistype thirty times in 15 minutes.
ADDRESS_LIMIT = Limit(free=30, first_wait=5, longest=300)
UNKNOWN = "unknown"


def trusted_proxies() -> int:
    """How many proxies in front of the app append to X-Forwarded-For (0: none trusted)."""
    value = os.environ.get(TRUSTED_PROXIES_VAR, "").strip()
    return int(value) if value.isdigit() else 0


def client_address(ip: str | None, headers: Mapping[str, str], proxies: int) -> str:
    """The client's network (an IPv6 client by its /64), or "unknown" (e.g. on loopback)."""
    if proxies > 0:
        forwarded = [part.strip() for part in headers.get("X-Forwarded-For", "").split(",")]
        forwarded = [part for part in forwarded if part]
        # Each trusted proxy appends the address it saw; entries further left are the
        # client's own claims.
        ip = forwarded[-proxies] if len(forwarded) >= proxies else None
    try:
        address = ipaddress.ip_address((ip or "").strip())
    except ValueError:
        return UNKNOWN
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def clients() -> dict[str, Limit]:
    """This session's and this address's keys with their limits."""
    if SESSION_KEY not in st.session_state:
        st.session_state[SESSION_KEY] = secrets.token_urlsafe(16)
    address = client_address(st.context.ip_address, st.context.headers, trusted_proxies())
    return {
        "session:" + st.session_state[SESSION_KEY]: SESSION_LIMIT,
        "address:" + address: ADDRESS_LIMIT,
    }


def attempts() -> storage.JoinAttempts:
    """The attempts table on the configured database."""
    return storage.JoinAttempts(storage.get_engine())
