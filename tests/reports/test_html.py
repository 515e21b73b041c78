"""The HTML report: one self-contained, escaped document."""

from html.parser import HTMLParser

from questionnaire import Profile
from reports import build_report, render_html


class References(HTMLParser):
    """Collects every src/href value and every element name of a document."""

    def __init__(self):
        super().__init__()
        self.references: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.references += [v or "" for k, v in attrs if k in ("src", "href", "xlink:href")]


def parsed(html: str) -> References:
    parser = References()
    parser.feed(html)
    return parser


def test_script_and_image_payloads_in_organisation_and_notes_are_escaped(sample, hostile, kit):
    html = render_html(build_report(sample, [hostile]))
    assert kit.XSS_SCRIPT not in html and kit.XSS_IMG not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    tags = parsed(html).tags
    assert "script" not in tags and "img" not in tags


def test_no_src_or_href_points_outside_the_document(sample, sample_answers):
    html = render_html(build_report(sample, [sample_answers]))
    references = parsed(html).references
    assert references, "the table of contents links to the chapters"
    assert all(ref.startswith("#") for ref in references), references
    assert "url(" not in html and "@import" not in html


def test_every_internal_link_has_a_target(sample, sample_answers):
    html = render_html(build_report(sample, [sample_answers]))
    for ref in parsed(html).references:
        assert f'id="{ref[1:]}"' in html


def test_the_document_declares_its_language_and_title(sample, sample_answers):
    html = render_html(build_report(sample, [sample_answers], lang="en"))
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    # The English report names the product in English (issue 10, item 17).
    assert "<title>AI Readiness Check: Gemeinde Beispielstadt</title>" in html


def test_the_running_header_takes_the_organisation_from_the_text_not_from_css(sample, hostile):
    html = render_html(build_report(sample, [hostile]))
    style = html.split("<style>")[1].split("</style>")[0]
    assert "alert" not in style
    assert "string-set: org content(text)" in style


def test_a_very_long_organisation_name_is_shortened_in_the_running_header(sample, sample_answers):
    long_name = "Zweckverband " + "Kommunale Informationsverarbeitung " * 5
    answers = sample_answers.model_copy(update={"profile": Profile(organisation=long_name)})
    html = render_html(build_report(sample, [answers]))
    header = html.split('class="run-org">')[1].split("<")[0]
    assert len(header) <= 72 and header.endswith("…")


def test_both_charts_are_inlined_as_svg(sample, sample_answers):
    html = render_html(build_report(sample, [sample_answers]))
    assert html.count("<svg ") == 2 and 'role="img"' in html
