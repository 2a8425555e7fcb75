"""The one text normaliser, shared by policy building and matching.

Policy aliases and page text must go through the same function, otherwise an alias written
"Ｈｕａｗｅｉ" or "Hik-\\nvision" in a bid would never meet the alias in the policy. What it does:

* Unicode NFKC (full-width to half-width, ligatures, compatibility forms) and case folding,
  iterated to a fixed point so that normalising twice equals normalising once;
* zero-width characters and soft hyphens removed (PDF text is full of them);
* whitespace runs folded to one space (line breaks included, so phrases survive line wraps);
* a hyphen at a line break joined: "Hik-\\nvision" -> "hikvision" when both sides are lower-case
  letters in the original (word hyphenation), "IPC-HFW0720M-AS-\\nPV" -> "ipc-hfw0720m-as-pv"
  otherwise (a model number wrapped at its own hyphen keeps the hyphen).

Every normalised character maps back to the original characters it came from, so a match in the
normalised text points at the exact characters on the page. The map is stored as breakpoints
(only where lengths change), not one integer per character, so a 50 MB text stays cheap.

ASCII is the common case: lines without a non-ASCII character skip NFKC entirely (lower() is
case folding for ASCII and NFKC is the identity there), which is most of the speed.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["Normalized", "OffsetMap", "normalize", "fold"]

_ZERO_WIDTH = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_ZW_SET = frozenset(_ZERO_WIDTH)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ZW_RE = re.compile("[" + _ZERO_WIDTH + "]")
# Stage 2 (runs on text that is already NFKC + case folded):
#   hyphenation across a line break between two ASCII letters/digits, or a whitespace run of 2+.
# No groups and no lookbehind up front, so `re` skips ahead to the next "-" or whitespace
# character in C (three times faster than with named groups); the first character tells the
# branches apart.
_STAGE2 = re.compile(r"\s\s+|-(?<=[a-z0-9]-)[ \t]*(?:\r\n|\r|\n)[ \t]*(?=[a-z0-9])")
_HY_QUICK = re.compile(r"-[ \t]*[\r\n]")  # every hyphenation match starts like this (a literal "-": fast)
# Single whitespace characters other than " " become " " (same length, so no map change).
# Every character `\s` matches except " " (str.isspace() is re's Unicode \s; none lies above U+3000).
_OTHER_WS = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")


def fold(s: str) -> str:
    """NFKC + case fold, repeated until stable (a handful of characters need a second round)."""
    for _ in range(6):
        r = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", s).casefold())
        if r == s:
            return r
        s = r
    return s


_SPECIAL: re.Pattern[str] | None = None


def _special() -> re.Pattern[str]:
    """Characters that need real work: NFKC changes them, case folding changes their length (or
    gives something NFKC would change), they combine with a neighbour, or they are zero-width.
    Any other character folds to exactly one character with `str.casefold()`, so a line without
    one is folded in C with an identity map. Built on first use (~0.1 s over the BMP); every
    character outside the BMP counts as special.
    """
    global _SPECIAL
    if _SPECIAL is None:
        ranges: list[str] = []
        start = None
        for o in range(0x80, 0x10000):
            c = chr(o)
            cf = c.casefold()
            odd = (
                0xD800 <= o <= 0xDFFF
                or c in _ZW_SET
                or unicodedata.normalize("NFKC", c) != c
                or len(cf) != 1
                or unicodedata.normalize("NFKC", cf) != cf
                or cf.casefold() != cf
                or unicodedata.combining(c) != 0
                or unicodedata.category(c) in ("Mn", "Mc", "Me")
                or not _starts_cluster(c)
                or 0x1100 <= o <= 0x11FF  # conjoining jamo compose with their neighbours
            )
            if odd and start is None:
                start = o
            elif not odd and start is not None:
                ranges.append(f"\\u{start:04x}-\\u{o - 1:04x}" if o - 1 > start else f"\\u{start:04x}")
                start = None
        if start is not None:
            ranges.append(f"\\u{start:04x}-\\uffff")
        _SPECIAL = re.compile("[" + "".join(ranges) + "\\U00010000-\\U0010ffff]")
    return _SPECIAL


def _starts_cluster(c: str) -> bool:
    """True when `c` begins a new cluster (is not attached to the previous character by NFKC)."""
    if unicodedata.combining(c):
        return False
    if unicodedata.category(c) in ("Mn", "Mc", "Me"):
        return False
    o = ord(c)
    # Hangul conjoining vowels and trailing consonants compose with the preceding jamo.
    return not (0x1160 <= o <= 0x11FF or 0xD7B0 <= o <= 0xD7FF)


class OffsetMap:
    """Maps normalised character indices back to original character indices.

    Only pieces whose length changed are stored: (norm start, orig start, norm len, orig len).
    Between pieces the map is the identity shifted by the lengths seen so far. A piece with
    norm len 0 is a deletion; otherwise every normalised character of the piece stands for the
    whole original range of the piece (a "lump", e.g. "ß" -> "ss", "  \\n " -> " ").
    `inner` chains a second map (stage 2 runs on the output of stage 1).

    `offsets[i]` is the original index where normalised character i starts; `offsets[len]` is
    the original length.
    """

    __slots__ = ("_n", "_o", "_nl", "_ol", "_len", "_orig_len", "_inner")

    def __init__(
        self,
        pieces: list[tuple[int, int, int, int]],
        length: int,
        orig_len: int,
        inner: OffsetMap | None = None,
    ) -> None:
        self._n = array("q", (p[0] for p in pieces))
        self._o = array("q", (p[1] for p in pieces))
        self._nl = array("q", (p[2] for p in pieces))
        self._ol = array("q", (p[3] for p in pieces))
        self._len = length
        self._orig_len = orig_len
        self._inner = inner

    def __len__(self) -> int:
        return self._len

    def _start(self, i: int) -> int:
        k = bisect_right(self._n, i) - 1
        if k < 0:
            return i
        n, o, nl, ol = self._n[k], self._o[k], self._nl[k], self._ol[k]
        if i < n + nl:
            return o
        return o + ol + (i - n - nl)

    def _end(self, i: int) -> int:
        """Original index just past normalised character i."""
        k = bisect_right(self._n, i) - 1
        if k < 0:
            return i + 1
        n, o, nl, ol = self._n[k], self._o[k], self._nl[k], self._ol[k]
        if i < n + nl:
            return o + ol
        return o + ol + (i - n - nl) + 1

    def start_of(self, i: int) -> int:
        """Original index where normalised character `i` starts (len -> original length)."""
        if i >= self._len:
            return self._final_len()
        j = self._start(i)
        return j if self._inner is None else self._inner.start_of(j)

    def end_of(self, i: int) -> int:
        """Original index just past normalised character `i`."""
        j = self._end(i)
        return j if self._inner is None else self._inner.end_of(j - 1)

    def _final_len(self) -> int:
        return self._orig_len if self._inner is None else self._inner._final_len()

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self._len
        if not 0 <= i <= self._len:
            raise IndexError(i)
        return self.start_of(i)

    def __iter__(self):  # pragma: no cover - convenience for debugging
        return (self.start_of(i) for i in range(self._len))


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus the way back to the original characters."""

    text: str
    offsets: OffsetMap
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) of normalised text[start:end]."""
        if end <= start:
            o = self.offsets.start_of(start)
            return o, o
        return self.offsets.start_of(start), self.offsets.end_of(end - 1)


def _stage1(text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """NFKC + case fold; lines without a "special" character take the fast path (casefold())."""
    if text.isascii():
        return text.lower(), []
    special = _special()
    if special.search(text) is None:
        return text.casefold(), []  # every character folds to exactly one: identity map
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    pos = 0
    nlen = 0  # length of normalised output so far
    search = special.search
    while True:
        m = search(text, pos)
        if m is None:
            break
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        if le < 0:
            le = len(text)
        if ls < pos:  # pragma: no cover - the previous line ended before this one starts
            ls = pos
        chunk = text[pos:ls].casefold()
        out.append(chunk)
        nlen += len(chunk)
        line = text[ls:le]
        folded = _fold_line(line, ls, nlen, pieces)
        out.append(folded)
        nlen += len(folded)
        pos = le
    tail = text[pos:].casefold()
    out.append(tail)
    return "".join(out), pieces


_CHAR_FOLD: dict[str, str] = {c: "" for c in _ZERO_WIDTH}


def _fold_char(c: str) -> str:
    r = _CHAR_FOLD.get(c)
    if r is None:
        r = _CHAR_FOLD[c] = fold(c)
    return r


def _fold_line(line: str, ostart: int, nstart: int, pieces: list[tuple[int, int, int, int]]) -> str:
    """Fold one line containing non-ASCII characters, appending map pieces."""
    has_zw = _ZW_RE.search(line) is not None
    if not has_zw and unicodedata.is_normalized("NFKC", line):
        cf = line.casefold()
        if len(cf) == len(line) and unicodedata.is_normalized("NFKC", cf) and cf.casefold() == cf:
            return cf  # every character maps to exactly one: identity map
    target = fold(_ZW_RE.sub("", line) if has_zw else line)
    # Character by character (cached) when that agrees with folding the whole line: the common
    # case of full-width punctuation, "…" or "ß"; combining sequences fall through to clusters.
    # Only the special characters need a look: any other one folds to its own casefold().
    parts: list[str] = []
    found: list[tuple[int, int, int, int]] = []
    n = nstart
    prev = 0
    for m in _special().finditer(line):
        i = m.start()
        seg = line[prev:i].casefold()
        parts.append(seg)
        n += len(seg)
        part = _fold_char(line[i])
        parts.append(part)
        if len(part) != 1:
            found.append((n, ostart + i, len(part), 1))
        n += len(part)
        prev = i + 1
    parts.append(line[prev:].casefold())
    if "".join(parts) == target:
        pieces.extend(found)
        return target
    # Split into clusters (base + attached marks); zero-width characters only widen a cluster.
    clusters: list[tuple[int, int, str]] = []  # (orig start in line, orig end, chars)
    cur_s = 0
    cur: list[str] = []
    for i, c in enumerate(line):
        if c in _ZW_SET:
            continue
        if cur and _starts_cluster(c):
            clusters.append((cur_s, i, "".join(cur)))
            cur = []
            cur_s = i
        elif not cur:
            cur_s = i if not clusters else clusters[-1][1]
        cur.append(c)
    if cur:
        clusters.append((cur_s, len(line), "".join(cur)))
    outs = [fold(ch) for _, _, ch in clusters]
    local: list[tuple[int, int, int, int]] = []
    if "".join(outs) == target:
        n = 0
        prev_end = 0
        for (s, e, ch), o in zip(clusters, outs):
            if s > prev_end:  # deleted zero-width characters before this cluster
                local.append((nstart + n, ostart + prev_end, 0, s - prev_end))
            if not (len(o) == len(ch) == e - s and (len(o) == 1 or o == ch)):
                local.append((nstart + n, ostart + s, len(o), e - s))
            n += len(o)
            prev_end = e
        if prev_end < len(line):
            local.append((nstart + n, ostart + prev_end, 0, len(line) - prev_end))
    else:  # clusters interact (rare): the whole line is one lump
        local.append((nstart, ostart, len(target), len(line)))
    pieces.extend(local)
    return target


def _stage2(t1: str, m1: OffsetMap, original: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Fold whitespace runs and join hyphenated line breaks.

    Most pages have neither a run of two whitespace characters nor a hyphen at a line break:
    a few substring tests (C speed) prove it, and then only single line breaks and tabs become
    spaces, with an identity map.
    """
    present = [c for c in _OTHER_WS if c in t1]
    spaces = [" ", *present]
    if _HY_QUICK.search(t1) is None and not any(a + b in t1 for a in spaces for b in spaces):
        return _spaces(t1, present), []
    return _stage2_scan(t1, m1, original, present)


def _stage2_scan(t1: str, m1: OffsetMap, original: str, present: list[str]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Stage 2 the long way: every whitespace run and hyphenated line break, with map pieces."""
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    pos = 0
    nlen = 0
    for m in _STAGE2.finditer(t1):
        s, e = m.span()
        chunk = t1[pos:s]
        out.append(chunk)
        nlen += len(chunk)
        if t1[s] == "-":
            before = original[m1.start_of(s - 1)]
            after = original[m1.start_of(e)]
            if before.islower() and after.islower():
                pieces.append((nlen, s, 0, e - s))  # drop "-\n"
            else:
                out.append("-")
                pieces.append((nlen + 1, s + 1, 0, e - s - 1))  # keep "-", drop the break
                nlen += 1
        else:
            out.append(" ")
            pieces.append((nlen, s, 1, e - s))
            nlen += 1
        pos = e
    out.append(t1[pos:])
    return _spaces("".join(out), present), pieces


def _spaces(t: str, present: list[str]) -> str:
    """Every whitespace character other than " " (those in `present` may occur) becomes " "."""
    for c in present:
        t = t.replace(c, " ")
    return t


def normalize(text: str) -> Normalized:
    """Normalise `text` for matching; see the module docstring for exactly what changes."""
    t1, p1 = _stage1(text)
    m1 = OffsetMap(p1, len(t1), len(text))
    t2, p2 = _stage2(t1, m1, text)
    if not p2:
        return Normalized(t2, m1, len(text))
    m2 = OffsetMap(p2, len(t2), len(t1), inner=m1 if p1 else None)
    return Normalized(t2, m2, len(text))
