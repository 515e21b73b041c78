"""The association view: refused without or with a wrong secret; only groups of 5 or more."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

import storage
from questionnaire import Profile, new_answers
from reports import frame_csv

from .conftest import APP

VIEW = "views/verband.py"
SECRET = "Verband-Geheimnis-2026-xyz"


@pytest.fixture
def peers():
    return storage.PeerRepository(storage.get_engine())


def contribute(repo, peers, sample, count, size="5k_20k", state="BY", year=2026, score=50.0):
    for _ in range(count):
        token = repo.create(new_answers(sample, profile=Profile(organisation="Geheimdorf")))
        peers.contribute(
            token,
            storage.Contribution("gemeinde", size, state, year, {"strategy": score}, {}),
        )


def open_view() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.run()
    at.switch_page(VIEW).run()
    return at


def shown(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [str(table.value) for table in at.table]
    return " ".join(parts + [e.value for e in at.info] + [e.value for e in at.error])


@pytest.fixture
def filled(repo, peers, sample):
    contribute(repo, peers, sample, 5, size="5k_20k", state="BY", score=40.0)
    contribute(repo, peers, sample, 4, size="landkreis", state="SH", year=2025, score=90.0)


def test_without_a_configured_secret_the_view_is_not_set_up(filled, monkeypatch):
    monkeypatch.delenv("KIRC_ADMIN_SECRET", raising=False)
    monkeypatch.delenv("KIRC_ADMIN_SECRET_FILE", raising=False)
    at = open_view()

    assert "nicht eingerichtet" in shown(at)
    assert not at.text_input and not at.table


def test_a_short_secret_counts_as_not_set_up(filled, monkeypatch):
    monkeypatch.setenv("KIRC_ADMIN_SECRET", "kurz")
    assert "nicht eingerichtet" in shown(open_view())


def test_a_wrong_or_empty_secret_is_refused_and_shows_no_figure(filled, monkeypatch):
    monkeypatch.setenv("KIRC_ADMIN_SECRET", SECRET)
    for attempt in ("", SECRET[:-1], SECRET + "x", SECRET.lower()):
        at = open_view()
        at.text_input[0].input(attempt)
        at.button[0].click().run()

        assert "Das Geheimnis stimmt nicht" in shown(at)
        assert not at.table and not at.get("download_button")


def test_the_right_secret_shows_groups_of_five_and_never_smaller_ones(
    filled, monkeypatch, tmp_path
):
    secret_file = tmp_path / "geheimnis"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    monkeypatch.setenv("KIRC_ADMIN_SECRET_FILE", str(secret_file))
    monkeypatch.setenv("KIRC_ADMIN_SECRET", "a-different-secret-in-the-env")
    at = open_view()
    at.text_input[0].input(SECRET)
    at.button[0].click().run()
    text = shown(at)

    assert not at.exception
    assert "5.000 bis unter 20.000 Einwohner" in text and "Bayern" in text
    assert "Landkreise" not in text and "Schleswig-Holstein" not in text  # 4 only
    assert "2025" not in text and "Geheimdorf" not in text
    assert at.get("download_button")


def test_the_csv_of_aggregates_obeys_the_threshold(filled, repo, peers, sample):
    from ui.components.association_view import aggregates_frame
    from ui.content import questionnaire

    frame = aggregates_frame(questionnaire(), "de")
    csv = frame_csv(frame, "de").decode("utf-8-sig")

    assert set(frame["Gruppe"]) == {"5.000 bis unter 20.000 Einwohner", "2026"}
    assert "landkreis" not in csv.lower() and "2025" not in csv and "90" not in csv
    assert set(frame["Beiträge"]) == {5}

    contribute(repo, peers, sample, 1, size="landkreis", state="SH", year=2025, score=90.0)
    frame = aggregates_frame(questionnaire(), "de")
    assert "Landkreise" in set(frame["Gruppe"]) and "2025" in set(frame["Gruppe"])
