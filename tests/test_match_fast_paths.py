"""The fast paths of matching (issue 7) give exactly what the slow, obvious way gives.

* Model-number patterns run anchored at lead literals found by the Aho-Corasick pass; they must
  find the same hits as the policy's one combined regex scanned over the whole text.
* extract.leads: every match of a regex starts with one of its lead literals.
* Normalisation skips its stage-2 regex on pages without whitespace runs or hyphenated breaks;
  the long way gives the same text and the same map.
* Roles for a whole page (assign_roles) equal roles one mention at a time (assign_role).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import normalize as nz
from extract.policy.leads import lead_literals
from extract.mentions.match import _pattern_candidates, _scan, find_mentions_in_text
from extract.normalize import normalize
from extract.policy.load import load_policy
from extract.textscan import other_spaces
from extract.mentions.roles import assign_role, assign_roles

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases" / "mentions.csv"


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def _bench_pages(mb: float, dense: bool) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_match
    finally:
        sys.path.pop(0)
    return bench_match.generate(mb, seed=11, dense=dense)


def _fast_pattern_hits(text: str, policy) -> list[tuple[int, int, str]]:
    norm = normalize(text)
    _, leads, _ = _scan(norm.text, text, norm, policy)
    return [(c.start, c.end, c.rule.split(";")[0]) for c in _pattern_candidates(norm.text, policy, leads)]


def _regex_pattern_hits(text: str, policy) -> list[tuple[int, int, str]]:
    t = normalize(text).text
    out = []
    for m in policy.pattern_regex.finditer(t):
        out.append((m.start(), m.end(), policy.patterns[int(m.lastgroup[1:])].rule))
    return out


# ----------------------------------------------------------------------------- lead literals


def test_every_shipped_pattern_has_lead_literals(policy) -> None:
    assert policy.anchored_patterns is not None, "some pattern fell back to scanning whole pages"
    assert len(policy.anchored_patterns) == len(policy.patterns)
    keys_of: dict[int, set[str]] = {}
    for key, value in policy.automaton.items():
        for i in value[4]:
            keys_of.setdefault(i, set()).add(key)
    for i, p in enumerate(policy.patterns):
        leads = keys_of.get(i)
        assert leads and min(map(len, leads)) >= 2, p.rule
        for ex in p.examples:
            k = normalize(ex).text.strip()
            assert any(k.startswith(lead) for lead in leads), (p.rule, ex)


def test_lead_literals_of_simple_regexes() -> None:
    assert lead_literals(r"ab\d", flags=re.ASCII, max_len=3) == frozenset(f"ab{d}" for d in range(10))
    assert lead_literals(r"(?:x|yz)1", flags=re.ASCII) == frozenset({"x1", "yz1"})
    assert lead_literals(r"\bkaspersky\s+free", flags=re.ASCII, max_len=4) == frozenset({"kasp"})
    assert lead_literals(r"(?:echolife\s+)?hg8\d", flags=re.ASCII, max_len=3) == frozenset({"ech", "hg8"})
    assert lead_literals(r"a?b", flags=re.ASCII) is None  # "b" alone is too short to look for
    assert lead_literals(r".*x", flags=re.ASCII) is None
    # Unicode regexes: \d, \w, \s are not listed (they end the literal); letters of any script are.
    assert lead_literals(r"ab\d", flags=0) == frozenset({"ab"})
    assert lead_literals(r"offers?\s+must") == frozenset({"offer"})
    assert lead_literals(r"入札(?:書|公告)") == frozenset({"入札書", "入札公告"})
    assert lead_literals(r"đấu\s+thầu") == frozenset({"đấu"})
    assert lead_literals(r"Tender") is None  # an upper-case letter never occurs in lower-cased text
    assert lead_literals(r"ds-2c", flags=re.ASCII | re.IGNORECASE) is None
    assert lead_literals(r"(", flags=re.ASCII) is None
    # Asked to (the role cues' gate), small classes beyond ASCII are listed, upper-case letters
    # left out, and so is Unicode white space (\s); wide ones end the literal. Not asked, any
    # class beyond ASCII ends it.
    from extract.policy.leads import _UNICODE_SPACE

    assert len(_UNICODE_SPACE) == 29 and all(c.isspace() for c in _UNICODE_SPACE) and " " in _UNICODE_SPACE
    assert lead_literals(r"n[aã]o\s+(?:pode|deve)", beyond_ascii=True) == frozenset(
        n + s for n in ("nao", "não") for s in _UNICODE_SPACE)  # a fifth character would pass the budget
    assert lead_literals(r"n[aã]o\s+(?:pode|deve)", beyond_ascii=True, budget=50) == frozenset({"nao", "não"})
    assert lead_literals(r"é\s+vedad[oa]", min_len=1, beyond_ascii=True) == frozenset("é" + s for s in _UNICODE_SPACE)
    assert lead_literals(r"n[aã]o\s+(?:pode|deve)", min_len=1) == frozenset({"n"})
    assert lead_literals(r"r[üu]ckbau\w*", max_len=3, beyond_ascii=True) == frozenset({"rüc", "ruc"})
    assert lead_literals(r"[ÀÉàé]tat", beyond_ascii=True) == frozenset({"àtat", "état"})
    assert lead_literals(r"[一-龥]x", min_len=1, beyond_ascii=True) is None


TRICKY = [
    r"\b(?:(?:echolife\s+)?[he]g8\d{3}[a-z0-9]*|ma5\d{3}[a-z]*(?:-[a-z0-9]+)*)\b",
    r"\bs(?:17|27|37|53|57)\d{2}[a-z]?(?:-[a-z0-9]+)*\b",
    r"\bevo\s?(?:ii|2|lite\+?|max)(?!\w)(?:\s?(?:pro|dual|rtk))*",
    r"x{0,2}y{1,3}z",
    r"(?:ab|a)(?:c|)d?",
    r"/isapi/|\bsadp\b",
    r"[a-c][0-2]{2}(?=-)",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="abcdeghilmnoprstvxyz0123456789-/+ \n", max_size=60), st.sampled_from(TRICKY))
def test_every_match_starts_with_a_lead_literal(text: str, regex: str) -> None:
    leads = lead_literals(regex, flags=re.ASCII, min_len=1)
    assert leads is not None
    rx = re.compile(regex, re.ASCII)
    for pos in range(len(text) + 1):
        m = rx.match(text, pos)
        if m is not None:
            assert any(text.startswith(lead, pos) for lead in leads), (regex, text, pos, m.group(0), sorted(leads))


UNICODE_TRICKY = [
    r"offers?\s+must|bid(?:s|ders?|ding)?",
    r"入札(?:書|公告|説明書)?|落札",
    r"đấu\s+thầu|gói\s+thầu",
    r"προκήρυξη|διαγωνισμ[όο]ς",
    r"(?:ab|a)(?:ç|)d?\w",
    r"n[aãâ]o\s+[éeê]|[àa]\s+d[ée]",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="abdçefgimnorstuđấầóοπρκήυξδαγωνισμς入札書公告説明落ãâéêà \n", max_size=60),
       st.sampled_from(UNICODE_TRICKY))
def test_every_match_of_a_unicode_regex_starts_with_a_lead_literal(text: str, regex: str) -> None:
    rx = re.compile(regex)
    for beyond in (False, True):
        leads = lead_literals(regex, min_len=1, beyond_ascii=beyond)
        if leads is None:
            assert not beyond, regex  # only a class beyond ASCII may stop the plain reading
            continue
        for pos in range(len(text) + 1):
            m = rx.match(text, pos)
            if m is not None:
                assert any(text.startswith(lead, pos) for lead in leads), (regex, text, pos, m.group(0), sorted(leads))


# ----------------------------------------------------------------------------- anchored patterns


def test_anchored_patterns_equal_the_combined_regex_on_the_cases(policy) -> None:
    with open(CASES, newline="", encoding="utf-8") as f:
        texts = [r["text"] for r in csv.DictReader(f)]
    found = 0
    for text in texts:
        fast = _fast_pattern_hits(text, policy)
        assert fast == _regex_pattern_hits(text, policy), text
        found += len(fast)
    assert found > 50  # the cases do exercise the patterns


def test_anchored_patterns_equal_the_combined_regex_on_generated_tenders(policy) -> None:
    pages = _bench_pages(0.3, dense=True) + _bench_pages(0.3, dense=False)
    found = 0
    for text in pages:
        fast = _fast_pattern_hits(text, policy)
        assert fast == _regex_pattern_hits(text, policy)
        found += len(fast)
    assert found > 100


def _fragments() -> list[str]:
    p = load_policy()
    out = []
    for pat in p.patterns:
        out.extend(pat.examples)
        out.extend(pat.counter_examples)
    return out + ["huawei", "Hytera", "dji", "quectel", "-", "/", " ", "\n", "型号", "S57", "ds-2", "nvr", "12", "x"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_fragments()), max_size=12), st.text(alphabet="ab-/ 0123\n", max_size=4))
def test_anchored_patterns_equal_the_combined_regex_on_jumbled_model_numbers(parts: list[str], glue: str) -> None:
    policy = load_policy()
    text = glue.join(parts)
    assert _fast_pattern_hits(text, policy) == _regex_pattern_hits(text, policy)


# ----------------------------------------------------------------------------- normalisation


def test_other_whitespace_is_every_regex_space_but_the_space() -> None:
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    assert set(re.findall(r"\s", everything)) - {" "} == set(other_spaces())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("aB9-. |\n\t\r\u00a0\u3000\u2028\x85ßﬁ华") + ["\r\n", "x-\ny", "IPC-\nPV"]), max_size=40))
def test_stage2_shortcut_equals_the_long_way(parts: list[str]) -> None:
    text = "".join(parts)
    t1, p1 = nz._stage1(text)
    m1 = nz.OffsetMap(p1, len(t1), len(text))
    present = "".join(c for c in other_spaces() if c in t1)
    assert nz._stage2(t1, m1, text) == nz._stage2_scan(t1, m1, text, present)


def test_stage2_shortcut_is_taken_on_plain_pages_and_not_on_runs() -> None:
    plain = "one line\nanother line - with a dash\nthird"
    t1, p1 = nz._stage1(plain)
    m1 = nz.OffsetMap(p1, len(t1), len(plain))
    assert nz._stage2(t1, m1, plain) == (plain.replace("\n", " "), [])
    wrapped = "Hik-\nvision  cameras"
    norm = normalize(wrapped)
    assert norm.text == "hikvision cameras"
    s, e = norm.span(0, len("hikvision"))
    assert wrapped[s:e] == "Hik-\nvision"


# ----------------------------------------------------------------------------- roles


ROLE_WORDS = ["Huawei", "shall not", "be supplied", "Brand:", "Qty", "|", " | ", "12", "1,200.00", ".", ". ",
              ";", "\n", "\n\n", "  ", "\t", "禁止", "。", "We offer", "cameras", "No", "equipment", "model"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(ROLE_WORDS), min_size=1, max_size=40), st.data())
def test_roles_for_a_page_equal_roles_one_by_one(words: list[str], data) -> None:
    text = " ".join(words) if data.draw(st.booleans()) else "".join(words)
    spans = [(m.start(), m.end()) for m in re.finditer(r"Huawei|cameras|12", text)]
    assert assign_roles(text, spans) == [assign_role(text, s, e) for s, e in spans]


def test_roles_for_generated_pages_equal_roles_one_by_one(policy) -> None:
    checked = 0
    for text in _bench_pages(0.1, dense=True):
        ms = find_mentions_in_text(text, policy)
        assert [m.role for m in ms] == [assign_role(text, m.start, m.end) for m in ms]
        checked += len(ms)
    assert checked > 300


# ----------------------------------------------------------------------------- two automata

def _hit_list(hits) -> list[tuple[int, int]]:
    return [(end, id(value)) for end, value in hits]


def _case_texts() -> list[str]:
    with (Path(__file__).resolve().parent / "cases" / "mentions.csv").open(encoding="utf-8") as f:
        return list(dict.fromkeys(normalize(row["text"]).text for row in csv.DictReader(f)))


def test_the_two_automata_hit_what_the_full_one_hits_on_the_mention_cases(policy) -> None:
    """Policy.hits scans a Latin-only page with the Latin keys' automaton alone and any other
    page with both automata, merged: the same hits, in the same order, as the one automaton of
    every key."""
    texts = _case_texts()
    beyond = [t for t in texts if not t.isascii() and any(ord(c) > 0x24F for c in t)]
    assert len(texts) > 100 and len(beyond) > 20  # the cases hold CJK, Cyrillic, Greek, Thai...
    for t in texts:
        assert _hit_list(policy.hits(t)) == _hit_list(policy.automaton.iter(t)), t


_SCRIPT_PIECES = ["huawei ", "华为", "華為", "海康威视", "ハイクビジョン", "хиквижн ", "камера ", "ノートパソコン", "laptop ",
                  "kamery ", "서버 ", "สวิตช์", "32420000", "ds-2cd2143g0-i", "-", "–", "’", "€", " ", "x", "é"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_SCRIPT_PIECES), min_size=1, max_size=25))
def test_the_two_automata_hit_what_the_full_one_hits_on_generated_text(policy, pieces) -> None:
    t = "".join(pieces)
    assert _hit_list(policy.hits(t)) == _hit_list(policy.automaton.iter(t)), t


def _long_key_pieces() -> list[str]:
    """Keys of the shipped policy longer than the automata's cut (Latin ones and the others:
    Cyrillic and Greek labels, Chinese names), their cuts and shorter prefixes, and keys exactly
    as long as the cut that other keys extend (load_policy, as the `policy` fixture does)."""
    from extract.policy import load_policy
    from extract.policy.compiled import _TRIE_CUT

    parts = load_policy()._parts()
    picked: list[str] = []
    for which in ("latin entries", "foreign entries"):
        keys = [k for k, _ in parts[which]]
        long_keys = sorted(k for k in keys if len(k) > _TRIE_CUT)
        cuts = {k[:_TRIE_CUT] for k in long_keys}
        exact_cuts = sorted(k for k in keys if k in cuts)
        picked += long_keys[:: max(1, len(long_keys) // 30)] + exact_cuts[:15]
    return picked + [k[: _TRIE_CUT + 3] for k in picked] + [k[:_TRIE_CUT] for k in picked] + [k[:-1] for k in picked]


_LONG_PIECES = _long_key_pieces()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_LONG_PIECES) | st.sampled_from([" ", "x", ", ", "huawei ", "\n"]), min_size=1,
                max_size=12))
def test_the_cut_automaton_hits_what_the_full_one_hits_on_long_keys(policy, pieces) -> None:
    """The scanning automata hold keys longer than their cut under their first characters and
    confirm them where the cut occurs: long CPV labels whole, cut short, run together, in Latin
    and other scripts, a key exactly as long as the cut that longer keys extend; the hits are the
    full automaton's, same values, same order."""
    t = "".join(pieces)
    assert _hit_list(policy.hits(t)) == _hit_list(policy.automaton.iter(t)), t


def test_the_long_key_samples_reach_past_the_cut() -> None:
    from extract.policy.compiled import _TRIE_CUT

    assert sum(len(p) > _TRIE_CUT for p in _LONG_PIECES) >= 40
    assert sum(len(p) > _TRIE_CUT and not p.isascii() and any(ord(c) > 0x24F for c in p) for p in _LONG_PIECES) >= 20


def test_the_pattern_gate_only_looks() -> None:
    """The anchored patterns run without the gate in front (Policy.anchored_gate is asked first):
    that is the combined regex's reading only because the gate matches the empty string wherever
    it matches; on every example and counter-example of every pattern, at every position."""
    policy = load_policy()
    gate = re.compile(policy.pattern_gate, re.ASCII)
    texts = [normalize(e).text for p in policy.patterns for e in (*p.examples, *p.counter_examples)]
    assert texts
    matched = 0
    for t in texts:
        for pos in range(len(t) + 1):
            m = gate.match(t, pos)
            if m is not None:
                matched += 1
                assert m.end() == pos, (t, pos)
    assert matched > len(texts)
