"""Our own reader of the regex subset the policy files use, into frozen dataclass nodes.

Why: extract.policy.leads (lead literals for the Aho-Corasick pass) and extract.policy.cues
(first characters of role cues) need the structure of a regex, not just a compiled pattern.
They used to read CPython's private parser (`re._parser`, `re._constants`), which may change in
any Python release without notice; this module is small, explicit and ours.

The subset is what extract/policy/data/*.yaml uses: literals; escapes (\\d \\D \\w \\W \\s \\S,
\\b \\B \\A \\Z, \\n \\t \\r \\f \\v \\a, \\xhh \\uhhhh \\Uhhhhhhhh \\N{name}, escaped
punctuation); character classes with ranges, escapes and negation; groups (...), (?:...),
(?P<name>...); lookarounds (?=...) (?!...) (?<=...) (?<!...); alternation; quantifiers * + ?
{m} {m,} {,n} {m,n}, each optionally lazy (`?`) or possessive (`+`); anchors ^ $; `.`; inline
flags a, i, m, s, u (global at the start, or scoped `(?i-s:...)`).

Anything else is rejected with `RegexNotSupported`, never guessed at: back-references, octal
escapes, conditionals, atomic groups, comments, verbose mode (it changes what whitespace means),
locale mode, a `[` or `{` that is not escaped where it is not syntax, a quantifier on an anchor or
lookaround. Every accepted regex must also compile with `re`, so a regex that parses here is a
regex Python runs; the readers of the tree can then answer "don't know" (which only costs speed)
for any node they do not understand, and never have to second-guess the syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NoReturn

__all__ = [
    "Alternation", "Anchor", "AnyChar", "Category", "CharClass", "Group", "Literal", "Look", "Node",
    "Range", "Regex", "RegexNotSupported", "Repeat", "Sequence", "parse",
]


class RegexNotSupported(ValueError):
    """The regex uses syntax outside the subset this module reads, or does not compile at all.
    Callers fall back to their "don't know" answer."""

    def __init__(self, src: str, pos: int, what: str) -> None:
        super().__init__(f"{what} (at position {pos} of {src!r})")
        self.src = src
        self.pos = pos
        self.what = what


@dataclass(frozen=True, slots=True)
class Literal:
    """One character that must match itself (case-insensitively only under the `i` flag)."""

    char: str


@dataclass(frozen=True, slots=True)
class Range:
    """A range of characters inside a class, lo..hi inclusive (a single character: lo == hi)."""

    lo: str
    hi: str


@dataclass(frozen=True, slots=True)
class Category:
    """\\d, \\D, \\w, \\W, \\s or \\S (name is the letter); ASCII or Unicode by the flags."""

    name: str


@dataclass(frozen=True, slots=True)
class CharClass:
    """[...] or [^...]; a category escape outside a class is a class of that one category."""

    items: tuple[Range | Category, ...]
    negated: bool = False


@dataclass(frozen=True, slots=True)
class AnyChar:
    """`.`: any character but newline (any at all under the `s` flag)."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """A zero-width position test: "^", "$", "\\A", "\\Z", "\\b" or "\\B"."""

    kind: str


@dataclass(frozen=True, slots=True)
class Look:
    """A lookaround: zero-width, `body` must (or, negative, must not) match ahead of / behind here."""

    body: Node
    behind: bool
    negative: bool


@dataclass(frozen=True, slots=True)
class Group:
    """(...), (?:...), (?P<name>...) or a scoped-flags group (?ai-ms:...). Flags as letters."""

    body: Node
    capturing: bool = False
    name: str | None = None
    add_flags: str = ""
    del_flags: str = ""


@dataclass(frozen=True, slots=True)
class Sequence:
    """Items matched one after the other; empty matches the empty string."""

    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Alternation:
    """option|option|...: the first that lets the whole regex match wins."""

    options: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Repeat:
    """`body` min..max times (max None: unbounded); mode "greedy", "lazy" or "possessive"."""

    body: Node
    min: int
    max: int | None
    mode: str = "greedy"


Node = Literal | CharClass | AnyChar | Anchor | Look | Group | Sequence | Alternation | Repeat


@dataclass(frozen=True, slots=True)
class Regex:
    """A parsed regex: its tree and every flag in force for all of it, as letters (those passed
    to `parse` and the global inline ones such as "(?i)")."""

    body: Node
    flags: str


# Flags this module understands, by letter. Verbose (x) changes the syntax itself and locale (L)
# is for bytes patterns: both are rejected.
_FLAG_BITS = {"a": re.ASCII, "i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "u": re.UNICODE}
_FLAG_LETTERS = "aiLmsux"
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}
_CATEGORIES = "dDwWsS"
_ANCHOR_ESCAPES = "bBAZ"
_QUANTIFIER = re.compile(r"\{(\d*)(,(\d*))?\}")
_GLOBAL_FLAGS = re.compile(r"\(\?([a-zA-Z]+)\)")
_SCOPED_FLAGS = re.compile(r"([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])")
_MAX_REPEAT = 4294967294  # larger counts do not compile in CPython
_MAX_NESTING = 100


def parse(src: str, flags: int = 0) -> Regex:
    """Parse `src` (compiled with re `flags`) into a `Regex`, or raise `RegexNotSupported`."""
    if not isinstance(src, str):
        raise RegexNotSupported(repr(src), 0, "only str patterns are read")
    unknown = flags & ~(re.ASCII | re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE)
    if unknown:
        raise RegexNotSupported(src, 0, f"unsupported flags {re.RegexFlag(unknown)!r}")
    reader = _Reader(src)
    letters = {k for k, bit in _FLAG_BITS.items() if flags & bit}
    letters |= reader.global_flags()
    body = reader.alternation(0)
    if reader.pos < len(src):
        reader.fail("unbalanced parenthesis ')'")
    try:
        re.compile(src, flags)
    except (re.error, ValueError, OverflowError, RecursionError) as exc:
        raise RegexNotSupported(src, getattr(exc, "pos", None) or 0, f"does not compile: {exc}") from None
    return Regex(body, "".join(sorted(letters)))


class _Reader:
    """A recursive-descent reader over `src`; `pos` is the next unread character."""

    def __init__(self, src: str) -> None:
        self.src = src
        self.pos = 0

    def fail(self, what: str, pos: int | None = None) -> NoReturn:
        raise RegexNotSupported(self.src, self.pos if pos is None else pos, what)

    def peek(self, k: int = 0) -> str:
        i = self.pos + k
        return self.src[i] if i < len(self.src) else ""

    def global_flags(self) -> set[str]:
        """Leading "(?i)"-style groups: flags for the whole regex (only allowed at the start)."""
        out: set[str] = set()
        while True:
            m = _GLOBAL_FLAGS.match(self.src, self.pos)
            if m is None:
                return out
            out |= set(self.flag_letters(m.group(1), self.pos + 2))
            self.pos = m.end()

    def flag_letters(self, letters: str, at: int) -> str:
        for i, ch in enumerate(letters):
            if ch not in _FLAG_LETTERS:
                self.fail(f"unknown inline flag {ch!r}", at + i)
            if ch in "xL":
                self.fail(f"inline flag {ch!r} is not supported (verbose or locale mode)", at + i)
        return letters

    def alternation(self, depth: int) -> Node:
        if depth > _MAX_NESTING:
            self.fail("groups nested too deeply")
        options = [self.sequence(depth)]
        while self.peek() == "|":
            self.pos += 1
            options.append(self.sequence(depth))
        return options[0] if len(options) == 1 else Alternation(tuple(options))

    def sequence(self, depth: int) -> Node:
        items: list[Node] = []
        while self.pos < len(self.src) and self.peek() not in "|)":
            items.append(self.item(depth))
        return items[0] if len(items) == 1 else Sequence(tuple(items))

    def item(self, depth: int) -> Node:
        start = self.pos
        atom = self.atom(depth)
        q = self.quantifier()
        if q is None:
            return atom
        if isinstance(atom, (Anchor, Look)):
            self.fail("a quantifier on an anchor or lookaround", start)
        lo, hi, mode = q
        if self.quantifier_ahead():
            self.fail("multiple repeat")
        return Repeat(atom, lo, hi, mode)

    def quantifier_ahead(self) -> bool:
        ch = self.peek()
        return ch in ("*", "+", "?") or (ch == "{" and self.brace_quantifier(self.pos) is not None)

    def brace_quantifier(self, at: int) -> tuple[int, int | None, int] | None:
        """(min, max, end) of a {m,n} quantifier at `at`, None when the brace is not one."""
        m = _QUANTIFIER.match(self.src, at)
        if m is None or m.group(0) == "{}":
            return None
        lo = int(m.group(1)) if m.group(1) else 0
        if m.group(2) is None:
            hi: int | None = lo
        else:
            hi = int(m.group(3)) if m.group(3) else None
        if lo > _MAX_REPEAT or (hi is not None and hi > _MAX_REPEAT):
            self.fail("repeat count too large", at)
        if hi is not None and hi < lo:
            self.fail("min repeat greater than max repeat", at)
        return lo, hi, m.end()

    def quantifier(self) -> tuple[int, int | None, str] | None:
        ch = self.peek()
        if ch == "*":
            lo, hi, end = 0, None, self.pos + 1
        elif ch == "+":
            lo, hi, end = 1, None, self.pos + 1
        elif ch == "?":
            lo, hi, end = 0, 1, self.pos + 1
        elif ch == "{":
            b = self.brace_quantifier(self.pos)
            if b is None:
                return None
            lo, hi, end = b
        else:
            return None
        self.pos = end
        mode = "greedy"
        if self.peek() == "?":
            mode = "lazy"
            self.pos += 1
        elif self.peek() == "+":
            mode = "possessive"
            self.pos += 1
        return lo, hi, mode

    def atom(self, depth: int) -> Node:
        ch = self.peek()
        if ch == "(":
            return self.group(depth)
        if ch == "[":
            return self.char_class()
        self.pos += 1
        if ch == ".":
            return AnyChar()
        if ch in ("^", "$"):
            return Anchor(ch)
        if ch == "\\":
            return self.escape(in_class=False)
        if ch in ("*", "+", "?") or (ch == "{" and self.brace_quantifier(self.pos - 1) is not None):
            self.fail("nothing to repeat", self.pos - 1)
        if ch == "{":
            self.fail("a literal '{' must be written \\{", self.pos - 1)
        return Literal(ch)

    def group(self, depth: int) -> Node:
        start = self.pos
        self.pos += 1
        capturing, name, add, dele = True, None, "", ""
        look: tuple[bool, bool] | None = None
        if self.peek() == "?":
            self.pos += 1
            ch = self.peek()
            if ch == ":":
                capturing = False
                self.pos += 1
            elif ch == "P" and self.peek(1) == "<":
                end = self.src.find(">", self.pos + 2)
                name = self.src[self.pos + 2 : end] if end > 0 else ""
                if end < 0 or not name.isidentifier():
                    self.fail("bad group name", self.pos + 2)
                self.pos = end + 1
            elif ch == "P":
                self.fail("unsupported back-reference (?P=...)" if self.peek(1) == "=" else "unsupported group syntax", start)
            elif ch in ("=", "!"):
                look = (False, ch == "!")
                self.pos += 1
            elif ch == "<" and self.peek(1) in ("=", "!"):
                look = (True, self.peek(1) == "!")
                self.pos += 2
            elif ch.isalpha() or ch == "-":
                m = _SCOPED_FLAGS.match(self.src, self.pos)
                if m is None:
                    self.fail("bad inline flags", self.pos)
                if m.group(3) == ")":
                    self.fail("global flags not at the start of the expression", start)
                add = "".join(sorted(self.flag_letters(m.group(1), self.pos)))
                dele = "".join(sorted(self.flag_letters(m.group(2) or "", m.start(2) if m.group(2) else self.pos)))
                capturing = False
                self.pos = m.end()
            else:
                what = {"#": "comment (?#...)", ">": "atomic group (?>...)",
                        "(": "conditional (?(...)...)", "<": "group name syntax (?<name>...)"}.get(ch, "group syntax")
                self.fail(f"unsupported {what}", start)
        body = self.alternation(depth + 1)
        if self.peek() != ")":
            self.fail("missing ')'", start)
        self.pos += 1
        if look is not None:
            return Look(body, behind=look[0], negative=look[1])
        return Group(body, capturing=capturing, name=name, add_flags=add, del_flags=dele)

    def escape(self, in_class: bool) -> Node | str:
        """The escape after a backslash (already read): a node outside a class; inside one, a
        character or a Category. Letters without a meaning are errors, as in `re`."""
        at = self.pos - 1
        ch = self.peek()
        if not ch:
            self.fail("trailing backslash", at)
        self.pos += 1
        if ch in _CATEGORIES:
            return Category(ch) if in_class else CharClass((Category(ch),))
        if ch in _ANCHOR_ESCAPES:
            if in_class and ch == "b":
                return "\b"  # backspace inside a class, as in `re`
            if in_class:
                self.fail(f"bad escape \\{ch} in a class", at)
            return Anchor("\\" + ch)
        if ch in _SIMPLE_ESCAPES:
            char = _SIMPLE_ESCAPES[ch]
        elif ch in _HEX_ESCAPES:
            width = _HEX_ESCAPES[ch]
            digits = self.src[self.pos : self.pos + width]
            if len(digits) != width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                self.fail(f"bad escape \\{ch}", at)
            code = int(digits, 16)
            if code > 0x10FFFF:
                self.fail(f"bad escape \\{ch}{digits}", at)
            self.pos += width
            char = chr(code)
        elif ch == "N":
            end = self.src.find("}", self.pos)
            if self.peek() != "{" or end < 0:
                self.fail("bad escape \\N", at)
            try:
                char = unicodedata.lookup(self.src[self.pos + 1 : end])
            except KeyError:
                self.fail("unknown character name in \\N{...}", at)
            self.pos = end + 1
        elif "0" <= ch <= "9":
            self.fail("back-references and octal escapes are not supported", at)
        elif ch.isascii() and ch.isalpha():
            self.fail(f"bad escape \\{ch}", at)
        else:
            char = ch  # escaped punctuation (or any other character): itself
        return char if in_class else Literal(char)

    def char_class(self) -> CharClass:
        start = self.pos
        self.pos += 1
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        items: list[Range | Category] = []
        first = True
        while True:
            ch = self.peek()
            if not ch:
                self.fail("unterminated character class", start)
            if ch == "]" and not first:
                self.pos += 1
                return CharClass(tuple(items), negated)
            first = False
            lo = self.class_atom()
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                at = self.pos
                self.pos += 1
                hi = self.class_atom()
                if isinstance(lo, Category) or isinstance(hi, Category) or hi < lo:
                    self.fail("bad character range", at)
                items.append(Range(lo, hi))  # type: ignore[arg-type]
            else:
                items.append(lo if isinstance(lo, Category) else Range(lo, lo))

    def class_atom(self) -> str | Category:
        ch = self.peek()
        if ch == "[":
            self.fail("a '[' inside a class must be written \\[")
        self.pos += 1
        if ch == "\\":
            out = self.escape(in_class=True)
            assert isinstance(out, (str, Category))
            return out
        if ch in "-&~|" and self.peek() == ch:
            self.fail(f"{ch * 2!r} inside a class (a set operation in future Pythons): escape it", self.pos - 1)
        return ch
