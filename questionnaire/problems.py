"""Located problems found in a questionnaire or an answers file, in German and English.

The words come from the "problems" namespace of the text catalog (texts/problems_de.py,
texts/problems_en.py); a problem's code is its catalog key.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from texts import LANGUAGES, catalog
from texts.format import integer, number


@dataclass(frozen=True)
class Phrase:
    """A part of a message that is itself a catalog entry, said in the message's language."""

    key: str
    params: dict[str, object] = field(default_factory=dict)

    def say(self, lang: str) -> str:
        """The entry `key` of the "problems" namespace in `lang`, with `params` filled in."""
        return _say(self.key, self.params, lang)


@dataclass(frozen=True)
class Megabytes:
    """A size in bytes, said in MB (1,000,000 bytes, as the upload box says) in the language's
    number format: "9,0" / "9.0", "1.500" / "1,500", a whole number without decimals. Rounded
    to a tenth; a size over `over` bytes is rounded up instead when rounding would bring it
    down to `over` or below, so a file just over a limit never reads as the limit itself."""

    size: int
    over: int | None = None

    def say(self, lang: str) -> str:
        tenths = round(self.size / 100_000)
        if self.over is not None and self.size > self.over >= tenths * 100_000:
            tenths = math.ceil(self.size / 100_000)
        whole, tenth = divmod(tenths, 10)
        text = integer(whole, lang)
        return f"{text}{number(tenth / 10, lang)[1:]}" if tenth else text


def _say(key: str, params: dict[str, object], lang: str) -> str:
    said = {k: v.say(lang) if isinstance(v, Phrase | Megabytes) else v for k, v in params.items()}
    return catalog("problems", lang if lang in LANGUAGES else "en")[key].format(**said)


@dataclass(frozen=True)
class Problem:
    """One problem: where (path, line), what (code with parameters), and how bad."""

    path: str
    code: str
    params: dict[str, object] = field(default_factory=dict, compare=False)
    line: int | None = None
    warning: bool = False

    def message(self, lang: str = "en") -> str:
        """The problem as a sentence in `lang` (de or en)."""
        return _say(self.code, self.params, lang)

    def located(self, source: str = "", lang: str = "en") -> str:
        """`source:line: path: message`, leaving out the parts that are unknown."""
        where = ":".join(p for p in (source, str(self.line) if self.line else "") if p)
        parts = [p for p in (where, self.path) if p]
        prefix = ": ".join(parts)
        kind = _say("warning", {}, lang) if self.warning else ""
        return f"{prefix}: {kind}{self.message(lang)}" if prefix else kind + self.message(lang)


class InputError(ValueError):
    """Raised with every problem found, when a file cannot be used."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        super().__init__("\n".join(p.located(source) for p in problems))

    def lines(self, lang: str = "en") -> list[str]:
        """Each problem as one located line in `lang`."""
        return [p.located(self.source, lang) for p in self.problems]
