"""What `scan` runs (scorer.npz read by extract.model.portable) scores as the fitted scikit-learn
model does.

Why: scan no longer unpickles the model (start-up time, and a pickle runs code); it recomputes the
two stages from plain arrays. That is only honest while the re-implementation equals scikit-learn:
the analysers and the hashing column for column, and the final probability to 1e-9 on real
documents. A change in scikit-learn's hashing, analysers or tree layout fails here, not silently
in a reviewer's queue.
"""

from __future__ import annotations

import string
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings as hsettings, strategies as st

from extract import settings
from extract.intake.screen import ScanConfig, screen_path
from extract.mentions import find_mentions
from extract.model import portable, reading
from extract.model.classify import load_model
from extract.model.stack import hashing_union
from extract.parse import parse_path
from extract.policy.load import load_policy

ROOT = Path(__file__).resolve().parents[1]
PARAMS = {"word_features": 2**18, "char_features": 2**18, "char_ngram_range": (3, 5)}
SAMPLES = [
    "Supply of 24 IP cameras (Hikvision DS-2CD2143G2-I) and one NVR",
    "IT services for the ministry;  it is  what it is.\n\nLAN/WAN upgrade, PC x 40",
    "Lieferung von Funkgeräten für die Feuerwehr – Los 2: Digitalfunk (TETRA)",
    "华为交换机采购项目 第二包：视频监控设备 海康威视",
    "ネットワーク機器の調達（ファイアウォール一式）",
    "a b c d e 1 2 3 ab  cd\tef\u00a0gh",
    "",
    "x",
    "Ýêş — naïve café ÅNGSTRÖM IT-driftstjenester",
]


def _sklearn_counts(text: str, analyser: str) -> dict[int, float]:
    union = hashing_union(PARAMS)
    row = dict(union.transformer_list)[analyser].transform([text]).tocoo()
    return {int(c): float(v) for c, v in zip(row.col, row.data)}


# One memo for every test, as one scan process keeps it: a word hashed for an earlier text must
# give the same columns in a later one.
COUNTS = portable.HashedCounts((1, 2), PARAMS["word_features"], (3, 5), PARAMS["char_features"], limit=50)


def _ours(text: str, analyser: str) -> dict[int, float]:
    folded = portable.fold_case(text)
    if analyser == "word":
        return COUNTS.word(folded)
    cols, counts = COUNTS.char(folded)
    assert list(cols) == sorted(set(cols))
    return {int(c): float(n) for c, n in zip(cols, counts)}


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("analyser", ["word", "char"])
def test_hashed_counts_equal_scikit_learns(text, analyser):
    assert _ours(text, analyser) == _sklearn_counts(text, analyser)


@hsettings(max_examples=150, deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits + " \t\n.-/_()éßå华為ネ", max_size=80))
def test_hashed_counts_equal_scikit_learns_on_any_text(text):
    for analyser in ("word", "char"):
        assert _ours(text, analyser) == _sklearn_counts(text, analyser)


def test_repeated_words_count_once_per_occurrence():
    """The memo weights a word's n-grams by how often the word occurs (a tender repeats its words)."""
    text = "router router switch router " * 50 + "firewall"
    assert _ours(text, "char") == _sklearn_counts(text, "char")
    assert _ours(text, "word") == _sklearn_counts(text, "word")


@pytest.fixture(scope="module")
def shipped():
    return load_model(settings.model_dir())


def _real_documents() -> list:
    """The examples and a spread of training documents, parsed as scan parses them."""
    files = sorted(p for p in (ROOT / "examples").iterdir() if p.is_file())
    seed = sorted(p for p in (ROOT / "training_data").rglob("*") if p.is_file() and p.suffix in {".txt", ".html", ".docx", ".pdf", ".md"})
    files += seed[:: max(1, len(seed) // 40)]
    docs = []
    for p in files:
        docs.extend(d for d in parse_path(str(p)) if d.ok)
    return docs


def test_shipped_scorer_equals_the_fitted_model_on_real_documents(shipped):
    policy = load_policy()
    docs = _real_documents()
    assert len(docs) >= 30
    mentions = [find_mentions(d, policy) for d in docs]
    feats = shipped.features(docs, mentions)
    want = shipped.full_stack().predict_proba(feats.texts, feats.matrix)
    got = shipped.stack.predict_proba(feats.texts, feats.matrix)
    assert isinstance(shipped.stack, portable.PortableScorer)
    assert np.abs(want - got).max() < 1e-9
    assert len({round(float(p), 3) for p in got}) > 5  # real spread, not one constant


def test_explanations_use_the_same_columns(shipped, tmp_path):
    path = tmp_path / "rfq.txt"
    path.write_text("Request for quotation: 12 x Hikvision DS-2CD2T47G2 cameras and one NVR for the depot.\n")
    (record,) = screen_path(str(path), ScanConfig(policy_dir=str(settings.policy_dir()), model_dir=str(settings.model_dir())))
    assert record["verdict"] == "restricted_vendor_named"
    full = shipped.full_stack()
    assert shipped.stack.columns == full.columns and shipped.stack.neutral == pytest.approx(full.neutral)
    # both read numbers (or leave them out) as the model's `numbers` parameter says
    assert all(t.preprocessor is shipped.stack._fold for _, t in full.hasher.transformer_list)
    assert shipped.stack.top_terms("hikvision cameras and one nvr", 5) == [
        (g, pytest.approx(w)) for g, w in full.top_terms("hikvision cameras and one nvr", 5)]


@hsettings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=14), st.lists(st.binary(min_size=14, max_size=14), min_size=1, max_size=20))
def test_murmur3_in_numpy_equals_mmh3(length, keys):
    import mmh3

    rows = np.frombuffer(b"".join(k[:length] for k in keys), dtype=np.uint8).reshape(len(keys), length)
    assert portable._murmur3_rows(rows).tolist() == [mmh3.hash(k[:length], 0, True) for k in keys]


@hsettings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=string.ascii_letters + string.digits + "-./()", min_size=1, max_size=9), min_size=1, max_size=30),
       st.sampled_from([(3, 5), (2, 4), (1, 1), (4, 4)]))
def test_ascii_words_hashed_at_once_equal_one_by_one(words, ngram_range):
    lo, hi = ngram_range
    got = portable._ascii_word_columns(words, lo, hi, 2**20)
    want = [reading.hash_columns(portable._word_char_ngrams(w, lo, hi), 2**20) for w in words]
    assert [sorted(g.tolist()) for g in got] == [sorted(w.tolist()) for w in want]


# --------------------------------------------------------------------------- the inflated copy


def _scorer_file(tmp_path: Path) -> tuple[Path, str, dict[str, np.ndarray]]:
    """A compressed npz holding every array a scorer file holds (small ones), and its sha256."""
    import hashlib

    rng = np.random.default_rng(7)
    arrays = {name: rng.random(64) for name in portable._ARRAYS - {"meta"}}
    arrays["meta"] = np.array('{"columns": ["x"]}')
    path = tmp_path / "scorer.npz"
    with open(path, "wb") as f:
        np.savez_compressed(f, **arrays)
    return path, hashlib.sha256(path.read_bytes()).hexdigest(), arrays


def _same(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> bool:
    return set(a) == set(b) and all(np.array_equal(a[k], b[k]) for k in a)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv(settings.CACHE_ENV, str(d))
    return d


def test_the_inflated_copy_is_written_once_and_read_instead_of_the_file(tmp_path, cache_dir):
    path, sha, arrays = _scorer_file(tmp_path)
    assert _same(portable.inflated_arrays(path, sha), arrays)
    (copy,) = cache_dir.glob("scorer-*.npz")
    assert copy.name == f"scorer-{sha}.npz"
    with np.load(copy) as z:  # stored, not deflated: nothing to inflate on the next start
        assert all(info.compress_type == 0 for info in z.zip.infolist())
    path.unlink()  # a hit does not read the original at all
    assert _same(portable.inflated_arrays(path, sha), arrays)


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty"])
def test_a_damaged_copy_is_ignored_and_written_again(tmp_path, cache_dir, damage):
    path, sha, arrays = _scorer_file(tmp_path)
    portable.inflated_arrays(path, sha)
    (copy,) = cache_dir.glob("scorer-*.npz")
    raw = bytearray(copy.read_bytes())
    if damage == "flip":  # same length, inside an array's bytes: zipfile's CRC-32 check refuses it
        raw[len(raw) // 3] ^= 0xFF
    copy.write_bytes(bytes(raw[: len(raw) // 2] if damage == "truncate" else b"" if damage == "empty" else raw))
    assert _same(portable.inflated_arrays(path, sha), arrays)
    path.unlink()
    assert _same(portable.inflated_arrays(path, sha), arrays)  # the rewritten copy is whole


def test_no_copy_when_the_cache_is_off_or_not_private(tmp_path, cache_dir, monkeypatch):
    import os

    path, sha, arrays = _scorer_file(tmp_path)
    monkeypatch.setenv(settings.CACHE_ENV, "off")
    assert _same(portable.inflated_arrays(path, sha), arrays)
    assert not cache_dir.exists()
    monkeypatch.setenv(settings.CACHE_ENV, str(cache_dir))
    cache_dir.mkdir()
    os.chmod(cache_dir, 0o777)
    try:
        assert _same(portable.inflated_arrays(path, sha), arrays)
        assert not list(cache_dir.glob("scorer-*"))
    finally:
        os.chmod(cache_dir, 0o700)


def test_the_shipped_model_scores_the_same_from_its_copy(cache_dir):
    """load_model verifies scorer.npz, then reads the copy filed under that hash: the same scorer."""
    first = load_model(settings.model_dir())
    assert list(cache_dir.glob("scorer-*.npz"))
    second = load_model(settings.model_dir())
    text = ["Supply of 24 IP cameras and one NVR for the depot", "Cleaning services for the town hall"]
    assert np.array_equal(first.stack.text_logits(text), second.stack.text_logits(text))
    assert np.array_equal(first.stack._idf, second.stack._idf) and np.array_equal(first.stack._coef, second.stack._coef)
