"""The role of a mention: is the entity banned, the buyer, offered, or merely mentioned where it appears?

The verdict depends on it: a network tender whose only "Huawei" sits in a FAR 52.204-25 clause
is not buying Huawei, a bill of quantities line "Huawei S5720-28X | 4 | 1,200.00" is, and a
tender whose purchaser is China Mobile is judged on what China Mobile buys.

    prohibited  inside the scope of a negation or ban: "shall not provide ... Huawei", "None of the
                offered equipment is produced by Huawei", "Hikvision ... are excluded", 不得使用华为
    buyer       in the buyer slot: "Purchaser: China Mobile", "采购人：中国移动", "China Telecom (the
                Contracting Authority)", or the issuer's legal name heading the first page ("ZTE
                Deutschland GmbH Preisanfrage ..."; see "the issuer" below). The buyer does not
                supply: the document is judged on what it buys, so this is not an offer even when
                the sentence reads like one
    offered     its sentence or line reads as supply: a line item with a quantity ("Lot 1: 120 x"),
                a quote, an offer, a specification ("brand:", "or equivalent", 品牌, 型番), an award
                ("awarded to", 中标), the incumbent ("current supplier"), an installed base, a
                manufacturer's authorisation
    mentioned   anything else

Precedence: prohibited, buyer, offered, mentioned ("No Hikvision cameras shall be quoted" names a
quote but bans it; "Purchaser: China Mobile" in a sentence that also names quantities is still
the buyer).

Negation is read in the manner of NegEx (Chapman et al., "A simple algorithm for identifying
negated findings and diseases in discharge summaries", 2001): a trigger opens a scope forward
(pre-negation: "none of", "we do not supply"), backward (post-negation: "... are excluded",
"... will be rejected") or both ways; the scope stops at the end of the sentence, at a termination
term ("but", "except", "但是") or after the trigger's window (words, or characters for CJK); a
pseudo-trigger ("no later than", "not only", "不可抗力") cancels any trigger it overlaps. A strong
ban on supply or use marked `reach: sentence` ("prohibited from providing") ignores its window
in a sentence that reads as a clause (a `clause` cue: "directly or indirectly", "in the
performance of this contract"): a clause names its vendors after a long object, a long sentence
without clause wording is not a ban by its length. Buyer
slots are short scopes of the same kind that stop at the end of their line. Every cue is policy
data (extract/data/roles.yaml, documented in its header), compiled by `load_role_cues` when the
policy loads and carried as `Policy.roles`, so a `--policy DIR` copy brings its own cues.

Cues are matched on the mention's sentence, taken from the original page text (a sentence ends
at ". ", "。", ";" or a blank line, and at a table-row line break), lower-cased, with whitespace
runs folded to one space, or to one "\\n" where they hold a line break: a clause split one word
per line by a bad PDF still reads as one sentence ("\\s" matches the "\\n"), and a buyer label can
still tell where its line ends.

`assign_roles` does a whole page at once, and is what the matcher uses: each sentence start is
one backwards regex search on the reversed page (not a walk over every sentence end of the 400
characters before the mention), and the cue regexes (the costly part) run once per distinct
sentence and line rather than once per mention, so a bill-of-quantities line naming a vendor
and a model, or a clause listing five banned vendors, pays once. Mention positions inside the
sentence are only worked out when the sentence holds a trigger at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import islice
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "assign_role", "assign_roles", "sentence_bounds", "load_role_cues", "default_cues", "RoleCues",
    "PROHIBITED", "BUYER", "OFFERED", "MENTIONED", "ROLE_LANGS",
]

PROHIBITED = "prohibited"
BUYER = "buyer"
OFFERED = "offered"
MENTIONED = "mentioned"

_BACK = 400  # characters searched for the start of a sentence
_FWD = 300  # and for its end

_SENT_END = re.compile(r"[.!?;](?=\s)|[。！？；]|\n[ \t]*\n")
_SENT_END_REV = re.compile(r"(?<=\s)[.!?;]|[。！？；]|\n[ \t]*\n")  # the same, matched on reversed text

# --------------------------------------------------------------------------- cues (roles.yaml)

#: Languages roles.yaml may hold: the policy's languages, Korean, and `any` for cues that belong
#: to no language (statute numbers, quantities, currency symbols).
ROLE_LANGS = ("any", "en", "es", "pt", "fr", "de", "it", "nl", "pl", "sv", "no", "da", "fi", "vi", "ja", "zh", "ko")
_UNITS = ("words", "chars")
_REACHES = ("window", "sentence")
_TRIGGER_LISTS = {"forward": (True, False), "backward": (False, True), "both": (True, True)}
_BUYER_LISTS = {"buyer_forward": (True, False), "buyer_backward": (False, True)}
_PLAIN_LISTS = ("pseudo", "termination", "offer", "line_item", "table_row", "clause")
_LIST_FIELDS = (*_TRIGGER_LISTS, "pseudo", "termination", "offer", "line_item", "table_row", "clause", *_BUYER_LISTS)
_ISSUER_LISTS = ("suffix", "title", "addressee", "invitation", "supplier_document")

# A character that continues a Latin-script word (Vietnamese included, "×" excluded). A cue may
# not start or end between two of them; CJK, kana and hangul have no word boundaries.
_LW = "[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]"
_EDGE = f"(?:(?<!{_LW})|(?!{_LW}))"
_IS_LW = re.compile(_LW)


@dataclass(frozen=True, slots=True)
class _Trigger:
    """The cues of one trigger list that share a reach: one regex, run with finditer."""

    regex: re.Pattern[str]
    forward: bool  # the scope runs towards the end of the sentence
    backward: bool  # and/or towards its start
    window: int  # units allowed between the trigger and the mention
    chars: bool  # the unit: characters (CJK) or words
    clause: bool = False  # reach: sentence - in a clause, the forward scope runs to the sentence end


@dataclass(frozen=True, slots=True)
class _Issuer:
    """The `issuer:` section of roles.yaml compiled: how the top of a document names its issuer."""

    lines: int  # the top: this many non-empty lines of the first page
    gap_words: int  # at most this many words between the end of the name and its company suffix
    gap_chars: int  # and at most this many characters
    suffix: re.Pattern[str]
    title: re.Pattern[str] | None
    addressee: re.Pattern[str] | None
    invitation: re.Pattern[str] | None
    supplier_document: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class RoleCues:
    """roles.yaml compiled: what `assign_roles` needs (see the module docstring)."""

    negation: tuple[_Trigger, ...]
    buyer: tuple[_Trigger, ...]
    any_trigger: re.Pattern[str] | None  # every negation and buyer cue at once: is there any?
    pseudo: re.Pattern[str] | None
    termination: re.Pattern[str] | None
    offer: re.Pattern[str] | None
    line_item: re.Pattern[str] | None
    table_row: re.Pattern[str] | None
    clause: re.Pattern[str] | None = None  # wording that makes a sentence a clause (for reach: sentence)
    issuer: _Issuer | None = None
    languages: tuple[str, ...] = ()
    count: int = 0  # cues in the file, for the policy summary


def load_role_cues(path: Path, problems: list[str]) -> RoleCues | None:
    """Read and compile roles.yaml; append every problem to `problems` as
    `roles.yaml:line: field: problem` (the policy's style) and return None when there is any."""
    from extract.policy import _Checker, _load_yaml, _Y  # policy.py imports this module lazily

    ck = _Checker(path.name, problems)
    before = len(problems)
    root = _load_yaml(path, problems)
    if root is None:
        return None
    top = ck.mapping(root, "file", ("languages",), ("issuer",))
    if top is None or "languages" not in top:
        return None
    langs_y = top["languages"]
    if not isinstance(langs_y.value, dict) or not langs_y.value:
        ck.add(langs_y.line, "languages", "expected a mapping of language -> cues")
        return None
    for key, line in langs_y.value.get("\0dup", _Y([], 0)).value:
        ck.add(line, f"languages.{key}", "duplicate language")
    groups: dict[tuple[str, bool, bool, int, bool, bool], list[tuple[str, int]]] = {}
    plain: dict[str, list[tuple[str, int]]] = {name: [] for name in _PLAIN_LISTS}
    count = 0
    langs = []
    for lang, y in langs_y.value.items():
        if lang == "\0dup":
            continue
        where = f"languages.{lang}"
        if lang not in ROLE_LANGS:
            ck.add(y.line, where, f"unknown language {lang!r} (allowed: {', '.join(ROLE_LANGS)})")
            continue
        m = ck.mapping(y, where, ("unit", "window", "buyer_window"), (*_LIST_FIELDS, "note"))
        if m is None:
            continue
        langs.append(lang)
        chars = ck.choice(m, "unit", where, _UNITS, "words") == "chars"
        reach = {"window": _count(ck, m, "window", where), "buyer_window": _count(ck, m, "buyer_window", where)}
        if "note" in m:
            ck.text(m, "note", where)
        for name in _LIST_FIELDS:
            if name not in m:
                continue
            items = m[name]
            if not isinstance(items.value, list):
                ck.add(items.line, f"{where}.{name}", "expected a list")
                continue
            for item in items.value:
                cue = _cue(ck, item, f"{where}.{name}", windowed=name not in _PLAIN_LISTS,
                           reaching=name in ("forward", "both"))
                if cue is None:
                    continue
                src, window, line, to_end = cue
                count += 1
                if name in _PLAIN_LISTS:
                    plain[name].append((src, line))
                else:
                    fwd, bwd = (_TRIGGER_LISTS | _BUYER_LISTS)[name]
                    default = reach["buyer_window" if name in _BUYER_LISTS else "window"]
                    kind = "buyer" if name in _BUYER_LISTS else "negation"
                    key = (kind, fwd, bwd, default if window is None else window, chars, to_end)
                    groups.setdefault(key, []).append((src, line))
    issuer = _load_issuer(ck, top["issuer"]) if "issuer" in top else None
    if issuer is not None:
        count += issuer[1]
    if len(problems) > before:
        return None
    triggers: dict[str, list[_Trigger]] = {"negation": [], "buyer": []}
    for (kind, fwd, bwd, window, chars, to_end), cues in groups.items():
        rx = _combine(ck, cues, "languages", f"the {kind} cues")
        if rx is not None:
            triggers[kind].append(_Trigger(rx, fwd, bwd, window, chars, to_end))
    every = [c for cues in groups.values() for c in cues]
    any_trigger = _combine(ck, every, "languages", "the trigger cues") if every else None
    compiled = {name: _combine(ck, cues, "languages", f"the {name} cues") if cues else None for name, cues in plain.items()}
    if len(problems) > before:
        return None
    if issuer is not None and issuer[0] is None:
        return None
    return RoleCues(negation=tuple(triggers["negation"]), buyer=tuple(triggers["buyer"]), any_trigger=any_trigger,
                    issuer=issuer[0] if issuer else None, languages=tuple(langs), count=count, **compiled)


def _load_issuer(ck: Any, y: Any) -> tuple[_Issuer | None, int]:
    """The `issuer:` section: (compiled section or None after reporting, number of cues)."""
    where = "issuer"
    m = ck.mapping(y, where, ("lines", "suffix"), ("gap_words", "gap_chars", *_ISSUER_LISTS[1:], "note"))
    if m is None:
        return None, 0
    if "note" in m:
        ck.text(m, "note", where)
    nums = {k: _count(ck, m, k, where) for k in ("lines", "gap_words", "gap_chars")}
    lists: dict[str, re.Pattern[str] | None] = {}
    count = 0
    ok = True
    for name in _ISSUER_LISTS:
        if name not in m:
            lists[name] = None
            continue
        items = m[name]
        if not isinstance(items.value, list) or not items.value:
            ck.add(items.line, f"{where}.{name}", "expected a non-empty list")
            ok = False
            continue
        cues = []
        for item in items.value:
            cue = _cue(ck, item, f"{where}.{name}", windowed=False)
            if cue is None:
                ok = False
                continue
            cues.append((cue[0], cue[2]))
        count += len(cues)
        lists[name] = _combine(ck, cues, f"{where}.{name}", f"the {name} cues") if cues else None
        ok = ok and lists[name] is not None
    if not ok or lists.get("suffix") is None or nums["lines"] < 1:
        if nums["lines"] < 1 and "lines" in m:
            ck.add(m["lines"].line, f"{where}.lines", "expected a whole number >= 1")
        return None, count
    return _Issuer(lines=nums["lines"], gap_words=nums["gap_words"], gap_chars=nums["gap_chars"],
                   **lists), count  # type: ignore[arg-type]


def _count(ck: Any, m: dict[str, Any], key: str, where: str) -> int:
    y = m.get(key)
    if y is None:
        return 0
    if isinstance(y.value, bool) or not isinstance(y.value, int) or y.value < 0:
        ck.add(y.line, f"{where}.{key}", f"expected a whole number >= 0, got {y.value!r}")
        return 0
    return int(y.value)


def _cue(ck: Any, item: Any, where: str, windowed: bool, reaching: bool = False) -> tuple[str, int | None, int, bool] | None:
    """(regex source, window override or None, line, reach: sentence) of one list item, or None
    after reporting. `reach` is only allowed on forward-reaching negation triggers."""
    from extract.policy import _compile_regex

    window = None
    to_end = False
    if isinstance(item.value, dict):
        allowed = (("window", "note", "reach") if reaching else ("window", "note")) if windowed else ("note",)
        m = ck.mapping(item, where, ("cue",), allowed)
        if m is None or "cue" not in m:
            return None
        if "window" in m:
            window = _count(ck, m, "window", where)
        if "reach" in m:
            to_end = ck.choice(m, "reach", where, _REACHES, "window") == "sentence"
        if "note" in m:
            ck.text(m, "note", where)
        src = ck.text(m, "cue", where)
        line = m["cue"].line
    elif isinstance(item.value, str) and item.value.strip():
        src, line = item.value, item.line
    else:
        ck.add(item.line, where, "expected a regex (text) or a mapping {cue: REGEX, window: N}")
        return None
    if not src:
        return None
    rx = _compile_regex(ck, src, line, where)
    if rx is None:
        return None
    if rx.search("") is not None:
        ck.add(line, where, f"{src!r} matches the empty string")
        return None
    return src, window, line, to_end


def _combine(ck: Any, cues: list[tuple[str, int]], where: str, what: str = "cues") -> re.Pattern[str] | None:
    """One regex for a list of cues, each kept off the inside of Latin-script words (_EDGE).

    Why three groups: Python's `re` tries the pattern at every position of the sentence, so what
    it checks first at each position is what it pays most for. A cue that can only start with a
    Latin letter or digit needs just "no Latin letter or digit before" (a one-character
    lookbehind that fails at once inside words); a cue that can only start with other characters
    (CJK, kana, hangul, brackets) needs no guard at its start, and a lookahead for its possible
    first characters skips every other position at once; anything else keeps the full guard.
    Each group shares its check, so its alternatives are tried only where one may start; the
    Latin group is further split by first letter (`_by_first_letter`), so at a word start only
    the cues that begin with its letter are tried (the offer cues of 17 languages, tried one by
    one at every word, cost twice as much).
    """
    latin: list[str] = []
    foreign: list[str] = []
    firsts: set[str] = set()
    other: list[str] = []
    for src, _ in cues:
        chars = _first_chars(src)
        if chars is not None and all(_IS_LW.fullmatch(ch) for ch in chars):
            latin.append(src)
        elif chars is not None and not any(_IS_LW.fullmatch(ch) for ch in chars):
            foreign.append(src)
            firsts |= chars
        else:
            other.append(src)
    parts = []
    if latin:
        parts.append(f"(?<!{_LW})(?:" + _by_first_letter(latin) + ")")
    if foreign:
        parts.append("(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])(?:" + "|".join(f"(?:{s})" for s in foreign) + ")")
    if other:
        parts.append(f"{_EDGE}(?:" + "|".join(f"(?:{s})" for s in other) + ")")
    try:
        return re.compile("(?:" + "|".join(parts) + f"){_EDGE}")
    except re.error as exc:  # each cue compiled alone: a clash such as a repeated group name
        ck.add(cues[0][1], where, f"{what} do not combine into one regex: {exc}")
        return None


def _by_first_letter(srcs: list[str]) -> str:
    """One alternation of `srcs` that matches what "|".join(srcs) matches: the cues that start
    with a plain letter are grouped under it, "a(?:bc|de)" for "abc" and "ade"; the others
    (a class, a group, an escape, a quantified first letter, a top-level "|") stay whole."""
    by: dict[str, list[str]] = {}
    whole: list[str] = []
    for src in srcs:
        if _IS_LW.fullmatch(src[:1]) and src[1:2] not in ("?", "*", "+", "{") and not _top_level_bar(src):
            by.setdefault(src[0], []).append(src[1:])
        else:
            whole.append(src)
    parts = [re.escape(ch) + "(?:" + "|".join(f"(?:{r})" for r in rests) + ")" for ch, rests in by.items()]
    return "|".join(parts + [f"(?:{s})" for s in whole])


def _top_level_bar(src: str) -> bool:
    """Does the regex `src` hold a "|" outside any group ("inga|inget")?"""
    depth = 0
    i = 0
    in_class = False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if src[i + 1 : i + 2] == "^":
                i += 1
            if src[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a "]" first in a class is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


_DIGITS = frozenset("0123456789")


def _first_chars(src: str) -> frozenset[str] | None:
    """The characters every match of `src` may start with, read from the parsed regex, or None
    when that cannot be told (None only costs speed, never a match). `\\d` counts as the ASCII
    digits: a cue starting with another script's digit right after a Latin letter is the one
    match this may miss."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    zero_width = (c.AT, c.ASSERT, c.ASSERT_NOT)
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))

    def first(items: list[Any]) -> frozenset[str] | None:
        while items and items[0][0] in zero_width:
            items = items[1:]  # a lookaround or boundary consumes nothing: the next item starts the match
        if not items:
            return None
        op, av = items[0]
        if op is c.LITERAL:
            return frozenset(chr(av))
        if op is c.IN:
            out: set[str] = set()
            for kind, arg in av:
                if kind is c.LITERAL:
                    out.add(chr(arg))
                elif kind is c.RANGE and arg[1] - arg[0] < 256:
                    out.update(chr(x) for x in range(arg[0], arg[1] + 1))
                elif kind is c.CATEGORY and arg is c.CATEGORY_DIGIT:
                    out |= _DIGITS
                else:
                    return None
            return frozenset(out)
        if op is c.SUBPATTERN:
            return first(list(av[-1]))
        if op is c.BRANCH:
            sets = [first(list(alt)) for alt in av[1]]
            return None if any(s is None for s in sets) else frozenset().union(*sets)  # type: ignore[arg-type]
        if op in repeats:
            body = first(list(av[2]))
            if av[0] > 0:
                return body
            rest = first(items[1:])  # optional: the match may start with what follows it ("(?:并|並)?非由")
            return None if body is None or rest is None else body | rest
        return None

    try:
        return first(list(p.parse(src)))
    except (re.error, RecursionError):
        return None


_DEFAULT: list[RoleCues] = []


def default_cues() -> RoleCues:
    """The cues of the default policy (callers holding a Policy pass `policy.roles` instead)."""
    if not _DEFAULT:
        from extract.policy import load_policy

        cues = load_policy().roles
        assert cues is not None
        _DEFAULT.append(cues)
    return _DEFAULT[0]


# --------------------------------------------------------------------------- sentences


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: after the last sentence end before it, up to the next."""
    lo = max(0, start - _BACK)
    s = lo
    for m in _SENT_END.finditer(text, lo, start):
        s = m.end()
    # A line break ends a sentence when the line before it is a table row.
    nl = text.rfind("\n", lo, start)
    if nl >= 0 and nl + 1 > s:
        prev_line_start = text.rfind("\n", 0, nl) + 1
        if " | " in text[prev_line_start:nl] or " | " in text[nl + 1 : text.find("\n", nl + 1) if text.find("\n", nl + 1) >= 0 else len(text)]:
            s = nl + 1
    return s, _sentence_end(text, end)


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence holding a mention that ends at `end` stops: the next sentence end, or
    the end of the line when the line is a table row (one row is one offer)."""
    m = _SENT_END.search(text, end, min(len(text), end + _FWD))
    e = m.end() if m else min(len(text), end + _FWD)
    nl = text.find("\n", end, e)
    if nl >= 0:
        line = text[text.rfind("\n", 0, end) + 1 : nl]
        if " | " in line:
            e = nl
    return e


def _bounds_with(text: str, rev: str, start: int, end: int) -> tuple[int, int]:
    """`sentence_bounds` with one regex search each way (`rev` is `text` reversed).

    The end is found exactly as `sentence_bounds` finds it. The start is the end of the last
    sentence end before the mention, found by searching the reversed page backwards from the
    mention, instead of walking every sentence end of the 400 characters before it. It may
    differ from `sentence_bounds`' only inside a run of whitespace (sentence ends made of
    whitespace, "\\n\\n", pair up differently when read backwards; "." and "。" are the same
    either way, and a mention never starts with whitespace). Roles read the sentence with its
    leading whitespace dropped, so they are the same.
    """
    n = len(text)
    lo = max(0, start - _BACK)
    m = _SENT_END_REV.search(rev, n - start, n - lo)
    s = n - m.start() if m else lo
    nl = text.rfind("\n", lo, start)
    if nl >= 0 and nl + 1 > s:
        prev_line_start = text.rfind("\n", 0, nl) + 1
        nxt = text.find("\n", nl + 1)
        if " | " in text[prev_line_start:nl] or " | " in text[nl + 1 : nxt if nxt >= 0 else len(text)]:
            s = nl + 1
    return s, _sentence_end(text, end)


def _line_of(text: str, start: int, end: int) -> str:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return text[ls : le if le >= 0 else len(text)]


def _fold(seg: str) -> str:
    """Lower case; each whitespace run becomes one space, or one "\\n" when it holds a line break;
    leading and trailing whitespace dropped."""
    lines = []
    for line in seg.lower().split("\n"):
        words = line.split()
        if words:
            lines.append(" ".join(words))
    return "\n".join(lines)


def _folded_pos(text: str, s: int, p: int) -> int:
    """Where text[p] lands in `_fold(text[s:e])` (p > s; text[p] is not whitespace, or p is the end
    of a mention)."""
    f = _fold(text[s:p])
    return len(f) + (1 if f and text[p - 1].isspace() else 0)


# --------------------------------------------------------------------------- roles


def assign_role(text: str, start: int, end: int, cues: RoleCues | None = None, *, first_page: bool = True) -> str:
    """The role of the mention text[start:end] on a page of original text (`first_page`: the
    page is the first of its document, whose top names the issuer)."""
    return assign_roles(text, [(start, end)], cues, first_page=first_page)[0]


def assign_roles(text: str, spans: Iterable[tuple[int, int]], cues: RoleCues | None = None, *,
                 first_page: bool = True) -> list[str]:
    """The role of each mention text[start:end] in `spans`, all on one page of original text:
    the same roles as `assign_role` one by one, for a fraction of the work (module docstring)."""
    spans = list(spans)
    if not spans:
        return []
    cues = cues or default_cues()
    rev = text[::-1]
    memo: dict[tuple[str, str], Any] = {}
    iss = cues.issuer if first_page else None
    top = _top_lines(text, iss.lines) if iss is not None else []
    top_end = top[-1][1] if top else -1
    out = []
    for start, end in spans:
        s, e = _bounds_with(text, rev, start, end)
        role = _role(text, s, e, start, end, cues, memo)
        if start < top_end and role in (OFFERED, MENTIONED) and _issued_by(text, start, end, top, cues, memo):
            role = BUYER
        out.append(role)
    return out


# --------------------------------------------------------------------------- the issuer
#
# A restricted company that issues a tender is its buyer, yet its documents often carry no
# "Purchaser:" label: its legal name heads the first page as a letterhead ("ZTE Deutschland GmbH
# Preisanfrage Vergabe-Nr. 2024-17", "中国移动通信集团浙江有限公司 询价函"), closes a notice title
# in parentheses ("Toimistokalusteet uusiin tiloihin (ZTE Finland Oy)"), or is the addressee of a
# tender form ("To: China Mobile International (UK) Limited"). The rule reads one line of the
# top of the first page, and only a line that is nothing but that: a legal name (the mention, a
# few words, a company suffix) with, at most, tender-document words after it. A quantity, an
# offer cue, a table cell or any other wording on the line and it is not the issuer's; a supplier
# document (a quotation, an invoice, a manufacturer's authorisation: its letterhead is the
# supplier's) or an invitation to quote (its addressee is the supplier) turns the rule off.

_MARKS = re.compile(r"[\s#*>•·|\-–—]*")  # heading and list marks before a letterhead name
_GAP_STOP = re.compile(r"[;:|，。；：\n]")
_DATE = re.compile(r"(?<!\w)(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)(?!\w)")
_REF = re.compile(r"(?<!\w)(?:nr|no|n°|nº|ref|réf|az|dnr|id)\.?\s*[:：]?\s*[\w./-]*\d[\w./-]*")
_NO_WORDS = re.compile(r"[^\w]*")  # nothing but punctuation and spaces (CJK characters are \w)
_CLOSE_PAREN = re.compile(r"\s*[)）]\s*[.:：]?\s*")
_MAX_LINE = 200  # a longer "line" is a page without line breaks, not a heading


_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a non-empty line (from a line start: finditer resumes there)


def _top_lines(text: str, n: int) -> list[tuple[int, int]]:
    """(start, end) of the first `n` non-empty lines of the page."""
    return [m.span() for m in islice(_LINE.finditer(text), n)]


def _issued_by(text: str, start: int, end: int, top: list[tuple[int, int]], cues: RoleCues,
               memo: dict[tuple[str, str], Any]) -> bool:
    """Is the mention text[start:end], on one of the `top` lines, the issuer's legal name?"""
    iss = cues.issuer
    assert iss is not None
    idx = next((i for i, (a, b) in enumerate(top) if a <= start < b), None)
    if idx is None:
        return False
    ls, le = top[idx]
    if le - ls > _MAX_LINE:
        return False
    raw = text[ls:start].strip()
    if len(raw) > 40 and not (idx == 0 and raw[-1] in "(（"):
        return False  # cheap: no label or suffix is that long, and only the title form has a long lead
    line = _fold(text[ls:le])
    ms, me = _folded_pos(text, ls, start), _folded_pos(text, ls, end)
    prefix = line[:ms]
    lead = prefix[_MARKS.match(prefix).end():].rstrip()  # type: ignore[union-attr]
    suffixed = bool(lead) and iss.suffix.fullmatch(lead) is not None  # "株式会社カスペルスキー"
    if not lead or suffixed:  # "ZTE Deutschland GmbH"
        form = "head"
    elif iss.addressee is not None and iss.addressee.fullmatch(lead):  # "To: China Mobile ..."
        form = "to"
    elif idx == 0 and lead[-1] in "(（":  # "Toimistokalusteet uusiin tiloihin (ZTE Finland Oy)"
        form = "title"
    else:
        return False
    name_end = _legal_name_end(line, ms, me, iss) or (me if suffixed else None)
    if name_end is None:
        return False
    rest = line[name_end:]
    if form == "to":
        return _only_references(rest) and not _invited(text, iss, memo)
    if _supplier_document(text, top, iss, memo):
        return False
    if form == "title":
        title = lead[:-1]
        return (_CLOSE_PAREN.fullmatch(rest) is not None and not any(ch.isdigit() for ch in title)
                and not _offer_or_item(title, cues))
    if "|" in rest or "\t" in text[ls:le]:
        return False  # a table row
    if iss.title is not None:
        bare = iss.title.sub(" ", rest)
        if bare != rest:  # tender-document words: anything else on the line must not read as supply
            return not _offer_or_item(bare, cues)
    return _only_references(rest)


def _legal_name_end(line: str, ms: int, me: int, iss: _Issuer) -> int | None:
    """Where the legal name that starts with the mention at line[ms:me] ends: after a company
    suffix that follows the mention closely (or is part of it: "... Co., Ltd."), extended over
    further suffixes as close ("有限公司杭州分公司", "Co., Ltd. Shanghai Branch"); None without one."""
    end = None
    pos = me
    for m in iss.suffix.finditer(line, ms):
        if m.end() < pos:
            continue  # a suffix-like word inside the mention
        gap = line[pos:m.start()].strip() if m.start() > pos else ""
        if gap and (_GAP_STOP.search(gap) or len(gap) > iss.gap_chars or len(gap.split()) > iss.gap_words):
            break
        end = pos = m.end()
    return end


def _only_references(rest: str) -> bool:
    """Nothing after the name but punctuation, dates and reference numbers ("Nr. 2024-17")."""
    return _NO_WORDS.fullmatch(_REF.sub(" ", _DATE.sub(" ", rest))) is not None


def _offer_or_item(folded: str, cues: RoleCues) -> bool:
    return bool((cues.offer is not None and cues.offer.search(folded))
                or (cues.line_item is not None and cues.line_item.search(folded)))


def _supplier_document(text: str, top: list[tuple[int, int]], iss: _Issuer, memo: dict[tuple[str, str], Any]) -> bool:
    """Does a top line head a supplier's own document (a quotation, an invoice, an authorisation)?"""
    hit = memo.get(("supplier_document", ""))
    if hit is None:
        rx = iss.supplier_document
        hit = memo[("supplier_document", "")] = rx is not None and any(rx.search(_heading(text[a:b])) for a, b in top)
    return hit


def _heading(line: str) -> str:
    """A top line as the supplier_document cues read it: folded, without reference numbers, dates
    and the words and punctuation they leave ("Quotation No. Q-17 dated 01.05.2024:" -> "quotation")."""
    bare = _REF.sub(" ", _DATE.sub(" ", _fold(line)))
    return " ".join(re.sub(r"(?:^|\s)(?:of|dated|del?|vom|du)\s*$", " ", bare.strip(" .:,;-–—#")).split())


def _invited(text: str, iss: _Issuer, memo: dict[tuple[str, str], Any]) -> bool:
    """Does the page invite its addressee to quote or tender (the addressee is then a supplier)?"""
    hit = memo.get(("invitation", ""))
    if hit is None:
        hit = memo[("invitation", "")] = iss.invitation is not None and iss.invitation.search(_fold(text)) is not None
    return hit


#: What may stand between two names of one coordinated list: separators and conjunctions of the
#: policy languages, a parenthesis, an apostrophe-s, the hyphen of a suspended compound.
#: "Huawei, ZTE, Hytera, Hikvision or Dahua", "Huawei- ja ZTE-laitteita".
_LIST_GAP = re.compile(
    r"(?:[\s,;/、，・()（）&+-]|'s\b|’s\b|\b(?:and|or|nor|und|oder|sowie|et|ou|ni|y|o|e|og|eller|samt|và|hoặc|"
    r"hay|en|of|i|lub|oraz|ja|tai|och|eller|né|ani|noch|eikä)\b|和|或|及|与|與|以及|および|及び|又は|または|や)*",
    re.IGNORECASE,
)
_LIST_GAP_MAX = 40


def share_list_roles(text: str, spans: list[tuple[int, int]], roles: list[str], names: list[bool]) -> list[str]:
    """One role for every name of a coordinated list: a ban reaches the whole list.

    Why: a negation's scope is a bounded window, but the lists that clauses and certificates
    name run past it ("... shall not provide equipment produced by Huawei, ZTE, Hytera,
    Hikvision, Dahua or any of their subsidiaries"): the last names would read as `mentioned`,
    and a restricted name outside a prohibition is never cleared. Names (`names[i]`: the span is a
    restricted entity) joined only by separators and conjunctions form a list; when one of them
    is prohibited, all are. Nothing else is shared: an offer must be shown for each name.
    """
    order = sorted((i for i in range(len(spans)) if names[i]), key=lambda i: spans[i])
    out = list(roles)
    run: list[int] = []

    def close() -> None:
        if len(run) > 1 and any(out[i] == PROHIBITED for i in run):
            for i in run:
                out[i] = PROHIBITED

    for i in order:
        if run:
            gap = text[spans[run[-1]][1]: spans[i][0]]
            if len(gap) > _LIST_GAP_MAX or _LIST_GAP.fullmatch(gap) is None:
                close()
                run = []
        run.append(i)
    close()
    return out


_Scope = tuple[int, int, int, int]  # ms_min, ms_max (exclusive), me_min, me_max on the folded sentence
_INF = 1 << 62
_WORD = re.compile(r"\w+")


def _role(text: str, s: int, e: int, start: int, end: int, cues: RoleCues, memo: dict[tuple[str, str], Any]) -> str:
    """The role of text[start:end] whose sentence is text[s:e]; `memo` caches per-sentence and
    per-line work across the mentions of one page."""
    sentence = _fold(text[s:e])
    key = ("scopes", sentence)
    scopes = memo.get(key)
    if scopes is None:
        if cues.any_trigger is None or cues.any_trigger.search(sentence) is None:
            scopes = memo[key] = ((), ())  # most sentences: one pass, no trigger of either kind
        else:
            scopes = memo[key] = (_scopes(sentence, cues.negation, cues, pseudo=True, line_bound=False),
                                  _scopes(sentence, cues.buyer, cues, pseudo=False, line_bound=True))
    neg, buyer = scopes
    if neg or buyer:
        ms, me = _folded_pos(text, s, start), _folded_pos(text, s, end)
        if any(a <= ms < b and c <= me <= d for a, b, c, d in neg):
            return PROHIBITED
        if any(a <= ms < b and c <= me <= d for a, b, c, d in buyer):
            return BUYER
    if _offered(sentence, _line_of(text, start, end), cues, memo):
        return OFFERED
    return MENTIONED


def _scopes(sent: str, triggers: tuple[_Trigger, ...], cues: RoleCues, *, pseudo: bool, line_bound: bool) -> tuple[_Scope, ...]:
    """Every scope the triggers open in the folded sentence, as (ms_min, ms_max, me_min, me_max):
    a mention spanning [ms, me) is inside when ms_min <= ms < ms_max and me_min <= me <= me_max."""
    if not triggers:
        return ()
    hits = [(m.start(), m.end(), t) for t in triggers for m in t.regex.finditer(sent) if m.end() > m.start()]
    if not hits:
        return ()
    if pseudo and cues.pseudo is not None:
        fake = [m.span() for m in cues.pseudo.finditer(sent)]
        if fake:
            hits = [h for h in hits if not any(a < h[1] and h[0] < b for a, b in fake)]
            if not hits:
                return ()
    terms = [m.span() for m in cues.termination.finditer(sent)] if cues.termination is not None else []
    starts: list[int] = []
    ends: list[int] = []
    if any(not t.chars for _, _, t in hits):
        for w in _WORD.finditer(sent):
            starts.append(w.start())
            ends.append(w.end())
    out: list[_Scope] = []
    clause: bool | None = None  # does the sentence read as a clause? (asked once, only when needed)
    for ts, te, t in hits:
        if t.forward:
            # up to the first termination after the trigger, and at most `window` units between;
            # a `reach: sentence` trigger in a clause skips the window (a clause's object, "any
            # equipment ... made by Hytera, Hikvision or Dahua", outruns any fixed window)
            hi = next((a for a, _ in terms if a >= te), len(sent))
            if t.clause and clause is None:
                clause = cues.clause is not None and cues.clause.search(sent) is not None
            if t.clause and clause:
                pass
            elif t.chars:
                hi = min(hi, te + t.window + 1)
            else:
                k = bisect_left(starts, te) + t.window
                if k < len(starts):
                    hi = min(hi, starts[k] + 1)
            if line_bound:
                hi = min(hi, _line_end(sent, te))
            out.append((ts, hi, 0, _INF))
        if t.backward:
            lo = next((b for a, b in reversed(terms) if b <= ts), 0)
            if line_bound:
                lo = max(lo, sent.rfind("\n", 0, ts) + 1)
            if t.chars:
                reach = ts - t.window
            else:
                k = bisect_right(ends, ts) - 1 - t.window
                reach = ends[k] if k >= 0 else 0
            out.append((lo, _INF, reach, te))
    return tuple(out)


def _line_end(sent: str, pos: int) -> int:
    """Where a buyer label ending at `pos` stops reaching: the end of its line, or of the next
    line when nothing but label punctuation follows it on its own ("Purchaser:\\nChina Mobile")."""
    nl = sent.find("\n", pos)
    if nl < 0:
        return len(sent)
    if sent[pos:nl].strip(" :：|-–—") == "":
        nxt = sent.find("\n", nl + 1)
        return nxt if nxt >= 0 else len(sent)
    return nl


def _offered(sentence: str, line: str, cues: RoleCues, memo: dict[tuple[str, str], Any]) -> bool:
    """Supply wording in the sentence or the line, a line item on the line, or a priced table row.
    The offer cues run once per distinct folded text: a one-line sentence is its own line."""
    key = ("line", line)
    hit = memo.get(key)
    if hit is None:
        low = line.lower()
        hit = memo[key] = bool(
            ((" | " in line or "\t" in line) and cues.table_row is not None and cues.table_row.search(low))
            or (cues.line_item is not None and cues.line_item.search(low))
        )
    return hit or _has_offer(sentence, cues, memo) or _has_offer(_fold(line), cues, memo)


def _has_offer(folded: str, cues: RoleCues, memo: dict[tuple[str, str], Any]) -> bool:
    key = ("offer", folded)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = cues.offer is not None and cues.offer.search(folded) is not None
    return hit
