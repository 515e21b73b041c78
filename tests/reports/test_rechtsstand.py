"""Every report names its Rechtsstand on the title page and in the footer, and warns when old."""

from __future__ import annotations

import datetime as dt

from reports import build_report, render_html

AS_OF = dt.date(2026, 12, 4)


def test_the_title_page_and_the_footer_name_the_rechtsstand(sample, sample_answers):
    report = build_report(sample, [sample_answers], today=AS_OF)
    facts = {f.label: f.value for f in report.facts}
    assert facts["Rechtsstand"] == "04.12.2026"
    html = render_html(report)
    assert "Rechtsstand: 04.12.2026" in html  # the footer of every page
    assert "älter als sechs Monate" not in html


def test_a_group_report_names_it_too_in_english(sample, sample_answers):
    report = build_report(sample, [sample_answers, sample_answers], lang="en", today=AS_OF)
    assert report.group
    assert {f.label: f.value for f in report.facts}["Legal status as of"] == "4 December 2026"
    assert "Legal status as of 4 December 2026" in render_html(report)


def test_after_six_months_the_title_page_says_the_rechtsstand_is_old(sample, sample_answers):
    fresh = build_report(sample, [sample_answers], today=dt.date(2027, 6, 4))
    assert fresh.rechtsstand_warning == ""
    old = build_report(sample, [sample_answers], today=dt.date(2027, 6, 5))
    assert "ist älter als sechs Monate" in old.rechtsstand_warning
    assert old.rechtsstand_warning in render_html(old)
