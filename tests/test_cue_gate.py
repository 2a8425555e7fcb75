"""CueGate (extract.policy.gate): running each cue only where one of its lead literals occurs
answers "does any cue occur?" exactly as searching the one combined regex of all the cues does,
and "where do they stand?" exactly as its finditer does, for the shipped trigger, offer and
register cues and every trigger group (combined here from roles.yaml as extract.policy.cues
combines a list) and for generated text; cues without a usable literal are still found."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import settings as project_settings
from extract.mentions.roles import _fold
from extract.policy import cues as cues_module
from extract.policy.gate import CueGate, usable_leads
from extract.policy.load import load_policy

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases" / "mentions.csv"


def _cue_lists() -> tuple[dict[str, list[tuple[str, int]]], list[list[tuple[str, int]]]]:
    """The shipped trigger, offer and register cues as roles.yaml lists them (the lists
    `load_role_cues` gates), and the trigger groups' cues, negation groups first, in the order
    the loader builds them."""
    seen: dict[str, list[tuple[str, int]]] = {}
    groups: dict[str, list[list[tuple[str, int]]]] = {"the negation cues": [], "the buyer cues": []}

    def spy(ck, cues, what, **kw):
        if kw.get("spans") and what in groups:
            groups[what].append(list(cues))
        else:
            seen[what] = list(cues)
        return gated(ck, cues, what, **kw)

    gated = cues_module._gated
    cues_module._gated = spy
    try:
        assert cues_module.load_role_cues(project_settings.policy_dir() / "roles.yaml", []) is not None
    finally:
        cues_module._gated = gated
    lists = {"any_trigger": seen["the trigger cues"],
             **{name: seen[f"the {name} cues"] for name in cues_module._GATED}}
    return lists, groups["the negation cues"] + groups["the buyer cues"]


@pytest.fixture(scope="module")
def gates():
    roles = load_policy().roles
    lists, _groups = _cue_lists()
    return {name: (getattr(roles, name), re.compile(cues_module._combined_source(lists[name]))) for name in lists}


@pytest.fixture(scope="module")
def groups():
    """(gate, the group's combined regex built from roles.yaml's order) of every trigger group."""
    triggers = load_policy().roles.negation + load_policy().roles.buyer
    _lists, cue_groups = _cue_lists()
    assert len(cue_groups) == len(triggers) > 20
    out = [(t.gate, re.compile(cues_module._combined_source(cues))) for t, cues in zip(triggers, cue_groups)]
    lists, _groups = _cue_lists()
    roles = load_policy().roles
    return out + [(getattr(roles, name), re.compile(cues_module._combined_source(lists[name]))) for name in cues_module._SPANS]


def _same_spans(gate: CueGate, whole: re.Pattern[str], text: str) -> None:
    assert gate.spans(text) == [m.span() for m in whole.finditer(text)], text


def _same(gate: CueGate, whole: re.Pattern[str], text: str) -> None:
    assert gate.any(text) == (whole.search(text) is not None), text
    assert gate.any_at(text, gate.starts(text)) == gate.any(text), text  # from starts already found


def _sentences() -> list[str]:
    with CASES.open(encoding="utf-8") as f:
        texts = list(dict.fromkeys(row["text"] for row in csv.DictReader(f)))
    return [_fold(t) for t in texts]


def test_the_shipped_cues_are_gated(gates) -> None:
    """Every shipped cue has a literal (a rest would be searched everywhere, in every sentence)."""
    assert set(gates) == {"any_trigger", "pseudo", "termination", "offer", "line_item", "table_row", "clause", "register", "new_kit"}
    for name, (gate, _whole) in gates.items():
        assert isinstance(gate, CueGate), name
        if name in ("line_item", "table_row"):  # quantities and prices: cues that start with a digit
            assert gate.rest is not None and len(gate.rest.pattern) < 2000, name
            continue
        assert len(gate.table) > 20 and len(gate.cues) > 20, name
        assert gate.rest is None, (name, gate.rest.pattern)
    assert all(len(gates[name][0].cues) > 200 for name in ("any_trigger", "offer", "register"))


def test_gated_search_equals_the_whole_regex_on_the_mention_cases(gates) -> None:
    sentences = _sentences()
    assert len(sentences) > 100
    found = {name: 0 for name in gates}
    for text in sentences:
        for name, (gate, whole) in gates.items():
            _same(gate, whole, text)
            found[name] += gate.any(text)
    assert found["any_trigger"] > 20 and found["offer"] > 20, found  # the cases do hold trigger and offer wording


# Pieces of cue wording in several languages and scripts, word characters next to them, and
# the separators the folded sentences hold, so generated text hits literals inside and at the
# edges of words.
_PIECES = ["not ", "shall not offer ", "excluding ", "no ", "não ", "nao ", "pode ", "à ", "se ", "de ", "en ",
           "x", "é", "ã", "1", "-", "(", "（", "采购人", "以外の", "禁止", "不得", "offer", "supply ",
           "fournir ", "lieferung ", "o similar ", "ή ", "de la ", "le ", "buyer: ", "purchaser ", "\n", " ",
           "rückbau", "ruckgabe ", "état des pertes ", "write-off ", "disposal ", "待拆除", "a retirar "]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_gated_search_equals_the_whole_regex_on_generated_text(gates, pieces) -> None:
    text = "".join(pieces)
    for gate, whole in gates.values():
        _same(gate, whole, text)


def test_the_trigger_groups_find_what_their_combined_regexes_find_on_the_mention_cases(groups) -> None:
    """Where each trigger group stands in a sentence (the scopes of assign_roles start there):
    the same spans as the finditer of the group's regex combined from roles.yaml's order."""
    found = 0
    for text in _sentences():
        for gate, whole in groups:
            _same_spans(gate, whole, text)
            found += len(gate.spans(text))
    assert found > 20, found  # the cases do hold trigger wording
    assert all(g.rest is None for g, _ in groups)  # every group runs behind its gate


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_trigger_groups_find_what_their_combined_regexes_find_on_generated_text(groups, pieces) -> None:
    text = "".join(pieces)
    for gate, whole in groups:
        _same_spans(gate, whole, text)


def _same_from_any_trigger(groups, text: str) -> int:
    """Each trigger group's spans, from any_trigger's starts as assign_roles takes them, equal its
    combined regex's finditer; how many spans there were."""
    wide = load_policy().roles.any_trigger
    at = wide.starts(text)
    found = 0
    for gate, whole in groups[:-len(cues_module._SPANS)]:  # the trigger groups (not pseudo, termination)
        assert gate.shares_starts()
        own = wide.starts_for(at, gate)
        assert own is not None and own == gate.starts(text), text
        assert gate.spans_at(text, own) == [m.span() for m in whole.finditer(text)], text
        found += len(whole.findall(text))
    return found


def test_the_trigger_groups_take_their_starts_from_any_trigger_on_the_mention_cases(groups) -> None:
    """One automaton pass (any_trigger's) gives every group the positions its own pass would."""
    assert sum(_same_from_any_trigger(groups, text) for text in _sentences()) > 20


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_trigger_groups_take_their_starts_from_any_trigger_on_generated_text(groups, pieces) -> None:
    _same_from_any_trigger(groups, "".join(pieces))


def test_a_gate_with_a_cue_the_wider_gate_lacks_gets_no_starts_from_it() -> None:
    wide = CueGate(("ab", "cd"), None, (("ab", (0,)), ("cd", (1,))))
    narrow = CueGate(("cd",), None, (("cd", (0,)),), re.compile("cd"))
    other = CueGate(("ef",), None, (("ef", (0,)),), re.compile("ef"))
    assert wide.starts_for(wide.starts("xx ab cd"), narrow) == {6: {0}}
    assert wide.starts_for(wide.starts("xx ab cd ef"), other) is None
    twice = CueGate(("cd", "cd"), None, (("cd", (0, 1)),), re.compile("cd|cd"))  # one source held twice
    assert wide.starts_for(wide.starts("xx ab cd"), twice) == twice.starts("xx ab cd") == {6: {0, 1}}


def test_a_group_reports_the_cue_the_combined_regex_tries_first() -> None:
    """At one position the combined regex takes its first option that matches, whatever the
    cues' order in roles.yaml: a cue that starts with a plain letter is grouped under it and
    tried before one that starts with a group ("(?:n)o\\s+x" is listed first, "no" matches
    first); the gate numbers its cues in that order, and the next match starts after it."""
    cues = [(r"(?:n)o\s+x", 1), (r"no", 2), (r"不得", 3), (r"nox?", 4)]
    gate = cues_module._gated(None, cues, "x", spans=True)
    assert gate.rest is None and gate.whole is not None
    whole = re.compile(cues_module._combined_source(cues))
    for text, want in [("no x", [(0, 2)]), ("no xno x", [(0, 2)]), ("nox 不得no", [(0, 3), (4, 6), (6, 8)]),
                       ("a no", [(2, 4)]), ("ano", []), ("nob", [])]:
        assert gate.spans(text) == want, text
        assert [m.span() for m in whole.finditer(text)] == want, text


def test_a_group_with_a_cue_that_matches_nothing_leaves_the_spans_to_its_combined_regex() -> None:
    """finditer's rules after an empty match are left to `re`: a gate whose cue matches the empty
    string somewhere runs its combined regex instead (roles.yaml refuses a cue that matches the
    empty string alone, but a lookahead may still match nothing inside a sentence)."""
    from extract.policy.gate import EDGE

    whole = re.compile(f"(?:(?=no)|no\\s+x){EDGE}")
    gate = CueGate(("(?=no)", r"no\s+x"), None, (("no", (0, 1)),), whole)
    for text in ["no x", "a no xno", "none no"]:
        assert gate.spans(text) == [m.span() for m in whole.finditer(text)], text


def test_the_generated_pieces_hold_cues_of_every_gated_list(gates, groups) -> None:
    """The generated text above exercises every list: each finds something in the pieces, and so
    do most trigger groups."""
    for name in ("any_trigger", "offer", "register"):
        assert gates[name][0].any(" ".join(_PIECES)), name
    assert sum(bool(gate.spans(" ".join(_PIECES))) for gate, _whole in groups) >= 5


def test_a_cue_without_a_usable_literal_is_searched_in_full() -> None:
    """A cue whose literal would be a single Latin letter ("o" before a class no literal can
    list) would stop at every word: it goes to the rest; a cue with a literal is found only
    through it, and both are found. White space is listed: "o\\s+similar" starts "o ", "o\\t"..."""
    from extract.policy.leads import _UNICODE_SPACE

    gate = cues_module._gated(None, [(r"o\W+similar", 1), (r"shall\s+not", 2), (r"不得", 3), (r"o\s+equivalente", 4)], "x")
    assert gate.rest is not None and "similar" in gate.rest.pattern and len(gate.cues) == 3
    table = dict(gate.table)
    assert table["shall"] == (0,) and table["不得"] == (1,) and {k for k in table if k[0] == "o"} == {"o" + s for s in _UNICODE_SPACE}
    assert gate.any("a camera or o similar model")
    assert gate.any("a camera or o\u00a0equivalente")
    assert gate.any("bidders shall not")
    assert gate.any("投标人不得")
    assert not gate.any("marshall not")  # the literal inside a word is not a cue's start
    assert not gate.any("bidders shall comply")
    assert not usable_leads(frozenset({"o"})) and usable_leads(frozenset({"(", "不"})) and not usable_leads(None)


def test_a_match_ending_inside_a_word_tries_the_cues_other_lengths() -> None:
    """The guard after a cue is checked on the match found; where that match ends inside a word,
    the cue's shorter reading that ends at a word's edge still counts, as in the combined regex."""
    cues = [(r"no(?:\s?x)?", 1), (r"sans", 2)]
    gate = cues_module._gated(None, cues, "x")
    whole = re.compile(cues_module._combined_source(cues))
    for text, want in [("no xy", True), ("noxy", False), ("no x", True), ("nox", True), ("a nob", False),
                       ("sansa", False), ("sans-x", True), ("x no", True)]:
        assert gate.any(text) is want, text
        assert (whole.search(text) is not None) is want, text


def test_the_word_class_and_the_word_set_hold_the_same_characters() -> None:
    """The guards' class (in the combined regexes) and the set the gate tests in Python are built
    from one list of ranges; written out as a class, no range may read differently."""
    from extract.policy import gate as gate_module

    rx = re.compile(gate_module.LW)
    differ = [hex(c) for c in range(0x3000) if (rx.fullmatch(chr(c)) is not None) != (chr(c) in gate_module._WORD_CHARS)]
    assert differ == []
    assert "é" in gate_module._WORD_CHARS and "я" in gate_module._WORD_CHARS and "×" not in gate_module._WORD_CHARS
