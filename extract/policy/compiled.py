"""The compiled policy: the `Policy` object the matcher scans pages with.

One Aho-Corasick automaton holds every alias, term, guard phrase, model-number lead literal and
CPV code (built once per process, on first use); the model-number patterns are combined into one
regex gated by their lead literals. Build a Policy with `extract.policy.load_policy`, never by
hand."""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from extract.normalize import normalize
from extract.policy.cache import cut_keys_from
from extract.policy.check import _norm_key
from extract.policy.inflection import Stemmer, cut_keys, terms_of_cut_keys
from extract.policy.types import Category, CpvCode, CpvTerm, Entity, Guard, Inflection, Pattern, Regime, TermInfo
from extract.policy.lazy import LazyPattern


@dataclass(frozen=True, slots=True)
class InflectedTerms:
    """One language's cut equipment terms, ready for the matcher (extract.mentions.match).

    `first` is an Aho-Corasick automaton of the first cut word of every term. A cut word is a
    prefix of the page's word (only an ending was removed), so the automaton, run over the page
    itself, finds every place a term can start without cutting a single word of the page; the
    matcher then cuts only the few words that follow such a place and looks the sequence up in
    `keys` (cut key -> TermInfos). `words` is the most words any term has."""

    stemmer: Stemmer
    first: Any
    keys: dict[str, tuple[TermInfo, ...]]
    words: int

    @classmethod
    def build(cls, stemmer: Stemmer, keys: dict[str, tuple[TermInfo, ...]]) -> InflectedTerms:
        import ahocorasick

        auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH, ahocorasick.KEY_STRING)
        for first in sorted({k.split(" ", 1)[0] for k in keys}):
            auto.add_word(first)
        auto.make_automaton()
        return cls(stemmer, auto, keys, max(k.count(" ") + 1 for k in keys))


@dataclass(frozen=True)
class Policy:
    """A validated, compiled policy. Build it with `load_policy`, never by hand."""

    directory: Path
    version: str
    regimes: dict[str, Regime]
    entities: dict[str, Entity]
    categories: dict[str, Category]
    guards: tuple[Guard, ...]
    cpv: dict[str, CpvCode]  # keyed by the 8 digits
    terms: dict[str, tuple[TermInfo, ...]]  # normalised key -> infos
    patterns: tuple[Pattern, ...]
    cpv_terms: tuple[CpvTerm, ...] = ()
    pattern_regex: re.Pattern[str] | LazyPattern | None = field(repr=False, default=None)  # lazy when read from the cache
    pattern_gate: str = field(repr=False, default="")
    pattern_leads: tuple[tuple[str, ...] | None, ...] = field(repr=False, default=())  # `pattern_leads(patterns)`
    roles: Any = field(repr=False, default=None)  # extract.roles.RoleCues, compiled from roles.yaml
    inflection: dict[str, Inflection] = field(default_factory=dict)  # inflection.tsv, by language
    # language -> `cut_keys` of that language as JSON text, from the disk cache (decoded when
    # the language is first needed; a language missing here is worked out then)
    inflected_keys: dict[str, str] = field(default_factory=dict, repr=False)
    _automaton: Any = field(repr=False, default=None)

    # ----------------------------------------------------------------- lookups

    @property
    def automaton(self) -> Any:
        """The Aho-Corasick automaton the matcher scans each page with (built once, on first use).

        Keys: every alias, term (CPV label terms included) and guard phrase; the lead literals of the model-number patterns
        (extract.leads); the 8 digits of every CPV code. Each value is
        (key length, word boundary needed on the left, on the right, TermInfos (may be empty),
        indices into `patterns` this key is a lead literal of, whether it is a CPV code).
        """
        return self._trie("full")

    def hits(self, text: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(end index, value) of every occurrence in `text` of a key of `automaton`, in the order
        `automaton.iter(text)` gives them (by end, the longest key first), from two automata.

        Why two: one holds the keys written in the Latin blocks only, the other the keys that need
        a character beyond them (CJK, kana, hangul, Cyrillic...: about 4,000 of 27,000). A page
        with no such character (most pages), or none that one of those keys holds, cannot hold
        those keys and is scanned by the first alone, whose trie has a narrow root (~30 first
        characters instead of ~120) that pyahocorasick walks more than twice as fast as the full
        one's. A page with such characters is scanned by both, and their hits are put in that
        order: each automaton finds every occurrence of its own keys wherever they stand, so
        together they find what the full automaton finds. Each is built the first time it is needed, and the second is small:
        a run never builds all 27,000 keys twice (the full automaton was a tenth of a second of
        start-up on top of the Latin one)."""
        latin = self._trie("latin")
        if text.isascii() or _BEYOND_LATIN.search(text) is None or self._foreign_chars().isdisjoint(text):
            return _iter(latin, text)  # (a key of the second automaton needs one of its characters)
        foreign = _hits(self._trie("foreign"), text)
        if not foreign:
            return _iter(latin, text)
        hits = _hits(latin, text)
        hits += foreign
        hits.sort(key=_hit_order)  # no two hits share an end and a length: one order only
        return iter(hits)

    @property
    def anchored_patterns(self) -> tuple[LazyPattern, ...] | None:
        """One regex per pattern (its body, re.ASCII) to run with `.match(text, pos)` at the
        positions where one of its lead literals occurs and `anchored_gate` matches, each compiled
        the first time one does; None when some pattern has no usable lead literal, and the
        matcher must run `pattern_regex` over the whole text instead.

        Why the gate apart: it is the same ~570 characters in front of every pattern and only
        looks (a word start, then a lookahead: it matches the empty string), so gate + pattern
        matches at a position exactly when the gate does and the pattern does, ending where the
        pattern ends; compiled into each pattern it was most of each one's compile time."""
        return self._parts()["anchored"]

    @cached_property
    def anchored_gate(self) -> LazyPattern:
        """`pattern_gate` (re.ASCII), asked at a lead literal's position before the patterns there."""
        return LazyPattern(self.pattern_gate, re.ASCII)

    def _parts(self) -> dict[str, Any]:
        """The automata's shared makings (`_automaton_entries`), then the automata as they are built."""
        if self._automaton is None:
            leads = self.pattern_leads if len(self.pattern_leads) == len(self.patterns) else pattern_leads(self.patterns)
            with paused_gc():
                entries, anchored = _automaton_entries(self.terms, self.patterns, self.cpv, leads)
            beyond = _BEYOND_LATIN.search
            latin, foreign = [], []
            for e in entries:
                (latin if e[0].isascii() or beyond(e[0]) is None else foreign).append(e)
            object.__setattr__(self, "_automaton", {"entries": entries, "anchored": anchored, "latin entries": latin,
                                                    "foreign entries": foreign})
        return self._automaton

    def _trie(self, which: str) -> Any:
        parts = self._parts()
        if which not in parts:
            with paused_gc():
                entries = parts[f"{which} entries" if which != "full" else "entries"]
                parts[which] = _build_trie(entries, cut=None if which == "full" else _TRIE_CUT)
        return parts[which]

    def _foreign_chars(self) -> frozenset[str]:
        """The characters beyond the Latin blocks that the second automaton's keys hold: a page
        with none of them holds none of its keys."""
        parts = self._parts()
        if "foreign chars" not in parts:
            chars = set("".join(key for key, _ in parts["foreign entries"]))
            parts["foreign chars"] = frozenset(c for c in chars if _BEYOND_LATIN.match(c))
        return parts["foreign chars"]

    def inflected_matchers(self, text: str) -> list[InflectedTerms]:
        """The cut terms (InflectedTerms) of each language of inflection.tsv whose marking letters
        occur in `text` (normalised). The gate keeps the cost off pages that cannot be in the
        language: an English page is cut for nothing, a Polish one as Polish. Each language's
        table is built on first use."""
        if not self.inflection or text.isascii() or self._marking_letters.search(text) is None:
            return []
        chars = set(text)
        out = []
        for lang, inf in self.inflection.items():
            if not inf.letters.isdisjoint(chars):
                got = self.inflected_terms(lang)
                if got is not None:
                    out.append(got)
        return out

    @cached_property
    def _marking_letters(self) -> re.Pattern[str]:
        """One character class of every language's marking letters (inflection.tsv): a page with
        none of them, most pages that are not ASCII (an English tender with curly quotes), is told
        by one scan in C instead of building the set of its characters (a third of a
        millisecond a page)."""
        letters = sorted({c for inf in self.inflection.values() for c in inf.letters})
        return re.compile("[" + "".join(map(re.escape, letters)) + "]" if letters else "(?!)")

    def inflected_terms(self, lang: str) -> InflectedTerms | None:
        """The cut terms of one language of inflection.tsv (None: the language has no row, or no
        term to cut)."""
        table = self._inflected_table
        if lang not in table:
            inf = self.inflection.get(lang)
            stemmer = Stemmer(inf) if inf else None
            keys = {}
            if stemmer is not None:
                by_cut = cut_keys_from(self.inflected_keys.get(lang), self.terms)
                if by_cut is None:
                    by_cut = cut_keys(stemmer, self.categories.values(), self.cpv_terms, self.terms, self.guards)
                keys = terms_of_cut_keys(by_cut, self.terms)
            table[lang] = InflectedTerms.build(stemmer, keys) if keys else None  # type: ignore[arg-type]
        return table[lang]

    @cached_property
    def _inflected_table(self) -> dict[str, InflectedTerms | None]:
        return {}

    def guards_for(self, entity: str | None) -> tuple[Guard, ...]:
        """The guards that may drop a mention of `entity` (its own, then the `any` ones), looked up
        once per entity: the matcher asks for every candidate."""
        table = self._guard_table
        if entity not in table:
            table[entity] = tuple(g for g in self.guards if g.covers(entity))
        return table[entity]

    @cached_property
    def _guard_table(self) -> dict[str | None, tuple[Guard, ...]]:
        return {}

    @cached_property
    def category_guards(self) -> dict[str, tuple[Guard, ...]]:
        """Category id -> the guards that may drop an equipment term of that category ("tablets"
        after "500 mg")."""
        table: dict[str, list[Guard]] = {}
        for g in self.guards:
            if g.category is not None:
                table.setdefault(g.category, []).append(g)
        return {k: tuple(v) for k, v in table.items()}

    @cached_property
    def anchor_automaton(self) -> Any:
        """The guards' anchors in an automaton of their own (values: key length), None when no
        guard has any. Not in the page automaton: anchors are common words ("office", "centre")
        whose partial matches slow every page's scan by a tenth; asked only around a candidate,
        they cost a few microseconds where a restricted name occurs (extract.mentions)."""
        anchors = {a for g in self.guards for a in g.anchors}
        if not anchors:
            return None
        import ahocorasick

        auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
        for a in sorted(anchors):
            auto.add_word(a)
        auto.make_automaton()
        return auto

    @cached_property
    def in_scope_categories(self) -> frozenset[str]:
        """Ids of the categories whose `scope` is `in`: finding one is in-scope evidence on its own.
        A `context` category (printing, audio_video...) is recorded and shown, and the model may
        weigh it, but a verdict made from mentions alone must not flag a document for it."""
        return frozenset(c.id for c in self.categories.values() if c.scope == "in")

    def counts_alone(self, category: str | None) -> bool:
        """Whether a mention of this category is enough, alone, to call a document in scope."""
        return category is not None and category in self.in_scope_categories

    def resolve(self, name: str) -> Entity | None:
        """The entity with this id, or whose alias, legal name or company alias this is."""
        if name in self.entities:
            return self.entities[name]
        key = normalize(name).text.strip()
        for info in self.terms.get(key, ()):
            if info.entity and info.kind != "guard" and info.kind != "equipment":
                return self.entities[info.entity]
        return None

    def regimes_for(self, entity: str | None) -> tuple[str, ...]:
        return self.entities[entity].regimes if entity in self.entities else ()

    def describe(self, entity_id: str) -> str:
        """What we know of one entity, for `tender-triage policy show` (id or any alias)."""
        e = self.resolve(entity_id)
        if e is None:
            raise KeyError(f"no entity or alias {entity_id!r} in the policy")
        out = [f"{e.id}: {e.name}"]
        if e.legal_names:
            out.append("  legal names: " + "; ".join(e.legal_names))
        out.append("  aliases:")
        for script, names in e.aliases:
            if names:
                out.append(f"    {script}: " + ", ".join(names))
        if e.exact_case:
            out.append("  exact case only: " + ", ".join(e.exact_case))
        if e.companies:
            out.append("  subsidiaries and brands:")
            for c in e.companies:
                reports = "reports no entity" if c.divested else f"reports as {e.id}"
                when = f" {c.date}" if c.date else ""
                out.append(f"    {c.name} ({c.kind}, {c.status}{when}; {reports}): " + ", ".join(c.aliases))
        if e.product_lines:
            out.append("  product lines:")
            for p in e.product_lines:
                extra = f", sold by {p.company}" if p.company else ""
                out.append(f"    {p.name} [{p.category}{extra}]: " + ", ".join(p.aliases))
        if e.patterns:
            out.append("  model-number patterns:")
            for p in e.patterns:
                out.append(f"    {p.rule} ({p.what}; context {p.context}): {p.regex}")
                out.append(f"      e.g. {', '.join(p.examples)}")
        out.append("  regimes:")
        for key in e.regimes:
            r = self.regimes[key]
            out.append(f"    {key}: {r.instrument} ({r.jurisdiction}, {r.date})")
        if not e.regimes:
            out.append("    (none binding)")
        if e.note:
            out.append(f"  note: {e.note}")
        return "\n".join(out)

    def summary(self) -> str:
        n_alias = sum(1 for infos in self.terms.values() for i in infos if i.kind not in ("equipment", "guard"))
        n_terms = sum(1 for infos in self.terms.values() for i in infos if i.kind == "equipment" and not i.source)
        n_cpv = sum(1 for infos in self.terms.values() for i in infos
                    if i.kind == "equipment" and i.source and i.source.startswith("cpv-label:"))
        n_zh = sum(1 for infos in self.terms.values() for i in infos
                   if i.kind == "equipment" and i.source and i.source.startswith("opencc:"))
        n_ctx = len(self.categories) - len(self.in_scope_categories)
        return (
            f"policy {self.version}: {len(self.entities)} entities, {n_alias} names, "
            f"{len(self.patterns)} patterns, {len(self.categories)} categories ({n_ctx} context only), "
            f"{n_terms} terms" + (f" (and {n_zh} in other Chinese script forms)" if n_zh else "")
            + f", {len(self.cpv)} CPV codes with {n_cpv} label terms, "
            f"{len(self.regimes)} regimes, {len(self.guards)} guards"
            + (f", inflected matching in {len(self.inflection)} languages" if self.inflection else "")
            + (f", {self.roles.count} role cues in {len(self.roles.languages)} languages" if self.roles else "")
        )


_DIGIT_GATE = r"[a-z/][a-z/+-]{0,10}\s?\d"


def _pattern_gate(patterns: tuple[Pattern, ...]) -> str:
    """The cheap gate in front of every pattern (PERFORMANCE.md: the regexes are the slow half).

    Python's regex engine tries every alternative at every position; the gate lets it try them
    only at word starts that either carry a digit within the first dozen characters (nearly every
    model number) or begin like an example that does not (lead words such as "echolife",
    "kaspersky", "mavic", derived from the examples, so the examples must be representative).
    """
    leads: set[str] = set()
    for p in patterns:
        for ex in p.examples:
            k = _norm_key(ex)
            if not re.match(_DIGIT_GATE, k):
                m = re.match(r"[^\s\d]+", k)
                leads.add(re.escape((m.group(0) if m else k)[:4]))
    # ASCII \b (re.ASCII): a boundary between a CJK character and a Latin one still counts
    # ("型号DS-2CD..."), and a leading \b costs the engine less than a lookbehind.
    return r"(?:\b|(?=/))(?=" + _DIGIT_GATE + ("|" + "|".join(sorted(leads)) if leads else "") + ")"


def _pattern_body(p: Pattern) -> str:
    """The pattern without its leading \\b (the gate already sits at a word start)."""
    return p.regex[2:] if p.regex.startswith("\\b") else p.regex


def combined_source(patterns: tuple[Pattern, ...], gate: str) -> str:
    """The source of `_combine_patterns`' regex (flags re.ASCII)."""
    return gate + "(?:" + "|".join(f"(?P<p{i}>{_pattern_body(p)})" for i, p in enumerate(patterns)) + ")"


def _combine_patterns(patterns: tuple[Pattern, ...], gate: str, problems: list[str]) -> re.Pattern[str]:
    """One regex for all patterns behind the gate: the first alternative that matches at the
    leftmost gated position wins. The matcher reproduces exactly this with lead literals
    (Policy.anchored_patterns); this regex stays as the reference and the fallback. Every
    example is checked to be found by its own pattern (an earlier one may shadow it).
    """
    combined = re.compile(combined_source(patterns, gate), re.ASCII)
    for i, p in enumerate(patterns):
        for ex in p.examples:
            k = _norm_key(ex)
            m = combined.search(k)
            if not m or m.lastgroup != f"p{i}":
                problems.append(f"entities.yaml:0: entities[{p.entity}].patterns[{p.id}].examples: the combined pattern "
                                f"finds {m.lastgroup if m else 'nothing'} in {ex!r} (an earlier pattern shadows it)")
    return combined


class paused_gc:
    """No cyclic garbage collection inside the block (the previous setting is restored after).

    Why: building a policy allocates a few hundred thousand objects (keys, term records, regex
    parse trees), and every few hundred allocations the collector walks every young object, and
    now and then all of them, looking for cycles the build does not make: about a quarter of the
    policy's and the automaton's load time. Reference counting still frees everything as usual.
    """

    def __enter__(self) -> None:
        self._was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self._was:
            gc.enable()


def _is_word(c: str) -> bool:
    """A character that continues a word of a script written with spaces between words (Latin,
    Greek, Cyrillic, Arabic ...); characters of scripts written without them never do."""
    return (c.isalnum() or c == "_") and not _unspaced(c)


def _unspaced(c: str) -> bool:
    """A character of a script written without spaces between words: CJK, kana and hangul, and
    Thai, Lao, Myanmar and Khmer. A term of such a script matches anywhere in the text (a Thai
    tender writes เครื่องคอมพิวเตอร์โน้ตบุ๊ก with no space on either side), and a Latin term next to
    one needs no boundary there."""
    o = ord(c)
    return (
        0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
        or 0xFF66 <= o <= 0xFF9F or 0x20000 <= o <= 0x3134F or 0x1100 <= o <= 0x11FF
        or 0x0E00 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x1780 <= o <= 0x17FF
    )


#: A character beyond the Latin blocks (Latin-1, Latin Extended A/B, Vietnamese) and the
#: punctuation and currency signs Latin-script pages carry (dashes, curly quotes, the euro sign):
#: a key with one goes to the second automaton (Policy.hits). Six pages in ten of the
#: development PDFs hold a dash or a curly quote, and some keys do too.
_BEYOND_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]")


def pattern_leads(patterns: tuple[Pattern, ...]) -> tuple[tuple[str, ...] | None, ...]:
    """The lead literals of each pattern (extract.policy.leads), sorted, or None for a pattern
    without usable ones. Worked out when the policy is checked and kept in its disk cache
    (extract.policy.cache): reading fifty regexes' trees was a twentieth of a second of every
    start-up."""
    from extract.policy.leads import lead_literals  # the regex reader: a cache hit does not need it

    out = []
    for p in patterns:
        lits = lead_literals(_pattern_body(p), flags=re.ASCII)
        out.append(None if lits is None else tuple(sorted(lits)))
    return tuple(out)


def _automaton_entries(terms: dict[str, tuple[TermInfo, ...]], patterns: tuple[Pattern, ...],
                       cpv: dict[str, CpvCode], leads: tuple[tuple[str, ...] | None, ...],
                       ) -> tuple[list[tuple[str, tuple[Any, ...]]], tuple[LazyPattern, ...] | None]:
    """Every (key, value) of the automata (see Policy.automaton), in insertion order, and the
    anchored pattern regexes (or None); `leads`: `pattern_leads(patterns)`."""
    lead_of: dict[str, set[int]] = {}
    anchored: tuple[LazyPattern, ...] | None = None
    if all(lits is not None for lits in leads):
        anchored = tuple(LazyPattern(_pattern_body(p), re.ASCII) for p in patterns)
        for i, lits in enumerate(leads):
            for lit in lits or ():
                lead_of.setdefault(lit, set()).add(i)
    # the keys in insertion order: the terms, then lead literals and CPV digits that are no term
    keys = [*terms, *(k for k in lead_of if k not in terms), *(d for d in cpv if d not in terms and d not in lead_of)]
    word = _WordChars()  # ~50,000 edge characters, a few hundred distinct: each asked once
    none: tuple[Any, ...] = ()
    out = [(key, (len(key), word[key[0]], word[key[-1]], terms.get(key, none),
                  tuple(sorted(lead_of[key])) if key in lead_of else none, key in cpv))
           for key in keys]
    return out, anchored


class _WordChars(dict):
    """`_is_word` of each character, worked out on first lookup and remembered."""

    def __missing__(self, c: str) -> bool:
        v = self[c] = _is_word(c)
        return v


#: Keys longer than this many characters stand in the scanning automata (Latin and other, not
#: the full one the tests compare with) under their first _TRIE_CUT characters (`_build_trie`).
_TRIE_CUT = 16


class _Longer(tuple):
    """The value of a cut key in an automaton (`_build_trie`): (the value of the key that is
    exactly the cut, or None; the cut's length; ((key, value), ...) of the longer keys that start
    with it)."""

    __slots__ = ()


def _build_trie(entries: list[tuple[str, tuple[Any, ...]]], cut: int | None = None) -> Any:
    """The automaton of `entries` (every key: "full"; those whose key needs no character beyond
    the Latin blocks: "latin"; the others: "foreign", Policy.hits).

    With `cut`, a key longer than `cut` characters goes in as its first `cut` characters, whose
    value (`_Longer`) lists the longer keys; `_hits` confirms them where the cut occurs. Why: the
    Latin keys are mostly CPV labels in 23 languages, phrases of 30 characters and more
    ("services de réparation et d'entretien ..."): about 375,000 trie nodes, whose building
    (pyahocorasick walks every node twice) was a tenth of a second of every scan's first page,
    and whose width slowed every page's walk. Cut at 16 characters the trie has about 100,000
    nodes; a cut occurs rarely (where a label's first 16 characters do) and confirming a longer
    key there is one `str.startswith`. Every occurrence of a longer key is an occurrence of its
    cut at the same start, so the hits are the full automaton's (tests/test_match_fast_paths.py)."""
    import ahocorasick

    auto = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    longer: dict[str, list[tuple[str, tuple[Any, ...]]]] = {}
    for key, value in entries:
        if cut is None or len(key) <= cut:
            auto.add_word(key, value)
        else:
            longer.setdefault(key[:cut], []).append((key, value))
    for prefix, items in longer.items():
        auto.add_word(prefix, _Longer((auto.get(prefix, None), len(prefix), tuple(items))))
    auto.make_automaton()
    return auto


def _iter(auto: Any, text: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """`iter(_hits(auto, text))`."""
    return iter(_hits(auto, text))


def _hits(auto: Any, text: str) -> list[tuple[int, tuple[Any, ...]]]:
    """(end index, value) of every occurrence in `text` of a key of `auto` (`_build_trie`), by end,
    the longest key first, as `auto.iter(text)` gives them for an automaton without cut keys;
    nothing from an automaton without keys (pyahocorasick refuses to iterate one)."""
    if not len(auto):
        return []
    hits: list[tuple[int, tuple[Any, ...]]] = []
    moved = False  # a longer key's end is not its cut's: the hits then need sorting
    for end, value in auto.iter(text):
        if type(value) is _Longer:
            exact, length, items = value
            if exact is not None:
                hits.append((end, exact))
            start = end - length + 1
            for key, item in items:
                if text.startswith(key, start):
                    hits.append((start + len(key) - 1, item))
                    moved = True
        else:
            hits.append((end, value))
    if moved:
        hits.sort(key=_hit_order)  # no two hits share an end and a length: one order only
    return hits


def _hit_order(hit: tuple[int, tuple[Any, ...]]) -> tuple[int, int]:
    """The order of an automaton's hits: by end index, then the longest key first."""
    return hit[0], -hit[1][0]


def is_word_char(c: str) -> bool:
    """Exposed for the matcher: does `c` continue a Latin-script word?"""
    return _is_word(c)


def exact_case_ok(original: str, alias: str) -> bool:
    """True when `original` spells `alias` with the same capitals (or all capitals)."""
    o = " ".join(unicodedata.normalize("NFKC", original).split())
    o = o.replace("-", "") if "-" not in alias else o
    return o == alias or o == alias.upper()
