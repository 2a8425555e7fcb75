"""A combined cue regex that is searched only where one of its cues can start.

Why: `assign_roles` asks of every sentence near a mention "is there any negation or buyer cue?"
(`any_trigger`, 509 cues in 25 languages) and "any offer wording?" (`offer`, about 400). Python's
`re` tries such an alternation at every position of the sentence, about a microsecond per
character for the trigger cues even after the grouping of extract.policy.cues: on the
development PDFs these two searches were a third of the matching stage. Almost every cue starts
with one of a few literals (extract.policy.leads: "prohib", "nao", "não", "采购人"), so one
Aho-Corasick pass over the sentence (in C) finds every position where a cue may start, and the
combined regex runs anchored there (`match(text, pos)`), as the model-number patterns already do
in the matcher. Cues without a usable literal (none derivable, or a single Latin letter such as
the Portuguese "o similar", which would stop at every word) keep a small combined regex of their
own that is searched the ordinary way.

`search` returns exactly what `re.search` of the whole combined regex returns: every match of a
gated cue starts at one of its literals, so the leftmost position where the combined regex can
match is the leftmost of (the first literal position where it matches, the first match of the
ungated cues), and matching there gives the same match. The literals assume lower-cased text,
which is what the role cues are run on (extract.mentions.roles `_fold`).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["CueGate", "usable_leads"]

#: A character that continues a word of an alphabetic script: Latin (Vietnamese included, "×"
#: excluded), Greek and Cyrillic, and the digits. A cue may not start or end between two of them
#: (extract.policy.cues guards every combined regex so), and one of them alone as a literal would
#: stop at nearly every word.
LW = "[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]"

_WORDISH = re.compile(LW)

#: The same characters as a set, for the one-character test at each literal.
_WORD_CHARS = frozenset(ch for lo, hi in ((0x30, 0x39), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F),
                                          (0x370, 0x3FF), (0x400, 0x4FF), (0x1E00, 0x1EFF))
                        for ch in map(chr, range(lo, hi + 1)))


def usable_leads(leads: frozenset[str] | None) -> bool:
    """Are these literals worth an automaton? Not when there are none, nor when one is a single
    letter or digit of an alphabetic script (a single CJK character or bracket is rare enough)."""
    return bool(leads) and all(len(s) >= 2 or not _WORDISH.fullmatch(s) for s in leads)  # type: ignore[union-attr]


class CueGate:
    """`full` (the combined regex of every cue) searched where `leads` occur, plus `rest` (the
    combined regex of the cues without usable literals, or None) searched everywhere.

    `full` and `rest` are compiled patterns or extract.policy.cache.LazyPattern (anything with
    `match`/`search` and `pattern`). The automaton is built on first use: a run that never asks
    for a role never pays for it.
    """

    __slots__ = ("_automaton", "full", "leads", "rest")

    def __init__(self, full: Any, rest: Any, leads: tuple[str, ...]):
        self.full = full
        self.rest = rest
        self.leads = leads
        self._automaton: Any = None

    @property
    def pattern(self) -> str:
        """The combined regex's source (what `re.Pattern.pattern` would say)."""
        return str(self.full.pattern)

    def _starts(self, text: str) -> list[int]:
        """Every position of `text` where one of the literals starts, in order."""
        automaton = self._automaton
        if automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for lead in self.leads:
                # a literal starting with a word character can only start a cue at a word's start
                automaton.add_word(lead, -len(lead) if lead[0] in _WORD_CHARS else len(lead))
            if self.leads:
                automaton.make_automaton()
            self._automaton = automaton
        if not self.leads:
            return []
        words = _WORD_CHARS
        out = set()
        for end, n in automaton.iter(text):
            if n > 0:
                out.add(end - n + 1)
            else:
                pos = end + n + 1
                if pos == 0 or text[pos - 1] not in words:
                    out.add(pos)
        return sorted(out)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match of the combined regex in `text` (the same as its `search`)."""
        first = self.rest.search(text) if self.rest is not None else None
        limit = first.start() if first is not None else len(text) + 1
        full = self.full
        for pos in self._starts(text):
            if pos >= limit:
                break
            m = full.match(text, pos)
            if m is not None:
                return m
        return None if first is None else full.match(text, first.start())

    def __reduce__(self) -> tuple[Any, tuple[Any, Any, tuple[str, ...]]]:
        return CueGate, (self.full, self.rest, self.leads)

    def __repr__(self) -> str:
        return f"CueGate({len(self.leads)} literals, {'a rest' if self.rest is not None else 'no rest'})"
