"""A workshop under AppTest: created, joined by three people, answered, revealed; the numbers
on the dashboard, the presentation and each participant's page are the group statistics."""

from __future__ import annotations

import json
import re

import pytest

from questionnaire import localized
from scoring import group_statistics, score
from ui.format import number
from ui.i18n import t
from ui.workshop.access import presentation_key

from .workshop_app import (
    HOST_VIEW,
    JOIN_VIEW,
    PRESENT_VIEW,
    answer_everything,
    create_workshop,
    join,
    open_view,
    reveal,
    table_rows,
    workshops,
)

# Three people who see their administration differently (full mode of the sample).
PLANS = [
    {
        "strategy_document": "adopted",
        "budget": "line",
        "ai_rules": "none",
        "roles_involved": ["dpo", "it"],
        "face_recognition": "no_plans",
        "trainings": "offered",
        "champions": "some",
    },
    {
        "strategy_document": "reviewed",
        "budget": "multi_year",
        "ai_rules": "informal",
        "roles_involved": ["dpo", "staff_council", "it", "legal"],
        "face_recognition": "checked",
        "trainings": "by_role",
        "champions": "network",
    },
    {
        "strategy_document": "ideas",
        "budget": "ad_hoc",
        "ai_rules": "adopted",
        "roles_involved": "dont_know",
        "face_recognition": "not_applicable",
        "trainings": "none",
        "champions": "informal",
    },
]


def answered_by_repository(workshop, plans) -> list[str]:
    """Participants joined and answered straight through storage; returns their tokens."""
    tokens = []
    for plan in plans:
        token = workshops().join(workshop.code)
        for question_id, value in plan.items():
            workshops().save_answer(token, question_id, value)
        tokens.append(token)
    return tokens


@pytest.fixture
def revealed_workshop():
    """A full-mode workshop that three people answered completely, results revealed."""
    host, workshop = create_workshop("Amtsleitungsrunde", "full")
    tokens = answered_by_repository(workshop, PLANS)
    reveal(host)
    assert not host.exception
    return host, workshop, tokens


def expected_table(sample, workshop) -> list[dict[str, str]]:
    stats = group_statistics(sample, workshops().answer_sets(workshop.id), "full")
    rows = []
    for d in stats.dimensions:
        s = d.spread
        rows.append(
            {
                "Dimension": localized(sample.dimension(d.id).name, "de"),
                "n": str(s.n),
                "Mittelwert": number(s.mean, "de"),
                "Median": number(s.median, "de"),
                "Min.": number(s.min, "de"),
                "Max.": number(s.max, "de"),
                "Std.-Abw.": number(s.std, "de"),
                "Einigkeit": t("consensus." + d.consensus, "de") if d.consensus else "–",
            }
        )
    return rows


def test_three_people_answer_in_their_views_and_the_dashboard_shows_their_statistics(sample):
    host, workshop = create_workshop("Amtsleitungsrunde", "full")
    for plan in PLANS:
        answer_everything(join(workshop.code), plan.__getitem__)
    reveal(host)

    saved = workshops().answer_sets(workshop.id)
    assert [a.answers for a in saved] == PLANS
    assert [finished for _, _, finished in workshops().participants(workshop.id)] == [True] * 3
    assert [m.value for m in host.metric] == ["3", "3"]
    assert table_rows(host, 1) == expected_table(sample, workshop)
    # The spread differs between dimensions, so a mix-up of rows or columns shows.
    assert len({row["Std.-Abw."] for row in table_rows(host, 1)}) == 3


def test_the_dashboard_radar_draws_the_group_mean_and_the_band_only_from_five(
    sample, revealed_workshop
):
    host, workshop, _ = revealed_workshop
    # Three people: the mean only; the lowest and highest score are shown from five.
    (mean,) = json.loads(host.get("plotly_chart")[0].proto.spec)["data"]
    assert mean["name"] == "Gruppe (Mittelwert)"
    # Two more people: the open workshop shows their answers only with a third (the batch
    # rule of scoring/release.py), so the figures stay those of the first three.
    answered_by_repository(workshop, PLANS[:2])
    host.run()
    assert json.loads(host.get("plotly_chart")[0].proto.spec)["data"] == [mean]
    answered_by_repository(workshop, PLANS[2:])
    host.run()
    stats = group_statistics(sample, workshops().answer_sets(workshop.id), "full")
    spec = json.loads(host.get("plotly_chart")[0].proto.spec)
    band, mean = spec["data"]
    means = [round(d.spread.mean, 1) for d in stats.dimensions]
    assert mean["name"] == "Gruppe (Mittelwert)" and mean["r"] == [*means, means[0]]
    highs = [round(d.spread.max, 1) for d in stats.dimensions]
    lows = [round(d.spread.min, 1) for d in stats.dimensions]
    assert band["r"] == [*highs, highs[0], lows[0], *reversed(lows)]


def test_the_discussion_prompts_are_the_questions_of_widest_disagreement(sample, revealed_workshop):
    host, workshop, _ = revealed_workshop
    stats = group_statistics(sample, workshops().answer_sets(workshop.id), "full")
    shown = [m.value for m in host.markdown if re.match(r"\*\*\d\. ", m.value)]
    questions = sample.questions()
    expected = [
        f"**{i}. {localized(questions[p.id].text, 'de')}**"
        for i, p in enumerate(stats.prompts, start=1)
    ]
    assert expected and shown == expected


def test_results_stay_hidden_until_the_facilitator_reveals_them(sample):
    host, workshop = create_workshop()
    person = join(workshop.code)
    answer_everything(person, PLANS[0].__getitem__)
    host.run()

    assert not host.get("plotly_chart") and not person.get("plotly_chart")
    assert host.info and any("verborgen" in i.value for i in host.info)
    assert any("sobald die Moderation" in i.value for i in person.info)


def test_after_the_reveal_a_participant_sees_own_scores_beside_the_group_mean(
    sample, revealed_workshop
):
    _, workshop, tokens = revealed_workshop
    person = open_view(JOIN_VIEW, p=tokens[1])
    spec = json.loads(person.get("plotly_chart")[0].proto.spec)
    traces = {trace["name"]: trace["r"] for trace in spec["data"]}
    own = score(sample, workshops().answer_sets(workshop.id)[1])
    mine = [round(d.score, 1) for d in own.dimensions]
    assert traces["Ihr Profil"] == [*mine, mine[0]]
    stats = group_statistics(sample, workshops().answer_sets(workshop.id), "full")
    means = [round(d.spread.mean, 1) for d in stats.dimensions]
    assert traces["Gruppe (Mittelwert)"] == [*means, means[0]]
    # Nobody else's profile: the mean and the own line only (no band below five people).
    assert len(spec["data"]) == 2


def test_a_reload_with_the_participant_token_resumes_with_the_saved_answers():
    _, workshop = create_workshop(mode="short")
    person = join(workshop.code)
    person.radio(key="workshop_q.strategy_document.answer").set_value("draft").run()
    token = person.query_params["p"]

    reloaded = open_view(JOIN_VIEW, p=token)

    assert reloaded.radio(key="workshop_q.strategy_document.answer").value == "draft"
    # The page names no number: raw data numbers people anew for every download.
    assert reloaded.caption[0].value == "Sie nehmen anonym teil."


def test_a_workshop_of_some_dimensions_asks_and_scores_only_those(sample):
    host, workshop = create_workshop(mode="full", dimensions=("strategy", "skills"))
    assert workshop.dimensions == ("strategy", "skills")
    person = join(workshop.code)
    asked = []
    answer_everything(person, lambda qid: asked.append(qid) or "dont_know")
    assert asked == ["strategy_document", "budget", "trainings", "champions"]
    reveal(host)
    assert [row["Dimension"] for row in table_rows(host, 1)] == ["Strategie", "Kompetenzen"]


def test_the_creation_form_offers_dimensions_as_pills_without_an_english_select_all():
    # Streamlit's multi-select menu has an English "Select all"; pills have no such text.
    host = open_view(HOST_VIEW)
    assert not host.multiselect
    pills = host.pills(key="workshop_create.dimensions")
    assert pills.label == "Nur diese Dimensionen abfragen (freiwillig)"
    assert pills.value == []


def test_the_presentation_steps_through_every_screen_and_stores_the_step(revealed_workshop):
    _, workshop, _ = revealed_workshop
    at = open_view(PRESENT_VIEW, code=workshop.code, key=presentation_key(workshop))
    titles = [at.title[0].value]
    while not at.button(key="present.next").disabled:
        at.button(key="present.next").click().run()
        assert not at.exception and not at.error
        titles.append(at.title[0].value)
    assert workshops().get(workshop.id).presentation_step == len(titles) - 1 == 10
    assert titles[:6] == [
        "Amtsleitungsrunde",
        "Teilnahme",
        "Das Profil der Gruppe (3 Personen)",
        "Strategie",
        "Recht",
        "Kompetenzen",
    ]
    assert titles[6:] == [f"Diskussionsfrage {i}" for i in range(1, 6)]
    at.button(key="present.previous").click().run()
    assert workshops().get(workshop.id).presentation_step == 9


def test_every_workshop_view_renders_its_title_on_a_fresh_session():
    for view, title in [
        (HOST_VIEW, "Workshop leiten"),
        (JOIN_VIEW, "Workshop beitreten"),
        (PRESENT_VIEW, "Präsentation"),
    ]:
        at = open_view(view)
        assert not at.exception
        assert at.title[0].value == title


def test_with_a_public_address_configured_the_join_and_host_links_use_it(monkeypatch):
    monkeypatch.setenv("KIRC_PUBLIC_URL", "https://ki.kreis-muster.de/check/")
    at, workshop = create_workshop()
    codes = [block.value for block in at.code]
    join = f"https://ki.kreis-muster.de/check/workshop_beitreten?code={workshop.code}&lang=de"
    assert join in codes
    host = f"https://ki.kreis-muster.de/check/workshop_leiten?host={workshop.host_token}"
    assert host in codes


def test_dashboard_and_projector_step_from_the_stored_step_and_follow_each_other(
    revealed_workshop,
):
    host, workshop, _ = revealed_workshop
    projector = open_view(PRESENT_VIEW, code=workshop.code, key=presentation_key(workshop))

    def stored() -> int:
        return workshops().get(workshop.id).presentation_step

    host.button(key="workshop_remote.next").click().run()
    assert stored() == 1
    projector.run()
    assert projector.title[0].value == "Teilnahme"
    # The projector steps on; the dashboard has not rerun since and still shows step 2.
    projector.button(key="present.next").click().run()
    projector.button(key="present.next").click().run()
    assert stored() == 3
    # "Weiter" on the stale dashboard goes on from the stored step, never back.
    host.button(key="workshop_remote.next").click().run()
    assert stored() == 4
    assert any("Schritt 5 von 11" in m.value for m in host.markdown)
    projector.run()
    assert projector.title[0].value == "Recht"
    host.button(key="workshop_remote.previous").click().run()
    projector.button(key="present.previous").click().run()
    assert stored() == 2
    host.run()
    assert any("Schritt 3 von 11" in m.value for m in host.markdown)


def test_revealing_an_open_workshop_asks_first_and_says_why():
    host, workshop = create_workshop(mode="short")
    answered_by_repository(workshop, PLANS)
    host.toggle(key="workshop_admin.reveal").set_value(True).run()
    assert not workshops().get(workshop.id).revealed
    (question,) = [w.value for w in host.warning if "noch offen" in w.value]
    assert "erst den Workshop schließen" in question
    assert host.toggle(key="workshop_admin.reveal").value is False

    host.button(key="workshop_admin.reveal.no").click().run()
    assert not workshops().get(workshop.id).revealed
    assert not [b for b in host.button if b.key == "workshop_admin.reveal.yes"]

    host.toggle(key="workshop_admin.reveal").set_value(True).run()
    host.button(key="workshop_admin.reveal.yes").click().run()
    assert workshops().get(workshop.id).revealed
    assert host.toggle(key="workshop_admin.reveal").value is True


def test_a_closed_workshop_is_revealed_without_a_question():
    host, workshop = create_workshop(mode="short")
    answered_by_repository(workshop, PLANS)
    workshops().close(workshop.host_token)
    host.run()
    host.toggle(key="workshop_admin.reveal").set_value(True).run()
    assert workshops().get(workshop.id).revealed
    assert not [w for w in host.warning if "noch offen" in w.value]


def test_an_english_dashboard_hands_out_an_english_join_link_and_the_page_follows_it():
    host, workshop = create_workshop(mode="short")
    host.session_state["ui.language"] = "en"
    host.run()
    links = [block.value for block in host.code if "workshop_beitreten" in block.value]
    assert links and all(link.endswith(f"?code={workshop.code}&lang=en") for link in links)

    person = open_view(JOIN_VIEW, code=workshop.code, lang="en")
    assert person.title[0].value == "Join a workshop"
    person.button(key="workshop_join.submit").click().run()
    assert person.query_params["p"] and not person.exception
    assert "Your answers" in [s.value for s in person.subheader]


def test_after_done_the_thanks_stand_below_the_questions_and_pop_up():
    _, workshop = create_workshop(mode="short")
    person = join(workshop.code)
    answer_everything(person, lambda qid: "dont_know")
    # Below the last question and its "Fertig" button, where a phone's screen still is.
    nodes = list(person.main)  # depth first, in page order
    thanks = [i for i, n in enumerate(nodes) if str(getattr(n, "value", "")).startswith("Danke!")]
    finish = [i for i, n in enumerate(nodes) if getattr(n, "key", None) == "workshop_answer.finish"]
    assert len(thanks) == 1 and finish and thanks[0] > finish[0]
    assert [toast.value for toast in person.toast] == ["Danke! Ihre Antworten sind gespeichert."]
    person.run()
    assert not person.toast  # once, right after the click
