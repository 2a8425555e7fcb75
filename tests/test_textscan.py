"""The whole-text questions of extract.textscan: the C answers (extract/_text.c) are the Python's.

extract.normalize asks which white space a page holds and whether two white space characters
stand together, the clause markers whether a page has a run of eight, and the CPV code finder
whether a page has eight digits in a row. The C extension answers in one pass; the Python stays
as the reference and the fallback where no compiler was found at install.
"""

from __future__ import annotations

import importlib

import pytest
from c_build import compiler_present, engine_with
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import textscan
from extract.policy.codes import CPV_SHAPE, written_cpv_codes

needs_c = pytest.mark.skipif(textscan._native is None, reason="extract._text is not built here (see the test below)")

_ALPHABET = " \t\n\r\x0b\x0c\x1c\x85\u00a0\u1680\u2007\u2028\u2029\u202f\u205f\u3000\u200b" "ab09\u0663\u0967\uff11\u00b2\u4e2d\U0001f600"


def test_the_extension_is_built_where_it_can_be() -> None:
    if not compiler_present():
        pytest.skip("no C compiler or Python headers: the Python answers here")
    importlib.import_module("extract._text")
    assert textscan.text_engine() == "c"


def test_the_environment_can_choose_the_python() -> None:
    assert engine_with("TENDER_TRIAGE_TEXT", "python", "from extract import textscan; print(textscan.text_engine())") == "python"


def test_no_white_space_lies_above_the_table() -> None:
    """The C keeps a bitmap of the white space below U+3001: there is none above it."""
    assert not [c for c in range(0x3001, 0x110000) if chr(c).isspace()]
    assert set(textscan.other_spaces()) == {chr(c) for c in range(0x3001) if chr(c).isspace()} - {" "}


@needs_c
@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40) | st.text(st.characters(), max_size=30))
def test_the_c_answers_are_the_pythons(text: str) -> None:
    assert textscan._native.spaces(text) == textscan._python_spaces(text)
    assert textscan._native.longest_digit_run(text) == textscan._python_longest_digit_run(text)
    assert textscan.spaces is textscan._native.spaces


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["30200000", "3020000", "32412100-5", "CPV", " code ", "\u0663" * 8, "48000000",
                                 "1", ".", "/", "-", "\n", "x", "09184000"]), max_size=10).map("".join))
def test_the_digit_gate_drops_no_cpv_code(text: str) -> None:
    """A page whose longest run of digits is under eight holds no code CPV_SHAPE would read, so the
    gate in written_cpv_codes changes no result."""
    from extract.policy import codes

    if textscan.longest_digit_run(text) < 8:
        assert CPV_SHAPE.search(text) is None
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(codes, "longest_digit_run", lambda _text: 8)  # the gate never closes
        ungated = written_cpv_codes(text)
    assert written_cpv_codes(text) == ungated
