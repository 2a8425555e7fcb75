"""Near-duplicate detection: MinHash estimates Jaccard over 5-character shingles."""

from __future__ import annotations

import random

import pytest

from extract.model.neardup import (
    SHINGLE,
    near_duplicate_pairs,
    near_duplicate_share,
    normalise,
    shingle_hashes,
    signatures,
)


def _words(n: int, seed: int) -> str:
    rng = random.Random(seed)
    vocab = ["switch", "router", "camera", "tender", "supply", "delivery", "warranty", "office", "units",
             "install", "network", "building", "contract", "price", "annex", "schedule", "service"]
    return " ".join(rng.choice(vocab) + str(rng.randint(0, 99)) for _ in range(n))


def _exact_jaccard(a: str, b: str) -> float:
    sa = {normalise(a)[i : i + SHINGLE] for i in range(len(normalise(a)) - SHINGLE + 1)}
    sb = {normalise(b)[i : i + SHINGLE] for i in range(len(normalise(b)) - SHINGLE + 1)}
    return len(sa & sb) / len(sa | sb)


def test_identical_texts_up_to_case_and_spacing():
    a = _words(200, 1)
    b = "  " + a.upper().replace(" ", "\n  ")
    assert near_duplicate_pairs([a, b]) == [(0, 1, 1.0)]


def test_small_edit_is_a_near_duplicate_and_unrelated_text_is_not():
    a = _words(300, 1)
    b = a.replace(a[100:130], "completely different words here")
    c = _words(300, 2)
    pairs = near_duplicate_pairs([a, b, c])
    assert [(i, j) for i, j, _ in pairs] == [(0, 1)]


def test_japanese_and_chinese_need_no_tokenizer():
    rng = random.Random(0)
    ja_words = ["ネットワーク", "機器", "調達", "入札", "公告", "納入", "場所", "本庁舎", "仕様書", "保守", "期間", "契約"]
    zh_words = ["项目", "采购", "网络", "交换机", "路由器", "供应商", "提供", "原厂", "授权书", "质保", "安装", "验收"]
    ja = "".join(rng.choice(ja_words) + "の" for _ in range(150))
    zh = "".join(rng.choice(zh_words) + "和" for _ in range(150))
    pairs = near_duplicate_pairs([ja, ja.replace("本庁舎", "別館", 1), zh])
    assert [(i, j) for i, j, _ in pairs] == [(0, 1)]


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_estimate_tracks_exact_jaccard(seed):
    a = _words(400, seed)
    words = a.split()
    rng = random.Random(seed)
    for k in rng.sample(range(len(words)), 60):
        words[k] = "changed" + str(k)
    b = " ".join(words)
    estimate = near_duplicate_pairs([a, b], threshold=0.0)[0][2]
    assert estimate == pytest.approx(_exact_jaccard(a, b), abs=0.15)


def test_threshold_is_respected():
    a = _words(300, 7)
    b = " ".join(a.split()[:150] + _words(150, 8).split())  # about half shared
    sim = near_duplicate_pairs([a, b], threshold=0.0)[0][2]
    assert 0.1 < sim < 0.8
    assert near_duplicate_pairs([a, b], threshold=0.8) == []
    assert near_duplicate_pairs([a, b], threshold=sim) != []


def test_short_and_empty_texts_are_nobodys_duplicate():
    assert shingle_hashes("abc").size == 0
    assert near_duplicate_pairs(["", "", "abc", "abc"]) == []


def test_share_counts_documents_with_a_duplicate():
    a, c, d = _words(200, 10), _words(200, 11), _words(200, 12)
    assert near_duplicate_share([a, a + " x", c, d]) == 0.5
    assert near_duplicate_share([a, c, d]) == 0.0
    assert near_duplicate_share([]) == 0.0


def test_signatures_are_deterministic():
    texts = [_words(100, 1), _words(100, 2)]
    assert (signatures(texts) == signatures(texts)).all()
    assert not (signatures(texts, seed=1) == signatures(texts)).all()


def test_pairs_are_sorted_most_similar_first():
    a = _words(300, 20)
    b = a.replace(a[:40], "x" * 40)
    texts = [a, b, a]
    pairs = near_duplicate_pairs(texts)
    sims = [s for _, _, s in pairs]
    assert sims == sorted(sims, reverse=True) and pairs[0][:2] == (0, 2)
