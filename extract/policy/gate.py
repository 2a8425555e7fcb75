"""Cue lists asked "does any cue occur in this sentence?", answered only where a cue can start.

Why: `assign_roles` asks of every sentence near a mention "is there any negation or buyer cue?"
(`any_trigger`, 509 cues in 25 languages) and "any offer wording?" (`offer`, about 400). As one
combined regex, Python's `re` tries the alternation at every position of the sentence (about a
microsecond per character for the trigger cues even after the grouping of
extract.policy.cues), and compiling it is a tenth of a second of every run's start-up: on the
development PDFs the two were a third of the matching stage. Almost every cue starts with one of
a few literals (extract.policy.leads: "prohib", "nao", "não", "采购人"), so one Aho-Corasick pass
over the sentence (in C) finds every position where a cue may start, and only the cues that own
the literal found there run, anchored (`match(text, pos)`), each compiled the first time it is
needed. Cues without a usable literal (none derivable, or a single Latin letter such as the
Portuguese "o similar", which would stop at every word) keep a small combined regex of their own,
searched the ordinary way.

`any(text)` is True exactly when the combined regex of all the cues would find a match: every
match of a cue starts at one of its literals, each cue is guarded at its edges as in the combined
regex (each cue's regex here is extract.policy.cues._combine of that cue alone), and an
alternation matches where one of its options does. The literals assume lower-cased text, which
is what the role cues are run on (extract.mentions.roles `_fold`).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["LW", "CueGate", "usable_leads"]

#: A character that continues a word of an alphabetic script: Latin (Vietnamese included, "×"
#: excluded), Greek and Cyrillic, and the digits. A cue may not start or end between two of them
#: (extract.policy.cues guards every cue so), and one of them alone as a literal would stop at
#: nearly every word.
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
    """`cues` (each one cue's guarded regex source) run where one of their literals occurs, and
    `rest` (the combined regex of the cues without usable literals, or None) searched everywhere.

    `table` holds (literal, the numbers of the cues that start with it). `rest` is a compiled
    pattern or an extract.policy.cache.LazyPattern. The automaton and each cue's regex are built
    on first use: a run that never asks for a role pays for neither, and a run compiles only the
    cues it meets.
    """

    __slots__ = ("_automaton", "_compiled", "cues", "rest", "table")

    def __init__(self, cues: tuple[str, ...], rest: Any, table: tuple[tuple[str, tuple[int, ...]], ...]):
        self.cues = cues
        self.rest = rest
        self.table = table
        self._automaton: Any = None
        self._compiled: list[re.Pattern[str] | None] = [None] * len(cues)

    def _build(self) -> Any:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for lead, numbers in self.table:
            # a literal starting with a word character can only start a cue at a word's start
            automaton.add_word(lead, (len(lead), lead[0] in _WORD_CHARS, numbers))
        if self.table:
            automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def _cue(self, number: int) -> re.Pattern[str]:
        rx = self._compiled[number]
        if rx is None:
            rx = self._compiled[number] = re.compile(self.cues[number])
        return rx

    def any(self, text: str) -> bool:
        """Does any cue occur in `text` (lower-cased)?"""
        if self.rest is not None and self.rest.search(text) is not None:
            return True
        if not self.table:
            return False
        automaton = self._automaton or self._build()
        words = _WORD_CHARS
        for end, (n, wordish, numbers) in automaton.iter(text):
            pos = end - n + 1
            if wordish and pos and text[pos - 1] in words:
                continue
            for number in numbers:
                if self._cue(number).match(text, pos) is not None:
                    return True
        return False

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return CueGate, (self.cues, self.rest, self.table)

    def __repr__(self) -> str:
        return f"CueGate({len(self.cues)} cues, {len(self.table)} literals, {'a rest' if self.rest is not None else 'no rest'})"
