"""The app starts in a real browser and shows its start page without any outside request."""

import pytest

pytestmark = pytest.mark.e2e


def test_start_page_loads_and_requests_nothing_from_other_hosts(app_server, recorded):
    recorded.page.goto(app_server.url)
    recorded.page.get_by_role("heading", name="KI-Readiness-Check").first.wait_for()
    recorded.page.wait_for_timeout(1500)
    assert recorded.requests, "the browser recorded no request at all"
    assert recorded.foreign_requests(app_server.url) == []
