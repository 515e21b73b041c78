"""How long answering takes: the one estimate the start page, the README and the guide quote.

35 seconds per question on average, read and answered with care: the derivation (reading speed
and time to choose) is in docs/content.md, "Wie lange das Ausfüllen dauert".
"""

from __future__ import annotations

import math

SECONDS_PER_QUESTION = 35


def estimate_minutes(questions: int) -> int:
    """Estimated minutes for `questions` questions, rounded up to whole five minutes."""
    return max(5, math.ceil(questions * SECONDS_PER_QUESTION / 60 / 5) * 5)
