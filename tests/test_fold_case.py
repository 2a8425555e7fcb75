"""fold_case: the text model's case folding, and its fast path.

Why: fold_case runs over every character the first stage reads (60,000 per document). Its fast
path lower-cases the whole text at once and puts the short all-capital runs back; that is only
the rule it implements (each letter run lower-cased unless it is 2-4 capitals) while lower() of
the whole text equals lower() of each run, which these tests check over every code point.
"""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from extract.model import stack

_ALPHABET = "aAbBzZ ΣσςİIıéÉĲⒶⓐⅧ-_1\n.'’ΑΒΓ" + "ǅǄ"


def _by_runs(text: str) -> str:
    """The rule itself: every letter run, folded on its own."""
    return stack._LETTERS.sub(
        lambda m: m.group() if 2 <= len(m.group()) <= 4 and m.group().isupper() else m.group().lower(), text)


def test_the_odd_characters_are_exactly_those_where_whole_text_lowering_differs():
    odd = {c for c in map(chr, range(0x110000)) if not 0xD800 <= ord(c) < 0xE000 and c.lower() != c
           and (len(c.lower()) != 1 or stack._LETTERS.fullmatch(c) is None or c == "\u03a3")}
    assert odd == {c for c in map(chr, range(0x110000)) if not 0xD800 <= ord(c) < 0xE000
                   and stack._NOT_PER_RUN.fullmatch(c)}


def test_acronyms_keep_their_case_and_words_do_not():
    assert stack.fold_case("The IT and ICT team, LAN/WAN; PC x 40 and it.") == "the IT and ICT team, LAN/WAN; PC x 40 and it."
    assert stack.fold_case("NETWORK SWITCHES Lot 2") == "network switches lot 2"
    assert stack.fold_case("ΣΟΦΙΑ ΣΣ ÉTÉ Ⓐ İSTANBUL") == _by_runs("ΣΟΦΙΑ ΣΣ ÉTÉ Ⓐ İSTANBUL")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60) | st.text(st.characters(codec="utf-8"), max_size=40))
def test_fold_case_equals_the_rule_on_any_text(text):
    assert stack.fold_case(text) == _by_runs(text)


def test_fold_case_on_a_long_mixed_text():
    text = "Supply of CCTV and NVR units (IP, PoE) – Lot 3: ÅNGSTRÖM Straße IT-drift " * 200
    assert stack.fold_case(text) == _by_runs(text)
    assert re.search("[A-Z]{5}", stack.fold_case(text)) is None
