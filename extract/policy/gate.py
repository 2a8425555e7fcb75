"""Cue lists asked "does any cue occur in this sentence?" or "where?", answered only where a cue can start.

Why: `assign_roles` asks of every sentence near a mention "is there any negation or buyer cue?"
(`any_trigger`, 507 cues in 25 languages) and "any offer wording?" (`offer`, about 400), and of a
sentence that has a trigger, where each group of triggers (26 negation, 11 buyer groups, by
direction and reach) stands. As combined regexes, Python's `re` tries each alternation at every
position of the sentence (about a microsecond per character for the trigger cues even after the
grouping of extract.policy.cues), and compiling them was a third of a second of every run's
start-up (about 90,000 characters of source). Almost every cue starts with one of a few
literals (extract.policy.leads: "prohib", "nao", "não", "采购人"), so one Aho-Corasick pass over
the sentence (in C) finds every position where a cue may start, and only the cues listed under
the literals found there run there, anchored (`match(text, pos)`), each compiled alone the
first time it is tried; the trigger groups take their positions from `any_trigger`'s pass over
the sentence (`starts_for`) instead of a pass and an automaton of their own. Every other list
of roles.yaml (pseudo-triggers, terminations, line items, table rows, clause and new-kit
wording) sits behind a gate too. Cues without a usable
literal (none derivable, or a single Latin letter, which would stop at every word: "o" before a
class no literal can list; white space is listed, so "o\\s+similar" starts "o ") keep a small
combined regex of their own, searched the ordinary way; the shipped ones are the quantity and
price cues of line items and table rows, which start with a digit.

`any(text)` is True exactly when the combined regex of all the cues would find a match, and
`spans(text)` gives the spans of its finditer: every match of a cue starts at one of its
literals, each cue is held to the edge guards the combined regex gives it, and an alternation
matches where the first of its options that can does (CueGate). The literals assume lower-cased
text, which is what the role cues are run on (extract.mentions.roles `_fold`).
"""

from __future__ import annotations

from typing import Any

from extract.policy.lazy import EndGuarded

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


#: Each cue as an EndGuarded matcher, once per process, shared by every gate that holds it (the
#: trigger groups hold the cues of `any_trigger` again): source -> matcher, compiled when first
#: tried. The policy's cues are a few thousand at most, so the table stays small.
_CUES: dict[str, EndGuarded] = {}


def _inside_word(text: str, end: int) -> bool:
    """Does a match ending at `end` end between two word characters (the guard EDGE refuses)?"""
    return 0 < end < len(text) and text[end - 1] in _WORD_CHARS and text[end] in _WORD_CHARS


def _end(src: str, text: str, pos: int) -> int | None:
    """Where the cue `src` held to the edge guard after it ("(?:src)" + EDGE) matches at `pos`, or
    None: the end of its first reading whose end is not inside a word, as `re` would find it."""
    cue = _CUES.get(src)
    if cue is None:
        cue = _CUES[src] = EndGuarded(src, EDGE, _inside_word)
    m = cue.match(text, pos)
    return None if m is None else m.end()


class CueGate:
    """`cues` (regex sources) run where one of their literals occurs, and `rest` (the combined
    regex of the cues without usable literals, guarded, or None) searched everywhere.

    `table` holds (literal, the numbers of the cues that start with it). `rest` and `whole` are
    compiled patterns or extract.policy.cache.LazyPatterns. Everything is built on first use.

    At a position where a literal starts, only the cues listed under that literal can match
    there (every match of a cue starts with one of its literals), so only they are tried, each
    compiled alone the first time it is tried: a run compiles the few cues whose literals its
    documents hold (about a third of the trigger cues on the development PDFs), not the lists.
    The guards every cue carries in a combined regex are kept exactly, but cheaply: the one
    before a cue (no word character before one that starts with a word character) is one set
    lookup in Python, and the one after it is checked on the match found; only a match ending
    inside a word runs the cue again with the guard written into the regex, where `re` may try
    the cue's other lengths (the guard's character class costs a third of a millisecond to
    compile each time it is written).

    `spans(text)` gives the spans `whole.finditer(text)` gives, where `whole` is the combined
    regex of the cues (extract.policy.cues) and the cues are numbered in its order of
    alternatives: at each position the first cue in that order that matches is the one the
    combined regex matches, and the next match is looked for from where it ends. A gate with a
    rest, or a cue matching the empty string, runs `whole` itself.
    """

    __slots__ = ("_automaton", "_numbering", "cues", "rest", "table", "whole")

    def __init__(self, cues: tuple[str, ...], rest: Any, table: tuple[tuple[str, tuple[int, ...]], ...], whole: Any = None):
        self.cues = cues
        self.rest = rest
        self.table = table
        self.whole = whole
        self._automaton: Any = None
        self._numbering: dict[int, tuple[CueGate, dict[int, list[int]] | None]] = {}

    def _build(self) -> Any:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for lead, numbers in self.table:
            automaton.add_word(lead, (len(lead) - 1, numbers))
        if self.table:
            automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def _starts(self, text: str) -> Any:
        """(position, cue numbers) for every literal that starts where a cue may start."""
        automaton = self._automaton or self._build()
        words = _WORD_CHARS
        for end, (back, numbers) in automaton.iter(text):
            pos = end - back
            if pos and text[pos] in words and text[pos - 1] in words:
                continue  # a cue starting with a word character may not start inside a word
            yield pos, numbers

    def any(self, text: str) -> bool:
        """Does any cue occur in `text` (lower-cased)?"""
        if self.rest is not None and self.rest.search(text) is not None:
            return True
        if not self.table:
            return False
        cues = self.cues
        for pos, numbers in self._starts(text):
            for n in numbers:
                if _end(cues[n], text, pos) is not None:
                    return True
        return False

    def any_at(self, text: str, at: dict[int, set[int]]) -> bool:
        """`any(text)`, given `at`, the gate's `starts(text)`: for a caller that needs the starts
        anyway (a sentence's trigger groups take theirs from any_trigger's), so the text is
        scanned once."""
        if self.rest is not None and self.rest.search(text) is not None:
            return True
        cues = self.cues
        return any(_end(cues[n], text, pos) is not None for pos, numbers in at.items() for n in numbers)

    def starts(self, text: str) -> dict[int, set[int]]:
        """Position -> the numbers of the cues that may start there (a literal of theirs does)."""
        at: dict[int, set[int]] = {}
        for pos, numbers in self._starts(text):
            at.setdefault(pos, set()).update(numbers)
        return at

    def shares_starts(self) -> bool:
        """Can `spans_at` take this gate's starts from a wider gate's pass (`starts_for`)? Only
        when every cue of the gate stands behind a literal: a rest is searched on its own."""
        return self.rest is None and bool(self.table) and self.whole is not None

    def starts_for(self, at: dict[int, set[int]], sub: CueGate) -> dict[int, set[int]] | None:
        """`at` (this gate's `starts` of a text) as `sub.starts` of the same text would be, for a
        gate `sub` whose cues are all among this gate's (a trigger group within `any_trigger`);
        None when some cue of `sub` is not.

        Why: a sentence with a trigger was scanned once by `any_trigger`'s automaton and then
        again by each of the 37 trigger groups' own (each built for the purpose). Every cue's
        literals are its own whichever gate holds it (extract.policy.cues `_gated` derives them
        cue by cue), so at each position the cues of `sub` that `sub`'s pass would list are
        those of this gate's list that `sub` holds, renumbered."""
        mapped = self._numbering.get(id(sub))
        if mapped is None or mapped[0] is not sub:
            # a source held twice (by two groups, or twice by one) has the same literals each
            # time, so all its numbers are listed together: one of them stands for the source
            mine = {src: n for n, src in enumerate(self.cues)}
            numbering: dict[int, list[int]] | None = {}
            for m, src in enumerate(sub.cues):
                if src not in mine:
                    numbering = None
                    break
                numbering.setdefault(mine[src], []).append(m)
            mapped = (sub, numbering)
            self._numbering[id(sub)] = mapped
        numbering = mapped[1]
        if numbering is None:
            return None  # a cue of `sub` is not behind one of this gate's literals
        out: dict[int, set[int]] = {}
        if numbering.keys().isdisjoint(set().union(*at.values())):
            return out  # none of `sub`'s cues may start anywhere (most groups, most sentences): in C
        for pos, numbers in at.items():
            got = {m for n in numbers if n in numbering for m in numbering[n]}
            if got:
                out[pos] = got
        return out

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of every match `whole.finditer(text)` finds (lower-cased text)."""
        if self.whole is None:
            raise TypeError("spans() needs a gate built with the cues' combined regex (whole)")
        if self.rest is not None or not self.table:
            return [m.span() for m in self.whole.finditer(text)]
        return self.spans_at(text, self.starts(text))

    def spans_at(self, text: str, at: dict[int, set[int]]) -> list[tuple[int, int]]:
        """`spans(text)`, given `at`, the gate's `starts(text)` (or `starts_for` of a wider gate's);
        for a gate that `shares_starts`."""
        out: list[tuple[int, int]] = []
        last = 0
        cues = self.cues
        for pos in sorted(at):
            if pos < last:
                continue
            for n in sorted(at[pos]):
                end = _end(cues[n], text, pos)
                if end is not None:
                    if end == pos:  # finditer's rules after an empty match: leave them to `re`
                        return [m.span() for m in self.whole.finditer(text)]
                    out.append((pos, end))
                    last = end
                    break
        return out

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return CueGate, (self.cues, self.rest, self.table, self.whole)

    def __repr__(self) -> str:
        return f"CueGate({len(self.cues)} cues, {len(self.table)} literals, {'a rest' if self.rest is not None else 'no rest'})"
