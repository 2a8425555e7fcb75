"""Cue lists asked "does any cue occur in this sentence?", answered only where a cue can start.

Why: `assign_roles` asks of every sentence near a mention "is there any negation or buyer cue?"
(`any_trigger`, 509 cues in 25 languages) and "any offer wording?" (`offer`, about 400). As one
combined regex, Python's `re` tries the alternation at every position of the sentence (about a
microsecond per character for the trigger cues even after the grouping of
extract.policy.cues), and compiling it is a tenth of a second of every run's start-up: on the
development PDFs the two were a third of the matching stage. Almost every cue starts with one of
a few literals (extract.policy.leads: "prohib", "nao", "não", "采购人"), so one Aho-Corasick pass
over the sentence (in C) finds every position where a cue may start, and only the cues with a
literal starting with that character run there, anchored (`match(text, pos)`), in buckets
compiled the first time they are needed. Cues without a usable literal (none derivable, or a single Latin letter such as the
Portuguese "o similar", which would stop at every word) keep a small combined regex of their own,
searched the ordinary way.

`any(text)` is True exactly when the combined regex of all the cues would find a match: every
match of a cue starts at one of its literals, each cue is held to the edge guards the combined
regex gives it (CueGate), and an alternation matches where one of its options does. The literals assume lower-cased text, which
is what the role cues are run on (extract.mentions.roles `_fold`).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["EDGE", "LW", "CueGate", "usable_leads"]

#: A character that continues a word of an alphabetic script: Latin (Vietnamese included, "×"
#: excluded), Greek and Cyrillic, and the digits. A cue may not start or end between two of them
#: (extract.policy.cues guards every cue so), and one of them alone as a literal would stop at
#: nearly every word.
_WORD_RANGES = ((0x30, 0x39), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF),
                (0x1E00, 0x1EFF))

#: The class, as the combined regexes write it.
LW = "[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _WORD_RANGES) + "]"

#: The same characters as a set, for the one-character tests in Python.
_WORD_CHARS = frozenset(chr(c) for lo, hi in _WORD_RANGES for c in range(lo, hi + 1))


def usable_leads(leads: frozenset[str] | None) -> bool:
    """Are these literals worth an automaton? Not when there are none, nor when one is a single
    letter or digit of an alphabetic script (a single CJK character or bracket is rare enough)."""
    return bool(leads) and all(len(s) >= 2 or s not in _WORD_CHARS for s in leads)  # type: ignore[union-attr]


#: The edge guard every cue carries (extract.policy.cues): not between two characters of one
#: word. A gate compiles it only when a cue's match ends inside a word (see CueGate).
EDGE = f"(?:(?<!{LW})|(?!{LW}))"


class CueGate:
    """`cues` (regex sources) run where one of their literals occurs, and `rest` (the combined
    regex of the cues without usable literals, guarded, or None) searched everywhere.

    `table` holds (literal, the numbers of the cues that start with it). `rest` is a compiled
    pattern or an extract.policy.cache.LazyPattern. Everything is built on first use.

    The cues are tried in buckets, one per first character of a literal: a cue can only match
    where its literal starts, so at a position whose character is c only the cues with a literal
    starting with c can. The guards every cue carries in a combined regex are kept exactly, but
    cheaply: the one before a cue (no word character before one that starts with a word
    character) is one set lookup in Python, and the one after it is checked on the match found;
    only a match ending inside a word ("no" in "none") runs the bucket again with the guard
    written into the regex, where `re` may try the cues' other lengths. The guard's character
    class costs a third of a millisecond to compile each time it is written, so a regex per cue
    with its guards compiled twice as slowly as the one combined regex it replaced.
    """

    __slots__ = ("_automaton", "_buckets", "cues", "rest", "table")

    def __init__(self, cues: tuple[str, ...], rest: Any, table: tuple[tuple[str, tuple[int, ...]], ...]):
        self.cues = cues
        self.rest = rest
        self.table = table
        self._automaton: Any = None
        self._buckets: dict[str, list[Any]] = {}

    def _build(self) -> Any:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        members: dict[str, set[int]] = {}
        for lead, numbers in self.table:
            automaton.add_word(lead, len(lead))
            members.setdefault(lead[0], set()).update(numbers)
        if self.table:
            automaton.make_automaton()
        # first character -> [cue numbers, bare regex (compiled on first use), guarded regex]
        self._buckets = {ch: [tuple(sorted(nums)), None, None] for ch, nums in members.items()}
        self._automaton = automaton
        return automaton

    def _source(self, bucket: list[Any]) -> str:
        return "|".join(f"(?:{self.cues[n]})" for n in bucket[0])

    def _at(self, text: str, pos: int) -> bool:
        """Does a cue of the bucket of text[pos] match at `pos`, guards included?"""
        bucket = self._buckets[text[pos]]
        bare = bucket[1]
        if bare is None:
            bare = bucket[1] = re.compile(self._source(bucket))
        m = bare.match(text, pos)
        if m is None:
            return False  # the guards only ever remove matches
        end = m.end()
        if end == 0 or end == len(text) or text[end - 1] not in _WORD_CHARS or text[end] not in _WORD_CHARS:
            return True
        guarded = bucket[2]
        if guarded is None:
            guarded = bucket[2] = re.compile(f"(?:{self._source(bucket)}){EDGE}")
        return guarded.match(text, pos) is not None

    def any(self, text: str) -> bool:
        """Does any cue occur in `text` (lower-cased)?"""
        if self.rest is not None and self.rest.search(text) is not None:
            return True
        if not self.table:
            return False
        automaton = self._automaton or self._build()
        words = _WORD_CHARS
        tried: set[int] = set()
        for end, n in automaton.iter(text):
            pos = end - n + 1
            if pos in tried:
                continue
            tried.add(pos)
            if text[pos] in words and pos and text[pos - 1] in words:
                continue  # a cue starting with a word character may not start inside a word
            if self._at(text, pos):
                return True
        return False

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return CueGate, (self.cues, self.rest, self.table)

    def __repr__(self) -> str:
        return f"CueGate({len(self.cues)} cues, {len(self.table)} literals, {'a rest' if self.rest is not None else 'no rest'})"
