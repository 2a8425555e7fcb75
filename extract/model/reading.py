"""Which words a fitted text model has read: hashed word columns and their document frequency.

The first stage (extract.model.stack) hashes word and char n-grams with MurmurHash3, as
scikit-learn's HashingVectorizer does; `hash_columns` is that hashing for a list of features, used
by the portable scorer (extract.model.portable) and by `reading_share`, which tells how much of a
text the model has read at all (classify.READ_FLOOR). Kept apart so that both the fitted
TriageStack and the portable scorer can measure it without importing each other.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import mmh3
import numpy as np

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
INT32_MIN = -2147483648

#: A word counts as known to the text model when at least this many training documents had it.
KNOWN_DF = 3
#: Fewer words than this (digits and Chinese/Japanese runs left out): too little to judge.
READING_MIN_WORDS = 30
#: Chinese and Japanese characters (Han, kana): written without spaces, so a "word" of the token
#: pattern is a whole run of them, never seen whole in training; the char n-grams read them.
_DIGIT = re.compile(r"\d")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_document_frequency(idf: np.ndarray) -> np.ndarray:
    """How many training documents had each hashed word column, from the fitted idf
    (TfidfTransformer(smooth_idf=True): idf = ln((1 + n) / (1 + df)) + 1, so a column no document
    had holds the largest idf, ln(1 + n) + 1, and gives n back)."""
    n = float(np.exp(idf.max() - 1.0) - 1.0)
    return (1.0 + n) / np.exp(idf - 1.0) - 1.0


def known_word_columns(idf: np.ndarray) -> np.ndarray:
    """Which hashed word columns count as known (`KNOWN_DF` or more training documents had them):
    `word_document_frequency(idf) >= KNOWN_DF - 0.5`, asked of the idf itself. The document
    frequency falls as the idf grows, so the columns are those whose idf is at most the idf of a
    frequency of KNOWN_DF - 0.5, halfway between two whole frequencies (a column's frequency is
    a whole number: no rounding of either side can cross it; tests/test_reading.py compares the
    two on the shipped model). Why: the frequency of every column is an exponential and a division
    over a million columns, a fiftieth of a second the first time a scan asks (the share is asked
    of every document)."""
    n = float(np.exp(idf.max() - 1.0) - 1.0)
    return idf <= 1.0 + math.log((1.0 + n) / (KNOWN_DF - 0.5 + 1.0))


def reading_share(folded: str, known_words: np.ndarray) -> float | None:
    """Share of a case-folded text's words (stack.fold_case) that the text model has read: words
    (the token pattern's, without digits, outside Chinese and Japanese runs) whose hashed column
    `KNOWN_DF` or more training documents had (`known_words`: `known_word_columns` of the model's
    word idf). None when the text has fewer than
    READING_MIN_WORDS such words or is written mostly in Chinese or Japanese (the measure cannot
    see those; the training data holds 268 Chinese and Japanese documents, read through char
    n-grams).

    Why: the first stage is a bag of hashed words and char n-grams. In a language its training
    data never had (Arabic, Thai, Korean, Russian, Indonesian, Turkish: 0 to 10 documents), nearly
    every column is one no document had, the text logit is the intercept, and an ICT tender scored
    0.01-0.06 while the rules found its switches and firewalls. The model cannot say it is blind;
    this share can. A hashed column is shared with other words (about 11% of the word columns were
    in three or more training documents), so an unread language still shows 10-30%; the
    training documents' own shares are above 0.39 for 99% of them (classify.READ_FLOOR).
    """
    counts = Counter(TOKEN.findall(folded))  # distinct words once: a tender repeats its words
    spaced: dict[str, int] = {}
    unspaced_chars = 0
    for token, count in counts.items():
        if _DIGIT.search(token):
            continue
        if _UNSPACED.search(token):
            unspaced_chars += len(token) * count
        else:
            spaced[token] = count
    words = sum(spaced.values())
    if words < READING_MIN_WORDS or unspaced_chars >= sum(len(t) * c for t, c in spaced.items()):
        return None
    known = known_words[hash_columns(list(spaced), len(known_words))]
    # a sum, not np.dot: a long dot product wakes OpenBLAS threads (portable.text_logits)
    return float(np.multiply(known, np.fromiter(spaced.values(), dtype=float, count=len(spaced))).sum()) / words


def hashed_column(h: np.ndarray, n_features: int) -> np.ndarray:
    """Signed MurmurHash3 values (seed 0, of the features' UTF-8 bytes) -> the columns
    scikit-learn's hashing gives: abs() modulo n_features, with -2**31 (whose abs overflows in
    int32) mapped as it maps it."""
    cols = np.abs(h) % n_features
    cols[h == INT32_MIN] = (2147483647 - (n_features - 1)) % n_features
    return cols


def hash_columns(features: list[str], n_features: int) -> np.ndarray:
    """The columns of many features at once (the arithmetic in numpy, one C call per hash)."""
    hash_ = mmh3.hash
    return hashed_column(np.fromiter((hash_(f, 0, True) for f in features), dtype=np.int64, count=len(features)), n_features)
