"""Parts of the group report that look at single questions: strengths and gaps, step
distributions, discussion prompts, the appendix, and the recommendations for the group.

Anonymity: a question's distribution and mean appear only with at least MIN_ANSWERS_SHOWN
answers other than "Weiß nicht", and "Weiß nicht" counts only with that many participants.
"""

from __future__ import annotations

from collections import Counter

from questionnaire import Answers, Questionnaire, localized
from scoring import MIN_ANSWERS_SHOWN, GroupResult, QuestionStats, Spread, score

from . import common
from .i18n import Texts
from .model import Action, AppendixPart, AppendixRow, Item, Prompt

KNOWLEDGE_GAP_SHARE = 0.25  # a question is a group knowledge gap from this share of "Weiß nicht"


def group_actions(q: Questionnaire, sets: list[Answers], t: Texts) -> tuple[Action, ...]:
    """Recommendations that fire for at least half of the participants, in plan order.

    Order: priority, then the number of participants they fire for, then file order. None
    below MIN_ANSWERS_SHOWN participants: they would be one person's recommendations.
    """
    if len(sets) < MIN_ANSWERS_SHOWN:
        return ()
    counts: Counter[str] = Counter()
    for answers in sets:
        counts.update({f.recommendation.id for f in score(q, answers).recommendations})
    chosen = []
    for position, dimension in enumerate(q.dimensions):
        for order, rec in enumerate(dimension.recommendations):
            if counts[rec.id] and 2 * counts[rec.id] >= len(sets):
                key = (rec.priority.rank, -counts[rec.id], position, order)
                chosen.append((key, rec, dimension))
    chosen.sort(key=lambda item: item[0])
    return tuple(
        common.action_row(i, rec, dimension, t, t("share", count=counts[rec.id], n=len(sets)))
        for i, (_, rec, dimension) in enumerate(chosen, start=1)
    )


def spread_range(spread: Spread, t: Texts) -> str:
    """ "26,5–72,1", or a dash where the group result leaves the range out (anonymity)."""
    if not spread.has_range:
        return t("dash")
    return f"{t.number(spread.min)}–{t.number(spread.max)}"


def range_words(spread: Spread, t: Texts) -> str:
    """ "26,5 bis 72,1", "erst ab 5 Personen", or a dash where nothing may be shown."""
    if spread.has_range:
        return t("range_value", low=t.number(spread.min), high=t.number(spread.max))
    return t("range_hidden") if spread.mean is not None else t("dash")


def band(stats: GroupResult) -> tuple | None:
    """The (min, max) per dimension for the chart; None unless every dimension with a mean
    shows its range (a band with holes would read as "no spread" there)."""
    with_mean = [d.spread for d in stats.dimensions if d.spread.mean is not None]
    if not with_mean or not all(s.has_range for s in with_mean):
        return None
    return tuple((d.spread.min, d.spread.max) for d in stats.dimensions)


def prompts(
    stats: GroupResult, counts: dict, numbers: dict[str, str], t: Texts
) -> tuple[Prompt, ...]:
    """The questions with the widest disagreement, as the report shows them."""
    q = stats.questionnaire
    questions = q.questions()
    return tuple(
        Prompt(
            number=numbers[qs.id],
            question=localized(questions[qs.id].text, t.lang),
            dimension=localized(q.dimension(qs.dimension).name, t.lang),
            counts=counts[qs.id] or (),
            mean=t.number(qs.spread.mean),
            range=spread_range(qs.spread, t),
            std=t.number(qs.spread.std),
        )
        for qs in stats.prompts
    )


def _row(qs: QuestionStats, text: str, number: str, counts, participants: int, t: Texts):
    return AppendixRow(
        number=number,
        question=text,
        answer="" if counts else t("hidden_distribution"),
        value=t.number(qs.spread.mean) if counts else t("dash"),
        dont_know=str(qs.dont_know) if participants >= MIN_ANSWERS_SHOWN else t("dash"),
        counts=counts or (),
    )


def appendix(stats: GroupResult, counts: dict, numbers: dict, t: Texts) -> tuple[AppendixPart, ...]:
    """Every question of the mode with its step distribution, mean and "Weiß nicht" count."""
    q = stats.questionnaire
    questions = q.questions()
    parts = []
    for d, dimension in enumerate(q.dimensions, start=1):
        rows = tuple(
            _row(
                qs,
                localized(questions[qs.id].text, t.lang),
                numbers[qs.id],
                counts[qs.id],
                stats.participants,
                t,
            )
            for qs in stats.questions
            if qs.dimension == dimension.id
        )
        parts.append(AppendixPart(d, localized(dimension.name, t.lang), rows))
    return tuple(parts)


def group_items(stats: GroupResult, dimension_id: str, numbers: dict, t: Texts) -> tuple:
    """Strengths and gaps by mean step (shown questions only), and the knowledge gaps."""
    texts = {qq.id: localized(qq.text, t.lang) for qq in stats.questionnaire.questions().values()}
    mine = [qs for qs in stats.questions if qs.dimension == dimension_id]
    shown = [qs for qs in mine if qs.spread.n >= MIN_ANSWERS_SHOWN]

    def item(qs: QuestionStats) -> Item:
        return Item(numbers[qs.id], texts[qs.id], t("mean_step", value=t.number(qs.spread.mean)))

    strengths = sorted(
        (qs for qs in shown if qs.spread.mean >= common.STRENGTH_FROM),
        key=lambda qs: -qs.spread.mean,
    )
    gaps = sorted(
        (qs for qs in shown if qs.spread.mean < common.STRENGTH_FROM),
        key=lambda qs: qs.spread.mean,
    )
    unknown = []
    if stats.participants >= MIN_ANSWERS_SHOWN:
        least = KNOWLEDGE_GAP_SHARE * stats.participants
        known = sorted((qs for qs in mine if qs.dont_know >= least), key=lambda qs: -qs.dont_know)
        unknown = [
            Item(
                numbers[qs.id],
                texts[qs.id],
                t("knowledge_gap_group", count=qs.dont_know, n=stats.participants),
            )
            for qs in known[: common.MAX_ITEMS]
        ]
    return (
        tuple(item(qs) for qs in strengths[: common.MAX_ITEMS]),
        tuple(item(qs) for qs in gaps[: common.MAX_ITEMS]),
        tuple(unknown),
    )
