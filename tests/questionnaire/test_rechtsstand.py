"""The Rechtsstand: the shipped file, its validation, `{date:ID}` placeholders and staleness."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from questionnaire import (
    InputError,
    default_rechtsstand_path,
    format_date,
    load_questionnaire,
    load_rechtsstand,
    parse_questionnaire,
    parse_rechtsstand,
)
from questionnaire.rechtsstand import add_months

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "questionnaire" / "data" / "sample.yaml"
# The ids agreed in INTERFACES.md: none may disappear or be renamed.
AGREED_IDS = {
    "ki_vo", "ki_vo_omnibus", "ki_vo_art4", "ki_vo_art5", "ki_vo_art5_intimate_imagery",
    "ki_vo_art6_annex_iii", "ki_vo_annex_i", "ki_vo_art26", "ki_vo_art27", "ki_vo_art49_3",
    "ki_vo_art50", "ki_vo_art50_2_grace", "ki_vo_art86", "ki_vo_art111_2", "ki_vo_gpai",
    "dsgvo_art22", "dsgvo_art35", "vwvfg_35a", "ao_155_4", "sgb_x_31a", "personalvertretung",
    "sgb_ix_178_2", "ao_30", "sgb_i_35", "stgb_203", "kimig",
}  # fmt: skip


def provision(pid: str = "art_x", **fields) -> dict:
    base = {
        "id": pid,
        "title": {"de": "Titel", "en": "Title"},
        "citation": "Art. X KI-VO",
        "applies_from": "2026-08-02",
        "status": "in_force",
        "explanation": {"de": "Erklärung", "en": "Explanation"},
        "source": "Quelle",
    }
    return {**base, **fields}


def rechtsstand_text(*provisions: dict, as_of: str = "2026-12-04") -> str:
    return yaml.safe_dump({"as_of": as_of, "provisions": list(provisions)}, allow_unicode=True)


def test_the_shipped_rechtsstand_has_every_agreed_provision():
    rechtsstand = load_rechtsstand()
    assert default_rechtsstand_path().name == "rechtsstand.yaml"
    assert set(rechtsstand.provisions) >= AGREED_IDS
    assert isinstance(rechtsstand.as_of, dt.date)
    for pid, item in rechtsstand.provisions.items():
        assert item.id == pid
        assert item.status in ("in_force", "applies_later", "open")
        if item.status == "applies_later":
            assert item.applies_from > rechtsstand.as_of, pid
        if item.status == "in_force" and item.applies_from is not None:
            assert item.applies_from <= rechtsstand.as_of, pid


@pytest.mark.parametrize(
    ("pid", "day", "status"),
    [
        # The December 2026 state of the amended AI Act.
        ("ki_vo_omnibus", "2026-07-27", "in_force"),
        ("ki_vo_art4", "2025-02-02", "in_force"),
        ("ki_vo_art5", "2025-02-02", "in_force"),
        ("ki_vo_art5_intimate_imagery", "2026-12-02", "in_force"),
        ("ki_vo_art50", "2026-08-02", "in_force"),
        ("ki_vo_art50_2_grace", "2026-12-02", "in_force"),
        ("ki_vo_art6_annex_iii", "2027-12-02", "applies_later"),
        ("ki_vo_annex_i", "2028-08-02", "applies_later"),
        ("ki_vo_art111_2", "2030-08-02", "applies_later"),
        ("vwvfg_35a", "2017-01-01", "in_force"),
    ],
)
def test_the_dates_are_those_of_the_amended_ai_act(pid, day, status):
    item = load_rechtsstand().provisions[pid]
    assert (item.applies_from, item.status) == (dt.date.fromisoformat(day), status)


def test_what_is_not_confirmed_has_no_date_and_an_open_status():
    kimig = load_rechtsstand().provisions["kimig"]
    assert (kimig.applies_from, kimig.status) == (None, "open")


def test_citations_in_both_languages():
    art50 = load_rechtsstand().provisions["ki_vo_art50"]
    assert (art50.cite("de"), art50.cite("en")) == ("Art. 50 KI-VO", "Art. 50 AI Act")
    assert load_rechtsstand().provisions["vwvfg_35a"].cite("en") == "§ 35a VwVfG"


def test_dates_are_written_out_per_language():
    day = dt.date(2026, 8, 2)
    assert format_date(day, "de") == "2. August 2026"
    assert format_date(day, "en") == "2 August 2026"
    assert format_date(dt.date(2027, 3, 1), "de") == "1. März 2027"


def test_stale_after_six_months_and_not_a_day_before():
    rechtsstand = parse_rechtsstand(rechtsstand_text(provision(), as_of="2026-12-04"))
    assert not rechtsstand.is_stale(dt.date(2026, 12, 4))
    assert not rechtsstand.is_stale(dt.date(2027, 6, 4))
    assert rechtsstand.is_stale(dt.date(2027, 6, 5))


def test_six_months_after_the_last_day_of_august_is_the_last_day_of_february():
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)


@given(st.dates(), st.dates())
def test_staleness_is_monotonic_and_never_before_the_as_of_date(as_of, today):
    rechtsstand = parse_rechtsstand(rechtsstand_text(provision(), as_of=as_of.isoformat()))
    if today <= as_of:
        assert not rechtsstand.is_stale(today)
    if rechtsstand.is_stale(today):
        assert today > as_of + dt.timedelta(days=180)
        assert rechtsstand.is_stale(today + dt.timedelta(days=1)) or today == dt.date.max
    else:
        assert today <= as_of + dt.timedelta(days=185)


def test_every_problem_of_a_rechtsstand_file_is_located():
    text = rechtsstand_text(
        provision("art_x"),
        provision("art_x", title={"de": "Nur Deutsch"}),
        provision("Art-Y", status="applies_later", applies_from=None),
        provision("art_z", status="gilt", colour="red"),
    )
    with pytest.raises(InputError) as caught:
        parse_rechtsstand(text, "r.yaml")
    lines = caught.value.lines()
    assert any("provisions[1].id" in x and "used twice" in x for x in lines), lines
    assert any("provisions[1].title" in x and "'en' is missing" in x for x in lines), lines
    assert any("provisions[2].id" in x and "snake_case" in x for x in lines), lines
    assert any("provisions[2].applies_from" in x and "needs an" in x for x in lines), lines
    assert any("provisions[3].status" in x and "'gilt' is not allowed" in x for x in lines)
    assert any("unknown key 'colour'" in x for x in lines), lines
    assert all(x.startswith("r.yaml:") and x.split(":")[1].isdigit() for x in lines), lines


def test_a_date_that_is_no_date_is_reported_with_its_line():
    text = rechtsstand_text(provision(applies_from="zweiter August"))
    with pytest.raises(InputError) as caught:
        parse_rechtsstand(text, "r.yaml")
    assert any("provisions[0].applies_from" in x for x in caught.value.lines())


def _questionnaire_text(help_de: str, help_en: str) -> str:
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["dimensions"][0]["questions"][0]["help"] = {"de": help_de, "en": help_en}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def test_date_placeholders_are_filled_in_at_load_time():
    text = _questionnaire_text(
        "Art. 50 KI-VO gilt seit dem {date:ki_vo_art50}.",
        "Art. 50 AI Act has applied since {date:ki_vo_art50}.",
    )
    question = parse_questionnaire(text).questions()["strategy_document"]
    assert question.help == {
        "de": "Art. 50 KI-VO gilt seit dem 2. August 2026.",
        "en": "Art. 50 AI Act has applied since 2 August 2026.",
    }


def test_a_changed_rechtsstand_changes_the_texts():
    other = parse_rechtsstand(rechtsstand_text(provision("ki_vo_art50", applies_from="2027-01-15")))
    text = _questionnaire_text("ab {date:ki_vo_art50}", "from {date:ki_vo_art50}")
    questionnaire = parse_questionnaire(text, rechtsstand=other)
    assert questionnaire.questions()["strategy_document"].help["de"] == "ab 15. Januar 2027"
    assert questionnaire.rechtsstand is other


def test_an_unknown_provision_in_a_placeholder_is_a_located_error():
    text = _questionnaire_text("seit {date:ki_vo_art4x}", "since {date:ki_vo_art50}")
    with pytest.raises(InputError) as caught:
        parse_questionnaire(text, "q.yaml")
    (line,) = caught.value.lines()
    assert line.startswith("q.yaml:")
    assert "dimensions[0].questions[0].help.de" in line
    assert "no provision 'ki_vo_art4x'" in line and "did you mean 'ki_vo_art4'" in line


def test_a_placeholder_of_a_provision_without_date_is_an_error():
    text = _questionnaire_text("seit {date:kimig}", "since {date:kimig}")
    with pytest.raises(InputError) as caught:
        parse_questionnaire(text, "q.yaml")
    assert len(caught.value.lines()) == 2
    assert all("'kimig' has no 'applies_from'" in x for x in caught.value.lines())


def test_the_check_command_reports_a_bad_placeholder_with_exit_code_2(tmp_path):
    path = tmp_path / "q.yaml"
    path.write_text(_questionnaire_text("{date:nirgends}", "x"), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "questionnaire", "check", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert "no provision 'nirgends'" in run.stderr and "Traceback" not in run.stderr


def test_every_loaded_questionnaire_carries_its_rechtsstand():
    assert load_questionnaire(SAMPLE).rechtsstand == load_rechtsstand()
