"""extract.policy.regex_syntax and the two walkers on its tree (issue 16).

Why these tests: lead_literals (extract.policy.leads) and first_chars (extract.policy.leads)
used to read CPython's private parser. They now walk our own tree, and must

* give exactly what the old walkers gave on every regex of the shipped policy: the old walkers
  are kept below, in this file only, as the reference oracle (they still import `re._parser`,
  which is why they live here and not in extract/; they skip when a Python lacks it);
* stay sound on any regex of the supported subset (hypothesis: every match starts with one of
  the literals / characters they return);
* fall back to None where the parser rejects a regex, with an error that says what and where;
* and extract/ must not import the private modules again.
"""

from __future__ import annotations

import ast
import re
import unicodedata
import warnings
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extract.policy.cues as cues_module
import extract.policy.load as load_module
from extract.policy import regex_syntax as rs
from extract.policy.compiled import _pattern_body
from extract.policy.leads import first_chars as _first_chars
from extract.policy.leads import lead_literals
from extract.policy.load import load_policy

ROOT = Path(__file__).resolve().parents[1]

# ----------------------------------------------------------------------------- reference oracle
# The walkers as they were before issue 16, over CPython's private parser. Reference only.

try:
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without them: the oracle tests skip
    _c = _p = None

_O_ALPHABET = frozenset(chr(i) for i in range(0x20, 0x7F) if not "A" <= chr(i) <= "Z") | frozenset("\t\n\x0b\x0c\r")
_O_WIDE = object()
_O_END = object()
_O_DIGITS = frozenset("0123456789")


class _OGiveUp(Exception):
    pass


def _old_lead_literals(regex: str, *, flags: int = 0, max_len: int = 5, budget: int = 400,
                       min_len: int = 2) -> frozenset[str] | None:
    if flags & re.IGNORECASE or not flags & re.ASCII:
        return None
    categories = {_c.CATEGORY_DIGIT: frozenset("0123456789"), _c.CATEGORY_SPACE: frozenset(" \t\n\x0b\x0c\r"),
                  _c.CATEGORY_WORD: frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")}

    def charset(items: list[tuple[Any, Any]]) -> Any:
        chars: set[str] = set()
        for op, av in items:
            if op is _c.LITERAL:
                if chr(av) not in _O_ALPHABET:
                    return _O_WIDE
                chars.add(chr(av))
            elif op is _c.RANGE:
                if av[1] > 0x7E:
                    return _O_WIDE
                chars.update(c for c in map(chr, range(av[0], av[1] + 1)) if c in _O_ALPHABET)
            elif op is _c.CATEGORY and av in categories:
                chars |= categories[av]
            else:
                return _O_WIDE
        return frozenset(chars)

    def firsts(cont: tuple[Any, ...], depth: int) -> list[tuple[Any, tuple[Any, ...]]]:
        if depth > 60:
            raise _OGiveUp
        if not cont:
            return [(_O_END, ())]
        (op, av), rest = cont[0], cont[1:]
        if op is _c.LITERAL:
            return [(frozenset((chr(av),)) if chr(av) in _O_ALPHABET else _O_WIDE, rest)]
        if op is _c.IN:
            return [(charset(av), rest)]
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return firsts(rest, depth + 1)
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return [(_O_WIDE, ())]
            return firsts(tuple(av[3]) + rest, depth + 1)
        if op is _c.BRANCH:
            out: list[tuple[Any, tuple[Any, ...]]] = []
            for alt in av[1]:
                out.extend(firsts(tuple(alt) + rest, depth + 1))
            return out
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            lo, hi, sub = av
            out = []
            if lo == 0:
                out.extend(firsts(rest, depth + 1))
            if hi != 0:
                again = (op, (max(lo - 1, 0), hi if hi == _c.MAXREPEAT else hi - 1, sub))
                out.extend(firsts(tuple(sub) + (again,) + rest, depth + 1))
            return out
        if op is getattr(_c, "ATOMIC_GROUP", None):
            return firsts(tuple(av) + rest, depth + 1)
        return [(_O_WIDE, ())]

    try:
        parsed = _p.parse(regex, flags)
    except (re.error, RecursionError):
        return None
    states: list[tuple[str, tuple[Any, ...]]] = [("", tuple(parsed))]
    done: set[str] = set()
    for _ in range(max_len):
        stop: set[str] = set()
        expand = []
        for acc, cont in states:
            try:
                steps = firsts(cont, 0)
            except _OGiveUp:
                stop.add(acc)
                continue
            for chars, rest in steps:
                if chars is _O_END or chars is _O_WIDE:
                    stop.add(acc)
                else:
                    expand.append((acc, chars, rest))
        if len(done) + len(stop) + sum(len(chars) for _, chars, _ in expand) > budget:
            break
        done |= stop
        states = [(acc + ch, rest) for acc, chars, rest in expand for ch in chars]
        if not states:
            break
    leads = done | {a for a, _ in states}
    if not leads or min(len(s) for s in leads) < min_len:
        return None
    return frozenset(s for s in leads if not any(s[:k] in leads for k in range(1, len(s))))


def _old_first_chars(src: str) -> frozenset[str] | None:
    zero_width = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
    repeats = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))

    def first(items: list[Any]) -> frozenset[str] | None:
        while items and items[0][0] in zero_width:
            items = items[1:]
        if not items:
            return None
        op, av = items[0]
        if op is _c.LITERAL:
            return frozenset(chr(av))
        if op is _c.IN:
            out: set[str] = set()
            for kind, arg in av:
                if kind is _c.LITERAL:
                    out.add(chr(arg))
                elif kind is _c.RANGE and arg[1] - arg[0] < 256:
                    out.update(chr(x) for x in range(arg[0], arg[1] + 1))
                elif kind is _c.CATEGORY and arg is _c.CATEGORY_DIGIT:
                    out |= _O_DIGITS
                else:
                    return None
            return frozenset(out)
        if op is _c.SUBPATTERN:
            return first(list(av[-1]))
        if op is _c.BRANCH:
            sets = [first(list(alt)) for alt in av[1]]
            return None if any(s is None for s in sets) else frozenset().union(*sets)  # type: ignore[arg-type]
        if op in repeats:
            body = first(list(av[2]))
            if av[0] > 0:
                return body
            rest = first(items[1:])
            return None if body is None or rest is None else body | rest
        return None

    try:
        return first(list(_p.parse(src)))
    except (re.error, RecursionError):
        return None


needs_oracle = pytest.mark.skipif(_p is None, reason="this Python has no re._parser to compare with")

# ----------------------------------------------------------------------------- the shipped policy


@pytest.fixture(scope="module")
def shipped() -> dict[str, list[str]]:
    """Every regex of the shipped policy, by kind, as the loader compiles it (recorded from
    `_compile_regex`: model-number patterns, role cues, guards), plus the pattern bodies
    lead_literals is called on and the combined regexes built from them."""
    seen: list[tuple[str, str]] = []
    real = load_module._compile_regex

    def record(ck: Any, src: str, line: int, where: str) -> Any:
        seen.append((where, src))
        return real(ck, src, line, where)

    with (mock.patch.object(load_module, "_compile_regex", record), mock.patch.object(cues_module, "_compile_regex", record),
          mock.patch.dict(load_module._CACHE, clear=True), mock.patch.dict("os.environ", {"TENDER_TRIAGE_CACHE_DIR": "off"})):
        policy = load_policy()  # built afresh (neither in-process nor on-disk cache), so every regex is recorded
    out: dict[str, list[str]] = {}
    for where, src in seen:
        kind = {"entities": "patterns", "guards": "guards"}.get(where.split("[")[0].split(".")[0], "cues")
        out.setdefault(kind, []).append(src)
    out["pattern bodies"] = [_pattern_body(p) for p in policy.patterns]
    roles = policy.roles
    combined = [t.gate.whole for t in roles.negation + roles.buyer] + [roles.pseudo.whole, roles.termination.whole]
    # the gated lists (extract.policy.gate): their cues combined as the loader would, and the rest
    gates = [roles.any_trigger, roles.offer, roles.register, roles.line_item, roles.table_row, roles.clause, roles.new_kit]
    combined += [g.rest for g in gates + [t.gate for t in roles.negation + roles.buyer] if g is not None and g.rest is not None]
    out["combined"] = ([rx.pattern for rx in combined if rx is not None] + [policy.pattern_regex.pattern]
                       + [cues_module._combined_source([(c, 0) for c in g.cues]) for g in gates if g is not None])
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}


def test_the_recorded_policy_regexes_cover_every_kind(shipped) -> None:
    assert len(shipped["patterns"]) >= 40 and len(shipped["pattern bodies"]) == len(shipped["patterns"])
    assert len(shipped["cues"]) > 800
    assert len(shipped["guards"]) >= 15


def test_every_shipped_regex_parses(shipped) -> None:
    for kind in ("patterns", "pattern bodies", "cues", "guards"):  # (the combined ones: in the tests below)
        for src in shipped[kind]:
            rs.parse(src)  # raises RegexNotSupported with the position when it does not
            if kind in ("patterns", "pattern bodies"):
                rs.parse(src, re.ASCII)


@needs_oracle
def test_lead_literals_equal_the_old_walker_on_the_shipped_policy(shipped) -> None:
    checked = 0
    for kind, srcs in shipped.items():
        for src in srcs:
            for kw in ({}, {"min_len": 1}) if kind != "cues" else ({},):
                assert lead_literals(src, flags=re.ASCII, **kw) == _old_lead_literals(src, flags=re.ASCII, **kw), (kind, src, kw)
                checked += 1
    assert checked > 1000
    # The pattern bodies all have literals (else matching falls back to whole-page scans).
    assert all(lead_literals(src, flags=re.ASCII) is not None for src in shipped["pattern bodies"])


@needs_oracle
def test_first_chars_equal_the_old_walker_on_the_shipped_policy(shipped) -> None:
    told = 0
    for kind in ("cues", "patterns", "pattern bodies", "guards"):
        for src in shipped[kind]:
            new = _first_chars(src)
            assert new == _old_first_chars(src), (kind, src)
            told += new is not None
    assert told > 500  # most cues do have known first characters


@needs_oracle
def test_first_chars_on_the_combined_regexes_is_the_old_answer_or_finer(shipped) -> None:
    """The combined regexes (built by the loader, not written by staff) start with an
    alternation of lookarounds: the old walker gave up on those, the new one reads through
    them. It may know more, never something else."""
    for src in shipped["combined"]:
        old, new = _old_first_chars(src), _first_chars(src)
        assert old is None or new == old, src


# ----------------------------------------------------------------------------- the tree


def test_the_tree_of_a_small_regex() -> None:
    tree = rs.parse(r"(?:ab|[^\d-]c)+?\b(?P<n>x{2,})(?<!y)")
    L = rs.Literal
    assert tree == rs.Regex(rs.Sequence((
        rs.Repeat(rs.Group(rs.Alternation((
            rs.Sequence((L("a"), L("b"))),
            rs.Sequence((rs.CharClass((rs.Category("d"), rs.Range("-", "-")), negated=True), L("c"))),
        ))), 1, None, "lazy"),
        rs.Anchor("\\b"),
        rs.Group(rs.Repeat(L("x"), 2, None), capturing=True, name="n"),
        rs.Look(L("y"), behind=True, negative=True),
    )), "")
    assert rs.parse(r"(?i)a(?s-m:.)", re.ASCII) == rs.Regex(
        rs.Sequence((L("a"), rs.Group(rs.AnyChar(), add_flags="s", del_flags="m"))), "ai")
    assert rs.parse(r"[\u00c0-\u00d6\]]\x41\N{BULLET}{,3}+").body == rs.Sequence((
        rs.CharClass((rs.Range("\u00c0", "\u00d6"), rs.Range("]", "]"))), L("A"),
        rs.Repeat(L("\u2022"), 0, 3, "possessive")))
    assert rs.parse("").body == rs.Sequence(())
    assert rs.parse("a|").body == rs.Alternation((L("a"), rs.Sequence(())))


@pytest.mark.parametrize("src, what", [
    (r"(a)\1", "back-reference"),
    (r"(?P<x>a)(?P=x)", "back-reference"),
    (r"(?>ab)", "atomic group"),
    (r"(?#note)a", "comment"),
    (r"(a)?(?(1)b|c)", "conditional"),
    (r"(?x)a b", "verbose"),
    (r"(?L)a", "locale"),
    (r"a(?i)b", "global flags not at the start"),
    (r"a{", "'{'"),
    (r"[[a]", "'['"),
    (r"[ab&&c]", "set operation"),
    (r"[a--b]", "bad character range"),
    (r"\0", "octal"),
    (r"\q", "bad escape"),
    (r"(", "missing ')'"),
    (r"a)", "unbalanced"),
    (r"[a", "unterminated"),
    (r"a**", "multiple repeat"),
    (r"*a", "nothing to repeat"),
    (r"\b+", "quantifier on an anchor"),
    (r"(?=a)*", "quantifier on an anchor or lookaround"),
    (r"a{3,1}", "min repeat greater than max"),
    (r"[z-a]", "bad character range"),
    (r"(?<=a+)b", "does not compile"),
    (r"(?<n>a)", "(?<name>...)"),
])
def test_unsupported_syntax_is_rejected_with_a_clear_error(src: str, what: str) -> None:
    with pytest.raises(rs.RegexNotSupported) as info:
        rs.parse(src)
    assert what in str(info.value) and "position" in str(info.value), str(info.value)
    assert isinstance(info.value, ValueError)


def test_flags_outside_the_subset_are_rejected() -> None:
    with pytest.raises(rs.RegexNotSupported, match="flags"):
        rs.parse("a b", re.VERBOSE)
    with pytest.raises(rs.RegexNotSupported, match="does not compile"):
        rs.parse(r"(?u)\w", re.ASCII)


@pytest.mark.parametrize("src", [r"(ab)\1cd", r"abc(?>de)", r"ab(?#x)c", r"(?x)ab c", r"ab[[]"])
def test_the_walkers_fall_back_to_none_on_rejected_syntax(src: str) -> None:
    with pytest.raises(rs.RegexNotSupported):
        rs.parse(src)
    assert lead_literals(src, flags=re.ASCII, min_len=1) is None
    assert _first_chars(src) is None


def test_ignore_case_widens_to_none() -> None:
    """The old walkers read (?i) as if it were not there; the tree keeps the flag, so both
    now say "don't know" (capitals match too)."""
    assert _first_chars(r"(?i)abc") is None
    assert _first_chars(r"(?i:a)bc") is None
    assert lead_literals(r"(?i)abc", flags=re.ASCII) is None
    assert lead_literals(r"xy(?i:abc)", flags=re.ASCII) == frozenset({"xy"})
    assert _first_chars(r"(?s:a)bc") == frozenset("a")


# ----------------------------------------------------------------------------- soundness

_CLASS_ITEMS = ["a", "b", "c-e", "0-9", r"\d", r"\s", r"\w", r"\W", "中", "é", r"\.", "_", r"\-", "A-C", "^", r"\]",
                r"\x30-\x39", r"\u00e9", "-", r"\b", "à-ÿ"]
_ATOMS = ["a", "b", "c", "ab", "1", "-", " ", "_", "中", "é", "A", r"\d", r"\w", r"\s", r"\D", r"\S", r"\.",
          r"\-", r"\n", ".", r"\b", r"\B", "^", "$", "", r"\x61", r"\u00e9", "]", "}", r"\{", r"\A", r"\Z", r"\t"]
_QUANTIFIERS = ["*", "+", "?", "{2}", "{0,2}", "{1,3}", "{2,}", "{,2}"]


def _regexes() -> st.SearchStrategy[str]:
    char_class = st.builds(lambda neg, items: "[" + ("^" if neg else "") + "".join(items) + "]",
                           st.booleans(), st.lists(st.sampled_from(_CLASS_ITEMS), min_size=1, max_size=3))
    fixed = st.sampled_from(["a", "ab", r"\d", r"\w", "[a-c]", "中", r"\s"])  # lookbehind bodies: fixed width
    behind = st.builds(lambda neg, body: ("(?<!" if neg else "(?<=") + body + ")", st.booleans(), fixed)
    leaf = st.one_of(st.sampled_from(_ATOMS), char_class, behind)

    def extend(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(children, min_size=2, max_size=4).map("".join),
            st.lists(children, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            st.builds(lambda x, g: g.replace("X", x), children,
                      st.sampled_from(["(?:X)", "(X)", "(?=X)", "(?!X)", "(?i:X)", "(?s:X)", "(?a:X)", "(?-i:X)"])),
            st.builds(lambda x, q, m: "(?:" + x + ")" + q + m, children, st.sampled_from(_QUANTIFIERS),
                      st.sampled_from(["", "?", "+"])),
        )

    body = st.recursive(leaf, extend, max_leaves=12)
    return st.builds(lambda flags, b: flags + b, st.sampled_from(["", "", "", "(?i)", "(?s)", "(?a)", "(?m)"]), body)


_TEXT = "abcde019 -_.\n中éAB٣"


def _compiles(src: str, flags: int) -> re.Pattern[str] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # "[--]": fine today, a set difference later
            return re.compile(src, flags)
    except re.error:
        return None


def _read(src: str, flags: int) -> bool:
    """Does the reader take `src`? The generator may write the two things it rejects on purpose
    though `re` takes them ("[--]" and "[^][a]": a set operation, a "[" inside a class, both
    ambiguous in future Pythons); nothing else."""
    try:
        rs.parse(src, flags)
    except rs.RegexNotSupported as exc:
        assert "set operation" in exc.what or "'['" in exc.what, exc
        return False
    return True


def _starts(rx: re.Pattern[str], text: str) -> list[int]:
    """Every position a match can start at: finditer's, and every anchored try."""
    starts = {m.start() for m in rx.finditer(text)}
    starts |= {pos for pos in range(len(text) + 1) if rx.match(text, pos) is not None}
    return sorted(starts)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(_regexes(), st.text(alphabet=_TEXT.lower(), max_size=24))
def test_every_match_starts_with_a_lead_literal(src: str, text: str) -> None:
    rx = _compiles(src, re.ASCII)
    if rx is None:
        with pytest.raises(rs.RegexNotSupported):
            rs.parse(src, re.ASCII)
        return
    if not _read(src, re.ASCII):
        assert lead_literals(src, flags=re.ASCII, min_len=1) is None  # rejected: the caller falls back
        return
    text = text.lower()  # lead literals assume case-folded text
    leads = lead_literals(src, flags=re.ASCII, min_len=1)
    if leads is None:
        return
    for pos in _starts(rx, text):
        assert any(text.startswith(lead, pos) for lead in leads), (src, text, pos, sorted(leads))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(_regexes(), st.text(alphabet=_TEXT, max_size=24))
def test_every_match_starts_with_a_first_char(src: str, text: str) -> None:
    rx = _compiles(src, 0)
    if rx is None:
        with pytest.raises(rs.RegexNotSupported):
            rs.parse(src)
        return
    if not _read(src, 0):
        assert _first_chars(src) is None
        return
    chars = _first_chars(src)
    if chars is None:
        return
    assert chars
    for pos in _starts(rx, text):
        assert pos < len(text), (src, text)  # a regex that may match nothing has no first characters
        ch = text[pos]
        # The one documented miss: \d counted as the ASCII digits, so another script's digit.
        other_digit = unicodedata.decimal(ch, None) is not None and _O_DIGITS <= chars
        assert ch in chars or other_digit, (src, text, pos, sorted(chars))


def _render(node: rs.Node) -> str:
    """The tree written back as a regex, every part in its own group: if the reader misread any
    of the source, the rewritten regex would match differently."""
    if isinstance(node, rs.Literal):
        return re.escape(node.char)
    if isinstance(node, rs.CharClass):
        items = ["\\" + i.name if isinstance(i, rs.Category) else
                 re.escape(i.lo) + ("" if i.lo == i.hi else "-" + re.escape(i.hi)) for i in node.items]
        return "[" + ("^" if node.negated else "") + "".join(items) + "]"
    if isinstance(node, rs.AnyChar):
        return "."
    if isinstance(node, rs.Anchor):
        return node.kind
    if isinstance(node, rs.Look):
        return "(?" + ("<" if node.behind else "") + ("!" if node.negative else "=") + _render(node.body) + ")"
    if isinstance(node, rs.Group):
        if node.name:
            return f"(?P<{node.name}>{_render(node.body)})"
        if node.capturing:
            return f"({_render(node.body)})"
        flags = node.add_flags + ("-" + node.del_flags if node.del_flags else "")
        return f"(?{flags}:{_render(node.body)})"
    if isinstance(node, rs.Sequence):
        return "".join(f"(?:{_render(x)})" if isinstance(x, rs.Alternation) else _render(x) for x in node.items)
    if isinstance(node, rs.Alternation):
        return "|".join(_render(x) for x in node.options)
    assert isinstance(node, rs.Repeat)
    hi = "" if node.max is None else str(node.max)
    mode = {"greedy": "", "lazy": "?", "possessive": "+"}[node.mode]
    return f"(?:{_render(node.body)}){{{node.min},{hi}}}{mode}"


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_regexes(), st.text(alphabet=_TEXT, max_size=24))
def test_the_tree_means_what_re_reads(src: str, text: str) -> None:
    rx = _compiles(src, 0)
    if rx is None:
        return
    if not _read(src, 0):
        return
    tree = rs.parse(src)
    again = re.compile(("(?" + tree.flags + ")" if tree.flags else "") + _render(tree.body))
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in rx.finditer(text)], (src, again.pattern)
    assert rs.parse(again.pattern) is not None


# ----------------------------------------------------------------------------- no private parser


_PRIVATE = {"re._parser", "re._constants", "sre_parse", "sre_constants", "re._compiler", "sre_compile"}


def test_no_module_in_extract_imports_the_private_regex_parser() -> None:
    found = []
    for path in sorted((ROOT / "extract").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
                names = [f"re.{node.attr}"]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in _PRIVATE:
                names = [node.value]  # importlib.import_module("sre_parse") and the like
            found += [f"{path.relative_to(ROOT)}:{node.lineno}: {n}" for n in names if n in _PRIVATE]
    assert not found, found
