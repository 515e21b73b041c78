"""The workshop group report: n and spread shown, no individual answers or notes."""

import pytest

from questionnaire import Profile, new_answers
from reports import build_report, render_html, render_pdf

PARTICIPANTS = [
    {
        "strategy_document": "reviewed",
        "budget": "line",
        "ai_rules": "none",
        "roles_involved": ["dpo"],
        "trainings": "by_role",
        "champions": "dont_know",
    },
    {
        "strategy_document": "draft",
        "budget": "ad_hoc",
        "ai_rules": "informal",
        "roles_involved": ["dpo", "it"],
        "trainings": "single",
        "champions": "some",
    },
    {
        "strategy_document": "ideas",
        "budget": "none",
        "ai_rules": "draft",
        "roles_involved": ["it"],
        "trainings": "none",
        "champions": "informal",
    },
    {
        "strategy_document": "adopted",
        "budget": "dont_know",
        "ai_rules": "adopted",
        "face_recognition": "no_plans",
        "trainings": "offered",
        "champions": "dont_know",
    },
]
SECRET = "Nur ich weiß, dass das Budget gestrichen wird."


@pytest.fixture(scope="module")
def group(sample):
    sets = [
        new_answers(
            sample,
            answers=a,
            notes={"budget": SECRET},
            profile=Profile(organisation="Kreis Nord", date=f"2026-11-2{i}"),
        )
        for i, a in enumerate(PARTICIPANTS)
    ]
    return sets


@pytest.fixture(scope="module")
def five(sample, group):
    """Five participants: enough for the lowest and highest value to be shown."""
    return [*group, group[1]]


# The range (lowest and highest value) is shown only from five participants (anonymity); the
# fixture's four participants see mean and standard deviation, the range is left out.


def test_the_group_report_names_the_number_of_participants_and_the_spread(sample, group, five):
    report = build_report(sample, group)
    assert report.group
    facts = {f.label: f.value for f in report.facts}
    assert facts["Beantwortet von"] == "4 Teilnehmenden eines Workshops, anonym ausgewertet"
    spread = report.summary.lines[0]
    assert spread.startswith("4 Teilnehmende. Gesamtpunktzahl im Mittel ")
    assert "Spannweite erst ab 5 Personen" in spread and "Standardabweichung" in spread
    strategy = report.summary.rows[0]
    assert (strategy.n, strategy.range) == ("4", "–")
    assert strategy.consensus == "gering"
    report = build_report(sample, five)
    assert report.summary.lines[0].startswith("5 Teilnehmende. Gesamtpunktzahl im Mittel ")
    assert "Spannweite 21,9 bis 59,4" in report.summary.lines[0]
    assert (report.summary.rows[0].n, report.summary.rows[0].range) == ("5", "16,7–91,7")


def test_the_group_pdf_shows_n_and_the_spread(sample, five, kit):
    text = kit.pdf_text(render_pdf(build_report(sample, five)))
    assert "5 Teilnehmende" in text
    assert "16,7–91,7" in text
    assert "Wo die Einschätzungen auseinandergehen" in text


def test_notes_of_participants_never_reach_the_group_report(sample, group):
    report = build_report(sample, group)
    assert all(section.notes == () for section in report.dimensions)
    assert SECRET not in render_html(report)


def test_a_question_with_fewer_than_three_answers_shows_no_distribution_and_no_mean(sample, group):
    rows = {r.number: r for part in build_report(sample, group).appendix for r in part.rows}
    face = rows["2.3"]  # answered by one participant only
    assert face.counts == () and face.value == "–"
    assert face.answer == "weniger als drei Antworten"


def test_step_counts_add_up_to_the_answers_other_than_dont_know(sample, group):
    rows = {r.number: r for part in build_report(sample, group).appendix for r in part.rows}
    assert rows["1.1"].counts == (0, 1, 1, 1, 1)  # ideas, draft, adopted, reviewed
    assert rows["3.1"].counts == (1, 1, 1, 1, 0)  # none, single, offered, by_role
    assert rows["3.2"].counts == ()  # informal, some: two answers besides "Weiß nicht"
    assert rows["3.2"].dont_know == "2"


def test_knowledge_gaps_name_questions_where_a_quarter_or_more_did_not_know(sample, group):
    skills = build_report(sample, group).dimensions[2]
    assert [(i.number, i.detail) for i in skills.knowledge_gaps] == [
        ("3.2", "2 von 4 mit „Weiß nicht“")
    ]


def test_with_two_participants_even_dont_know_counts_are_withheld(sample, group):
    rows = [r for part in build_report(sample, group[:2]).appendix for r in part.rows]
    assert {r.dont_know for r in rows} == {"–"}
    assert all(r.counts == () for r in rows)


def test_recommendations_shown_hold_for_at_least_half_of_the_group(sample, group):
    actions = build_report(sample, group).actions
    assert actions and all(a.share.endswith("von 4") for a in actions)
    assert all(int(a.share.split()[0]) >= 2 for a in actions)


def test_the_charts_show_the_group_mean_and_the_min_max_band(sample, group, five):
    chart = build_report(sample, five).chart
    assert [s.role for s in chart.series] == ["current"]
    assert chart.band[0] == (pytest.approx(16.6667, abs=1e-3), pytest.approx(91.6667, abs=1e-3))
    assert build_report(sample, group).chart.band is None  # four: no range, no band


def test_a_workshop_with_one_participant_can_still_be_a_group_report(sample, group):
    report = build_report(sample, group[:1], group=True)
    assert report.group and report.dimensions[0].notes == ()


@pytest.mark.parametrize(
    ("lang", "respondents", "line"),
    [
        ("de", "einer teilnehmenden Person eines Workshops", "1 teilnehmende Person. "),
        ("en", "1 workshop participant, evaluated", "1 participant. "),
    ],
)
def test_a_group_of_one_is_counted_in_the_singular(sample, group, lang, respondents, line):
    # A rehearsal with one phone: "1 workshop participants", "1 Teilnehmende." were wrong.
    report = build_report(sample, group[:1], lang, group=True)
    assert any(respondents in f.value for f in report.facts)
    assert report.summary.lines[0].startswith(line)
    html = render_html(report)
    assert "1 Teilnehmende" not in html and "1 participants" not in html
    assert "1 workshop participants" not in html


def test_the_title_page_of_a_group_can_be_given_and_defaults_to_the_latest_date(sample, group):
    assert build_report(sample, group).date == "23.11.2026"
    report = build_report(sample, group, profile=Profile(organisation="Landkreis Süd"))
    assert report.organisation == "Landkreis Süd"


def test_too_few_answers_in_the_dimension_table_breaks_between_words_only(sample, group, kit):
    # The "Mittel" column is narrow: "Antworten" was split as "Antwor/ten".
    text = kit.pdf_text(render_pdf(build_report(sample, group[:1], group=True)))
    assert "zu wenige Antworten" in text
    assert "Antwor ten" not in text and "Antwor- ten" not in text
