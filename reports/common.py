"""Parts shared by the self-check and the group report: title page, levels, actions, texts."""

from __future__ import annotations

import re

from questionnaire import DONT_KNOW, NOT_APPLICABLE, Profile, Question, Questionnaire, localized
from scoring import FIRST_STEPS
from texts import text

from .i18n import Texts
from .model import Action, Duty, Fact, FirstStep, LevelInfo

MAX_ITEMS = 3  # strengths, gaps (and a group's knowledge gaps) listed per dimension
STRENGTH_FROM = 2.5  # a step (or a group's mean step) from here up is a strength, below a gap


def numbering(questionnaire: Questionnaire, mode: str) -> dict[str, str]:
    """Question id -> "d.q" (dimension number, position in the mode), for the mode's questions."""
    numbers = {}
    for d, dimension in enumerate(questionnaire.dimensions, start=1):
        for q, question in enumerate(dimension.questions_in(mode), start=1):
            numbers[question.id] = f"{d}.{q}"
    return numbers


def answer_label(question: Question, value: object, t: Texts) -> str:
    """The chosen option label(s) of an answer in the report's language."""
    if value is None:
        return t("unanswered")
    if value == DONT_KNOW:
        return t("answer_dont_know")
    if value == NOT_APPLICABLE:
        return t("answer_not_applicable")
    chosen = value if isinstance(value, list) else [value]
    labels = [localized(o.label, t.lang) for c in chosen if (o := question.option(c))]
    return "; ".join(labels) or t("dash")


def cover_facts(
    questionnaire: Questionnaire, profile: Profile, mode: str, respondents: str, t: Texts
) -> tuple[Fact, ...]:
    """The labelled lines of the title page; unknown profile fields are left out."""
    asked = sum(len(d.questions_in(mode)) for d in questionnaire.dimensions)
    scope = t("scope_short" if mode == "short" else "scope_full", count=asked)
    title = localized(questionnaire.title, t.lang)
    facts = [
        ("fact_kind", t(f"kind_{profile.kind}") if profile.kind else ""),
        ("fact_state", t(f"state_{profile.state}") if profile.state else ""),
        ("fact_population", t.integer(profile.population) if profile.population else ""),
        ("fact_date", t.date(profile.date)),
        ("fact_scope", scope),
        ("fact_respondents", respondents),
        (
            "fact_questionnaire",
            t("questionnaire_version", title=title, version=questionnaire.version),
        ),
        ("fact_rechtsstand", rechtsstand_date(questionnaire, t)),
    ]
    return tuple(Fact(t(key), value) for key, value in facts if value)


def rechtsstand_date(questionnaire: Questionnaire, t: Texts) -> str:
    """The date of the questionnaire's Rechtsstand in the report's style, or ""."""
    rechtsstand = questionnaire.rechtsstand
    return t.date(rechtsstand.as_of.isoformat()) if rechtsstand else ""


def level_infos(questionnaire: Questionnaire, t: Texts) -> tuple[LevelInfo, ...]:
    """The maturity levels with their score ranges, for the method section."""
    levels = questionnaire.levels
    infos = []
    for i, level in enumerate(levels):
        low = t.number(level.min_score, 0)
        if i + 1 < len(levels):
            span = t("level_range", low=low, high=t.number(levels[i + 1].min_score, 0))
        else:
            span = t("level_range_top", low=low)
        infos.append(
            LevelInfo(
                i + 1, localized(level.name, t.lang), span, localized(level.description, t.lang)
            )
        )
    return tuple(infos)


def action_row(number: int, recommendation, dimension, t: Texts, share: str = "") -> Action:
    """One row of the action plan from a recommendation of the questionnaire."""
    references = "; ".join(localized(r, t.lang) for r in recommendation.references)
    start = text("scoring", "start_" + recommendation.suggested_start.value, t.lang)
    return Action(
        number=number,
        text=localized(recommendation.text, t.lang),
        title=localized(recommendation.title, t.lang) if recommendation.title else "",
        dimension=localized(dimension.name, t.lang),
        dimension_id=dimension.id,
        priority=recommendation.priority.value,
        priority_label=t(f"priority_{recommendation.priority.value}"),
        effort=t(f"effort_{recommendation.effort.value}"),
        owner=localized(recommendation.owner, t.lang),
        references=references,
        share=share,
        start=start,
    )


# The title page holds five first steps of three or four lines each (8 pt over the text
# width: about 110 characters a line). A longer text shows its leading sentences within
# COVER_STEP_CHARS; a first sentence longer than that is shown whole up to LONGEST_SENTENCE.
COVER_STEP_CHARS = 330
LONGEST_SENTENCE = 440
# A full stop, question or exclamation mark, a space and a capital: a sentence ends there,
# unless the word before is an abbreviation, a single letter ("z. B.") or a day ("2. August").
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-ZÄÖÜ„“\"(])")
_NO_END = re.compile(
    r"(?:^|\s)(?:\w|\d{1,2}|Art|Abs|Nr|bzw|ca|ggf|vgl|inkl|sog|usw|etc|e\.g|i\.e|Dr|St)\.$"
)


def lead(text: str, limit: int = COVER_STEP_CHARS) -> str:
    """The text's leading whole sentences within `limit` characters, at least the first one
    (up to LONGEST_SENTENCE); only a first sentence longer still is cut at a word, with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    ends = [
        m.start() for m in _SENTENCE_END.finditer(text) if not _NO_END.search(text[: m.start()])
    ]
    within = [end for end in ends if end <= limit]
    if within:
        return text[: within[-1]]
    first = ends[0] if ends else len(text)
    if first <= LONGEST_SENTENCE:
        return text[:first]
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def first_steps(actions: tuple[Action, ...], t: Texts) -> tuple[FirstStep, ...]:
    """The first rows of the action plan (its order is the documented one), at most five,
    each with its leading sentences (lead); the action plan has the whole text."""
    return tuple(
        FirstStep(
            a.number,
            lead(a.text),
            t("first_step_facts", owner=a.owner, effort=a.effort, start=a.start),
            a.title,
        )
        for a in actions[:FIRST_STEPS]
    )


def duties(judged, questionnaire: Questionnaire, t: Texts) -> tuple[Duty, ...]:
    """The legal-duties block: status, title, provisions with their dates, the note."""
    rechtsstand = questionnaire.rechtsstand
    rows = []
    for item in judged:
        basis = []
        for pid in item.duty.provisions:
            provision = rechtsstand.provisions.get(pid) if rechtsstand else None
            if provision is None:
                continue
            cite = provision.cite(t.lang)
            if provision.applies_from is not None:
                key = "duty_since" if provision.status == "in_force" else "duty_from"
                cite = t(key, citation=cite, date=t.date(provision.applies_from.isoformat()))
            basis.append(cite)
        rows.append(
            Duty(
                title=localized(item.duty.title, t.lang),
                status=item.status.value,
                status_label=text("scoring", "duty_" + item.status.value, t.lang),
                basis="; ".join(basis),
                note=localized(item.note, t.lang) if item.note else "",
            )
        )
    return tuple(rows)


def related_actions(actions: tuple[Action, ...], dimension_id: str, t: Texts) -> str:
    """The sentence naming a dimension's rows in the action plan, or ""."""
    numbers = [str(a.number) for a in actions if a.dimension_id == dimension_id]
    return t("related_actions", numbers=", ".join(numbers)) if numbers else ""


def score_text(value: float | None, t: Texts) -> str:
    """A score with one decimal, or "zu wenige Antworten"."""
    return t.number(value) if value is not None else t("too_few")


def level_name(questionnaire: Questionnaire, level: int | None, t: Texts) -> str:
    """The level's name, or a dash for no level."""
    return questionnaire.level_name(level, t.lang) or t("dash")


def previous_line(
    q: Questionnaire, score_: float | None, level: int | None, date: str, t: Texts
) -> str:
    """The sentence about an earlier assessment."""
    when = t("previous_date", date=date) if date else ""
    return t("previous_line", date=when, level=level_name(q, level, t), score=t.number(score_))


def level_description(questionnaire: Questionnaire, level: int | None, t: Texts) -> str:
    """What a level means, or "" for no level."""
    return localized(questionnaire.levels[level - 1].description, t.lang) if level else ""
