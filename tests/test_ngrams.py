"""The C counting (extract/model/_ngrams.c) gives what HashedCounts' Python gives, column for column.

extract.model.portable scores a document from its hashed word and char_wb n-gram counts. The C
extension counts them in one pass; the Python (`HashedCounts.word` and `.char`, held to
scikit-learn by tests/test_portable.py) stays as the reference and the fallback where no compiler
was found at install. These tests hold the two to the same columns in the same order and the same
counts: on generated text in many scripts (every kind of str, astral characters, combining marks,
every Unicode space, underscores and digits, long words), on texts built to hit the corners
(a token hashing to -2**31, one-letter words, words shorter than the n-grams), and on real training
documents, where the scorer's logits and probabilities must come out the same through either path.
"""

from __future__ import annotations

import importlib
import os
import string
from pathlib import Path

import mmh3
import numpy as np
import pytest
from c_build import compiler_present, engine_with
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from extract import settings
from extract.model import portable

ROOT = Path(__file__).resolve().parents[1]


def test_the_extension_is_built_where_it_can_be() -> None:
    """A compiler and Python's headers are here, so `pip install` must have built the C counting:
    a build that quietly stopped producing it would only show as a slower scan."""
    if not compiler_present():
        pytest.skip("no C compiler or Python headers: the Python counts the n-grams here")
    try:
        importlib.import_module("extract.model._ngrams")
    except ImportError as e:
        pytest.fail(f"extract.model._ngrams was not built or does not import: {e}")
    if os.environ.get("TENDER_TRIAGE_NGRAMS", "").lower() != "python":
        assert portable.ngram_engine() == "c"


def test_the_environment_can_choose_the_python() -> None:
    code = "from extract.model import portable; print(portable.ngram_engine())"
    assert engine_with("TENDER_TRIAGE_NGRAMS", "python", code) == "python"


needs_c = pytest.mark.skipif(portable._native is None, reason="the C counting is not built here (see the test above)")

MODEL = ((1, 2), 2**18, (3, 5), 2**18)  # the shipped model's ranges and sizes
# Other ranges and sizes: one column for everything, a prime (many collisions, so the order in
# which word columns first appear matters), more columns than an int32 holds.
SHAPES = [MODEL, ((1, 1), 7, (1, 1), 1), ((2, 3), 1, (2, 6), 7), ((1, 3), 2**31 + 11, (4, 4), 1_000_003)]

# One Python memo per shape for every test, as a scan keeps one: a word hashed for an earlier
# text must count the same in a later one. Small, so that it is also cleared along the way.
_PYTHON = {shape: portable.HashedCounts(shape[0], shape[1], shape[2], shape[3], limit=500) for shape in SHAPES}


def _python(text: str, shape=MODEL) -> tuple[list, list, list, list]:
    counts = _PYTHON[shape]
    words = counts.word(text)
    cols, values = counts.char(text)
    return list(words), list(words.values()), cols.tolist(), values.tolist()


def _c(text: str, shape=MODEL) -> tuple[list, list, list, list]:
    raw = portable._native.hashed_counts(text, *shape)
    arrays = [np.frombuffer(b, dtype=t) for b, t in zip(raw, portable._COUNT_TYPES)]
    return tuple(a.tolist() for a in arrays)


def _same(text: str, shape=MODEL) -> None:
    got, want = _c(text, shape), _python(text, shape)
    assert got[0] == want[0], "word columns (in the order first met)"
    assert got[1] == want[1], "word counts"
    assert got[2] == want[2], "char columns (sorted)"
    assert got[3] == want[3], "char counts"


# Characters from every corner the tokeniser and the splitter must agree on with Python's re and
# str.split(): letters of several scripts, digits that are alphanumeric but not decimal, an
# underscore, combining marks (not \w: they split a token), astral letters and emoji (4-byte
# UTF-8), zero-width characters (not spaces), and every white-space character str.split() knows,
# the ASCII separators \x1c-\x1f included.
SPACES = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
LETTERS = (string.ascii_letters + string.digits + "_-./()'|" + "éÅßñçœøĳǅ" + "жЖщЁї" + "αΩςΐ"
           + "华為交換機采购项目" + "ネットワークのひらがなカタカナ" + "한국어" + "ไทย" + "क्षि" + "עברית" + "العربية"
           + "²½٣ⅷ⑦" + "\u0301\u0308\u20dd" + "\u200b\u200d\ufeff" + "𝔘𝔫𝔦😀🇫🇷👍🏽𠀀" + "\x00\x7f\x80\xad\xff")
ALPHABET = LETTERS + SPACES


@needs_c
@pytest.mark.parametrize("text", [
    "", " ", "x", "ab", "a b", "ab cd ab", "_", "__", "a_b", "3", "33", "a1", "é", "éé",
    "Supply of 24 IP cameras (Hikvision DS-2CD2143G2-I) and one NVR",
    "IT services for the ministry;  it is  what it is.\n\nLAN/WAN upgrade, PC x 40",
    "华为交换机采购项目第二包视频监控设备海康威视", "ネットワーク機器の調達（ファイアウォール一式）",
    "naïve cafe\u0301 ÅNGSTRÖM IT-driftstjenester", "Поставка коммутаторов", "προμήθεια δικτυακού εξοπλισμού",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀😀 👍🏽 🇫🇷 𠀀𠀁",
    "tab\there\nnew\rline\x0bvt\x0cff\x1cfs\x1dgs\x1ers\x1fus\x85nel\xa0nbsp\u1680ogham\u2000\u2001\u200a"
    "\u2028ls\u2029ps\u202fnnbsp\u205fmmsp\u3000ideographic",
    SPACES + "a" + SPACES + "bb" + SPACES,
    "x" * 10_000, "华" * 5_000, "😀" * 3_000, ("ab " * 2_000) + "cd", "a " * 3_000,
])
@pytest.mark.parametrize("shape", SHAPES, ids=["model", "one", "prime", "wide"])
def test_c_counts_equal_python_on_chosen_texts(text, shape):
    _same(text, shape)


@needs_c
def test_every_str_kind_counts_the_same():
    """The same words in an ASCII str and in 1-, 2- and 4-byte strs (one character added at the
    end widens all of the text) count the same. The added character makes no token (one letter,
    or not a word character), so the word counts must not move at all."""
    for base in ("reseau switch reseau cafe", "réseau switch réseau café"):
        counts = []
        for extra in ("", " ō", " 😀", " 𝔘"):
            _same(base + extra)
            counts.append(_c(base + extra))
        assert all(c[:2] == counts[0][:2] for c in counts)
        assert all(set(counts[0][2]) <= set(c[2]) for c in counts)


@needs_c
@hsettings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120), st.sampled_from(SHAPES))
def test_c_counts_equal_python_on_any_text(text, shape):
    _same(text, shape)


@needs_c
@hsettings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_c_counts_equal_python_on_any_code_points(text):
    _same(text)


_WORD = st.one_of(st.sampled_from(["router", "switch", "IT", "a", "é", "华为", "ネットワーク", "_x_", "2026", "𝔘𝔫"]),
                  st.text(alphabet=LETTERS, min_size=1, max_size=14))


@needs_c
@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORD, st.text(alphabet=SPACES + " -,.", min_size=1, max_size=3)), max_size=60),
       st.sampled_from(SHAPES))
def test_c_counts_equal_python_on_repeated_words(pairs, shape):
    """Texts of words drawn from a small vocabulary: repeats, as in a tender, so both paths weight
    a word's n-grams by its number of occurrences."""
    _same("".join(w + sep for w, sep in pairs), shape)


@needs_c
def test_a_token_hashing_to_int32_min_takes_scikit_learns_column():
    """abs(-2**31) overflows in int32; scikit-learn maps that hash to (2**31 - 1 - (n - 1)) % n
    (reading.hashed_column). "aivlts3m" is a token with that hash."""
    assert mmh3.hash("aivlts3m", 0, True) == -2**31
    for shape in SHAPES:
        _same("aivlts3m", shape)
        _same("the aivlts3m aivlts3m", shape)
    n = MODEL[1]
    assert _c("aivlts3m")[0] == [(2**31 - 1 - (n - 1)) % n]


@needs_c
@hsettings(max_examples=200, deadline=None)
@given(st.binary(max_size=40))
def test_murmur3_equals_mmh3(key):
    assert portable._native.murmur3(key) == mmh3.hash(key, 0, True)


@needs_c
def test_a_lone_surrogate_is_refused_as_scikit_learn_refuses_it():
    """scikit-learn encodes each n-gram to UTF-8 and raises UnicodeEncodeError on a lone
    surrogate; the C raises the same. (The Python path gives the n-gram to mmh3, which crashes
    the process: mmh3 5.3.1.) A surrogate is never a word character, so every text with one
    reaches the char n-grams."""
    from sklearn.feature_extraction.text import HashingVectorizer

    for text in ("ab\ud800cd", "\udfff", "word \udc80 word"):
        with pytest.raises(UnicodeEncodeError):
            HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5)).transform([text])
        with pytest.raises(UnicodeEncodeError, match="surrogates not allowed"):
            portable._native.hashed_counts(text, *MODEL)


@needs_c
def test_bad_ranges_and_sizes_are_refused():
    for shape in (((0, 2), 8, (3, 5), 8), ((2, 1), 8, (3, 5), 8), ((1, 2), 8, (3, 2), 8), ((1, 2), 0, (3, 5), 8)):
        with pytest.raises(ValueError):
            portable._native.hashed_counts("ab cd", *shape)


@needs_c
def test_a_scorer_with_unusual_ranges_falls_back_to_python():
    counts = portable.HashedCounts((0, 2), 16, (3, 5), 16)
    assert counts._native is None
    assert portable.HashedCounts((1, 2), 16, (3, 5), 16)._native is portable._native


# ----------------------------------------------------------------- real documents


@pytest.fixture(scope="module")
def real():
    """The masked texts and second-stage columns of 200 training documents, as scan makes them
    for the shipped model."""
    from extract.mentions import find_mentions
    from extract.model.classify import load_model
    from extract.parse import parse_path
    from extract.policy.load import load_policy

    files = sorted(p for p in (ROOT / "training_data").rglob("*")
                   if p.is_file() and p.suffix in {".txt", ".html", ".md"} and p.name != "README.md")
    files = files[:: max(1, len(files) // 200)][:200]
    docs = [d for p in files for d in parse_path(str(p)) if d.ok]
    policy = load_policy()
    model = load_model(settings.model_dir())
    feats = model.features(docs, [find_mentions(d, policy) for d in docs])
    return feats


@needs_c
@pytest.mark.slow
def test_c_counts_equal_python_on_training_documents(real):
    scorer = portable.PortableScorer.load(settings.model_dir() / portable.SCORER_FILE)
    assert len(real.texts) >= 150
    for text in real.texts:
        _same(scorer._fold(text))


@needs_c
@pytest.mark.slow
def test_the_scorer_scores_the_same_through_either_path(real, monkeypatch):
    """The same counts in the same order: the same logits to the bit, so the same probabilities."""
    path = settings.model_dir() / portable.SCORER_FILE
    c = portable.PortableScorer.load(path)
    monkeypatch.setattr(portable, "_native", None)
    python = portable.PortableScorer.load(path)
    assert c._counts._native is not None and python._counts._native is None
    logits_c, logits_py = c.text_logits(real.texts), python.text_logits(real.texts)
    assert np.array_equal(logits_c, logits_py)
    p_c, p_py = c.predict_proba(real.texts, real.matrix), python.predict_proba(real.texts, real.matrix)
    assert np.abs(p_c - p_py).max() <= 1e-12
    assert len({round(float(p), 3) for p in p_c}) > 5  # real spread, not one constant
