"""The on-disk policy cache (extract.policy.cache) changes how fast the policy loads, never what it is.

Why these tests: the cache lets `load_policy` skip the role-cue checks and the term normalisation
on start-up. A stale or damaged entry that were trusted would change matching silently, so a
policy loaded from the cache must match exactly like one built cold, and any entry that is
corrupt, for another policy, or of another shape must be ignored and rebuilt.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import pickle
import re
import shutil
import stat
from pathlib import Path

import pytest

from extract import settings
from extract.settings import CACHE_ENV
from extract.mentions.match import find_mentions_in_text
from extract.policy import cache, load
from extract.policy.gate import CueGate
from extract.policy.compiled import pattern_leads
from extract.policy.load import check_policy, load_policy, policy_version

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases" / "mentions.csv"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(d))
    monkeypatch.setattr(load, "_CACHE", {})  # no in-process memo: every load_policy reads the files
    return d


def _fresh(directory: Path | None = None):
    load._CACHE.clear()
    return load_policy(directory)


def _entries(d: Path) -> list[Path]:
    return sorted(d.glob("policy-*.json"))


def _texts() -> list[str]:
    with CASES.open(encoding="utf-8") as f:
        texts = list(dict.fromkeys(row["text"] for row in csv.DictReader(f)))
    return texts + ["\n".join(texts[i : i + 12]) for i in range(0, len(texts), 12)]


def _mentions(policy) -> list[list[tuple]]:
    return [[dataclasses.astuple(m) for m in find_mentions_in_text(t, policy)] for t in _texts()]


def _plain(v):
    """A role-cue field with every regex (compiled, or a LazyPattern from the cache) as its source
    and flags, so a cold build and a cache hit compare field by field."""
    if isinstance(v, cache.LazyPattern):
        return ("regex", v.pattern, v.compiled().flags)
    if isinstance(v, re.Pattern):
        return ("regex", v.pattern, v.flags)
    if isinstance(v, CueGate):
        return ("gate", v.cues, _plain(v.rest), v.table, _plain(v.whole))
    if dataclasses.is_dataclass(v):
        return (type(v).__name__, *(_plain(getattr(v, f.name)) for f in dataclasses.fields(v)))
    if isinstance(v, tuple):
        return tuple(_plain(x) for x in v)
    if isinstance(v, dict):
        return [(k, _plain(x)) for k, x in v.items()]
    return v


def _parts(policy) -> dict:
    return {name: getattr(policy, name) for name in cache.PARTS}


def _role_sources(roles) -> list:
    """Every regex of the role cues with its flags, and every other field, in order."""
    return [_plain(getattr(roles, f.name)) for f in dataclasses.fields(roles)]


def test_a_cache_hit_matches_exactly_like_a_cold_build(cache_dir, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "off")
    cold = _fresh()
    assert not cache_dir.exists()
    monkeypatch.setenv(CACHE_ENV, str(cache_dir))
    written = _fresh()  # a miss: built cold, then written
    assert len(_entries(cache_dir)) == 1
    calls = []
    monkeypatch.setattr(load, "_read_files", lambda *a, **k: calls.append("files"))
    warm = _fresh()  # a hit: no policy file is read or checked, nothing derived again
    assert calls == []
    assert list(warm.terms.items()) == list(cold.terms.items())
    assert _role_sources(warm.roles) == _role_sources(cold.roles)
    for name in cache.PARTS:  # regimes, categories, entities, guards (their regexes compiled when used)...
        assert _plain(getattr(warm, name)) == _plain(getattr(cold, name)), name
        if isinstance(getattr(cold, name), dict):
            assert list(getattr(warm, name)) == list(getattr(cold, name)), name  # the same keys, in the same order
    assert warm.patterns == cold.patterns and warm.pattern_regex.pattern == cold.pattern_regex.pattern
    # a hit compiles the combined pattern regex only if the matcher falls back to it
    assert warm.pattern_regex._compiled is None and warm.pattern_regex.flags == cold.pattern_regex.flags
    for ex in [e for p in cold.patterns for e in p.examples] + ["no model number here", "ds-2cd2143g0-i and a switch"]:
        assert ([(m.span(), m.lastgroup) for m in warm.pattern_regex.finditer(ex.lower())]
                == [(m.span(), m.lastgroup) for m in cold.pattern_regex.finditer(ex.lower())]), ex
    assert warm.pattern_leads == cold.pattern_leads == pattern_leads(cold.patterns)
    # every language's cut terms come from the cache, as the cold build works them out
    from extract.policy import compiled

    assert set(warm.inflected_keys) == set(cold.inflection) and not cold.inflected_keys
    wanted = {lang: cold.inflected_terms(lang) for lang in cold.inflection}  # worked out
    monkeypatch.setattr(compiled, "cut_keys", lambda *a, **k: calls.append("cut"))
    for lang, want in wanted.items():
        got = warm.inflected_terms(lang)
        assert (got is None) == (want is None) and (got is None or (got.keys == want.keys and got.words == want.words)), lang
    assert calls == [] and sum(warm.inflected_terms(lang) is not None for lang in cold.inflection) >= 10
    assert all(lits for lits in warm.pattern_leads)  # every shipped pattern runs only where a literal stands
    assert written.summary() == cold.summary() == warm.summary()
    assert _mentions(warm) == _mentions(cold)


def test_a_cache_hit_compiles_a_role_cue_only_when_it_is_used(cache_dir, monkeypatch):
    """The start-up saving: a warm load compiles none of the role cues; a text with no mention
    compiles none either; a text whose mention needs its sentence read compiles the few cues
    whose literals it holds, and the roles are those of a cold build (test above). A worker
    process gets the cues uncompiled (pickled as source)."""
    from extract.policy import gate as gate_module

    monkeypatch.setattr(gate_module, "_CUES", {})  # the cues tried in this process so far
    _fresh()  # written
    warm = _fresh()
    groups = [t.gate for t in warm.roles.negation + warm.roles.buyer]
    gates = [warm.roles.any_trigger, warm.roles.offer, warm.roles.register, *groups]
    assert all(isinstance(g, CueGate) for g in gates)
    lazy = [getattr(warm.roles, f) for f in cache._PLAIN if getattr(warm.roles, f) is not None]
    lazy += [g.rest for g in gates if g.rest is not None] + [g.whole for g in groups]
    assert lazy and all(isinstance(rx, cache.LazyPattern) for rx in lazy)
    assert not any(rx._compiled for rx in lazy) and not gate_module._CUES
    find_mentions_in_text("The canteen serves lunch from noon.", warm)
    assert not any(rx._compiled for rx in lazy) and not gate_module._CUES
    roles = {m.role for m in find_mentions_in_text("Bidders shall not offer Hikvision cameras.", warm)}
    assert roles == {"prohibited"}, roles
    compiled = [c for c in gate_module._CUES.values() if c._bare is not None]
    assert 0 < len(compiled) < len(warm.roles.any_trigger.cues) / 20  # only the cues met
    anchored = warm.anchored_patterns
    assert not any(rx._compiled for rx in anchored)  # no model number in either text
    assert {m.entity for m in find_mentions_in_text("Camera model DS-2CD2143G0-I, 4 units.", warm)} == {"hikvision"}
    assert 0 < sum(rx._compiled is not None for rx in anchored) <= 3
    assert not any(g.whole._compiled for g in groups if g.rest is None)  # the groups' combined regexes: not needed
    copy = pickle.loads(pickle.dumps(warm.roles.any_trigger))
    assert copy.cues == warm.roles.any_trigger.cues and copy.table == warm.roles.any_trigger.table
    assert copy._automaton is None
    assert copy.any("shall not offer")


@pytest.mark.parametrize("damage", ["truncate", "flip_payload", "garbage", "empty", "wrong_shape", "short_row", "wrong_type",
                                    "other_key", "bad_reference"])
def test_a_damaged_entry_is_ignored_and_rebuilt(cache_dir, damage):
    good = _fresh()
    (entry,) = _entries(cache_dir)
    raw = entry.read_bytes()
    head, _, payload = raw.partition(b"\n")
    if damage == "truncate":
        entry.write_bytes(raw[: len(raw) // 2])
    elif damage == "flip_payload":  # same length, valid JSON still, but not what was written
        i = payload.index(b'"hikvision"')
        entry.write_bytes(head + b"\n" + payload[:i] + b'"hikvisiom"' + payload[i + 11 :])
    elif damage == "garbage":
        entry.write_bytes(b"\x00\xff not json at all")
    elif damage == "empty":
        entry.write_bytes(b"")
    else:
        meta = json.loads(head)
        if damage == "wrong_shape":  # a well-formed entry, checksum and all, with the wrong content
            payload = json.dumps({"roles": {"negation": "x"}, "terms": [["k", [[1, 2]]]]}).encode()
        elif damage == "bad_reference":  # a CPV label's entry names a row the CPV terms do not have
            data = json.loads(payload)
            row = next(row for row in data["terms"] if isinstance(row[1], int))
            row[1] = len(data["parts"]["cpv_terms"])
            payload = json.dumps(data, ensure_ascii=False).encode()
        elif damage in ("short_row", "wrong_type"):  # only what the files hold is wrong: a CPV term, a category
            data = json.loads(payload)
            if damage == "short_row":
                data["parts"]["cpv_terms"][5] = data["parts"]["cpv_terms"][5][:3]
            else:
                data["parts"]["categories"][0][1][2] = "not a tuple of regimes"
            payload = json.dumps(data, ensure_ascii=False).encode()
        else:
            meta["key"] = "sha256-0000000000000000-" + meta["key"].rsplit("-", 1)[1]
        meta["sha256"] = __import__("hashlib").sha256(payload).hexdigest()
        entry.write_bytes(json.dumps(meta).encode() + b"\n" + payload)
    assert cache.read(good.version) is None
    again = _fresh()
    assert list(again.terms.items()) == list(good.terms.items())
    assert _role_sources(again.roles) == _role_sources(good.roles)
    assert again.cpv_terms == good.cpv_terms and again.categories == good.categories
    assert cache.read(good.version) is not None  # rewritten whole
    assert entry.read_bytes() == raw


def test_a_language_whose_cached_cut_terms_are_damaged_is_worked_out_again() -> None:
    from extract.policy.cache import cut_keys_from

    policy = load_policy()
    key = next(k for k, infos in policy.terms.items() if any(i.kind == "equipment" for i in infos))
    assert cut_keys_from(json.dumps([["cut", [key]]]), policy.terms) == {"cut": (key,)}
    for raw in ("not json", json.dumps({"cut": [key]}), json.dumps([["cut", ["no such key"]]]),
                json.dumps([["cut", [key]], ["cut", [key]]]), json.dumps([["cut", key]])):
        assert cut_keys_from(raw, policy.terms) is None, raw


def test_a_changed_policy_file_is_a_miss(cache_dir, tmp_path):
    pdir = tmp_path / "policy"
    shutil.copytree(settings.policy_dir(), pdir)
    before = _fresh(pdir)
    assert "zzqx huawei" not in before.terms
    ents = pdir / "entities.yaml"
    text = ents.read_text(encoding="utf-8")
    assert "latin: [Huawei, Huawei Technologies]" in text
    ents.write_text(text.replace("latin: [Huawei, Huawei Technologies]", "latin: [Huawei, Huawei Technologies, Zzqx Huawei]", 1),
                    encoding="utf-8")
    after = _fresh(pdir)
    assert after.version != before.version
    assert [i.entity for i in after.terms["zzqx huawei"]] == ["huawei"]
    assert [m.entity for m in find_mentions_in_text("Supply of Zzqx Huawei switches", after)] == ["huawei"]
    assert len(_entries(cache_dir)) == 2  # one entry per policy version


def test_policy_check_validates_in_full_whatever_the_cache_holds(cache_dir, monkeypatch, tmp_path):
    pdir = tmp_path / "policy"
    shutil.copytree(settings.policy_dir(), pdir)
    _fresh(pdir)
    monkeypatch.setattr(cache, "read", lambda *a, **k: pytest.fail("check_policy read the cache"))
    assert check_policy(pdir) == []
    roles = pdir / "roles.yaml"
    roles.write_text(roles.read_text(encoding="utf-8").replace("languages:", "languages:\n  xx: {}", 1),
                     encoding="utf-8")
    assert any(p.startswith("roles.yaml:") for p in check_policy(pdir))


def test_the_directory_is_private_and_others_directories_are_not_used(cache_dir):
    policy = _fresh()
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    (entry,) = _entries(cache_dir)
    assert stat.S_IMODE(entry.stat().st_mode) & 0o077 == 0
    os.chmod(cache_dir, 0o777)
    try:
        assert cache.read(policy.version) is None
        assert cache.write(policy.version, policy.roles, policy.terms, _parts(policy)) is False
    finally:
        os.chmod(cache_dir, 0o700)
    assert cache.read(policy.version) is not None


def test_off_and_the_default_location(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, "off")
    assert settings.cache_dir() is None
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert settings.cache_dir() == tmp_path / "tender-triage"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # not absolute: ignored, as the spec says
    assert settings.cache_dir() == Path.home() / ".cache" / "tender-triage"


def test_the_key_follows_the_policy_version(cache_dir):
    v = policy_version(settings.policy_dir())
    assert cache.cache_key(v).startswith(v.replace(":", "-") + "-")
    assert cache.cache_key(v) != cache.cache_key("sha256:0000000000000000")


def test_old_entries_are_pruned(cache_dir):
    policy = _fresh()
    for i in range(cache.KEEP + 3):
        assert cache.write(f"sha256:{i:016x}", policy.roles, policy.terms, _parts(policy))
    names = {p.name for p in _entries(cache_dir)}
    assert len(names) == cache.KEEP
    newest = f"policy-{cache.cache_key(f'sha256:{cache.KEEP + 2:016x}')}.json"
    assert newest in names


def test_a_policy_value_the_cache_cannot_store_leaves_the_run_without_it(cache_dir):
    """A regex compiled with flags is not its source alone: the entry is not written, and the
    policy still loads (from its files)."""
    import re as _re

    policy = _fresh()
    (entry,) = _entries(cache_dir)
    entry.unlink()
    guards = (dataclasses.replace(policy.guards[0], before=_re.compile("x", _re.IGNORECASE)), *policy.guards[1:])
    parts = {**_parts(policy), "guards": guards}
    assert cache.write(policy.version, policy.roles, policy.terms, parts) is False
    assert _entries(cache_dir) == []


def test_a_cache_file_is_written_whole_or_not_at_all(cache_dir):
    """store_in_cache: the file appears only once written; a write that fails leaves nothing
    behind (no half file, no temporary one) and says False."""
    def fails(f):
        f.write(b"half")
        raise OSError("disk full")

    assert settings.store_in_cache("x-1.bin", lambda f: f.write(b"whole")) is True
    assert (cache_dir / "x-1.bin").read_bytes() == b"whole"
    assert settings.store_in_cache("x-2.bin", fails) is False
    assert sorted(p.name for p in cache_dir.iterdir() if p.name.startswith(("x-", ".part-"))) == ["x-1.bin"]
    assert settings.cached_file("x-1.bin") == cache_dir / "x-1.bin"
