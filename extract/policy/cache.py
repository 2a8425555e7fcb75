"""An on-disk cache of the loaded policy, so that start-up skips reading, checking and deriving it again.

Why: every `tender-triage scan` loads the policy before it reads a page, and that load does the
same work on every run while the policy files rarely change: parsing and checking the YAML and
TSV files (categories.yaml and cpv_terms.tsv's 21,000 rows alone were a fifth of a second on this
machine), compiling and checking the ~1,900 role cues of roles.yaml (one compile per cue to
validate it, then the first-character analysis that groups them) and normalising ~21,000
aliases, terms and CPV labels into the matching keys.

What is stored: what the files hold once checked (`PARTS`: regimes, categories, entities,
guards, CPV codes and terms, inflection rows; each dataclass as the list of its fields, rebuilt
from the dataclasses' own annotations; regexes as source text, compiled when first used:
`LazyPattern`), the combined role-cue regexes as source text, the cues and lead literals of the
trigger, offer and register gates and of each trigger group (extract.policy.gate), the lead
literals of the model-number patterns, each inflecting language's cut terms (as JSON text, read
when a page first needs the language), and the terms table (normalised key -> TermInfo fields,
or for a CPV label's own entry the number of its CPV-terms row), as JSON. Never pickle or marshal: a cache file is data, and loading it runs no code from it. The
file also records a SHA-256 of its payload, and the key it was written for (the policy's version
hash over every policy file, a hash of the code that builds these parts, the Python and Unicode
versions); a file that fails any check (corrupt, truncated, other key, unexpected shape) is
ignored, and the caller rebuilds and rewrites it.

Where: $TENDER_TRIAGE_CACHE_DIR, else $XDG_CACHE_HOME/tender-triage, else ~/.cache/tender-triage;
`TENDER_TRIAGE_CACHE_DIR=off` turns the cache off. The directory is created private (0700), and
one that is not ours or that others may write to is not used. The cache only ever speeds
`load_policy` up: `check_policy` (`tender-triage policy check`) validates every file in full.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
import types
import typing
import unicodedata
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from extract.policy.cues import (
    _GATED,
    _ISSUER_LISTS,
    _PLAIN_LISTS,
    RoleCues,
    _Issuer,
    _Trigger,
)
from extract.policy.gate import CueGate
from extract.policy.lazy import LazyPattern
from extract.policy.types import Category, CpvCode, CpvTerm, Entity, Guard, Inflection, Regime, TermInfo
from extract.settings import cache_dir, read_checked, store_checked


#: Bumped whenever the layout of the cached data changes, or the way cues compile into the cached
#: regexes does (2: the word-edge guard of extract.policy.cues covers Greek and Cyrillic; 3: the
#: trigger, offer and register cues are CueGates, stored as their cues and lead literals; 4: the
#: trigger groups are CueGates too, each with its combined regex; 5: what the policy files hold is
#: stored whole, PARTS, the model-number patterns' lead literals and the cut terms of each language;
#: 6: a CPV label's entry in the terms table is the number of its row of the CPV terms; 7: a key
#: whose only entry is a label's is stored with the bare number).
FORMAT = 7

#: Entries kept in the directory (the most recently written): each policy version or code change
#: writes a new one of a few MB, and nothing else would ever remove the old ones.
KEEP = 6

_TERM_FIELDS = TermInfo._fields
_PLAIN = tuple(n for n in _PLAIN_LISTS if n not in _GATED)  # the RoleCues fields that hold one combined regex each
_ISSUER_RX = _ISSUER_LISTS
_ISSUER_INT = ("lines", "gap_words", "gap_chars")


class _Bad(Exception):
    """The cached data does not have the expected shape."""


@functools.lru_cache(maxsize=1)
def code_hash() -> str:
    """What the cached parts depend on besides the policy files: the code that derives them (every
    module of extract.policy, and extract.normalize) and the Unicode tables normalisation follows.
    A change to any invalidates every cached policy. The sources themselves, not the package's
    version number, which an editable install or a patched copy does not change. Once per
    process: a read and the write after a cold build ask for it."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for p in [*sorted(here.glob("*.py")), here.parent / "normalize.py"]:
        h.update(p.name.encode() + b"\0")
        h.update(p.read_bytes() + b"\0")
    h.update(f"{sys.version_info[:2]}\0{unicodedata.unidata_version}\0{FORMAT}".encode())
    return h.hexdigest()[:24]


def cache_key(version: str) -> str:
    """The key a cached policy of this `version` (extract.policy.load.policy_version) is filed under."""
    return f"{version.replace(':', '-')}-{code_hash()}"


def read(version: str) -> dict[str, Any] | None:
    """The cached parts for policy `version` ({"roles": RoleCues | None, "terms": dict}), or None
    when there is no usable cache entry (missing, corrupt, other key, unexpected shape)."""
    key = cache_key(version)
    got = read_checked(f"policy-{key}.json")
    if got is None:
        return None
    meta, payload = got
    if meta.get("format") != FORMAT or meta.get("key") != key:
        return None
    try:
        data = json.loads(payload)
        parts = _parts_from(data["parts"])
        return {"roles": _roles_from(data["roles"]), "terms": _terms_from(data["terms"], parts["cpv_terms"]),
                "parts": parts, "leads": _leads_from(data["leads"]), "inflected": _inflected_from(data["inflected"])}
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, re.error, _Bad, RecursionError):
        return None


def write(version: str, roles: Any, terms: dict[str, tuple[TermInfo, ...]], parts: dict[str, Any],
          leads: tuple[tuple[str, ...] | None, ...] = (), inflected: dict[str, str] | None = None) -> bool:
    """File the parts of a validated policy under its key (atomically: a reader never sees half a
    file). False when the cache is off or cannot be written, or the policy holds a value the
    cache cannot store (a regex with flags); the run goes on without it."""
    if cache_dir() is None:
        return False
    key = cache_key(version)
    try:
        payload = json.dumps({"roles": _roles_to(roles), "terms": _terms_to(terms, parts["cpv_terms"]), "parts": _parts_to(parts),
                              "leads": [None if lits is None else list(lits) for lits in leads],
                              "inflected": inflected or {}}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError):
        return False
    return store_checked(f"policy-{key}.json", payload, {"format": FORMAT, "key": key}, prune="policy-*.json", keep=KEEP)


# ------------------------------------------------------------------ terms


def _terms_to(terms: dict[str, tuple[TermInfo, ...]], cpv_terms: tuple[CpvTerm, ...]) -> list[Any]:
    """The terms table as rows: (key, [entry, ...]), each entry the list of its TermInfo fields,
    or, for an entry that is a CPV label's own (`CpvTerm.as_term`), the number of its row in
    `cpv_terms`; a key whose only entry is a label's, (key, number).

    Why the number: 21,000 of the 23,000 entries are CPV labels, and their fields repeat the label,
    its code twice and its category; written out they were half the file (4.3 of 8.3 MB) and most
    of the time `json.loads` took over it. The first row that makes an entry stands for it."""
    rows: dict[TermInfo, int] = {}
    for n, ct in enumerate(cpv_terms):
        rows.setdefault(ct.as_term(), n)
    out: list[Any] = []
    for k, infos in terms.items():
        if len(infos) == 1 and infos[0] in rows:
            out.append([k, rows[infos[0]]])  # a key that is one label's alone (most keys): the number
        else:
            out.append([k, [rows[i] if i in rows else [getattr(i, f) for f in _TERM_FIELDS] for i in infos]])
    return out


def _terms_from(rows: Any, cpv_terms: tuple[CpvTerm, ...]) -> dict[str, tuple[TermInfo, ...]]:
    """The terms table from its rows (`_terms_to`), the CPV labels' entries rebuilt from
    `cpv_terms`. Built in one comprehension with no check per field (23,000 TermInfos: checking
    each field was most of the time): the payload is the one this code wrote (its SHA-256 and the
    code's hash were checked), and a row of another length, or a number that is no row of
    `cpv_terms`, still raises (TypeError, IndexError), so the entry is ignored."""
    if not isinstance(rows, list):
        raise _Bad("terms")
    make = TermInfo._make  # a row of another length raises TypeError
    labels = [ct.as_term() for ct in cpv_terms]
    alone = [(info,) for info in labels]
    out = {key: alone[infos] if type(infos) is int else tuple([labels[v] if type(v) is int else make(v) for v in infos])
           for key, infos in rows}
    if len(out) != len(rows) or not all(isinstance(k, str) and k for k in out):
        raise _Bad("terms")
    return out


# ------------------------------------------------------------------ what the files hold

#: The parts of a Policy read from its files (extract.policy.load `_read_files`), each a dict
#: keyed by id (or by the 8 digits of a CPV code) or a tuple, with the type of its values.
PARTS: dict[str, tuple[str, type]] = {
    "regimes": ("dict", Regime), "categories": ("dict", Category), "entities": ("dict", Entity),
    "guards": ("tuple", Guard), "cpv": ("dict", CpvCode), "cpv_terms": ("tuple", CpvTerm),
    "inflection": ("dict", Inflection),
}


def _encode(v: Any) -> Any:
    """A value of a policy dataclass as JSON: a dataclass as the list of its fields' values, a
    tuple as a list, a frozenset as a sorted list, a regex as its source."""
    if is_dataclass(v) and not isinstance(v, type):
        return [_encode(getattr(v, f.name)) for f in fields(v)]
    if isinstance(v, (tuple, list)):
        return [_encode(x) for x in v]
    if isinstance(v, frozenset):
        return sorted(v)
    if isinstance(v, (re.Pattern, LazyPattern)):
        if v.flags not in (0, re.UNICODE):
            raise TypeError(f"a policy regex with flags {v.flags!r} cannot be cached as its source")
        return v.pattern
    if v is None or isinstance(v, (str, bool, int)):
        return v
    raise TypeError(f"cannot cache a {type(v).__name__}")


_SCALARS = (str, bool, int, type(None))


@functools.lru_cache(maxsize=None)
def _decoder(hint: Any) -> Any:
    """A function that rebuilds a value of type `hint` from `_encode`'s JSON. The types come from
    the dataclasses' own annotations (extract.policy.types); a value of another shape raises
    (_Bad, TypeError, ValueError), and the entry is then ignored. A named tuple (a CPV term: all
    its fields plain scalars) or a dataclass whose fields are all plain scalars is built straight
    from its row: 21,000 CPV terms a start."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in _SCALARS:
        def scalar(v: Any) -> Any:
            if type(v) is not hint:
                raise _Bad(f"expected {hint.__name__}")
            return v
        return scalar
    if origin in (typing.Union, types.UnionType):
        if len(args) != 2 or type(None) not in args:
            raise TypeError(f"cannot decode {hint}")
        inner = _decoder(next(a for a in args if a is not type(None)))
        return lambda v: None if v is None else inner(v)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda v: tuple(map(item, _list(v)))
        items = [_decoder(a) for a in args]
        return lambda v: tuple(d(x) for d, x in zip(items, _list(v, len(items))))
    if origin is frozenset:
        item = _decoder(args[0])
        return lambda v: frozenset(map(item, _list(v)))
    if hint is re.Pattern or origin is re.Pattern:
        return lambda v: LazyPattern(_decoder(str)(v))
    if isinstance(hint, type) and issubclass(hint, tuple) and hasattr(hint, "_fields"):  # a named tuple
        hints = typing.get_type_hints(hint)
        if not all(hints[f] in _SCALARS for f in hint._fields):
            raise TypeError(f"cannot decode {hint}: a named tuple of other than plain scalars")
        return hint._make  # a row of another length raises TypeError (21,000 CPV terms: no call more)
    if is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        field_hints = [hints[f.name] for f in fields(hint)]
        if all(h in _SCALARS for h in field_hints):
            return lambda v: hint(*_list(v, len(field_hints)))
        decs = [_decoder(h) for h in field_hints]
        return lambda v: hint(*[d(x) for d, x in zip(decs, _list(v, len(decs)))])
    raise TypeError(f"cannot decode {hint}")


def _list(v: Any, n: int | None = None) -> list[Any]:
    if not isinstance(v, list) or (n is not None and len(v) != n):
        raise _Bad("a list of another length")
    return v


def _parts_to(parts: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, (shape, _cls) in PARTS.items():
        value = parts[name]
        out[name] = [[k, _encode(v)] for k, v in value.items()] if shape == "dict" else _encode(value)
    return out


def _parts_from(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict) or set(data) != set(PARTS):
        raise _Bad("parts")
    out: dict[str, Any] = {}
    for name, (shape, cls) in PARTS.items():
        dec = _decoder(cls)
        if shape == "dict":
            out[name] = {_decoder(str)(k): dec(v) for k, v in _list(data[name])}
        else:
            out[name] = tuple(map(dec, _list(data[name])))
    return out


def _leads_from(data: Any) -> tuple[tuple[str, ...] | None, ...]:
    """The model-number patterns' lead literals (extract.policy.compiled.pattern_leads)."""
    return tuple(map(_decoder(tuple[str, ...] | None), _list(data)))


def cut_keys_text(inflected: dict[str, dict[str, tuple[str, ...]]]) -> dict[str, str]:
    """Language -> its cut keys (extract.policy.inflection.cut_keys) as JSON text of its own, so
    that reading the cache decodes none of them; `cut_keys_from` decodes one when a page first
    needs the language."""
    return {lang: json.dumps([[cut, list(keys)] for cut, keys in by_cut.items()], ensure_ascii=False)
            for lang, by_cut in inflected.items()}


def cut_keys_from(raw: str | None, terms: dict[str, tuple[TermInfo, ...]]) -> dict[str, tuple[str, ...]] | None:
    """One language's cut keys from the text `cut_keys_text` wrote, or None when there is none,
    or it is not of that shape or names a key `terms` lacks (the caller works them out again)."""
    if raw is None:
        return None
    try:
        rows = json.loads(raw)
        out = {cut: tuple(keys) for cut, keys in rows}
    except (ValueError, TypeError):
        return None
    if len(out) != len(rows) or not all(isinstance(c, str) and all(isinstance(k, str) and k in terms for k in ks)
                                        for c, ks in out.items()):
        return None
    return out


def _inflected_from(data: Any) -> dict[str, str]:
    """Language -> its cut keys as JSON text (checked by `cut_keys_from` when decoded)."""
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise _Bad("inflected")
    return data


# ------------------------------------------------------------------ role cues


def _src(rx: re.Pattern[str] | None) -> str | None:
    return None if rx is None else rx.pattern


def _gate_to(gate: CueGate | None) -> dict[str, Any] | None:
    if gate is None:
        return None
    return {"cues": list(gate.cues), "rest": _src(gate.rest), "table": [[lead, list(nums)] for lead, nums in gate.table],
            "whole": _src(gate.whole)}


def _gate_from(data: Any) -> CueGate | None:
    """A cached CueGate: its cues' sources (compiled when first met), its rest and whole regex as
    LazyPatterns. Its literal table (40,000 numbers over the 46 gates) is taken as written, as
    `_terms_from` takes the terms: the payload is the one this code wrote (its SHA-256 and the
    code's hash were checked); a row that is not a pair still raises (ValueError)."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise _Bad("gate")
    cues, table = data["cues"], data["table"]
    if not isinstance(cues, list) or not all(isinstance(c, str) and c for c in cues) or not isinstance(table, list):
        raise _Bad("gate cues")
    rows = tuple([(lead, tuple(nums)) for lead, nums in table])
    return CueGate(tuple(cues), _rx(data["rest"]), rows, _rx(data["whole"]))


def _rx(src: Any) -> Any:
    """The cached regex source `src` as a LazyPattern (None stays None)."""
    if src is None:
        return None
    if not isinstance(src, str):
        raise _Bad("regex")
    return LazyPattern(src)


def _roles_to(roles: Any) -> dict[str, Any] | None:
    if roles is None:
        return None
    issuer = roles.issuer
    return {
        "negation": [[_gate_to(t.gate), t.forward, t.backward, t.window, t.chars, t.clause] for t in roles.negation],
        "buyer": [[_gate_to(t.gate), t.forward, t.backward, t.window, t.chars, t.clause] for t in roles.buyer],
        "any_trigger": _gate_to(roles.any_trigger),
        **{name: _src(getattr(roles, name)) for name in _PLAIN},
        **{name: _gate_to(getattr(roles, name)) for name in _GATED},
        "issuer": None if issuer is None else {
            **{k: getattr(issuer, k) for k in _ISSUER_INT}, **{k: _src(getattr(issuer, k)) for k in _ISSUER_RX}},
        "languages": list(roles.languages),
        "count": roles.count,
    }


def _int(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise _Bad("number")
    return v


def _flag(v: Any) -> bool:
    if not isinstance(v, bool):
        raise _Bad("flag")
    return v


def _roles_from(data: Any) -> Any:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise _Bad("roles")

    def triggers(rows: Any) -> tuple[_Trigger, ...]:
        if not isinstance(rows, list):
            raise _Bad("triggers")
        out = []
        for cached, f, b, w, c, cl in rows:
            gate = _gate_from(cached)
            if gate is None or gate.whole is None:
                raise _Bad("a trigger group without its cues")
            out.append(_Trigger(gate, _flag(f), _flag(b), _int(w), _flag(c), _flag(cl)))
        return tuple(out)

    issuer = data["issuer"]
    if issuer is not None:
        if not isinstance(issuer, dict):
            raise _Bad("issuer")
        issuer = _Issuer(**{k: _int(issuer[k]) for k in _ISSUER_INT}, **{k: _rx(issuer[k]) for k in _ISSUER_RX})
        if issuer.suffix is None:
            raise _Bad("issuer suffix")
    languages = data["languages"]
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise _Bad("languages")
    return RoleCues(negation=triggers(data["negation"]), buyer=triggers(data["buyer"]),
                    any_trigger=_gate_from(data["any_trigger"]), **{name: _rx(data[name]) for name in _PLAIN},
                    **{name: _gate_from(data[name]) for name in _GATED},
                    issuer=issuer, languages=tuple(languages), count=_int(data["count"]))
