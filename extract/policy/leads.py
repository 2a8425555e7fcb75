"""Lead literals of a regex: short strings one of which every match must start with.

Why: Python's `re` pays for every text position it tries, even behind a cheap gate, so running the
model-number patterns over whole pages was the slow half of matching (PERFORMANCE.md). If every
match of a pattern starts with one of a few literals ("ds-2c", "s57", "nvr4", ...), those
literals can go into the Aho-Corasick automaton the page is scanned with anyway, and the regex
runs anchored (`rx.match(text, pos)`) only where a literal occurs: the same matches for a few
microseconds per candidate instead of a pass over the page.

The literals are derived from the parsed regex (`re._parser`, CPython's own parser), so policy
staff keep writing plain regexes. The derivation is sound, never clever: zero-width items
(\\b, lookarounds) are skipped, which only ever widens the set; a character class is expanded
only while the set stays small; anything it does not understand (back-references, inline
IGNORECASE, negated or non-ASCII classes, ".") ends the literal there. Only for regexes compiled
with re.ASCII (\\d, \\w and \\s are then ASCII classes). A pattern whose shortest
literal would be shorter than `min_len` gets None: the caller must then scan for it the slow way.

Assumes the text is case-folded (extract.normalize): upper-case ASCII letters never occur in it,
so they are left out of expanded classes such as \\w.
"""

from __future__ import annotations

import re
from typing import Any

try:  # CPython 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["lead_literals"]

# Characters a class may expand to: case-folded printable ASCII plus ASCII whitespace.
_ALPHABET = frozenset(chr(i) for i in range(0x20, 0x7F) if not "A" <= chr(i) <= "Z") | frozenset("\t\n\x0b\x0c\r")
_CATEGORIES = {
    _c.CATEGORY_DIGIT: frozenset("0123456789"),
    _c.CATEGORY_SPACE: frozenset(" \t\n\x0b\x0c\r"),
    _c.CATEGORY_WORD: frozenset("abcdefghijklmnopqrstuvwxyz0123456789_"),
}
_WIDE = object()  # a position whose characters cannot be enumerated: the literal stops before it
_END = object()  # the match may end here: the literal is complete
_MAX_DEPTH = 60


def lead_literals(regex: str, *, flags: int = 0, max_len: int = 5, budget: int = 400, min_len: int = 2) -> frozenset[str] | None:
    """Literals (each at least `min_len` long, at most `max_len`) one of which starts every match
    of `regex`, or None when no such small set can be derived. At most about `budget` literals:
    longer literals are tried level by level while the set stays within it.
    """
    if flags & re.IGNORECASE or not flags & re.ASCII:
        return None  # \d, \w, \s are enumerated as ASCII classes, so only re.ASCII regexes qualify
    try:
        parsed = _p.parse(regex, flags)
    except (re.error, RecursionError):
        return None
    states: list[tuple[str, tuple[Any, ...]]] = [("", tuple(parsed))]
    done: set[str] = set()
    for _ in range(max_len):
        stop: set[str] = set()
        expand: list[tuple[str, Any, tuple[Any, ...]]] = []
        for acc, cont in states:
            try:
                steps = _firsts(cont, 0)
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


def _firsts(cont: tuple[Any, ...], depth: int) -> list[tuple[Any, tuple[Any, ...]]]:
    """Every (set of next characters, continuation after it) of the item sequence `cont`;
    (_END, ()) when it can match the empty string, (_WIDE, ()) where characters cannot be listed."""
    if depth > _MAX_DEPTH:
        raise _GiveUp
    if not cont:
        return [(_END, ())]
    (op, av), rest = cont[0], cont[1:]
    if op is _c.LITERAL:
        ch = chr(av)
        return [(frozenset((ch,)) if ch in _ALPHABET else _WIDE, rest)]
    if op is _c.IN:
        return [(_charset(av), rest)]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _firsts(rest, depth + 1)  # zero-width: skipping it only widens the set
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return [(_WIDE, ())]
        return _firsts(tuple(sub) + rest, depth + 1)
    if op is _c.BRANCH:
        out: list[tuple[Any, tuple[Any, ...]]] = []
        for alt in av[1]:
            out.extend(_firsts(tuple(alt) + rest, depth + 1))
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, hi, sub = av
        out = []
        if lo == 0:
            out.extend(_firsts(rest, depth + 1))
        if hi != 0:
            again = (op, (max(lo - 1, 0), hi if hi == _c.MAXREPEAT else hi - 1, sub))
            out.extend(_firsts(tuple(sub) + (again,) + rest, depth + 1))
        return out
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _firsts(tuple(av) + rest, depth + 1)
    return [(_WIDE, ())]  # ANY, NOT_LITERAL, GROUPREF, conditionals...: not enumerated


def _charset(items: list[tuple[Any, Any]]) -> Any:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if ch not in _ALPHABET:
                return _WIDE
            chars.add(ch)
        elif op is _c.RANGE:
            lo, hi = av
            if hi > 0x7E:
                return _WIDE
            chars.update(c for c in map(chr, range(lo, hi + 1)) if c in _ALPHABET)
        elif op is _c.CATEGORY and av in _CATEGORIES:
            chars |= _CATEGORIES[av]
        else:  # NEGATE, Unicode categories, ...
            return _WIDE
    return frozenset(chars)
