"""Absolute links to this app: resume links, join links and QR codes, host and projector links.

They point to the address the browser shows, unless the operator sets KIRC_PUBLIC_URL: a
facilitator who opens the app as `localhost` or by an internal name would otherwise hand the
room a QR code that phones cannot reach.
"""

from __future__ import annotations

import os
from urllib.parse import urlencode, urlsplit

import streamlit as st

PUBLIC_URL_VAR = "KIRC_PUBLIC_URL"


def absolute_url(
    path: str, params: dict[str, str], public_url: str, browser_url: str, base_path: str
) -> str:
    """The link to view `path` with `params`.

    `public_url` (configured, may include a sub-path) wins; otherwise scheme and host come from
    `browser_url` and the sub-path from `base_path` (server.baseUrlPath). Relative when neither
    is known.
    """
    query = "?" + urlencode(params) if params else ""
    if public_url:
        return f"{public_url.rstrip('/')}/{path}{query}"
    if not browser_url:
        return f"{path}{query}"
    parts = urlsplit(browser_url)
    base = base_path.strip("/")
    prefix = f"/{base}/" if base else "/"
    return f"{parts.scheme}://{parts.netloc}{prefix}{path}{query}"


def app_url(path: str = "", **params: str) -> str:
    """The absolute link to a view of this app (the start page when `path` is empty)."""
    return absolute_url(
        path,
        params,
        os.environ.get(PUBLIC_URL_VAR, "").strip(),
        st.context.url or "",
        st.get_option("server.baseUrlPath") or "",
    )
