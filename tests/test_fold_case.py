"""fold_case: the text model's case folding, and its fast path.

Why: fold_case runs over every character the first stage reads (60,000 per document). Its fast
path lower-cases the whole text at once and puts the short all-capital runs back; that is only
the rule it implements (each letter run lower-cased unless it is 2-4 capitals) while lower() of
the whole text equals lower() of each run, which these tests check over every code point.
"""

from __future__ import annotations

import re

import pytest
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


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET + "ǈǋDŽ²Ⅻ٣", max_size=60) | st.text(st.characters(codec="utf-8"), max_size=40)
       | st.text(st.characters(), max_size=30))
def test_the_c_run_finder_equals_the_python_one(text):
    """extract.model._ngrams.acronym_runs finds the runs the Python reference finds (letters as
    re's [^\\W\\d_] reads them, str.isupper as str defines it), and gives up on the same texts;
    lone surrogates included."""
    from extract.model import portable

    if portable._native is None:
        pytest.skip("the C extension is not built (TENDER_TRIAGE_NGRAMS=python or no compiler)")
    got = portable._native.acronym_runs(text)
    want = stack._python_acronym_runs(text)
    assert (None if got is None else list(got)) == want, text
    assert stack._acronym_runs is portable._native.acronym_runs  # what fold_case uses when built


def test_fold_case_on_a_long_mixed_text():
    text = "Supply of CCTV and NVR units (IP, PoE) – Lot 3: ÅNGSTRÖM Straße IT-drift " * 200
    assert stack.fold_case(text) == _by_runs(text)
    assert re.search("[A-Z]{5}", stack.fold_case(text)) is None


# --------------------------------------------------------------------------- numbers (fold_text)

def test_standalone_numbers_leave_the_text_model_and_alphanumeric_words_keep_theirs():
    got = stack.fold_text("Lot 1: 120 x Huawei 5G CPE, i7 laptops, x86, IPv6; 12.000,00 EUR on 2026-03-09 at 11:00")
    assert re.findall(r"\d+", got) == ["5", "7", "86", "6"]
    assert "5g" in got and "i7" in got and "x86" in got and "ipv6" in got and "EUR" in got


def test_dates_of_any_year_read_alike():
    a = stack.fold_text("Tender for 40 laptops, deadline 9 March 2019, CPV 30213100")
    b = stack.fold_text("Tender for 40 laptops, deadline 9 March 2026, CPV 30213100")
    assert a == b


def test_numbers_next_to_chinese_japanese_or_korean_are_standalone():
    assert not re.search(r"\d", stack.fold_text("2026年3月9日 納入 100台 2026년"))


def test_a_model_reads_numbers_as_its_parameters_say():
    """Models trained before the `numbers` parameter keep reading numbers; so does the hasher."""
    assert stack.text_preprocessor({}) is stack.fold_case
    assert stack.text_preprocessor({"numbers": "keep"}) is stack.fold_case
    assert stack.text_preprocessor({"numbers": "drop"}) is stack.fold_text
    assert stack.DEFAULT_PARAMS["numbers"] == "drop"
    with pytest.raises(ValueError, match="numbers: 'dorp'"):
        stack.text_preprocessor({"numbers": "dorp"})
    for params, fold in (({}, stack.fold_case), ({"numbers": "drop"}, stack.fold_text)):
        union = stack.hashing_union({**stack.DEFAULT_PARAMS, **params, "numbers": params.get("numbers", "keep")})
        assert all(t.preprocessor is fold for _, t in union.transformer_list)


@given(st.text(alphabet="ab5G 12.,:-年x", max_size=40))
@settings(max_examples=200, deadline=None)
def test_fold_text_never_keeps_a_standalone_number(text):
    got = stack.fold_text(text)
    assert not re.search(r"(?<![a-zA-Z0-9])\d+(?![a-zA-Z0-9])", got.replace("年", " ")), got


#: The rules as first written, a look-behind in front: the compiled ones read the same text
#: with the look-behind after the first character (faster; extract/model/stack.py).
_NUMBER_RULE = re.compile(rf"(?<!{stack._ALNUM})\d+(?:[.,:/-]\d+)*(?!{stack._ALNUM})")
_ACRONYM_RULE = re.compile(r"(?<![^\W\d_])[^\W\d_a-z][^\W\d_]{1,3}(?![^\W\d_])")


@given(st.text(alphabet="ab5G 12.,:-年x٣Ⅷ_é\n", max_size=40) | st.text(st.characters(codec="utf-8"), max_size=40))
@settings(max_examples=400, deadline=None)
def test_the_rewritten_regexes_find_what_the_rules_find(text):
    assert [m.span() for m in stack._NUMBER.finditer(text)] == [m.span() for m in _NUMBER_RULE.finditer(text)]
    upper = [m.span() for m in _ACRONYM_RULE.finditer(text) if m.group().isupper()]
    assert [m.span() for m in stack._ACRONYM_CANDIDATE.finditer(text) if m.group().isupper()] == upper
    assert stack.fold_text(text) == stack.fold_case(_NUMBER_RULE.sub(" ", text))


@given(st.text(alphabet="0123456789.,:/- ab_Z\u00e9\u0663\u0967\u4e2d\u3042\uac00\uff11\u00b2\u2167\n", max_size=40)
       | st.text(st.characters(codec="utf-8"), max_size=40) | st.text(st.characters(), max_size=30))
@settings(max_examples=1000, deadline=None)
def test_the_c_number_dropper_equals_the_regex(text):
    """extract.model._ngrams.drop_numbers makes what `_NUMBER.sub(" ", text)` makes (decimal digits
    of every script, separators, the look-around of spaced scripts, CJK digits left alone), and
    fold_text uses it when the extension is built."""
    from extract.model import portable

    if portable._native is None:
        pytest.skip("the C extension is not built (TENDER_TRIAGE_NGRAMS=python or no compiler)")
    assert portable._native.drop_numbers(text) == stack._python_drop_numbers(text) == _NUMBER_RULE.sub(" ", text)
    assert stack._drop_numbers is portable._native.drop_numbers
