"""The result page's peer comparison: consent, contribution, withdrawal, threshold, fallback."""

from __future__ import annotations

import pytest

import storage
from questionnaire import Profile, new_answers

from .conftest import open_app

RESULT = "views/ergebnis.py"
SCORES = (10, 30, 50, 70, 90, 20, 40)


@pytest.fixture
def peers():
    return storage.PeerRepository(storage.get_engine())


def administration(repo, sample, state="BY", population=8_000, **answers) -> str:
    profile = Profile(
        organisation="Gemeinde Musterhausen <b>",
        kind="gemeinde",
        population=population,
        state=state,
        date="2026-11-02",
    )
    return repo.create(new_answers(sample, profile=profile, answers=answers))


def others(repo, peers, sample, count: int, state: str = "BY", first: int = 0) -> None:
    """`count` other administrations of the same size class that contributed (strategy
    scores SCORES[first], SCORES[first + 1], …)."""
    for index in range(first, first + count):
        token = administration(repo, sample, state=state)
        peers.contribute(
            token,
            storage.Contribution(
                "gemeinde", "5k_20k", state, 2026, {"strategy": float(SCORES[index])}, {}
            ),
        )


def texts(at) -> str:
    return " ".join(
        [m.value for m in at.markdown] + [i.value for i in at.info] + [s.value for s in at.success]
    )


def test_consent_names_exactly_what_is_stored_and_contributing_then_withdrawing_works(
    repo, peers, sample
):
    token = administration(repo, sample, strategy_document="adopted")
    at = open_app(token, RESULT)
    consent = texts(at)

    for shown in ("Gemeinde", "5.000 bis unter 20.000 Einwohner", "Bayern", "2026"):
        assert shown in consent
    assert "Name der Verwaltung, Notizen und einzelne Antworten" in consent
    assert "Musterhausen" not in consent
    button = next(b for b in at.button if b.label == "Anonym beitragen")
    assert button.disabled  # nothing without the tick

    at.checkbox(key="peers.consent").check().run()
    next(b for b in at.button if b.label == "Anonym beitragen").click().run()

    assert peers.contributed_at(token) is not None
    assert "Ihr Beitrag ist gespeichert" in texts(at)
    next(b for b in at.button if b.label == "Beitrag zurückziehen").click().run()
    assert peers.contributed_at(token) is None
    assert not at.exception


def test_four_others_show_no_figures_and_the_fifth_shows_median_and_band(repo, peers, sample):
    token = administration(repo, sample)
    others(repo, peers, sample, 4)

    at = open_app(token, RESULT)
    assert "noch keine 5 Beiträge" in texts(at)
    assert not [c for c in at.get("plotly_chart") if "Vergleichsgruppe" in c.proto.spec]

    others(repo, peers, sample, 1, first=4)  # scores 10, 30, 50, 70, 90
    at = open_app(token, RESULT)
    table = at.table[-1].value
    strategy = table[table["Dimension"] == "Strategie"].iloc[0]

    group = "Vergleichsgruppe: 5.000 bis unter 20.000 Einwohner, alle Länder, 5 Beiträge"
    assert group in texts(at)
    assert strategy["Median der Gruppe"] == "50"
    assert strategy["Mittlere Hälfte (25–75 %)"] == "30 bis 70"
    assert [c for c in at.get("plotly_chart") if "Vergleichsgruppe (Median)" in c.proto.spec]


def test_a_land_filter_with_too_few_falls_back_to_all_lands_and_says_so(repo, peers, sample):
    token = administration(repo, sample, state="BY")
    others(repo, peers, sample, 3, state="BY")
    others(repo, peers, sample, 2, state="SH", first=3)

    at = open_app(token, RESULT)
    at.toggle(key="peers.same_land").set_value(True).run()

    assert "Aus Ihrem Land liegen noch keine 5 Beiträge vor" in texts(at)
    assert "alle Länder, 5 Beiträge" in texts(at)
    assert not at.exception


def test_without_kind_and_population_the_page_asks_for_them(repo, sample):
    token = repo.create(new_answers(sample))
    at = open_app(token, RESULT)

    assert "braucht das Profil die Art der Kommune" in texts(at)
    assert not at.exception


def test_the_report_shows_the_group_band_and_medians_once_the_group_is_large_enough(
    repo, peers, sample
):
    import reports
    from ui import peers as peer_actions

    token = administration(repo, sample, strategy_document="adopted")
    others(repo, peers, sample, 4)
    answers = repo.get(token)
    assert peer_actions.peers(token, answers, False) is None  # four: nothing to show

    others(repo, peers, sample, 1, first=4)
    group = peer_actions.peers(token, answers, False)
    report = reports.build_report(sample, [answers], "de", peers=group)
    html = reports.render_html(report)

    assert report.chart.band_name == "Vergleichsgruppe: mittlere Hälfte (5 Beiträge)"
    strategy = [d.id for d in sample.dimensions].index("strategy")
    assert report.chart.band[strategy] == (30.0, 70.0)
    assert "Strategie 50 (30 bis 70)" in html
    assert "Vergleich mit 5 ähnlichen Verwaltungen aus allen Ländern" in html
    plain = reports.build_report(sample, [answers], "de")
    assert plain.chart.band is None
    assert "Vergleich mit 5" not in reports.render_html(plain)
