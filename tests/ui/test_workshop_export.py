"""The workshop's downloads: group report of everyone, raw data with numbers, and names only
when a participant gave one and the facilitator included them."""

from __future__ import annotations

import io

import pandas as pd

from ui.filenames import mode_word, product_word
from ui.workshop import export

from .workshop_app import HOST_VIEW, create_workshop, open_view, workshops


def csv_frame(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), sep=";", encoding="utf-8-sig", dtype=str)


def three_participants(workshop) -> None:
    """Participant 1 anonymous, 2 named, 3 named with a formula-like name; all answered."""
    for name, value in [(None, "adopted"), ("Kämmerei", "draft"), ("=HYPERLINK(1)", "none")]:
        token = workshops().join(workshop.code, name)
        workshops().save_answer(token, "strategy_document", value)


def test_raw_data_numbers_participants_and_names_nobody_by_default(sample):
    _, workshop = create_workshop(mode="short")
    three_participants(workshop)
    frame = csv_frame(export.raw_csv(sample, workshops().get(workshop.id), "de"))
    assert "name" not in frame.columns
    rows = frame[frame["question_id"] == "strategy_document"]
    assert rows["participant"].tolist() == ["1", "2", "3"]
    assert sorted(rows["answer"]) == ["adopted", "draft", "none"]
    assert "Kämmerei" not in frame.to_csv()


def test_raw_data_numbers_people_in_a_new_random_order_for_every_download(sample):
    # Numbers that followed the join order (or stayed the same between downloads) could be
    # matched with the names a facilitator sees.
    _, workshop = create_workshop(mode="short")
    three_participants(workshop)
    current = workshops().get(workshop.id)
    orders = set()
    for _ in range(30):
        frame = csv_frame(export.raw_csv(sample, current, "de"))
        orders.add(tuple(frame[frame["question_id"] == "strategy_document"]["answer"]))
    assert len(orders) > 1


def test_raw_data_names_those_who_gave_one_once_the_facilitator_includes_names(sample):
    _, workshop = create_workshop(mode="short")
    three_participants(workshop)
    workshops().set_include_names(workshop.host_token, True)
    current = workshops().get(workshop.id)

    frame = csv_frame(export.raw_csv(sample, current, "de"))
    rows = frame[frame["question_id"] == "strategy_document"]
    named = dict(zip(rows["answer"], rows["name"].fillna(""), strict=True))
    assert named == {"adopted": "", "draft": "Kämmerei", "none": "'=HYPERLINK(1)"}

    sheets = pd.read_excel(io.BytesIO(export.raw_xlsx(sample, current, "de")), sheet_name=None)
    assert set(sheets) == {"Antworten", "Punkte je Dimension"}
    answers, scores = sheets["Antworten"], sheets["Punkte je Dimension"]
    # Within one download, a person has the same number on both sheets.
    number = answers[answers["Antwort (ID)"] == "draft"]["Person"].item()
    assert scores[scores["Person"] == number]["Name"].unique().tolist() == ["Kämmerei"]


def test_the_group_report_covers_every_participant_under_the_workshop_title(sample):
    _, workshop = create_workshop("Runde <Hauptamt>", mode="short")
    three_participants(workshop)
    report = export.group_report(sample, workshops().get(workshop.id), "de")
    assert report.group and report.organisation == "Runde <Hauptamt>"
    assert any(f.value.startswith("3 Teilnehmenden") for f in report.facts)


def test_the_dashboard_offers_downloads_once_someone_joined_and_makes_the_pdf_on_request():
    host, workshop = create_workshop(mode="short")
    assert not host.get("download_button")
    three_participants(workshop)
    host = open_view(HOST_VIEW, host=workshop.host_token)
    report = [b for b in host.get("download_button") if "workshop_export." in b.proto.id]
    assert len(report) == 3 and not host.exception  # HTML, CSV, XLSX
    host.button(key="workshop_export.pdf").click().run()
    assert not host.exception
    labels = [b.proto.label for b in host.get("download_button")]
    assert any(label.startswith("PDF-Bericht herunterladen") for label in labels)


def test_from_three_participants_the_facilitator_gets_the_groups_plan_documents(sample):
    host, workshop = create_workshop(mode="short")
    for value in ("adopted", "draft"):
        workshops().save_answer(workshops().join(workshop.code), "strategy_document", value)
    host = open_view(HOST_VIEW, host=workshop.host_token)
    assert not [b for b in host.get("download_button") if "workshop_plan." in b.proto.id]
    workshops().save_answer(workshops().join(workshop.code), "strategy_document", "none")
    host = open_view(HOST_VIEW, host=workshop.host_token)
    plan = {b.proto.id.rsplit("workshop_plan.", 1)[1] for b in host.get("download_button")
            if "workshop_plan." in b.proto.id}  # fmt: skip
    assert plan == {"summary_docx", "strategy_docx", "roadmap_csv", "roadmap_xlsx"}
    host.button(key="workshop_plan.summary.pdf").click().run()
    assert not host.exception
    assert [b for b in host.get("download_button") if "workshop_plan.summary.pdf" in b.proto.id]


def test_the_groups_plan_is_built_from_the_consensus_of_three(sample):
    _, workshop = create_workshop(mode="short")
    three_participants(workshop)
    facts = export.plan_facts(sample, workshops().get(workshop.id), "de")
    assert facts.organisation == workshop.title
    # adopted, draft, none: the option at the lower median step is the draft
    assert facts.answered["strategy_document"][1] == "Entwurf"


def test_the_downloads_are_named_in_the_language_of_the_ui_like_the_self_checks():
    _, workshop = create_workshop("Council workshop", mode="short")
    current = workshops().get(workshop.id)
    day = current.created_at.date().isoformat()
    for lang in ("de", "en"):
        words = [product_word(lang), "workshop", mode_word("short", lang), "council-workshop", day]
        assert export.file_stem(current, lang) == "-".join(words)
    assert export.file_stem(current, "en").startswith("ai-readiness-workshop-")
    assert "kurzcheck" not in export.file_stem(current, "en")


def test_the_raw_data_text_says_whether_the_file_holds_names():
    # With names included, "a number never points to a person" was still said.
    host, workshop = create_workshop(mode="short")
    three_participants(workshop)
    host = open_view(HOST_VIEW, host=workshop.host_token)
    text = " ".join(m.value for m in host.markdown)
    assert "eine Nummer verweist also nie auf eine Person" in text
    assert "personenbezogene Daten" not in text
    host.checkbox(key="workshop_admin.include_names").check().run()
    text = " ".join(m.value for m in host.markdown)
    assert "eine Nummer verweist also nie auf eine Person" not in text
    assert "die Teilnehmende selbst angegeben haben" in text and "personenbezogene" in text
