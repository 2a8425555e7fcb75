"""Load, validate and compile the restricted-vendor policy (extract/policy/data/ or `--policy DIR`).

Files (each documents its fields in a header comment; see also extract/policy/data/README.md):
    regimes.yaml     the laws and decisions that name entities or cover categories
    entities.yaml    restricted entities: names in every script, companies, product lines, patterns
    categories.yaml  equipment and service categories: scope, terms in several languages, sources
    guards.yaml      known false-positive traps
    cpv.tsv          CPV codes mapped to categories
    cpv_terms.tsv    the CPV labels of those codes in 23 EU languages and Ukrainian, as terms (scripts/build_cpv_terms.py)
    roles.yaml       the cues that give each mention its role (extract.policy.cues)
    inflection.tsv   the case endings a word may lose in 15 inflecting languages (extract.policy.inflection)
    zh_variants.tsv  the zh terms in their other Chinese script forms (scripts/build_zh_variants.py)

Every problem of every file is reported at once as `file:line: field: problem`, and `PolicyError`
stops the run (exit code 2) before any document is read. A compiled `Policy` is cached per
(directory, version), so a worker process compiles it once, and its costliest derived parts
(role cues, matching keys) are kept on disk between runs (extract.policy.cache) so that a
command's start-up does not redo them while the files are unchanged; `check_policy` never uses
that cache."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from extract import settings
from extract.errors import PolicyError
from extract.policy import cache as _disk
from extract.policy.check import _Checker, _Y, _compile_regex, _label_key, _load_yaml, _norm_key
from extract.policy.compiled import Policy, _combine_patterns, _pattern_gate, combined_source, pattern_leads, paused_gc
from extract.policy.lazy import LazyPattern
from extract.policy.types import ANY_ENTITY, COMPANY_KINDS, CONTEXTS, CPV_LABEL_LANGS, Category, Company, CpvCode, CpvTerm, Entity, GUARD_MARK, GUARD_NAME, Guard, Inflection, LANGS, PATTERN_KINDS, POLICY_FILES, Pattern, ProductLine, Regime, SCOPES, SCRIPTS, STATUSES, Source, TermInfo, ZH_CONFIGS, ZhVariant, spelling_forms
from extract.policy.cues import load_role_cues
from extract.policy.inflection import WORD, Stemmer, cut_keys


def policy_version(directory: Path) -> str:
    """"sha256:" + 16 hex digits over the policy files' names and bytes (sorted by name).

    Asked before every document (a long-lived worker must notice an edited policy); the files
    are hashed again only when one of them changed size, modification time or inode since the
    last call for this directory (as build tools decide what to rebuild)."""
    stamp = []
    for name in sorted(POLICY_FILES):
        try:
            st = (directory / name).stat()
            stamp.append((st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns))
        except OSError:
            stamp.append(None)
    key = str(directory)
    known = _VERSIONS.get(key)
    if known is not None and known[0] == stamp:
        return known[1]
    version = _hash_policy(directory)
    _VERSIONS[key] = (stamp, version)
    return version


_VERSIONS: dict[str, tuple[list[Any], str]] = {}


def _hash_policy(directory: Path) -> str:
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
    with paused_gc():
        policy = _build(d, version, problems, use_disk_cache=True)
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


def _build(d: Path, version: str, problems: list[str], use_disk_cache: bool = False) -> Policy | None:
    """Every file read and checked, then compiled. With `use_disk_cache`, what the files hold
    (the loaders' results below), the terms table and the role cues come from
    extract.policy.cache when it holds them for this exact `version` (they were checked when it
    was written), and are written there after a build without problems."""
    cached = _disk.read(version) if use_disk_cache else None
    if cached is not None:
        parts, terms, roles = cached["parts"], cached["terms"], cached["roles"]
    else:
        parts, terms, roles = _read_files(d, problems)
    if problems:
        return None
    patterns = tuple(p for e in parts["entities"].values() for p in e.patterns)
    gate = _pattern_gate(patterns)
    if cached is not None:
        # checked when the entry was written (same files, same code): compiled only if the
        # matcher ever falls back to it (Policy.anchored_patterns), its examples not run again
        combined: Any = LazyPattern(combined_source(patterns, gate), re.ASCII) if patterns else None
    else:
        combined = _combine_patterns(patterns, gate, problems) if patterns else None
    if problems:
        return None
    leads = cached["leads"] if cached is not None else pattern_leads(patterns)
    if len(leads) != len(patterns):
        leads = pattern_leads(patterns)
    inflected = cached["inflected"] if cached is not None else {}
    if use_disk_cache and cached is None and _disk.cache_dir() is not None:
        # every language's cut terms, for the runs to come (a tenth of a second, once per version)
        inflected = _disk.cut_keys_text({
            lang: cut_keys(Stemmer(inf), parts["categories"].values(), parts["cpv_terms"], terms, parts["guards"])
            for lang, inf in parts["inflection"].items()})
        _disk.write(version, roles, terms, parts, leads, inflected)
    return Policy(directory=d, version=version, terms=terms, patterns=patterns, pattern_regex=combined,
                  pattern_gate=gate, pattern_leads=leads, roles=roles, inflected_keys=inflected, **parts)


def _read_files(d: Path, problems: list[str]) -> tuple[dict[str, Any], dict[str, tuple[TermInfo, ...]], Any]:
    """What the policy files hold, checked (extract.policy.cache.PARTS: regimes, categories,
    entities, guards, cpv, cpv_terms, inflection), the terms table and the role cues; every
    problem appended to `problems`."""
    for name in POLICY_FILES:
        if not (d / name).is_file():
            problems.append(f"{name}:0: file: missing from {d}")
    regimes = _load_regimes(d / "regimes.yaml", problems) if (d / "regimes.yaml").is_file() else {}
    categories = _load_categories(d / "categories.yaml", regimes, problems) if (d / "categories.yaml").is_file() else {}
    lines: dict[tuple[str, str], int] = {}  # (entity, alias) -> line, for duplicate-alias messages
    entities = _load_entities(d / "entities.yaml", regimes, categories, problems, lines) if (d / "entities.yaml").is_file() else {}
    guards = _load_guards(d / "guards.yaml", entities, problems, categories) if (d / "guards.yaml").is_file() else ()
    cpv = _load_cpv(d / "cpv.tsv", categories, problems) if (d / "cpv.tsv").is_file() else {}
    cpv_terms = _load_cpv_terms(d / "cpv_terms.tsv", categories, cpv, problems) if (d / "cpv_terms.tsv").is_file() else ()
    inflection = _load_inflection(d / "inflection.tsv", problems) if (d / "inflection.tsv").is_file() else {}
    zh_variants = _load_zh_variants(d / "zh_variants.tsv", categories, problems) if (d / "zh_variants.tsv").is_file() else ()
    guards = _guards_with_variants(guards, zh_variants)
    terms = _collect_terms(entities, categories, guards, problems, lines, cpv_terms, zh_variants)  # reports shared aliases too
    roles = load_role_cues(d / "roles.yaml", problems) if (d / "roles.yaml").is_file() else None
    parts = {"regimes": regimes, "categories": categories, "entities": entities, "guards": guards, "cpv": cpv,
             "cpv_terms": cpv_terms, "inflection": inflection}
    return parts, terms, roles


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
        ck.identifier(m, "key", where, out)
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
        ck.identifier(m, "id", where, out)
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
    for item in ck.items(m, "sources", where):
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
        ck.identifier(m, "id", where, out)
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


def _load_companies(ck: _Checker, m: dict[str, _Y], where: str, eid: str, lines: dict[tuple[str, str], int]) -> tuple[Company, ...]:
    out = []
    for item in ck.items(m, "companies", where):
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
    for item in ck.items(m, "product_lines", where):
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
    for item in ck.items(m, "patterns", where):
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


def _load_guards(path: Path, entities: dict[str, Entity], problems: list[str],
                 categories: dict[str, Category] | None = None) -> tuple[Guard, ...]:
    ck = _Checker(path.name, problems)
    out: list[Guard] = []
    seen: set[str] = set()
    for item in _root_list(_load_yaml(path, problems), ck, "guards"):
        g = ck.mapping(item, "guard", ("id", "examples"),
                       ("entity", "category", "terms", "phrases", "before", "after", "around", "anchors", "note",
                        "counter_examples"))
        if g is None:
            continue
        gid = ck.text(g, "id", "guard") or ""
        w = f"guards[{gid}]"
        if gid in seen:
            ck.add(g["id"].line, f"{w}.id", "duplicate id")
        seen.add(gid)
        ent = ck.text(g, "entity", w) or ""
        cat = ck.text(g, "category", w)
        if ("entity" in g) == ("category" in g):
            ck.add(item.line, w, "needs exactly one of entity (a name's trap) and category (an equipment term's trap)")
        if ent and ent not in entities and ent != ANY_ENTITY:
            ck.add(g["entity"].line, f"{w}.entity", f"unknown entity {ent!r} (or {ANY_ENTITY!r}: every entity)")
        if cat is not None and cat not in (categories or {}):
            ck.add(g["category"].line, f"{w}.category", f"unknown category {cat!r}")
        if cat is not None and "phrases" in g:
            ck.add(g["phrases"].line, f"{w}.phrases", "a category guard takes before, after or around, not phrases")
        guard_terms: list[str] = []
        for term, line in ck.strings(g, "terms", w):
            key = _norm_key(term)
            if cat is None:
                ck.add(line, f"{w}.terms", "only a category guard names terms")
            elif cat in (categories or {}) and key not in {_norm_key(x) for _lang, ts in categories[cat].terms for x in ts}:
                ck.add(line, f"{w}.terms", f"{term!r} is not a term of category {cat!r}")
            guard_terms.append(key)
        if cat is not None and not guard_terms:
            ck.add(item.line, f"{w}.terms", "a category guard names the terms it may drop (a trap is a word, not a whole category)")
        phrases = ck.strings(g, "phrases", w) if cat is None else []
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
                         anchors=tuple(a for a in anchors if a), category=cat, terms=tuple(guard_terms)))
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
    label languages (the EU's, and national editions such as Ukraine's ДК 021:2015), and the
    category the one cpv.tsv gives the code, so the file cannot drift from the mapping without
    `policy check` saying so (regenerate it with scripts/build_cpv_terms.py).
    """
    name = path.name
    out: list[CpvTerm] = []
    seen: dict[tuple[str, str, str], int] = {}
    langs = frozenset(CPV_LABEL_LANGS)
    for lineno, row in _tsv_rows(path, _CPV_TERM_HEADER, problems):
        code, lang, term, cat = row
        if len(code) != 8 or not code.isdigit():
            problems.append(f"{name}:{lineno}: code: {code!r} is not 8 digits")
            continue
        if code not in cpv:
            problems.append(f"{name}:{lineno}: code: {code} is not in cpv.tsv")
            continue
        if lang not in langs:
            problems.append(f"{name}:{lineno}: lang: {lang!r} is not a CPV label language ({', '.join(CPV_LABEL_LANGS)})")
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
    return tuple(out)


_ZH_VARIANT_HEADER = ["term", "variant", "config", "category"]


def _load_zh_variants(path: Path, categories: dict[str, Category], problems: list[str]) -> tuple[ZhVariant, ...]:
    """zh_variants.tsv: `#` comments, the header `term variant config category`, then one form a row.

    The term must still be a zh term of that category in categories.yaml, so a form cannot outlive
    the term it was converted from without `policy check` saying so (regenerate the file with
    scripts/build_zh_variants.py after changing a zh term).
    """
    name = path.name
    zh_terms = {cid: {t for lang, ts in c.terms if lang == "zh" for t in ts} for cid, c in categories.items()}
    out: list[ZhVariant] = []
    seen: dict[str, int] = {}
    for lineno, (term, variant, config, cat) in _tsv_rows(path, _ZH_VARIANT_HEADER, problems):
        if config not in ZH_CONFIGS:
            problems.append(f"{name}:{lineno}: config: {config!r} is not one of {', '.join(ZH_CONFIGS)}")
            continue
        if cat not in categories:
            problems.append(f"{name}:{lineno}: category: unknown category {cat!r}")
            continue
        if term not in zh_terms[cat]:
            problems.append(f"{name}:{lineno}: term: {term!r} is not a zh term of {cat} in categories.yaml "
                            "(rerun scripts/build_zh_variants.py)")
            continue
        if not variant.strip() or variant == term:
            problems.append(f"{name}:{lineno}: variant: empty or the term itself")
            continue
        if variant in seen:
            problems.append(f"{name}:{lineno}: variant: duplicate of line {seen[variant]}")
            continue
        seen[variant] = lineno
        out.append(ZhVariant(term=term, variant=variant, config=config, category=cat))
    return tuple(out)


def _tsv_rows(path: Path, header: list[str], problems: list[str]) -> list[tuple[int, list[str]]]:
    """(line number, columns) of each data row of a policy TSV file: `#` comment and blank lines
    skipped, the first other line must be `header`; an unreadable file, a wrong or missing
    header, and a row with another number of columns are reported in `problems` (the row is
    left out). Plain string splitting, no csv module: the files have thousands of rows and no
    quoting."""
    name = path.name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        problems.append(f"{name}:0: file: cannot read ({exc})")
        return []
    rows: list[tuple[int, list[str]]] = []
    header_seen = False
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        row = raw.split("\t")
        if not header_seen:
            header_seen = True
            if row != header:
                problems.append(f"{name}:{lineno}: header: expected {', '.join(header)} (got {', '.join(row)})")
                return []
            continue
        if len(row) != len(header):
            problems.append(f"{name}:{lineno}: row: expected {len(header)} tab-separated columns, got {len(row)}")
            continue
        rows.append((lineno, row))
    if not header_seen:
        problems.append(f"{name}:1: header: missing")
    return rows


_INFLECTION_HEADER = ["lang", "min_stem", "letters", "endings", "source"]


def _load_inflection(path: Path, problems: list[str]) -> dict[str, Inflection]:
    """inflection.tsv: `#` comments, the header `lang min_stem letters endings source`, then one
    language a row (see extract.policy.inflection for what the columns do).

    Checked: a term language of the policy, once; `min_stem` a whole number from 3 to 12 (shorter
    stems meet unrelated words); `letters` and every ending (space-separated) written as the
    normaliser leaves them (lower case, NFKC), endings made of letters only and not repeated; a
    source to cite, as every term has one.
    """
    name = path.name
    out: dict[str, Inflection] = {}
    for lineno, row in _tsv_rows(path, _INFLECTION_HEADER, problems):
        lang, min_stem, letters, endings, source = (c.strip() for c in row)
        bad = len(problems)
        if lang not in LANGS or lang == "other":
            problems.append(f"{name}:{lineno}: lang: {lang!r} is not a term language ({', '.join(x for x in LANGS if x != 'other')})")
        elif lang in out:
            problems.append(f"{name}:{lineno}: lang: {lang} is already on line {out[lang].line}")
        if not (min_stem.isdigit() and 3 <= int(min_stem) <= 12):
            problems.append(f"{name}:{lineno}: min_stem: expected a whole number from 3 to 12, got {min_stem!r}")
        if not letters or _norm_key(letters) != letters or " " in letters:
            problems.append(f"{name}:{lineno}: letters: expected the characters that mark the language, "
                            f"lower case and without spaces, got {letters!r}")
        cut = endings.split()
        if not cut:
            problems.append(f"{name}:{lineno}: endings: empty")
        for e in cut:
            if not WORD.fullmatch(e) or _norm_key(e) != e:
                problems.append(f"{name}:{lineno}: endings: {e!r} is not a lower-case run of letters as the normaliser writes it")
        dup = sorted({e for e in cut if cut.count(e) > 1})
        if dup:
            problems.append(f"{name}:{lineno}: endings: repeated: {', '.join(dup)}")
        if not source:
            problems.append(f"{name}:{lineno}: source: empty (cite the grammar the endings come from)")
        if len(problems) == bad:
            out[lang] = Inflection(lang=lang, min_stem=int(min_stem), letters=frozenset(letters),
                                   endings=tuple(sorted(set(cut), key=lambda e: (-len(e), e))), source=source,
                                   line=lineno)
    return out


def _guards_with_variants(guards: tuple[Guard, ...], zh_variants: tuple[ZhVariant, ...]) -> tuple[Guard, ...]:
    """Category guards that name a Chinese term also drop its converted forms.

    Why: a page in traditional characters matches 服務器 through zh_variants.tsv, and the matcher
    asks a category guard whether the matched words are among its terms; without the converted
    forms a guard written against 服务器 would let every Taiwanese or Hong Kong page through."""
    if not zh_variants or not any(g.category for g in guards):
        return guards
    forms: dict[tuple[str, str], list[str]] = {}
    for zv in zh_variants:
        forms.setdefault((zv.category, _norm_key(zv.term)), []).append(_norm_key(zv.variant))
    out = []
    for g in guards:
        extra = [v for t in g.terms for v in forms.get((g.category or "", t), ()) if v not in g.terms] if g.category else []
        out.append(replace(g, terms=g.terms + tuple(dict.fromkeys(extra))) if extra else g)
    return tuple(out)


def _collect_terms(entities: dict[str, Entity], categories: dict[str, Category], guards: tuple[Guard, ...],
                   problems: list[str], lines: dict[tuple[str, str], int],
                   cpv_terms: tuple[CpvTerm, ...] = (),
                   zh_variants: tuple[ZhVariant, ...] = ()) -> dict[str, tuple[TermInfo, ...]]:
    """Every normalised key with what it stands for; an alias claimed by two entities is an error.

    The converted Chinese forms of zh_variants.tsv come after the hand-written lines and fill gaps
    the same way (a form that is already a key keeps that key's meaning); their `name` carries the
    term they were converted from and how ("服务器 [opencc:s2t]" for a page's 服務器).

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
        for lang, names in cat.terms:
            for n in names:
                for form in spelling_forms(n, lang):
                    add(form, TermInfo("equipment", None, n, category=cat.id))
    for g in guards:
        for n in g.phrases:
            add(n, TermInfo("guard", g.entity, n, guard=g.id))
    for zv in zh_variants:
        key = _norm_key(zv.variant)
        if key and key not in terms:
            terms[key] = [TermInfo("equipment", None, f"{zv.term} [{zv.rule}]", category=zv.category, source=zv.rule)]
    for ct in cpv_terms:
        key = _label_key(ct.term)
        if key and key not in terms:
            terms[key] = [ct.as_term()]
    return {k: tuple(v) for k, v in terms.items()}
