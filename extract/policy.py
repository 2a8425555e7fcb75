"""Load, validate and compile the restricted-vendor policy (extract/data/ or `--policy DIR`).

The policy is data that staff edit by hand, so a bad edit must fail loudly and precisely before
any document is read: every problem is reported as `file:line: field: problem`, all of them at
once, and `PolicyError` stops the run (exit code 2). Unknown fields are rejected so a typo
("aliasses") cannot silently drop a list of names.

Files (each documents its fields in a header comment; see also extract/data/README.md):
    regimes.yaml     the laws and decisions that name entities or cover categories
    entities.yaml    restricted entities: names in every script, companies, product lines, patterns
    categories.yaml  equipment and service categories: scope, terms in several languages, sources
    guards.yaml      known false-positive traps
    cpv.tsv          CPV codes mapped to categories
    cpv_terms.tsv    the CPV labels of those codes in 23 EU languages, as terms (scripts/build_cpv_terms.py)
    roles.yaml       the cues that give each mention its role (compiled by extract.roles)

A compiled `Policy` is cached per (directory, version), so a worker process compiles it once.
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from extract import settings
from extract.errors import PolicyError
from extract.normalize import fold, normalize

__all__ = [
    "Policy", "Entity", "Company", "ProductLine", "Pattern", "Regime", "Category", "Guard",
    "CpvCode", "CpvTerm", "Source", "TermInfo", "load_policy", "check_policy", "policy_version", "POLICY_FILES",
]

POLICY_FILES = ("regimes.yaml", "entities.yaml", "categories.yaml", "guards.yaml", "cpv.tsv", "cpv_terms.tsv", "roles.yaml")

SCRIPTS = ("latin", "zh_hans", "zh_hant", "ja", "ko", "other")
COMPANY_KINDS = ("subsidiary", "brand")
STATUSES = ("covered", "likely", "unclear", "divested")
PATTERN_KINDS = ("model_number", "product_line", "brand")
CONTEXTS = ("none", "vendor", "category", "vendor_or_category")
# The languages of the CPV labels (cpv_terms.tsv; the eForms SDK's 23 EU languages, Irish left out).
CPV_LANGS = ("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl",
             "pt", "ro", "sk", "sl", "sv")
# Term languages of categories.yaml: the policy's own languages, then every CPV language, then `other`.
LANGS = ("en", "ja", "zh", "de", "fr", "es", "pt", "vi", "no") + tuple(
    lang for lang in CPV_LANGS if lang not in ("en", "de", "fr", "es", "pt")) + ("other",)
# in: finding the category is in-scope evidence on its own (the rules-only path flags it);
# context: recorded and shown, a feature for the model, but never a flag on its own.
SCOPES = ("in", "context")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


# --------------------------------------------------------------------------- compiled types


@dataclass(frozen=True, slots=True)
class Regime:
    key: str
    jurisdiction: str
    instrument: str
    date: str
    scope: str
    names_entities: bool
    source: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    kind: str  # subsidiary | brand
    status: str  # covered | likely | unclear | divested
    aliases: tuple[str, ...]
    date: str | None = None
    note: str = ""

    @property
    def divested(self) -> bool:
        return self.status == "divested"


@dataclass(frozen=True, slots=True)
class ProductLine:
    name: str
    category: str | None
    aliases: tuple[str, ...]
    company: str | None = None


@dataclass(frozen=True, slots=True)
class Pattern:
    entity: str
    id: str
    what: str
    regex: str
    kind: str
    category: str | None
    context: str
    context_categories: tuple[str, ...]
    company: str | None
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]

    @property
    def rule(self) -> str:
        return f"pattern:{self.entity}/{self.id}"


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    legal_names: tuple[str, ...]
    aliases: tuple[tuple[str, tuple[str, ...]], ...]  # (script, names)
    exact_case: tuple[str, ...]
    regimes: tuple[str, ...]
    categories: tuple[str, ...]
    companies: tuple[Company, ...] = ()
    product_lines: tuple[ProductLine, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    note: str = ""

    def company(self, name: str | None) -> Company | None:
        for c in self.companies:
            if c.name == name:
                return c
        return None


@dataclass(frozen=True, slots=True)
class Source:
    """A public source that carries some of a category's terms (categories.yaml `sources`)."""

    id: str
    cite: str
    terms: tuple[str, ...]
    url: str = ""


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    name: str
    regimes: tuple[str, ...]
    terms: tuple[tuple[str, tuple[str, ...]], ...]  # (lang, terms)
    note: str = ""
    scope: str = "in"  # in | context (SCOPES)
    sources: tuple[Source, ...] = ()
    unsourced: tuple[str, ...] = ()  # terms written before sources were required, awaiting one

    def source_of(self, term: str) -> Source | None:
        """The first source that cites `term` (as written), or None."""
        for src in self.sources:
            if term in src.terms:
                return src
        return None


#: Stands for the mention in a guard's `around` regex (written `<name>` in guards.yaml) and in the
#: text it is matched on: a private-use character no page holds (extract.mentions removes any).
GUARD_MARK = "\ue000"
GUARD_NAME = "<name>"
ANY_ENTITY = "any"  # a guard's `entity` when it protects every entity (a name used as a place)


@dataclass(frozen=True, slots=True)
class Guard:
    id: str
    entity: str  # an entity id, or ANY_ENTITY
    phrases: tuple[str, ...]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    examples: tuple[str, ...]
    note: str = ""
    around: re.Pattern[str] | None = None  # must match across the mention (GUARD_MARK where it stands)
    counter_examples: tuple[str, ...] = ()  # texts in which the entity must still be found
    anchors: tuple[str, ...] = ()  # normalised: the regexes run only when one stands in the window

    def covers(self, entity: str | None) -> bool:
        return entity is not None and (self.entity == entity or self.entity == ANY_ENTITY)


@dataclass(frozen=True, slots=True)
class CpvCode:
    code: str  # with check digit, e.g. 32412100-5
    category: str
    tier: str
    label: str


@dataclass(frozen=True, slots=True)
class CpvTerm:
    """One row of cpv_terms.tsv: a CPV label (or a variant of it) as a term of the code's category."""

    code: str  # 8 digits
    lang: str
    term: str
    category: str

    @property
    def rule(self) -> str:
        return f"cpv-label:{self.code}"


@dataclass(frozen=True, slots=True)
class TermInfo:
    """What one normalised key in the automaton stands for (a key may stand for several)."""

    kind: str  # vendor | subsidiary | brand | product_line | equipment | guard
    entity: str | None  # the entity it belongs to (for guards: the entity it protects)
    name: str  # the alias or term as written in the policy
    category: str | None = None
    company: str | None = None  # company name for subsidiary/brand/product_line
    divested: bool = False
    exact_case: bool = False
    guard: str | None = None
    source: str | None = None  # where an equipment term comes from when not categories.yaml: "cpv-label:48000000"


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
    pattern_regex: re.Pattern[str] | None = field(repr=False, default=None)
    pattern_gate: str = field(repr=False, default="")
    roles: Any = field(repr=False, default=None)  # extract.roles.RoleCues, compiled from roles.yaml
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
        return self._compiled()[0]

    def automaton_for(self, text: str) -> Any:
        """The automaton to scan `text` with: same keys and values as `automaton`, but when the
        text has no character beyond the Latin blocks (most pages), one without the keys that
        need such a character (CJK, kana, hangul, Cyrillic...). Those keys cannot occur there,
        and pyahocorasick walks a trie with a narrow root (~30 first characters instead of ~120)
        more than twice as fast."""
        full, latin, _ = self._compiled()
        return latin if text.isascii() or _BEYOND_LATIN.search(text) is None else full

    @property
    def anchored_patterns(self) -> tuple[re.Pattern[str], ...] | None:
        """One regex per pattern (gate + pattern, re.ASCII) to run with `.match(text, pos)` at the
        positions where one of its lead literals occurs; None when some pattern has no usable
        lead literal, and the matcher must run `pattern_regex` over the whole text instead."""
        return self._compiled()[2]

    def _compiled(self) -> tuple[Any, Any, tuple[re.Pattern[str], ...] | None]:
        if self._automaton is None:
            object.__setattr__(self, "_automaton", _build_automaton(self.terms, self.patterns, self.pattern_gate, self.cpv))
        return self._automaton

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
        n_cpv = sum(1 for infos in self.terms.values() for i in infos if i.kind == "equipment" and i.source)
        n_ctx = len(self.categories) - len(self.in_scope_categories)
        return (
            f"policy {self.version}: {len(self.entities)} entities, {n_alias} names, "
            f"{len(self.patterns)} patterns, {len(self.categories)} categories ({n_ctx} context only), "
            f"{n_terms} terms, {len(self.cpv)} CPV codes with {n_cpv} label terms, "
            f"{len(self.regimes)} regimes, {len(self.guards)} guards"
            + (f", {self.roles.count} role cues in {len(self.roles.languages)} languages" if self.roles else "")
        )


# --------------------------------------------------------------------------- YAML with lines


# libyaml's loader is ~10x faster than the pure-Python one and keeps start marks too.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Y:
    """A YAML value with the line it started on (1-based)."""

    __slots__ = ("value", "line")

    def __init__(self, value: Any, line: int):
        self.value = value
        self.line = line


def _walk(node: yaml.Node, loader: yaml.SafeLoader) -> _Y:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        d: dict[str, _Y] = {}
        keys: dict[str, int] = {}
        for k, v in node.value:
            # keys stay as written: YAML 1.1 would read the language key `no` as False
            key = k.value if isinstance(k, yaml.ScalarNode) else str(loader.construct_object(k, deep=True))
            if key in d:
                d.setdefault("\0dup", _Y([], line)).value.append((key, k.start_mark.line + 1))
            d[key] = _walk(v, loader)
            keys[key] = k.start_mark.line + 1
        return _Y(d, line)
    if isinstance(node, yaml.SequenceNode):
        return _Y([_walk(v, loader) for v in node.value], line)
    return _Y(loader.construct_object(node, deep=True), line)


def _load_yaml(path: Path, problems: list[str]) -> _Y | None:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        problems.append(f"{path.name}:0: file: cannot read ({exc.strerror or exc})")
        return None
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            problems.append(f"{path.name}:1: file: empty")
            return None
        return _walk(node, loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        problems.append(f"{path.name}:{line}: yaml: {getattr(exc, 'problem', None) or exc}")
        return None
    finally:
        loader.dispose()


class _Checker:
    """Collects `file:line: field: problem` messages while reading one file."""

    def __init__(self, fname: str, problems: list[str]):
        self.fname = fname
        self.problems = problems

    def add(self, line: int, fieldname: str, problem: str) -> None:
        self.problems.append(f"{self.fname}:{line}: {fieldname}: {problem}")

    def mapping(self, y: _Y, where: str, required: tuple[str, ...], optional: tuple[str, ...]) -> dict[str, _Y] | None:
        if not isinstance(y.value, dict):
            self.add(y.line, where, "expected a mapping")
            return None
        d = y.value
        for key, line in d.get("\0dup", _Y([], 0)).value:
            self.add(line, f"{where}.{key}", "duplicate key")
        for key, v in d.items():
            if key == "\0dup":
                continue
            if key not in required and key not in optional:
                self.add(v.line, f"{where}.{key}", f"unknown field (allowed: {', '.join(required + optional)})")
        for key in required:
            if key not in d:
                self.add(y.line, f"{where}.{key}", "missing")
        return d

    def text(self, d: dict[str, _Y], key: str, where: str, default: str | None = None) -> str | None:
        y = d.get(key)
        if y is None:
            return default
        v = y.value
        if isinstance(v, (_dt.date,)):
            return v.isoformat()
        if v is None or isinstance(v, (dict, list)) or (isinstance(v, str) and not v.strip()):
            self.add(y.line, f"{where}.{key}", "expected non-empty text")
            return default
        return str(v)

    def strings(self, d: dict[str, _Y], key: str, where: str) -> list[tuple[str, int]]:
        y = d.get(key)
        if y is None or y.value is None:
            return []
        if not isinstance(y.value, list):
            self.add(y.line, f"{where}.{key}", "expected a list")
            return []
        out = []
        for item in y.value:
            if isinstance(item.value, (dict, list)) or item.value is None:
                self.add(item.line, f"{where}.{key}", "expected text items")
                continue
            out.append((str(item.value), item.line))
        return out

    def date(self, d: dict[str, _Y], key: str, where: str) -> str | None:
        y = d.get(key)
        if y is None:
            return None
        v = y.value
        if isinstance(v, _dt.date):
            return v.isoformat()
        if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            try:
                _dt.date.fromisoformat(v)
                return v
            except ValueError:
                pass
        self.add(y.line, f"{where}.{key}", f"not an ISO date (YYYY-MM-DD): {v!r}")
        return None

    def choice(self, d: dict[str, _Y], key: str, where: str, allowed: tuple[str, ...], default: str) -> str:
        y = d.get(key)
        if y is None:
            return default
        if y.value not in allowed:
            self.add(y.line, f"{where}.{key}", f"{y.value!r} is not one of {', '.join(allowed)}")
            return default
        return str(y.value)


def _norm_key(s: str) -> str:
    return normalize(s).text.strip()


_NEEDS_FULL_NORMALIZE = re.compile("[\r\n\u00ad\u200b-\u200d\u2060\ufeff]")


def _label_key(s: str) -> str:
    """The matching key of a one-line label, as `_norm_key` gives it, twenty times cheaper.

    Without line breaks or zero-width characters, the normaliser's work on a label reduces to
    NFKC + case folding (`fold`) and folding whitespace runs, and `fold` skips the offset map
    the matcher needs for pages but keys do not. Twenty thousand CPV labels load in ~0.03 s
    instead of ~0.5 s; tests/test_policy.py checks that both give the same key for every row.
    """
    if _NEEDS_FULL_NORMALIZE.search(s):
        return _norm_key(s)
    return " ".join(fold(s).split())


def _compile_regex(ck: _Checker, src: str, line: int, where: str) -> re.Pattern[str] | None:
    try:
        rx = re.compile(src)
    except re.error as exc:
        ck.add(line, where, f"regex does not compile: {exc}")
        return None
    if re.search(r"[A-Z]", re.sub(r"\\.", "", src)):
        ck.add(line, where, "write regexes in lower case (they run on case-folded text)")
    return rx


# --------------------------------------------------------------------------- loading


def policy_version(directory: Path) -> str:
    """"sha256:" + 16 hex digits over the policy files' names and bytes (sorted by name)."""
    h = hashlib.sha256()
    for name in sorted(POLICY_FILES):
        p = directory / name
        h.update(name.encode())
        h.update(b"\0")
        h.update(p.read_bytes() if p.is_file() else b"<missing>")
        h.update(b"\0")
    return "sha256:" + h.hexdigest()[:16]


_CACHE: dict[tuple[str, str], Policy] = {}


def load_policy(directory: Path | str | None = None) -> Policy:
    """Load and validate the policy in `directory` (None: `settings.policy_dir()`).

    Raises PolicyError listing every problem as `file:line: field: problem`.
    """
    d = Path(directory) if directory is not None else settings.policy_dir()
    if not d.is_dir():
        raise PolicyError(f"{d}: policy directory not found")
    version = policy_version(d)
    key = (str(d.resolve()), version)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    problems: list[str] = []
    policy = _build(d, version, problems)
    if problems or policy is None:
        raise PolicyError(f"invalid policy in {d} ({len(problems)} problems):\n" + "\n".join(problems))
    _CACHE[key] = policy
    return policy


def check_policy(directory: Path | str | None = None) -> list[str]:
    """Every problem with the policy in `directory`, as `file:line: field: problem` (empty: valid)."""
    d = Path(directory) if directory is not None else settings.policy_dir()
    if not d.is_dir():
        return [f"{d}:0: directory: not found"]
    problems: list[str] = []
    _build(d, policy_version(d), problems)
    return problems


def _build(d: Path, version: str, problems: list[str]) -> Policy | None:
    for name in POLICY_FILES:
        if not (d / name).is_file():
            problems.append(f"{name}:0: file: missing from {d}")
    regimes = _load_regimes(d / "regimes.yaml", problems) if (d / "regimes.yaml").is_file() else {}
    categories = _load_categories(d / "categories.yaml", regimes, problems) if (d / "categories.yaml").is_file() else {}
    lines: dict[tuple[str, str], int] = {}  # (entity, alias) -> line, for duplicate-alias messages
    entities = _load_entities(d / "entities.yaml", regimes, categories, problems, lines) if (d / "entities.yaml").is_file() else {}
    guards = _load_guards(d / "guards.yaml", entities, problems) if (d / "guards.yaml").is_file() else ()
    cpv = _load_cpv(d / "cpv.tsv", categories, problems) if (d / "cpv.tsv").is_file() else {}
    cpv_terms = _load_cpv_terms(d / "cpv_terms.tsv", categories, cpv, problems) if (d / "cpv_terms.tsv").is_file() else ()
    terms = _collect_terms(entities, categories, guards, problems, lines, cpv_terms)  # reports shared aliases too
    roles = None
    if (d / "roles.yaml").is_file():
        from extract.roles import load_role_cues  # extract.roles imports this module

        roles = load_role_cues(d / "roles.yaml", problems)
    if problems:
        return None
    patterns = tuple(p for e in entities.values() for p in e.patterns)
    gate = _pattern_gate(patterns)
    combined = _combine_patterns(patterns, gate, problems) if patterns else None
    if problems:
        return None
    return Policy(
        directory=d, version=version, regimes=regimes, entities=entities, categories=categories,
        guards=guards, cpv=cpv, terms=terms, patterns=patterns, cpv_terms=cpv_terms, pattern_regex=combined,
        pattern_gate=gate, roles=roles,
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


def _combine_patterns(patterns: tuple[Pattern, ...], gate: str, problems: list[str]) -> re.Pattern[str]:
    """One regex for all patterns behind the gate: the first alternative that matches at the
    leftmost gated position wins. The matcher reproduces exactly this with lead literals
    (Policy.anchored_patterns); this regex stays as the reference and the fallback.
    """
    alts = "|".join(f"(?P<p{i}>{_pattern_body(p)})" for i, p in enumerate(patterns))
    combined = re.compile(gate + "(?:" + alts + ")", re.ASCII)
    for i, p in enumerate(patterns):
        for ex in p.examples:
            k = _norm_key(ex)
            m = combined.search(k)
            if not m or m.lastgroup != f"p{i}":
                problems.append(f"entities.yaml:0: entities[{p.entity}].patterns[{p.id}].examples: the combined pattern "
                                f"finds {m.lastgroup if m else 'nothing'} in {ex!r} (an earlier pattern shadows it)")
    return combined


def _root_list(y: _Y | None, ck: _Checker, key: str) -> list[_Y]:
    if y is None:
        return []
    d = ck.mapping(y, "file", (key,), ())
    if d is None or key not in d:
        return []
    if not isinstance(d[key].value, list):
        ck.add(d[key].line, key, "expected a list")
        return []
    return d[key].value


def _load_regimes(path: Path, problems: list[str]) -> dict[str, Regime]:
    ck = _Checker(path.name, problems)
    out: dict[str, Regime] = {}
    for item in _root_list(_load_yaml(path, problems), ck, "regimes"):
        m = ck.mapping(item, "regime", ("key", "jurisdiction", "instrument", "date", "scope", "names_entities", "source"), ("note",))
        if m is None:
            continue
        key = ck.text(m, "key", "regime") or ""
        where = f"regimes[{key}]"
        if key and not _ID.match(key):
            ck.add(m["key"].line, f"{where}.key", "use lower snake case")
        if key in out:
            ck.add(m["key"].line, f"{where}.key", "duplicate key")
        ne = m.get("names_entities")
        if ne is not None and not isinstance(ne.value, bool):
            ck.add(ne.line, f"{where}.names_entities", "expected true or false")
        src = ck.text(m, "source", where) or ""
        if src and not src.startswith(("http://", "https://")):
            ck.add(m["source"].line, f"{where}.source", "expected a web address")
        out[key] = Regime(
            key=key,
            jurisdiction=ck.text(m, "jurisdiction", where) or "",
            instrument=ck.text(m, "instrument", where) or "",
            date=ck.date(m, "date", where) or "",
            scope=ck.text(m, "scope", where) or "",
            names_entities=bool(ne.value) if ne else False,
            source=src,
            note=ck.text(m, "note", where, "") or "",
        )
    return out


def _check_refs(ck: _Checker, refs: list[tuple[str, int]], known: dict[str, Any], where: str, what: str) -> tuple[str, ...]:
    out = []
    for r, line in refs:
        if r not in known:
            ck.add(line, where, f"unknown {what} {r!r}")
        else:
            out.append(r)
    return tuple(out)


def _load_categories(path: Path, regimes: dict[str, Regime], problems: list[str]) -> dict[str, Category]:
    ck = _Checker(path.name, problems)
    out: dict[str, Category] = {}
    for item in _root_list(_load_yaml(path, problems), ck, "categories"):
        m = ck.mapping(item, "category", ("id", "name", "regimes", "terms"), ("scope", "note", "sources", "unsourced"))
        if m is None:
            continue
        cid = ck.text(m, "id", "category") or ""
        where = f"categories[{cid}]"
        if cid and not _ID.match(cid):
            ck.add(m["id"].line, f"{where}.id", "use lower snake case")
        if cid in out:
            ck.add(m["id"].line, f"{where}.id", "duplicate id")
        regs = _check_refs(ck, ck.strings(m, "regimes", where), regimes, f"{where}.regimes", "regime")
        terms: list[tuple[str, tuple[str, ...]]] = []
        term_lines: dict[str, tuple[str, int]] = {}  # term as written -> (language, line)
        t = m.get("terms")
        if t is not None and t.value:
            tm = ck.mapping(t, f"{where}.terms", (), LANGS)
            for lang in LANGS:
                if tm and lang in tm:
                    items = ck.strings(tm, lang, f"{where}.terms")
                    for s, line in items:
                        if not _norm_key(s):
                            ck.add(line, f"{where}.terms.{lang}", f"{s!r} is empty after normalisation")
                        term_lines.setdefault(s, (lang, line))
                    terms.append((lang, tuple(s for s, _ in items)))
        sources = _load_sources(ck, m, where, term_lines)
        cited = {s for src in sources for s in src.terms}
        unsourced = ck.strings(m, "unsourced", where)
        for s, line in unsourced:
            if s not in term_lines:
                ck.add(line, f"{where}.unsourced", f"{s!r} is not one of this category's terms")
            elif s in cited:
                ck.add(line, f"{where}.unsourced", f"{s!r} is cited by a source; remove it from unsourced")
        waiting = {s for s, _ in unsourced}
        for s, (lang, line) in term_lines.items():
            if s not in cited and s not in waiting:
                ck.add(line, f"{where}.terms.{lang}", f"{s!r} has no source: cite it in this category's sources")
        out[cid] = Category(id=cid, name=ck.text(m, "name", where) or "", regimes=regs, terms=tuple(terms),
                            note=ck.text(m, "note", where, "") or "", scope=ck.choice(m, "scope", where, SCOPES, "in"),
                            sources=sources, unsourced=tuple(s for s, _ in unsourced))
    return out


def _load_sources(ck: _Checker, m: dict[str, _Y], where: str, term_lines: dict[str, tuple[str, int]]) -> tuple[Source, ...]:
    """A category's `sources`: each names a public source (`cite`, optional `url`) and the terms
    of this category, as written, that it carries. An id is unique within its category."""
    out: list[Source] = []
    seen: set[str] = set()
    for item in _items(ck, m, "sources", where):
        src = ck.mapping(item, f"{where}.sources", ("id", "cite", "terms"), ("url",))
        if src is None:
            continue
        sid = ck.text(src, "id", f"{where}.sources") or ""
        w = f"{where}.sources[{sid}]"
        if sid in seen:
            ck.add(src["id"].line, f"{w}.id", "duplicate source id in this category")
        seen.add(sid)
        url = ck.text(src, "url", w, "") or ""
        if url and not url.startswith(("http://", "https://")):
            ck.add(src["url"].line, f"{w}.url", "expected a web address")
        cited = ck.strings(src, "terms", w)
        if not cited and "terms" in src:
            ck.add(src["terms"].line, f"{w}.terms", "cite at least one term")
        for s, line in cited:
            if s not in term_lines:
                ck.add(line, f"{w}.terms", f"{s!r} is not one of this category's terms")
        out.append(Source(id=sid, cite=ck.text(src, "cite", w) or "", terms=tuple(s for s, _ in cited), url=url))
    return tuple(out)


def _load_entities(path: Path, regimes: dict[str, Regime], categories: dict[str, Category], problems: list[str],
                   lines: dict[tuple[str, str], int]) -> dict[str, Entity]:
    ck = _Checker(path.name, problems)
    out: dict[str, Entity] = {}
    for item in _root_list(_load_yaml(path, problems), ck, "entities"):
        m = ck.mapping(item, "entity", ("id", "name", "aliases", "regimes"),
                       ("legal_names", "exact_case", "categories", "companies", "product_lines", "patterns", "note"))
        if m is None:
            continue
        eid = ck.text(m, "id", "entity") or ""
        where = f"entities[{eid}]"
        if eid and not _ID.match(eid):
            ck.add(m["id"].line, f"{where}.id", "use lower snake case")
        if eid in out:
            ck.add(m["id"].line, f"{where}.id", "duplicate id")
        all_names: list[str] = []
        aliases: list[tuple[str, tuple[str, ...]]] = []
        am = ck.mapping(m["aliases"], f"{where}.aliases", (), SCRIPTS) if "aliases" in m else None
        for script in SCRIPTS:
            if am and script in am:
                items = ck.strings(am, script, f"{where}.aliases")
                for s, line in items:
                    lines[(eid, s)] = line
                    if not _norm_key(s):
                        ck.add(line, f"{where}.aliases.{script}", f"{s!r} is empty after normalisation")
                aliases.append((script, tuple(s for s, _ in items)))
                all_names += [s for s, _ in items]
        legal = ck.strings(m, "legal_names", where)
        for s, line in legal:
            lines[(eid, s)] = line
            if not _norm_key(s):
                ck.add(line, f"{where}.legal_names", f"{s!r} is empty after normalisation")
        exact = ck.strings(m, "exact_case", where)
        for s, line in exact:
            if s not in all_names:
                ck.add(line, f"{where}.exact_case", f"{s!r} is not one of the aliases")
        regs = _check_refs(ck, ck.strings(m, "regimes", where), regimes, f"{where}.regimes", "regime")
        cats = _check_refs(ck, ck.strings(m, "categories", where), categories, f"{where}.categories", "category")
        companies = _load_companies(ck, m, where, eid, lines)
        names = {c.name for c in companies}
        plines = _load_product_lines(ck, m, where, categories, names, eid, lines)
        patterns = _load_patterns(ck, m, where, eid, categories, names)
        out[eid] = Entity(
            id=eid, name=ck.text(m, "name", where) or "", legal_names=tuple(s for s, _ in legal),
            aliases=tuple(aliases), exact_case=tuple(s for s, _ in exact), regimes=regs, categories=cats,
            companies=companies, product_lines=plines, patterns=patterns, note=ck.text(m, "note", where, "") or "",
        )
    return out


def _items(ck: _Checker, m: dict[str, _Y], key: str, where: str) -> list[_Y]:
    y = m.get(key)
    if y is None or y.value is None:
        return []
    if not isinstance(y.value, list):
        ck.add(y.line, f"{where}.{key}", "expected a list")
        return []
    return y.value


def _load_companies(ck: _Checker, m: dict[str, _Y], where: str, eid: str, lines: dict[tuple[str, str], int]) -> tuple[Company, ...]:
    out = []
    for item in _items(ck, m, "companies", where):
        c = ck.mapping(item, f"{where}.companies", ("name", "kind", "status", "aliases"), ("date", "note"))
        if c is None:
            continue
        name = ck.text(c, "name", f"{where}.companies") or ""
        w = f"{where}.companies[{name}]"
        status = ck.choice(c, "status", w, STATUSES, "unclear")
        date = ck.date(c, "date", w)
        if status == "divested" and not date:
            ck.add(item.line, f"{w}.date", "required when status is divested")
        als = ck.strings(c, "aliases", w)
        if not als:
            ck.add(item.line, f"{w}.aliases", "at least one alias")
        for s, line in als:
            lines[(eid, s)] = line
            if not _norm_key(s):
                ck.add(line, f"{w}.aliases", f"{s!r} is empty after normalisation")
        out.append(Company(name=name, kind=ck.choice(c, "kind", w, COMPANY_KINDS, "subsidiary"), status=status,
                           aliases=tuple(s for s, _ in als), date=date, note=ck.text(c, "note", w, "") or ""))
    return tuple(out)


def _load_product_lines(ck: _Checker, m: dict[str, _Y], where: str, categories: dict[str, Category], companies: set[str],
                        eid: str, lines: dict[tuple[str, str], int]) -> tuple[ProductLine, ...]:
    out = []
    for item in _items(ck, m, "product_lines", where):
        p = ck.mapping(item, f"{where}.product_lines", ("name", "aliases"), ("category", "company"))
        if p is None:
            continue
        name = ck.text(p, "name", f"{where}.product_lines") or ""
        w = f"{where}.product_lines[{name}]"
        cat = ck.text(p, "category", w)
        if cat is not None and cat not in categories:
            ck.add(p["category"].line, f"{w}.category", f"unknown category {cat!r}")
        comp = ck.text(p, "company", w)
        if comp is not None and comp not in companies:
            ck.add(p["company"].line, f"{w}.company", f"unknown company {comp!r}")
        als = ck.strings(p, "aliases", w)
        for s, line in als:
            lines[(eid, s)] = line
            if not _norm_key(s):
                ck.add(line, f"{w}.aliases", f"{s!r} is empty after normalisation")
        out.append(ProductLine(name=name, category=cat, aliases=tuple(s for s, _ in als), company=comp))
    return tuple(out)


def _load_patterns(ck: _Checker, m: dict[str, _Y], where: str, eid: str, categories: dict[str, Category], companies: set[str]) -> tuple[Pattern, ...]:
    out: list[Pattern] = []
    seen: set[str] = set()
    for item in _items(ck, m, "patterns", where):
        p = ck.mapping(item, f"{where}.patterns", ("id", "what", "regex", "examples"),
                       ("kind", "category", "context", "context_categories", "company", "counter_examples"))
        if p is None:
            continue
        pid = ck.text(p, "id", f"{where}.patterns") or ""
        w = f"{where}.patterns[{pid}]"
        if pid in seen:
            ck.add(p["id"].line, f"{w}.id", "duplicate pattern id")
        seen.add(pid)
        cat = ck.text(p, "category", w)
        if cat is not None and cat not in categories:
            ck.add(p["category"].line, f"{w}.category", f"unknown category {cat!r}")
        ctx = ck.choice(p, "context", w, CONTEXTS, "vendor")
        ccats = _check_refs(ck, ck.strings(p, "context_categories", w), categories, f"{w}.context_categories", "category")
        if not ccats and cat:
            ccats = (cat,)
        if ctx in ("category", "vendor_or_category") and not ccats:
            ck.add(item.line, f"{w}.context_categories", "needed for category context")
        comp = ck.text(p, "company", w)
        if comp is not None and comp not in companies:
            ck.add(p["company"].line, f"{w}.company", f"unknown company {comp!r}")
        src = ck.text(p, "regex", w) or ""
        rx = _compile_regex(ck, src, p["regex"].line if "regex" in p else item.line, f"{w}.regex") if src else None
        examples = ck.strings(p, "examples", w)
        counters = ck.strings(p, "counter_examples", w)
        if rx is not None:
            for ex, line in examples:
                if not rx.fullmatch(_norm_key(ex)):
                    ck.add(line, f"{w}.examples", f"regex does not match its example {ex!r}")
            for ex, line in counters:
                hit = rx.search(_norm_key(ex))
                if hit:
                    ck.add(line, f"{w}.counter_examples", f"regex matches its counter-example {ex!r} ({hit.group(0)!r})")
        if not examples:
            ck.add(item.line, f"{w}.examples", "at least one example")
        out.append(Pattern(
            entity=eid, id=pid, what=ck.text(p, "what", w) or "", regex=src,
            kind=ck.choice(p, "kind", w, PATTERN_KINDS, "model_number"), category=cat, context=ctx,
            context_categories=ccats, company=comp, examples=tuple(s for s, _ in examples),
            counter_examples=tuple(s for s, _ in counters),
        ))
    return tuple(out)


def _load_guards(path: Path, entities: dict[str, Entity], problems: list[str]) -> tuple[Guard, ...]:
    ck = _Checker(path.name, problems)
    out: list[Guard] = []
    seen: set[str] = set()
    for item in _root_list(_load_yaml(path, problems), ck, "guards"):
        g = ck.mapping(item, "guard", ("id", "entity", "examples"),
                       ("phrases", "before", "after", "around", "anchors", "note", "counter_examples"))
        if g is None:
            continue
        gid = ck.text(g, "id", "guard") or ""
        w = f"guards[{gid}]"
        if gid in seen:
            ck.add(g["id"].line, f"{w}.id", "duplicate id")
        seen.add(gid)
        ent = ck.text(g, "entity", w) or ""
        if ent and ent not in entities and ent != ANY_ENTITY:
            ck.add(g["entity"].line, f"{w}.entity", f"unknown entity {ent!r} (or {ANY_ENTITY!r}: every entity)")
        phrases = ck.strings(g, "phrases", w)
        for s, line in phrases:
            if not _norm_key(s):
                ck.add(line, f"{w}.phrases", f"{s!r} is empty after normalisation")
        rxs = {}
        for key in ("before", "after"):
            src = ck.text(g, key, w)
            rxs[key] = _compile_regex(ck, src, g[key].line, f"{w}.{key}") if src else None
        around = None
        src = ck.text(g, "around", w)
        if src:
            if GUARD_NAME not in src:
                ck.add(g["around"].line, f"{w}.around", f"no {GUARD_NAME}: write it where the mention stands")
            else:
                around = _compile_regex(ck, src.replace(GUARD_NAME, GUARD_MARK), g["around"].line, f"{w}.around")
        if not phrases and "before" not in g and "after" not in g and "around" not in g:
            ck.add(item.line, w, "needs phrases, before, after or around")
        anchors = []
        for a, line in ck.strings(g, "anchors", w):
            key = _norm_key(a)
            if not key:
                ck.add(line, f"{w}.anchors", f"{a!r} is empty after normalisation")
            anchors.append(key)
        if anchors:
            if "before" not in g and "after" not in g and "around" not in g:
                ck.add(g["anchors"].line, f"{w}.anchors", "anchors only gate before, after or around")
            for ex, line in ck.strings(g, "examples", w):
                if not any(a in _norm_key(ex) for a in anchors if a):
                    ck.add(line, f"{w}.examples", f"{ex!r} holds none of the anchors: the guard never runs on it")
        out.append(Guard(id=gid, entity=ent, phrases=tuple(s for s, _ in phrases), before=rxs["before"],
                         after=rxs["after"], examples=tuple(s for s, _ in ck.strings(g, "examples", w)),
                         note=ck.text(g, "note", w, "") or "", around=around,
                         counter_examples=tuple(s for s, _ in ck.strings(g, "counter_examples", w)),
                         anchors=tuple(a for a in anchors if a)))
    return tuple(out)


def _load_cpv(path: Path, categories: dict[str, Category], problems: list[str]) -> dict[str, CpvCode]:
    name = path.name
    out: dict[str, CpvCode] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        problems.append(f"{name}:0: file: cannot read ({exc})")
        return out
    header_seen = False
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        row = next(csv.reader(io.StringIO(raw), delimiter="\t"))
        if not header_seen:
            header_seen = True
            if row != ["code", "category", "tier", "label"]:
                problems.append(f"{name}:{lineno}: header: expected code, category, tier, label (got {', '.join(row)})")
                return out
            continue
        if len(row) != 4:
            problems.append(f"{name}:{lineno}: row: expected 4 tab-separated columns, got {len(row)}")
            continue
        code, cat, tier, label = row
        if not re.fullmatch(r"\d{8}-\d", code):
            problems.append(f"{name}:{lineno}: code: {code!r} is not 8 digits and a check digit (12345678-9)")
            continue
        if cat not in categories:
            problems.append(f"{name}:{lineno}: category: unknown category {cat!r}")
        if tier not in ("A", "B"):
            problems.append(f"{name}:{lineno}: tier: {tier!r} is not A or B")
        if code[:8] in out:
            problems.append(f"{name}:{lineno}: code: duplicate {code}")
        out[code[:8]] = CpvCode(code=code, category=cat, tier=tier, label=label)
    if not header_seen:
        problems.append(f"{name}:1: header: missing")
    return out


_CPV_TERM_HEADER = ["code", "lang", "term", "category"]


def _load_cpv_terms(path: Path, categories: dict[str, Category], cpv: dict[str, CpvCode],
                    problems: list[str]) -> tuple[CpvTerm, ...]:
    """cpv_terms.tsv: `#` comments, the header `code lang term category`, then one term a row.

    The code must be one of cpv.tsv's (8 digits, no check digit), the language one of the CPV
    languages, and the category the one cpv.tsv gives the code, so the file cannot drift from
    the mapping without `policy check` saying so (regenerate it with scripts/build_cpv_terms.py).
    Plain string splitting, no csv module: the file has thousands of rows and no quoting.
    """
    name = path.name
    out: list[CpvTerm] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        problems.append(f"{name}:0: file: cannot read ({exc})")
        return ()
    header_seen = False
    seen: dict[tuple[str, str, str], int] = {}
    langs = frozenset(CPV_LANGS)
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        row = raw.split("\t")
        if not header_seen:
            header_seen = True
            if row != _CPV_TERM_HEADER:
                problems.append(f"{name}:{lineno}: header: expected {', '.join(_CPV_TERM_HEADER)} (got {', '.join(row)})")
                return ()
            continue
        if len(row) != 4:
            problems.append(f"{name}:{lineno}: row: expected 4 tab-separated columns, got {len(row)}")
            continue
        code, lang, term, cat = row
        if len(code) != 8 or not code.isdigit():
            problems.append(f"{name}:{lineno}: code: {code!r} is not 8 digits")
            continue
        if code not in cpv:
            problems.append(f"{name}:{lineno}: code: {code} is not in cpv.tsv")
            continue
        if lang not in langs:
            problems.append(f"{name}:{lineno}: lang: {lang!r} is not a CPV language ({', '.join(CPV_LANGS)})")
        if cat not in categories:
            problems.append(f"{name}:{lineno}: category: unknown category {cat!r}")
        elif cat != cpv[code].category:
            problems.append(f"{name}:{lineno}: category: {cat!r} but cpv.tsv maps {code} to {cpv[code].category!r}")
        if not term.strip():
            problems.append(f"{name}:{lineno}: term: empty")
            continue
        key = (code, lang, term)
        if key in seen:
            problems.append(f"{name}:{lineno}: term: duplicate of line {seen[key]}")
            continue
        seen[key] = lineno
        out.append(CpvTerm(code=code, lang=lang, term=term, category=cat))
    if not header_seen:
        problems.append(f"{name}:1: header: missing")
    return tuple(out)


def _collect_terms(entities: dict[str, Entity], categories: dict[str, Category], guards: tuple[Guard, ...],
                   problems: list[str], lines: dict[tuple[str, str], int],
                   cpv_terms: tuple[CpvTerm, ...] = ()) -> dict[str, tuple[TermInfo, ...]]:
    """Every normalised key with what it stands for; an alias claimed by two entities is an error.

    CPV label terms come last and only fill gaps: a key that is already an alias, a hand-written
    term or a guard phrase keeps its meaning (the hand-written line is the curated one), and two
    labels that normalise alike keep the first row's code. Their `name` carries the code
    ("pakiety oprogramowania [cpv-label:48000000]") so the mention's rule shows where the word
    came from; `source` holds the bare "cpv-label:48000000".
    """
    terms: dict[str, list[TermInfo]] = {}
    owner: dict[str, str] = {}

    def add(name: str, info: TermInfo) -> None:
        key = _norm_key(name)
        if not key:
            return
        if info.kind not in ("equipment", "guard") and info.entity:
            prev = owner.get(key)
            if prev is not None and prev != info.entity:
                line = lines.get((info.entity, name), 0)
                problems.append(f"entities.yaml:{line}: entities[{info.entity}].aliases: {name!r} is also an alias of {prev}")
            owner[key] = info.entity
        lst = terms.setdefault(key, [])
        if info not in lst:
            lst.append(info)

    for e in entities.values():
        exact = set(e.exact_case)
        for _script, names in e.aliases:
            for n in names:
                add(n, TermInfo("vendor", e.id, n, exact_case=n in exact))
        for n in e.legal_names:
            add(n, TermInfo("vendor", e.id, n))
        for c in e.companies:
            for n in c.aliases:
                add(n, TermInfo(c.kind, e.id, n, company=c.name, divested=c.divested))
        for p in e.product_lines:
            comp = e.company(p.company)
            for n in p.aliases:
                add(n, TermInfo("product_line", e.id, n, category=p.category, company=p.company,
                                divested=bool(comp and comp.divested)))
    for cat in categories.values():
        for _lang, names in cat.terms:
            for n in names:
                add(n, TermInfo("equipment", None, n, category=cat.id))
    for g in guards:
        for n in g.phrases:
            add(n, TermInfo("guard", g.entity, n, guard=g.id))
    for ct in cpv_terms:
        key = _label_key(ct.term)
        if key and key not in terms:
            terms[key] = [TermInfo("equipment", None, f"{ct.term} [{ct.rule}]", category=ct.category, source=ct.rule)]
    return {k: tuple(v) for k, v in terms.items()}


def _is_word(c: str) -> bool:
    """A character that continues a Latin-script word (CJK characters never do)."""
    return (c.isalnum() or c == "_") and not _is_cjk(c)


def _is_cjk(c: str) -> bool:
    o = ord(c)
    return (
        0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
        or 0xFF66 <= o <= 0xFF9F or 0x20000 <= o <= 0x3134F or 0x1100 <= o <= 0x11FF
    )


_BEYOND_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")  # Latin-1, Latin Extended A/B, Vietnamese


def _build_automaton(terms: dict[str, tuple[TermInfo, ...]], patterns: tuple[Pattern, ...], gate: str,
                     cpv: dict[str, CpvCode]) -> tuple[Any, Any, tuple[re.Pattern[str], ...] | None]:
    """The automaton (see Policy.automaton), the one for Latin-only text (Policy.automaton_for)
    and the anchored pattern regexes (or None)."""
    import ahocorasick

    from extract.leads import lead_literals

    entries: dict[str, list[Any]] = {key: [infos, set(), False] for key, infos in terms.items()}
    anchored: tuple[re.Pattern[str], ...] | None = None
    leads = [lead_literals(_pattern_body(p), flags=re.ASCII) for p in patterns]
    if all(lits is not None for lits in leads):
        anchored = tuple(re.compile(gate + "(?:" + _pattern_body(p) + ")", re.ASCII) for p in patterns)
        for i, lits in enumerate(leads):
            for lit in lits or ():
                entries.setdefault(lit, [(), set(), False])[1].add(i)
    for digits in cpv:
        entries.setdefault(digits, [(), set(), False])[2] = True
    full = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    latin = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for key, (infos, idxs, is_code) in entries.items():
        value = (len(key), _is_word(key[0]), _is_word(key[-1]), infos, tuple(sorted(idxs)), is_code)
        full.add_word(key, value)
        if _BEYOND_LATIN.search(key) is None:
            latin.add_word(key, value)
    full.make_automaton()
    latin.make_automaton()
    return full, latin, anchored


def is_word_char(c: str) -> bool:
    """Exposed for the matcher: does `c` continue a Latin-script word?"""
    return _is_word(c)


def exact_case_ok(original: str, alias: str) -> bool:
    """True when `original` spells `alias` with the same capitals (or all capitals)."""
    o = " ".join(unicodedata.normalize("NFKC", original).split())
    o = o.replace("-", "") if "-" not in alias else o
    return o == alias or o == alias.upper()
