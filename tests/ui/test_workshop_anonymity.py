"""Anonymity in a workshop of 1, 2, 4, 5 and 6 people: no screen, report or export shows a
figure of fewer than 3 people, the lowest or highest score of fewer than 5, or a participant
number that could be matched with a name.

Every person answers differently, so a figure of one person would be that person's score; the
tests look for each person's own scores on every screen a room or a facilitator can see.
"""

from __future__ import annotations

import io
import json
import re

import pandas as pd
import pytest

from questionnaire import new_answers
from scoring import MIN_ANSWERS_SHOWN, MIN_EXTREMES_SHOWN, score
from ui.format import number
from ui.i18n import t
from ui.workshop import export
from ui.workshop.access import presentation_key

from .workshop_app import (
    HOST_VIEW,
    JOIN_VIEW,
    PRESENT_VIEW,
    create_workshop,
    open_view,
    reveal,
    workshops,
)

# Six people; person i answers with these options (full mode of the sample questionnaire).
STEPS = ["none", "ideas", "draft", "adopted", "reviewed"]
BUDGET = ["none", "ad_hoc", "project", "line", "multi_year"]
TRAININGS = ["none", "single", "offered", "by_role", "recorded"]
CHAMPIONS = ["none", "informal", "some", "network", "everywhere"]
ROLES = [["dpo"], ["dpo", "it"], ["it"], ["dpo", "staff_council", "it"], [], ["legal"]]
PEOPLE = [
    {
        "strategy_document": STEPS[i % 5],
        "budget": BUDGET[(i * 2 + 1) % 5],
        "ai_rules": STEPS[(i * 3 + 2) % 5],
        "roles_involved": ROLES[i],
        "face_recognition": "no_plans" if i % 2 else "checked",
        "trainings": TRAININGS[(i + 3) % 5],
        "champions": CHAMPIONS[(i * 2) % 5],
    }
    for i in range(6)
]
NAMES = ["Bürgermeister", "Kämmerei", "Ordnungsamt", "Personalrat", "IT", "Hauptamt"]
SIZES = [1, 2, 4, 5, 6]


def workshop_of(people: int):
    """A revealed full-mode workshop with names in the raw data; `people` answered."""
    host, workshop = create_workshop("Runde", "full")
    tokens = []
    for plan, name in zip(PEOPLE[:people], NAMES, strict=False):
        token = workshops().join(workshop.code, name)
        for question_id, value in plan.items():
            workshops().save_answer(token, question_id, value)
        workshops().set_finished(token)
        tokens.append(token)
    workshops().set_include_names(workshop.host_token, True)
    reveal(host)
    assert not host.exception
    return host, workshops().by_host_token(workshop.host_token), tokens


def own_scores(sample, people: int) -> list[list[float]]:
    """Each person's dimension scores and overall score (None where they have none)."""
    rows = []
    for plan in PEOPLE[:people]:
        result = score(sample, new_answers(sample, answers=plan))
        rows.append([d.score for d in result.dimensions] + [result.overall.score])
    return rows


def forbidden(sample, people: int) -> set[str]:
    """Formatted scores no screen may show: every score below 3 people, the lowest and the
    highest score of each dimension below 5."""
    columns = list(zip(*own_scores(sample, people), strict=True))
    hidden = set()
    for values in columns:
        present = sorted(v for v in values if v is not None)
        if len(present) < MIN_ANSWERS_SHOWN:
            hidden.update(present)
        elif len(present) < MIN_EXTREMES_SHOWN:
            hidden.update({present[0], present[-1]})
    return {number(v, "de") for v in hidden}


def screen_text(at) -> str:
    """Everything an AppTest page shows as text: Markdown, captions, headings, tables, metrics,
    and every value and description of its charts."""
    parts = []
    for kind in ("markdown", "caption", "title", "header", "subheader", "info", "metric"):
        for element in getattr(at, kind):
            parts.append(str(element.value))
    for table in at.table:
        parts.append(table.value.astype(str).to_csv())
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        for trace in spec["data"]:
            parts.extend(number(v, "de") for v in trace.get("r", []) if v is not None)
            parts.extend(number(v, "de") for v in trace.get("x", []) if isinstance(v, float))
    return "\n".join(parts)


def numbers_in(text: str) -> set[str]:
    return set(re.findall(r"\d+,\d", text))


@pytest.fixture(params=SIZES, ids=[f"{n}-people" for n in SIZES])
def group(request, sample):
    host, workshop, tokens = workshop_of(request.param)
    return request.param, host, workshop, forbidden(sample, request.param), tokens


def test_the_dashboard_shows_no_figure_of_too_few_people_and_no_participant_number(group):
    people, host, workshop, hidden, _ = group
    host = open_view(HOST_VIEW, host=workshop.host_token)
    assert not host.exception
    shown = numbers_in(screen_text(host))
    assert not shown & hidden
    # The participant list: names and status, no number that could appear elsewhere.
    (participants,) = [table for table in host.table if "Name oder Funktion" in table.value.columns]
    assert list(participants.value.columns) == ["Name oder Funktion", "Stand"]
    if people < MIN_ANSWERS_SHOWN:
        (chart,) = host.get("plotly_chart")
        (mean,) = json.loads(chart.proto.spec)["data"]
        assert set(mean["r"]) == {None}


def test_every_projector_step_shows_no_figure_of_too_few_people(group):
    people, _, workshop, hidden, _ = group
    at = open_view(PRESENT_VIEW, code=workshop.code, key=presentation_key(workshop))
    texts = [screen_text(at)]
    while not at.button(key="present.next").disabled:
        at.button(key="present.next").click().run()
        assert not at.exception
        texts.append(screen_text(at))
    shown = numbers_in("\n".join(texts))
    assert not shown & hidden
    ranges = re.findall(r"Spanne (\d+,\d) bis (\d+,\d)", "\n".join(texts))
    assert bool(ranges) == (people >= MIN_EXTREMES_SHOWN)


def test_a_participant_sees_only_own_scores_and_figures_of_enough_people(group, sample):
    people, _, _, hidden, tokens = group
    mine = {number(v, "de") for v in own_scores(sample, people)[0] if v is not None}
    at = open_view(JOIN_VIEW, p=tokens[0])
    assert not at.exception
    assert at.subheader[0].value == "Ihr Profil neben dem der Gruppe"  # the revealed page
    caption = " ".join(c.value for c in at.caption)
    assert "Nr." not in caption
    assert not (numbers_in(screen_text(at)) & (hidden - mine))


def test_the_group_report_shows_no_figure_of_too_few_people(group, sample):
    people, _, workshop, hidden, _ = group
    report = export.group_report(sample, workshop, "de")
    summary = report.summary
    texts = [*summary.lines, summary.score, *(f.facts for f in report.dimensions)]
    for row in summary.rows:
        texts += [row.score, row.range, row.std]
    texts += [p.mean + " " + p.range for p in report.prompts]
    assert not numbers_in(" ".join(texts)) & hidden
    if people < MIN_ANSWERS_SHOWN:
        assert {v for s in report.chart.series for v in s.values} == {None}
        assert report.actions == () and report.prompts == ()
    if people < MIN_EXTREMES_SHOWN:
        assert report.chart.band is None
        assert all(row.range == "–" for row in summary.rows)


def test_raw_data_is_offered_from_three_people_with_numbers_drawn_anew(group, sample):
    people, _, workshop, _, _ = group
    host = open_view(HOST_VIEW, host=workshop.host_token)
    labels = [b.proto.label for b in host.get("download_button")]
    has_raw = any("CSV" in label for label in labels)
    assert has_raw == (people >= MIN_ANSWERS_SHOWN)
    if not has_raw:
        return
    # The numbers in the raw data follow neither the join order nor an earlier download.
    orders = set()
    for _ in range(30):
        frame = pd.read_csv(
            io.BytesIO(export.raw_csv(sample, workshop, "de")),
            sep=";",
            encoding="utf-8-sig",
            dtype=str,
        )
        rows = frame[frame["question_id"] == "strategy_document"]
        orders.add(tuple(rows["name"]))
    assert len(orders) > 1


def _seen(sample, workshop) -> tuple:
    """What anyone can see of an open workshop's answers: the dashboard's and the projector's
    figures, the group report's, and the answers in the raw data (without the order)."""
    workshops().set_presentation_step(workshop.host_token, 0)
    workshop = workshops().by_host_token(workshop.host_token)
    host = open_view(HOST_VIEW, host=workshop.host_token)
    projector = open_view(PRESENT_VIEW, code=workshop.code, key=presentation_key(workshop))
    texts = [screen_text(projector)]
    while not projector.button(key="present.next").disabled:
        projector.button(key="present.next").click().run()
        texts.append(screen_text(projector))
    (table,) = [t for t in host.table if "Mittelwert" in t.value.columns]
    report = export.group_report(sample, workshop, "de")
    figures = [report.summary.score, *(f.facts for f in report.dimensions)]
    figures += [p.mean + " " + p.range for p in report.prompts]
    frame = pd.read_csv(
        io.BytesIO(export.raw_csv(sample, workshop, "de")), sep=";", encoding="utf-8-sig", dtype=str
    )
    given = frame.dropna(subset=["answer"])[["question_id", "answer"]]
    return (
        table.value.astype(str).to_dict("records"),
        numbers_in(screen_text(host)),
        numbers_in("\n".join(texts)),
        figures,
        sorted(map(tuple, given.to_numpy().tolist())),
    )


def test_figures_of_an_open_workshop_move_only_when_three_more_people_answered(sample):
    # Three answered and the results are shown. A fourth and a fifth answering change nothing
    # anyone can see, so comparing before and after tells nothing about either; the sixth
    # releases all three at once; closing the workshop shows everything.
    _, workshop, _ = workshop_of(3)
    first = _seen(sample, workshop)
    for plan, name in zip(PEOPLE[3:], NAMES[3:], strict=True):
        token = workshops().join(workshop.code, name)
        for question_id, value in plan.items():
            workshops().save_answer(token, question_id, value)
        seen = _seen(sample, workshop)
        if name != NAMES[-1]:
            assert seen == first
    assert seen != first
    everyone = workshops().answer_sets(workshop.id)
    assert [a.answers for a in export.answer_sets(workshop, sample)] == [
        a.answers for a in everyone
    ]
    workshops().close(workshop.host_token)
    assert _seen(sample, workshop) == seen


def _caption_texts(at) -> str:
    return "\n".join(c.value for c in at.caption)


def test_the_facilitator_sees_how_many_answers_wait_and_is_warned_before_closing(sample):
    # Three answered and the results are shown; one more person answers: the dashboard says
    # one person's answers wait, and closing now would show them, so the question warns.
    _, workshop, _ = workshop_of(3)
    host = open_view(HOST_VIEW, host=workshop.host_token)
    assert "Noch nicht in den Zahlen" not in _caption_texts(host)
    token = workshops().join(workshop.code)
    workshops().save_answer(token, "budget", "line")
    host = open_view(HOST_VIEW, host=workshop.host_token)
    assert "Noch nicht in den Zahlen: Antworten von 1 Person." in _caption_texts(host)
    host.button(key="workshop_admin.close").click().run()
    (question,) = [w.value for w in host.warning if "schließen?" in w.value]
    assert "1 Person hat seit der letzten Aktualisierung" in question

    # Two more: now three wait, the next view releases them, and nothing is left to warn of.
    for plan in PEOPLE[4:]:
        token = workshops().join(workshop.code)
        workshops().save_answer(token, "budget", plan["budget"])
    host = open_view(HOST_VIEW, host=workshop.host_token)
    assert "Noch nicht in den Zahlen" not in _caption_texts(host)
    host.button(key="workshop_admin.close").click().run()
    (question,) = [w.value for w in host.warning if "schließen?" in w.value]
    assert "seit der letzten Aktualisierung" not in question


def test_closing_a_workshop_whose_results_are_hidden_asks_no_more_than_before(sample):
    host, workshop = create_workshop("Runde", "full")
    for plan in PEOPLE[:4]:
        token = workshops().join(workshop.code)
        workshops().save_answer(token, "budget", plan["budget"])
    host.button(key="workshop_admin.close").click().run()
    (question,) = [w.value for w in host.warning if "schließen?" in w.value]
    assert question == t("host.close_question", "de")


def test_projector_and_phones_count_the_people_whose_answers_are_in_the_figures(sample):
    # Three answered and the results are shown; two more answer, and one joins without
    # answering. Their answers are not released yet, so "(6 Personen)" over figures of three
    # was wrong: the projector and the phones say 3 until the batch is released.
    _, workshop, tokens = workshop_of(3)
    for plan in PEOPLE[3:5]:
        token = workshops().join(workshop.code)
        workshops().save_answer(token, "budget", plan["budget"])
    workshops().join(workshop.code)
    workshops().set_presentation_step(workshop.host_token, 2)

    def counted() -> tuple[str, str]:
        projector = open_view(PRESENT_VIEW, code=workshop.code, key=presentation_key(workshop))
        phone = open_view(JOIN_VIEW, p=tokens[0])
        (explain,) = [m.value for m in phone.markdown if "Ihre eigenen Punktzahlen" in m.value]
        return projector.title[0].value, re.search(r"\(\d+ Person(en)?\)", explain).group()

    assert counted() == ("Das Profil der Gruppe (3 Personen)", "(3 Personen)")
    workshops().save_answer(workshops().join(workshop.code), "budget", "line")  # releases
    assert counted() == ("Das Profil der Gruppe (6 Personen)", "(6 Personen)")
    # Closed: everyone's answers count; the one who never answered still does not.
    workshops().close(workshop.host_token)
    assert counted() == ("Das Profil der Gruppe (6 Personen)", "(6 Personen)")


def test_the_projector_says_on_result_steps_that_open_figures_change_in_batches(sample):
    _, workshop, _ = workshop_of(3)
    batched = t("present.batched", "de")

    def captions(step: int) -> str:
        workshops().set_presentation_step(workshop.host_token, step)
        projector = open_view(PRESENT_VIEW, code=workshop.code, key=presentation_key(workshop))
        return _caption_texts(projector)

    assert batched not in captions(1)  # participation: no figures of answers
    assert all(batched in captions(step) for step in (2, 3, 10))  # profile, dimension, prompt
    workshops().close(workshop.host_token)
    assert batched not in captions(2)
