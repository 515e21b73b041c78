"""Pure helpers of the UI: checklist answers, resume links, file names, formats, estimates."""

from __future__ import annotations

import pytest

from questionnaire import DONT_KNOW, NOT_APPLICABLE, new_answers
from ui.components.intro import minutes
from ui.components.knowledge_gaps import open_questions
from ui.components.question import choices, normalize_multi
from ui.filenames import file_stem, mode_word, slug
from ui.format import day, number, percent
from ui.i18n import t
from ui.links import absolute_url
from ui.session import is_token, token_from_link

TOKEN = "Vq3cM1y7s0d-Qm_xR8k2Zw"


@pytest.mark.parametrize(
    ("previous", "chosen", "expected"),
    [
        (None, ["dpo"], ["dpo"]),
        (["dpo"], ["dpo", "it"], ["dpo", "it"]),
        (["dpo", "it"], ["dpo", "it", DONT_KNOW], DONT_KNOW),
        (DONT_KNOW, [DONT_KNOW, "it"], ["it"]),
        (DONT_KNOW, [DONT_KNOW, NOT_APPLICABLE], NOT_APPLICABLE),
        (["dpo"], [], None),
        (DONT_KNOW, [DONT_KNOW], DONT_KNOW),
    ],
)
def test_a_checklist_never_mixes_options_with_dont_know_or_not_applicable(
    previous, chosen, expected
):
    assert normalize_multi(previous, chosen) == expected


def test_dont_know_is_always_offered_and_not_applicable_only_where_allowed(sample):
    questions = sample.questions()
    assert choices(questions["strategy_document"])[-1] == DONT_KNOW
    assert NOT_APPLICABLE not in choices(questions["strategy_document"])
    assert choices(questions["face_recognition"])[-2:] == [DONT_KNOW, NOT_APPLICABLE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TOKEN, TOKEN),
        (f"https://ki.kreis.example/?t={TOKEN}", TOKEN),
        (f"  http://localhost:8501/ergebnis?t={TOKEN}&x=1 ", TOKEN),
        ("https://ki.kreis.example/?t=short", None),
        ("Stadt Musterstadt", None),
        ("", None),
    ],
)
def test_a_pasted_resume_link_or_bare_token_yields_the_token(text, expected):
    assert token_from_link(text) == expected


def test_tokens_with_characters_outside_url_safe_base64_are_refused():
    assert is_token(TOKEN)
    assert not is_token(TOKEN[:-1] + "/")
    assert not is_token("<script>alert(1)</script>")


def test_download_names_are_ascii_and_carry_organisation_and_date(sample):
    answers = new_answers(
        sample, profile={"organisation": "Stadt Münster/Westf.", "date": "2026-11-24"}
    )
    assert slug("Große Kreisstadt Überlingen") == "grosse-kreisstadt-ueberlingen"
    # The scope in the name: a Kurzcheck and a Vollcheck of one day get different files.
    full = answers.model_copy(update={"mode": "full"})
    short = answers.model_copy(update={"mode": "short"})
    assert file_stem(full) == "ki-readiness-vollcheck-stadt-muenster-westf-2026-11-24"
    assert file_stem(short) == "ki-readiness-kurzcheck-stadt-muenster-westf-2026-11-24"
    assert file_stem(new_answers(sample, mode="short")) == "ki-readiness-kurzcheck"
    assert file_stem(short, "en") == "ai-readiness-short-check-stadt-muenster-westf-2026-11-24"


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("mode", ["short", "full"])
def test_the_scope_in_file_names_is_the_word_the_ui_shows(mode, lang):
    # "Short check" in the English UI gives "short-check", never another word for it.
    assert mode_word(mode, lang) == slug(t(f"mode.{mode}", lang))
    assert mode_word(mode, lang) in {"kurzcheck", "vollcheck", "short-check", "full-check"}


def test_numbers_follow_the_language():
    assert number(62.54, "de") == "62,5"
    assert number(50, "en") == "50.0"
    assert number(None, "de") == "–"
    # One formatter for app and report (texts.format): a no-break space before "%" in
    # German, and English dates written as the report writes them.
    assert percent(0.5, "de") == "50\u00a0%"
    assert percent(0.5, "en") == "50%"
    assert day("2026-11-24", "de") == "24.11.2026"
    assert day("2026-11-24", "en") == "24 November 2026"


def test_the_time_estimate_rounds_up_to_five_minutes():
    assert minutes(3) == 5
    assert minutes(16) == 10
    assert minutes(60) == 35


def test_knowledge_gaps_list_only_dont_know_answers_of_the_mode(sample):
    answers = new_answers(
        sample,
        mode="short",
        answers={"strategy_document": DONT_KNOW, "budget": DONT_KNOW, "trainings": "none"},
    )
    # budget is not part of the Kurzcheck, so it is no open question there.
    assert open_questions(sample, answers) == [("strategy", "strategy_document")]


def test_a_capped_level_names_every_weakest_dimension_and_why(sample):
    from scoring import score
    from ui.components.overall import capped_text

    given = {
        "strategy_document": "reviewed",
        "budget": "multi_year",
        "ai_rules": "none",
        "roles_involved": ["none_of_these"],
        "face_recognition": "planned_unchecked",
        "trainings": "none",
        "champions": "none",
    }
    result = score(sample, new_answers(sample, answers=given))

    assert capped_text(sample, result, "de") == (
        "Die Punktzahl allein ergäbe Stufe 3 (Strukturiert). Die schwächsten Dimensionen, "
        "„Recht“ und „Kompetenzen“, stehen aber auf Stufe 1 (Nicht begonnen). Die Gesamtstufe "
        "liegt höchstens eine Stufe über der schwächsten Dimension, damit Stärken eine Lücke "
        "nicht verdecken; daher Stufe 2."
    )


def test_user_text_in_markdown_shows_as_text_not_as_links_images_or_markup():
    from ui.format import plain

    escaped = plain("![x](http://evil.example/t.png) **Amt** :red[x] $y$")
    for markup in ("![", "](", "**", ":red[", "$y$"):
        assert markup not in escaped
    assert escaped.replace("\\", "") == "![x](http://evil.example/t.png) **Amt** :red[x] $y$"


def test_an_organisation_name_in_a_chart_legend_is_not_read_as_markup(sample, example_answers):
    from scoring import score
    from ui import charts

    result = score(sample, example_answers)
    series = [charts.score_series('<a href="http://evil.example">Amt</a> & Co', result)]
    trace = charts.radar_figure(sample, series, "de").to_dict()["data"][0]
    assert trace["name"] == '&lt;a href="http://evil.example"&gt;Amt&lt;/a&gt; &amp; Co'


@pytest.mark.parametrize(
    ("public", "browser", "base", "expected"),
    [
        # The address the browser shows, with the server's sub-path.
        ("", "http://10.0.0.5:8501/workshop_leiten?host=x", "", "http://10.0.0.5:8501/j?code=AB"),
        ("", "https://ki.kreis.de/check/start", "/check/", "https://ki.kreis.de/check/j?code=AB"),
        # The configured public address wins (a facilitator on localhost, phones on the WLAN).
        (
            "https://ki.kreis.de/check/",
            "http://localhost:8501/",
            "",
            "https://ki.kreis.de/check/j?code=AB",
        ),
        ("https://ki.kreis.de", "", "", "https://ki.kreis.de/j?code=AB"),
        # Neither known: relative.
        ("", "", "", "j?code=AB"),
    ],
)
def test_links_use_the_public_address_when_configured_else_the_browsers(
    public, browser, base, expected
):
    assert absolute_url("j", {"code": "AB"}, public, browser, base) == expected


def test_a_resume_link_without_a_view_opens_the_start_page_with_the_token():
    link = absolute_url("", {"t": TOKEN}, "https://ki.kreis.de/", "", "")
    assert link == f"https://ki.kreis.de/?t={TOKEN}"
    assert token_from_link(link) == TOKEN
