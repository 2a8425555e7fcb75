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

from extract.textscan import spaces

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
    one is folded in C with an identity map. Every character outside the BMP counts as special.

    The BMP ranges come from `_SPECIAL_RANGES` (below, written by scripts/build_special_ranges.py)
    when the running Python has the Unicode version they were computed with: working them out
    means asking unicodedata about 65,000 characters, a cost every command paid on its first
    non-ASCII policy term. Another Unicode version computes them on first use (`special_ranges`),
    so a newer Python never matches with an older table.
    """
    global _SPECIAL
    if _SPECIAL is None:
        if unicodedata.unidata_version == _SPECIAL_UNIDATA:
            ranges = _SPECIAL_RANGES
        else:
            ranges = special_ranges()
        _SPECIAL = re.compile("[" + ranges + "\\U00010000-\\U0010ffff]")
    return _SPECIAL


def special_ranges() -> str:
    """The BMP part of `_special`'s character class, computed from the running Python's
    unicodedata (the source of truth `_SPECIAL_RANGES` is generated from and tested against)."""
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
    return "".join(ranges)


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
    one pass over the page (extract.textscan.spaces) and a literal search prove it, and then only
    single line breaks and tabs become spaces, with an identity map.
    """
    present, longest = spaces(t1)  # one pass (extract.textscan): which white space, and any run of two
    if _HY_QUICK.search(t1) is None and longest < 2:
        return _spaces(t1, present), []
    return _stage2_scan(t1, m1, original, present)


def _stage2_scan(t1: str, m1: OffsetMap, original: str, present: str) -> tuple[str, list[tuple[int, int, int, int]]]:
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


def _spaces(t: str, present: str) -> str:
    """Every whitespace character other than " " (those in `present` may occur: the page's share
    of extract.textscan.other_spaces(), as `spaces` reports it) becomes " " (same length, so no
    map change)."""
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


# BEGIN GENERATED by scripts/build_special_ranges.py: do not edit by hand
_SPECIAL_UNIDATA = "14.0.0"
_SPECIAL_RANGES = (
    r"\u00a0\u00a8\u00aa\u00ad\u00af\u00b2-\u00b5\u00b8-\u00ba\u00bc-\u00be"
    r"\u00df\u0130\u0132-\u0133\u013f-\u0140\u0149\u017f\u01c4-\u01cc\u01f0-\u01f3"
    r"\u02b0-\u02b8\u02d8-\u02dd\u02e0-\u02e4\u0300-\u036f\u0374\u037a\u037e\u0384-\u0385"
    r"\u0387\u0390\u03b0\u03d0-\u03d6\u03f0-\u03f2\u03f4-\u03f5\u03f9\u0483-\u0489"
    r"\u0587\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7\u0610-\u061a\u064b-\u065f"
    r"\u0670\u0675-\u0678\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u0711\u0730-\u074a"
    r"\u07a6-\u07b0\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d\u0859-\u085b"
    r"\u0898-\u089f\u08ca-\u08e1\u08e3-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u095f\u0962-\u0963\u0981-\u0983"
    r"\u09bc\u09be-\u09c4\u09c7-\u09c8\u09cb-\u09cd\u09d7\u09dc-\u09dd\u09df\u09e2-\u09e3"
    r"\u09fe\u0a01-\u0a03\u0a33\u0a36\u0a3c\u0a3e-\u0a42\u0a47-\u0a48\u0a4b-\u0a4d"
    r"\u0a51\u0a59-\u0a5b\u0a5e\u0a70-\u0a71\u0a75\u0a81-\u0a83\u0abc\u0abe-\u0ac5"
    r"\u0ac7-\u0ac9\u0acb-\u0acd\u0ae2-\u0ae3\u0afa-\u0aff\u0b01-\u0b03\u0b3c\u0b3e-\u0b44\u0b47-\u0b48"
    r"\u0b4b-\u0b4d\u0b55-\u0b57\u0b5c-\u0b5d\u0b62-\u0b63\u0b82\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd"
    r"\u0bd7\u0c00-\u0c04\u0c3c\u0c3e-\u0c44\u0c46-\u0c48\u0c4a-\u0c4d\u0c55-\u0c56\u0c62-\u0c63"
    r"\u0c81-\u0c83\u0cbc\u0cbe-\u0cc4\u0cc6-\u0cc8\u0cca-\u0ccd\u0cd5-\u0cd6\u0ce2-\u0ce3\u0d00-\u0d03"
    r"\u0d3b-\u0d3c\u0d3e-\u0d44\u0d46-\u0d48\u0d4a-\u0d4d\u0d57\u0d62-\u0d63\u0d81-\u0d83\u0dca"
    r"\u0dcf-\u0dd4\u0dd6\u0dd8-\u0ddf\u0df2-\u0df3\u0e31\u0e33-\u0e3a\u0e47-\u0e4e\u0eb1"
    r"\u0eb3-\u0ebc\u0ec8-\u0ecd\u0edc-\u0edd\u0f0c\u0f18-\u0f19\u0f35\u0f37\u0f39"
    r"\u0f3e-\u0f3f\u0f43\u0f4d\u0f52\u0f57\u0f5c\u0f69\u0f71-\u0f84"
    r"\u0f86-\u0f87\u0f8d-\u0f97\u0f99-\u0fbc\u0fc6\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064"
    r"\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u10fc\u1100-\u11ff\u135d-\u135f"
    r"\u1712-\u1715\u1732-\u1734\u1752-\u1753\u1772-\u1773\u17b4-\u17d3\u17dd\u180b-\u180d\u180f"
    r"\u1885-\u1886\u18a9\u1920-\u192b\u1930-\u193b\u1a17-\u1a1b\u1a55-\u1a5e\u1a60-\u1a7c\u1a7f"
    r"\u1ab0-\u1ace\u1b00-\u1b04\u1b34-\u1b44\u1b6b-\u1b73\u1b80-\u1b82\u1ba1-\u1bad\u1be6-\u1bf3\u1c24-\u1c37"
    r"\u1cd0-\u1cd2\u1cd4-\u1ce8\u1ced\u1cf4\u1cf7-\u1cf9\u1d2c-\u1d2e\u1d30-\u1d3a\u1d3c-\u1d4d"
    r"\u1d4f-\u1d6a\u1d78\u1d9b-\u1dff\u1e96-\u1e9b\u1e9e\u1f50\u1f52\u1f54"
    r"\u1f56\u1f71\u1f73\u1f75\u1f77\u1f79\u1f7b\u1f7d"
    r"\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6-\u1fb7\u1fbb-\u1fc4\u1fc6-\u1fc7\u1fc9\u1fcb-\u1fcf\u1fd2-\u1fd3"
    r"\u1fd6-\u1fd7\u1fdb\u1fdd-\u1fdf\u1fe2-\u1fe4\u1fe6-\u1fe7\u1feb\u1fed-\u1fef\u1ff2-\u1ff4"
    r"\u1ff6-\u1ff7\u1ff9\u1ffb-\u1ffe\u2000-\u200d\u2011\u2017\u2024-\u2026\u202f"
    r"\u2033-\u2034\u2036-\u2037\u203c\u203e\u2047-\u2049\u2057\u205f-\u2060\u2070-\u2071"
    r"\u2074-\u208e\u2090-\u209c\u20a8\u20d0-\u20f0\u2100-\u2103\u2105-\u2107\u2109-\u2113\u2115-\u2116"
    r"\u2119-\u211d\u2120-\u2122\u2124\u2126\u2128\u212a-\u212d\u212f-\u2131\u2133-\u2139"
    r"\u213b-\u2140\u2145-\u2149\u2150-\u217f\u2189\u222c-\u222d\u222f-\u2230\u2329-\u232a\u2460-\u24ea"
    r"\u2a0c\u2a74-\u2a76\u2adc\u2c7c-\u2c7d\u2cef-\u2cf1\u2d6f\u2d7f\u2de0-\u2dff"
    r"\u2e9f\u2ef3\u2f00-\u2fd5\u3000\u302a-\u302f\u3036\u3038-\u303a\u3099-\u309c"
    r"\u309f\u30ff\u3131-\u318e\u3192-\u319f\u3200-\u321e\u3220-\u3247\u3250-\u327e\u3280-\u33ff"
    r"\ua66f-\ua672\ua674-\ua67d\ua69c-\ua69f\ua6f0-\ua6f1\ua770\ua7f2-\ua7f4\ua7f8-\ua7f9\ua802"
    r"\ua806\ua80b\ua823-\ua827\ua82c\ua880-\ua881\ua8b4-\ua8c5\ua8e0-\ua8f1\ua8ff"
    r"\ua926-\ua92d\ua947-\ua953\ua980-\ua983\ua9b3-\ua9c0\ua9e5\uaa29-\uaa36\uaa43\uaa4c-\uaa4d"
    r"\uaa7b-\uaa7d\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf\uaac1\uaaeb-\uaaef\uaaf5-\uaaf6"
    r"\uab5c-\uab5f\uab69\uabe3-\uabea\uabec-\uabed\ud7b0-\udfff\uf900-\ufa0d\ufa10\ufa12"
    r"\ufa15-\ufa1e\ufa20\ufa22\ufa25-\ufa26\ufa2a-\ufa6d\ufa70-\ufad9\ufb00-\ufb06\ufb13-\ufb17"
    r"\ufb1d-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufbb1\ufbd3-\ufd3d\ufd50-\ufd8f"
    r"\ufd92-\ufdc7\ufdf0-\ufdfc\ufe00-\ufe19\ufe20-\ufe44\ufe47-\ufe52\ufe54-\ufe66\ufe68-\ufe6b\ufe70-\ufe72"
    r"\ufe74\ufe76-\ufefc\ufeff\uff01-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc"
    r"\uffe0-\uffe6\uffe8-\uffee"
)
# END GENERATED
