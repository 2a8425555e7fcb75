"""CueGate (extract.policy.gate): searching a combined cue regex only where a cue's lead literal
occurs gives exactly what searching the whole regex gives, for the shipped trigger and offer cues
and for generated text, and cues without a usable literal are still found."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.mentions.roles import _fold
from extract.policy.cues import _combine
from extract.policy.gate import CueGate, usable_leads
from extract.policy.load import load_policy

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases" / "mentions.csv"


@pytest.fixture(scope="module")
def gates():
    roles = load_policy().roles
    return {"any_trigger": roles.any_trigger, "offer": roles.offer}


def _same(gate: CueGate, text: str) -> None:
    want = re.compile(gate.pattern).search(text)
    got = gate.search(text)
    assert (None if want is None else want.span()) == (None if got is None else got.span()), text


def _sentences() -> list[str]:
    with CASES.open(encoding="utf-8") as f:
        texts = list(dict.fromkeys(row["text"] for row in csv.DictReader(f)))
    return [_fold(t) for t in texts]


def test_the_shipped_cues_are_gated(gates) -> None:
    """Almost every cue has a literal: the rest searched everywhere stays a small regex."""
    for name, gate in gates.items():
        assert isinstance(gate, CueGate), name
        assert len(gate.leads) > 100, name
        rest = 0 if gate.rest is None else len(gate.rest.pattern)
        assert rest < len(gate.pattern) / 5, (name, rest, len(gate.pattern))


def test_gated_search_equals_the_whole_regex_on_the_mention_cases(gates) -> None:
    sentences = _sentences()
    assert len(sentences) > 100
    found = {name: 0 for name in gates}
    for text in sentences:
        for name, gate in gates.items():
            _same(gate, text)
            found[name] += gate.search(text) is not None
    assert all(found.values()), found  # the cases do hold trigger and offer wording


# Pieces of cue wording in several languages and scripts, word characters next to them, and
# the separators the folded sentences hold, so generated text hits literals inside and at the
# edges of words.
_PIECES = ["not ", "shall not offer ", "excluding ", "no ", "não ", "nao ", "pode ", "à ", "se ", "de ", "en ",
           "x", "é", "ã", "1", "-", "(", "（", "采购人", "以外の", "禁止", "不得", "offer", "supply ",
           "fournir ", "lieferung ", "o similar ", "ή ", "de la ", "le ", "buyer: ", "purchaser ", "\n", " "]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_gated_search_equals_the_whole_regex_on_generated_text(gates, pieces) -> None:
    text = "".join(pieces)
    for gate in gates.values():
        _same(gate, text)


def test_a_cue_without_a_usable_literal_is_searched_in_full() -> None:
    """A cue starting with a single Latin letter ("o similar") would stop at every word: it goes
    to the rest; a cue with a literal is found only through it, and both are found."""
    cues = [(r"o\s+similar", 1), (r"shall\s+not", 2), (r"不得", 3)]
    full = _combine(None, cues, "x")
    rest = _combine(None, cues[:1], "x")
    gate = CueGate(full, rest, ("shall", "不得"))
    assert gate.search("a camera or o similar model").group(0) == "o similar"
    assert gate.search("bidders shall not").group(0) == "shall not"
    assert gate.search("投标人不得").group(0) == "不得"
    assert gate.search("marshall not") is None  # the literal inside a word is not a cue's start
    first = gate.search("o similar, and shall not")
    assert first.start() == 0
    assert not usable_leads(frozenset({"o"})) and usable_leads(frozenset({"(", "不"})) and not usable_leads(None)
