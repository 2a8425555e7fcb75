"""The normaliser: what it folds, that it is idempotent, and that spans map back exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.normalize import normalize


def _back(text: str, s: int, e: int) -> str:
    n = normalize(text)
    a, b = n.span(s, e)
    return text[a:b]


def test_case_width_and_whitespace_are_folded() -> None:
    assert normalize("ＨＵＡＷＥＩ\u3000Ｓ５７２０").text == "huawei s5720"
    assert normalize("Straße  \n\t Köln").text == "strasse köln"
    assert normalize("a\u200bb\u00adc").text == "abc"


def test_word_hyphenation_across_a_line_break_is_joined() -> None:
    assert normalize("Hik-\nvision cameras").text == "hikvision cameras"
    assert normalize("Hik-  \r\n  vision").text == "hikvision"


def test_a_model_number_wrapped_at_its_hyphen_keeps_the_hyphen() -> None:
    assert normalize("IPC-HFW0720M-AS-\nPV").text == "ipc-hfw0720m-as-pv"
    assert normalize("DS-2CD2143G0-\nI").text == "ds-2cd2143g0-i"


def test_a_dash_after_a_space_is_not_hyphenation() -> None:
    assert normalize("cameras -\nswitches").text == "cameras - switches"


def test_spans_map_back_to_original_characters() -> None:
    text = "Brand:  ＨＩＫ-\nvision  ß"
    n = normalize(text)
    assert "hik-vision" in n.text  # capitals before the break: a wrapped code, hyphen kept
    i = n.text.index("hik-vision")
    j = i + len("hik-vision")
    assert text[slice(*n.span(i, j))] == "ＨＩＫ-\nvision"
    k = n.text.index("ss")
    assert text[slice(*n.span(k, k + 2))] == "ß"
    assert text[slice(*n.span(k, k + 1))] == "ß"  # half of an expansion maps to the whole source


def test_offsets_index_every_character() -> None:
    text = "ab  cd"
    n = normalize(text)
    assert n.text == "ab cd"
    assert [n.offsets[i] for i in range(len(n.text) + 1)] == [0, 1, 2, 4, 5, 6]


def test_ascii_and_non_ascii_lines_mix() -> None:
    text = "plain ascii line\nÉcole 华为 line\nback to ASCII"
    n = normalize(text)
    assert n.text == "plain ascii line école 华为 line back to ascii"
    i = n.text.index("华为")
    assert _back(text, i, i + 2) == "华为"


_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(list(" \n\t-ßﬁＡＢ한국어华为é\u0301\u200b\u00ad")),
    ),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(_text)
def test_normalising_twice_equals_once(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@settings(max_examples=150, deadline=None)
@given(_text)
def test_every_span_maps_inside_the_original(text: str) -> None:
    n = normalize(text)
    assert len(n.offsets) == len(n.text)
    prev = 0
    for i in range(len(n.text)):
        a, b = n.span(i, i + 1)
        assert 0 <= a < b <= len(text)
        assert a >= prev  # monotone
        prev = a
