"""Lead literals of a regex: short strings one of which every match must start with.

Why: Python's `re` pays for every text position it tries, even behind a cheap gate, so running the
model-number patterns over whole pages was the slow half of matching (PERFORMANCE.md). If every
match of a pattern starts with one of a few literals ("ds-2c", "s57", "nvr4", ...), those
literals can go into the Aho-Corasick automaton the page is scanned with anyway, and the regex
runs anchored (`rx.match(text, pos)`) only where a literal occurs: the same matches for a few
microseconds per candidate instead of a pass over the page.

The literals are derived from the regex's tree as read by extract.policy.regex_syntax (our own
reader of the subset the policy uses, not CPython's private parser), so policy staff keep writing
plain regexes. The derivation is sound, never clever: zero-width items (\\b, lookarounds) are
skipped, which only ever widens the set; a character class is expanded only while the set stays
small; anything it does not understand (ignore-case, negated or non-ASCII classes, ".") ends
the literal there (with `beyond_ascii`, classes beyond ASCII of up to _MAX_RANGE characters are
listed), and a regex outside the subset gets None. With re.ASCII, \\d, \\w and \\s
are ASCII classes and are expanded; without it (Unicode regexes, such as the purchase-act cues of
extract.model.features, in every script) they end the literal, and any lower-case literal
character, in any script, belongs to it. A pattern whose shortest literal would be shorter than
`min_len` gets None: the caller must then scan for it the slow way.

Assumes the text is case-folded (extract.normalize) or lower-cased: upper-case letters never
occur in it, so they are left out of expanded classes such as \\w and end a literal.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from extract.policy import regex_syntax as rs

__all__ = ["lead_literals"]

# Characters a class may expand to: case-folded printable ASCII plus ASCII whitespace.
_ALPHABET = frozenset(chr(i) for i in range(0x20, 0x7F) if not "A" <= chr(i) <= "Z") | frozenset("\t\n\x0b\x0c\r")
_CATEGORIES = {
    "d": frozenset("0123456789"),
    "s": frozenset(" \t\n\x0b\x0c\r"),
    "w": frozenset("abcdefghijklmnopqrstuvwxyz0123456789_"),
}
#: Unicode white space, what \s of a str regex matches (str.isspace(); none lies above U+3000):
#: listed for a Unicode regex with `beyond_ascii`, so a cue such as "é\s+vedado" starts with
#: "é " (and 25 others) instead of a lone "é" that no gate can look for.
_UNICODE_SPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
_WIDE = object()  # a position whose characters cannot be enumerated: the literal stops before it
_END = object()  # the match may end here: the literal is complete
_MAX_DEPTH = 60

_Cont = tuple[rs.Node, ...]  # what is left to match, in order


class _Mode(NamedTuple):
    ascii_only: bool  # the regex is compiled with re.ASCII
    beyond_ascii: bool  # list the characters of small classes beyond ASCII


def lead_literals(regex: str, *, flags: int = 0, max_len: int = 5, budget: int = 400, min_len: int = 2,
                  beyond_ascii: bool = False) -> frozenset[str] | None:
    """Literals (each at least `min_len` long, at most `max_len`) one of which starts every match
    of `regex`, or None when no such small set can be derived. At most about `budget` literals:
    longer literals are tried level by level while the set stays within it. `beyond_ascii`: list
    the characters of small classes beyond ASCII too (`_charset`), for lower-cased text only.
    """
    if flags & re.IGNORECASE:
        return None  # capitals would match too, and the text has none to look for
    mode = _Mode(bool(flags & re.ASCII), beyond_ascii)  # not ASCII: \d, \w, \s are Unicode classes, not enumerated
    try:
        tree = rs.parse(regex, flags)
    except (rs.RegexNotSupported, RecursionError):
        return None  # outside the subset we read: the caller scans for it the slow way
    if "i" in tree.flags or "u" in tree.flags:
        return None  # a global (?i) or (?u) inside the regex: letters and classes widen
    states: list[tuple[str, _Cont]] = [("", _items(tree.body))]
    done: set[str] = set()
    for _ in range(max_len):
        stop: set[str] = set()
        expand: list[tuple[str, Any, _Cont]] = []
        for acc, cont in states:
            try:
                steps = _firsts(cont, 0, mode)
            except _GiveUp:
                stop.add(acc)
                continue
            for chars, rest in steps:
                if chars is _END or chars is _WIDE:
                    stop.add(acc)
                else:
                    expand.append((acc, chars, rest))
        if len(done) + len(stop) + sum(len(chars) for _, chars, _ in expand) > budget:
            break  # one more character would make too many literals: stop at this length
        done |= stop
        states = [(acc + ch, rest) for acc, chars, rest in expand for ch in chars]
        if not states:
            break
    leads = done | {a for a, _ in states}
    if not leads or min(len(s) for s in leads) < min_len:
        return None
    # Drop literals that extend a shorter one (the shorter one already finds their matches).
    return frozenset(s for s in leads if not any(s[:k] in leads for k in range(1, len(s))))


class _GiveUp(Exception):
    pass


def _firsts(cont: _Cont, depth: int, mode: _Mode) -> list[tuple[Any, _Cont]]:
    """Every (set of next characters, continuation after it) of the node sequence `cont`;
    (_END, ()) when it can match the empty string, (_WIDE, ()) where characters cannot be listed.
    `mode`: whether the regex is compiled with re.ASCII, and whether to list classes beyond ASCII
    (see the module doc)."""
    if depth > _MAX_DEPTH:
        raise _GiveUp
    if not cont:
        return [(_END, ())]
    node, rest = cont[0], cont[1:]
    if isinstance(node, rs.Literal):
        listed = node.char in _ALPHABET or not mode.ascii_only and node.char == node.char.lower()
        return [(frozenset((node.char,)) if listed else _WIDE, rest)]
    if isinstance(node, rs.CharClass):
        return [(_charset(node, mode), rest)]
    if isinstance(node, rs.Sequence):
        return _firsts(node.items + rest, depth, mode)  # a flat run of items, as if written inline
    if isinstance(node, (rs.Anchor, rs.Look)):
        return _firsts(rest, depth + 1, mode)  # zero-width: skipping it only widens the set
    if isinstance(node, rs.Group):
        if "i" in node.add_flags or "u" in node.add_flags:
            return [(_WIDE, ())]  # (?i:...) matches capitals, (?u:...) Unicode classes
        return _firsts((node.body,) + rest, depth + 1, mode)
    if isinstance(node, rs.Alternation):
        out: list[tuple[Any, _Cont]] = []
        for option in node.options:
            out.extend(_firsts((option,) + rest, depth + 1, mode))
        return out
    if isinstance(node, rs.Repeat):
        out = []
        if node.min == 0:
            out.extend(_firsts(rest, depth + 1, mode))
        if node.max != 0:
            again = rs.Repeat(node.body, max(node.min - 1, 0), None if node.max is None else node.max - 1, node.mode)
            out.extend(_firsts((node.body, again) + rest, depth + 1, mode))
        return out
    return [(_WIDE, ())]  # rs.AnyChar ("."), and any node this walker does not know: not enumerated


def _items(node: rs.Node) -> _Cont:
    """`node` as a flat run of items: plain (?:...) groups opened, and in every alternation the
    characters all options start with taken out in front ("ab|ac" -> "a(?:b|c)"), options of
    one character each merged into one class ("a|[bc]" -> "[abc]").

    Why: the budget counts one entry per path through the regex, so "ab|ac" would count "a"
    twice; merged, each shared prefix counts once. The merging is the one CPython's parser does
    too, which keeps every literal (and every budget cut) what it was when that parser was read.
    """
    if isinstance(node, rs.Sequence):
        return tuple(x for item in node.items for x in _items(item))
    if isinstance(node, rs.Group):
        body = _items(node.body)
        if not (node.capturing or node.add_flags or node.del_flags):
            return body
        return (rs.Group(rs.Sequence(body), node.capturing, node.name, node.add_flags, node.del_flags),)
    if isinstance(node, rs.Repeat):
        return (rs.Repeat(rs.Sequence(_items(node.body)), node.min, node.max, node.mode),)
    if isinstance(node, rs.Look):
        return (rs.Look(rs.Sequence(_items(node.body)), node.behind, node.negative),)
    if isinstance(node, rs.Alternation):
        return _merge([list(_items(option)) for option in node.options])
    if isinstance(node, rs.CharClass):
        items = tuple(dict.fromkeys(node.items))
        if len(items) == 1 and not node.negated and isinstance(items[0], rs.Range) and items[0].lo == items[0].hi:
            return (rs.Literal(items[0].lo),)
        return (rs.CharClass(items, node.negated),)
    return (node,)


# Items an alternation's options may share in front: single characters and anchors. (Groups,
# repeats and lookarounds stay in each option: CPython's parser never merged those either.)
_SHARED = (rs.Literal, rs.CharClass, rs.AnyChar, rs.Anchor)


def _merge(options: list[list[rs.Node]]) -> _Cont:
    """One alternation's options (flat item lists) with shared leading items in front."""
    prefix: list[rs.Node] = []
    while all(options) and all(o[0] == options[0][0] and isinstance(o[0], _SHARED) for o in options):
        prefix.append(options[0][0])
        for o in options:
            del o[0]
    if all(len(o) == 1 and (isinstance(o[0], rs.Literal) or isinstance(o[0], rs.CharClass) and not o[0].negated)
           for o in options):
        chars: list[rs.Range | rs.Category] = []
        for (item,) in options:
            chars.extend((rs.Range(item.char, item.char),) if isinstance(item, rs.Literal) else item.items)  # type: ignore[union-attr]
        return (*prefix, rs.CharClass(tuple(dict.fromkeys(chars))))
    return (*prefix, rs.Alternation(tuple(rs.Sequence(tuple(o)) for o in options)))


#: The widest range of characters beyond ASCII a class may list ("[à-ÿ]" is 32, "[一-龥]" too many).
_MAX_RANGE = 256


def _charset(node: rs.CharClass, mode: _Mode) -> Any:
    """The characters of a class, or _WIDE when it is negated, holds \\d, \\w or \\s of a
    Unicode regex, or a character beyond ASCII (with `mode.beyond_ascii`: a range beyond ASCII
    wider than _MAX_RANGE; \\s is then listed, `_UNICODE_SPACE`).

    With `beyond_ascii`, characters beyond ASCII are listed as well ("n[aã]o" starts "nao" or
    "não"): without them a role cue in Portuguese, French or German ended its literal at its first
    accented class and had to be searched for the slow way (extract.policy.gate). Upper-case
    letters are left out, as in _ALPHABET: lower-cased and case-folded text holds none (a
    character kept by either mapping is kept)."""
    if node.negated:
        return _WIDE
    chars: set[str] = set()
    for item in node.items:
        if isinstance(item, rs.Range):
            lo, hi = ord(item.lo), ord(item.hi)
            if hi > 0x7E and (not mode.beyond_ascii or hi - lo >= _MAX_RANGE):
                return _WIDE
            chars.update(c for c in map(chr, range(lo, hi + 1)) if c in _ALPHABET or ord(c) > 0x7E and _may_occur(c))
        elif item.name in _CATEGORIES and mode.ascii_only:
            chars |= _CATEGORIES[item.name]
        elif item.name == "s" and mode.beyond_ascii:
            chars |= _UNICODE_SPACE
        else:  # \D, \W, \S; \d, \w of a Unicode regex (and \s without `beyond_ascii`)
            return _WIDE
    return frozenset(chars)


def _may_occur(ch: str) -> bool:
    """Can `ch` (beyond ASCII) occur in lower-cased or case-folded text?"""
    return ch.lower() == ch or ch.casefold() == ch


#: The digits `\d` stands for in `first_chars` (ASCII: see there).
_DIGITS = frozenset("0123456789")


def first_chars(src: str) -> frozenset[str] | None:
    """The characters every match of `src` may start with, read from the regex's tree
    (extract.policy.regex_syntax), or None when that cannot be told (None only costs speed, never
    a match: a regex outside the subset, ignore-case, ".", \\w, \\s, negated classes, a part that
    may match nothing with nothing certain after it). `\\d` counts as the ASCII digits: a cue
    starting with another script's digit right after a Latin letter is the one match this may
    miss."""
    try:
        tree = rs.parse(src)
    except (rs.RegexNotSupported, RecursionError):
        return None
    if "i" in tree.flags:
        return None  # (?i): capitals match too
    try:
        return _first((tree.body,), 0)
    except RecursionError:
        return None


_MAX_FIRST_DEPTH = 200


def _first(cont: tuple[rs.Node, ...], depth: int) -> frozenset[str] | None:
    """The possible first characters of what the node sequence `cont` matches, or None."""
    if depth > _MAX_FIRST_DEPTH:
        return None
    while cont and isinstance(cont[0], (rs.Anchor, rs.Look)):
        cont = cont[1:]  # a lookaround or boundary consumes nothing: the next item starts the match
    if not cont:
        return None  # may match the empty string here: no first character to tell
    node, rest = cont[0], cont[1:]
    if isinstance(node, rs.Literal):
        return frozenset(node.char)
    if isinstance(node, rs.CharClass):
        return _class_chars(node)
    if isinstance(node, rs.Sequence):
        return _first(node.items + rest, depth + 1)
    if isinstance(node, rs.Group):
        if "i" in node.add_flags:
            return None
        return _first((node.body,) + rest, depth + 1)
    if isinstance(node, rs.Alternation):
        out: set[str] = set()
        for option in node.options:
            chars = _first((option,) + rest, depth + 1)
            if chars is None:
                return None
            out |= chars
        return frozenset(out)
    if isinstance(node, rs.Repeat):
        body = _first((node.body,), depth + 1)  # the body alone: None when it may match nothing
        if node.min > 0 or body is None:
            return body
        after = _first(rest, depth + 1)  # optional: the match may start with what follows it ("(?:并|並)?非由")
        return None if after is None else body | after
    return None  # ".", or a node this reader does not know


def _class_chars(node: rs.CharClass) -> frozenset[str] | None:
    if node.negated:
        return None
    out: set[str] = set()
    for item in node.items:
        if isinstance(item, rs.Range) and ord(item.hi) - ord(item.lo) < 256:
            out.update(chr(x) for x in range(ord(item.lo), ord(item.hi) + 1))
        elif isinstance(item, rs.Category) and item.name == "d":
            out |= _DIGITS
        else:
            return None
    return frozenset(out)
