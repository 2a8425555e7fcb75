"""The trained model as plain arrays: scoring without scikit-learn, and without unpickling.

Why: `tender-triage scan one.pdf` paid 2-5 s to import scikit-learn and unpickle the model before
reading a page, more than the whole screening of most documents; and a joblib file runs code when
it is loaded. At training time `export` writes everything scoring needs into `scorer.npz`
(numeric arrays and one JSON string; `np.load(allow_pickle=False)` cannot run code) and
`PortableScorer` computes, with numpy and mmh3 (the same MurmurHash3 scikit-learn's hashing
uses), exactly what `extract.model.stack.TriageStack.predict_proba` computes:

    masked text -> fold_case (fold_text when the model's `numbers` parameter is "drop") -> word
    1-2 grams and char_wb n-grams (scikit-learn's analysers, reimplemented) -> MurmurHash3 buckets
    -> sublinear tf x idf, L2 over the row -> logistic regression -> text logit -> the
    gradient-boosted trees (walked over node arrays) -> sigmoid

tests/test_portable.py checks the two agree to 1e-9 on real training documents; training refuses
to write a model whose exported scorer disagrees with the fitted one.

The n-gram counting (`HashedCounts.counts`) runs in C where the optional extension
extract/model/_ngrams.c was built at install (`ngram_engine()` says which runs); the Python
below is the reference and the fallback, and tests/test_ngrams.py holds the two to the same
columns and counts.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from extract.model.reading import TOKEN, hash_columns, hashed_column, known_word_columns, reading_share
from extract.model.stack import fold_case, second_stage_input, text_preprocessor
from extract.settings import cached_file, optional_extension, store_in_cache

SCORER_FILE = "scorer.npz"
_WHITE_SPACES = re.compile(r"\s\s+")  # what its char_wb analyser collapses


def _load_native() -> Any:
    """extract.model._ngrams, the counting of `HashedCounts.counts` in C, or None.

    Why: in Python the tokenising, n-gram making and hashing cost a call or more per n-gram even
    with the memo of hashed words. Over the 40 texts a scan of the 43-PDF benchmark scores
    (1.26 million characters) `_row` took 0.57 s with the Python counting and takes 0.21 s with
    the C, of which 0.14 s is the case folding (2026-12-05, this machine). The extension is built
    by `pip install` where a C compiler is found (setup.py, `optional=True`); without it the
    Python below gives the same counts (tests/test_ngrams.py), slower. `TENDER_TRIAGE_NGRAMS=python`
    chooses the Python (the tests compare both), as TENDER_TRIAGE_PDFWALK does for the grid walk.
    """
    return optional_extension("extract.model._ngrams", "TENDER_TRIAGE_NGRAMS")


_native = _load_native()


def ngram_engine() -> str:
    """"c" when the n-grams are counted in C, else "python" (benchmarks print it)."""
    return "python" if _native is None else "c"


def word_ngrams(text: str, lo: int = 1, hi: int = 2) -> list[str]:
    """scikit-learn's word analyser (token_pattern, then n-grams lo..hi joined by one space)."""
    tokens = TOKEN.findall(text)
    out = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
        out.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return out


def _word_char_ngrams(word: str, lo: int, hi: int) -> list[str]:
    """scikit-learn's char_wb analyser on one word: n-grams inside the space-padded word, a short
    word once. (Its collapsing of white-space runs before `split()` changes no word, so a text's
    n-grams are its words' n-grams.)"""
    w = " " + word + " "
    length = len(w)
    out: list[str] = []
    for n in range(lo, hi + 1):
        last = max(length - n, 0)
        out.extend(w[k:k + n] for k in range(last + 1))
        if length <= n:  # the whole padded word is shorter than n: counted once, and no longer n
            break
    return out


_COUNT_TYPES = (np.int64, np.float64, np.int64, np.float64)


class HashedCounts:
    """Hashed n-gram counts of folded texts, as scikit-learn's HashingVectorizer(alternate_sign=False)
    makes them, memoising the hashing across documents.

    Why: the char_wb n-grams of a document are the n-grams of its words, and a tender repeats a few
    thousand distinct words many times (so do the documents of one batch). Hashing each distinct
    word's n-grams once and weighting them by the word's count gives the same counts as walking
    every occurrence, several times faster (scan spent most of its model time here). The memo is
    bounded (cleared when it outgrows `limit` entries) so a long batch cannot grow it without end.
    """

    def __init__(self, word_range: tuple[int, int], word_features: int,
                 char_range: tuple[int, int], char_features: int, limit: int = 300_000):
        self._word_range, self._word_n = word_range, word_features
        self._char_range, self._char_n = char_range, char_features
        self._limit = limit
        self._word_cols: dict[str | tuple[str, ...], int] = {}
        self._char_cols: dict[str, np.ndarray] = {}
        # the C counting takes the ranges scikit-learn accepts (1 <= lo <= hi); anything else is
        # left to the Python, whatever it makes of it
        valid = all(1 <= lo <= hi for lo, hi in (word_range, char_range))
        self._native = _native if valid else None

    def counts(self, folded: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(word columns, word counts, char columns, char counts) of a folded text: `word` as
        arrays in its dict's order, then `char`. In C when the extension is built (the scorer sums
        over the row in this order, so the C keeps it), else by the two methods below. A lone
        surrogate in the text raises UnicodeEncodeError in C, as it does in scikit-learn; the
        Python path hands it to mmh3, which crashes the process (mmh3 5.3.1)."""
        if self._native is not None:
            raw = self._native.hashed_counts(folded, self._word_range, self._word_n, self._char_range, self._char_n)
            wcols, wcounts, ccols, ccounts = (np.frombuffer(b, dtype=t) for b, t in zip(raw, _COUNT_TYPES))
            return wcols, wcounts, ccols, ccounts
        words = self.word(folded)
        ccols, ccounts = self.char(folded)
        return (np.fromiter(words.keys(), dtype=np.int64, count=len(words)),
                np.fromiter(words.values(), dtype=float, count=len(words)), ccols, ccounts)

    def word(self, folded: str) -> dict[int, float]:
        """Column -> count of the word n-grams."""
        lo, hi = self._word_range
        cache, n_features = self._word_cols, self._word_n
        if len(cache) > self._limit:
            cache.clear()
        # Longer n-grams are counted as tuples of tokens and joined only when first hashed: a
        # tender's bigrams are mostly repeats, and counting tuples runs in C where joining each
        # occurrence into a string was a Python call per word (a str key never equals a tuple key).
        grams: Counter[str | tuple[str, ...]] = Counter()
        tokens = TOKEN.findall(folded)
        if lo == 1:
            grams.update(tokens)
        for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
            grams.update(zip(*(tokens[i:] for i in range(n))))
        new = [g for g in grams if g not in cache]
        if new:
            text = [g if isinstance(g, str) else " ".join(g) for g in new]
            cache.update(zip(new, hash_columns(text, n_features).tolist()))
        counts: dict[int, float] = {}
        for g, c in grams.items():
            col = cache[g]
            counts[col] = counts.get(col, 0.0) + c
        return counts

    def char(self, folded: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns, counts) of the char_wb n-grams, columns sorted and distinct."""
        lo, hi = self._char_range
        cache = self._char_cols
        if len(cache) > self._limit:
            cache.clear()
        words = Counter(folded.split())
        if not words:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        new = [w for w in words if w not in cache]
        if new:
            self._hash_new_words(new)
        parts = [cache[w] for w in words]
        lengths = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
        weights = np.repeat(np.fromiter(words.values(), dtype=float, count=len(words)), lengths)
        uniq, inverse = np.unique(np.concatenate(parts), return_inverse=True)
        return uniq, np.bincount(inverse, weights=weights)

    def _hash_new_words(self, new: list[str]) -> None:
        """Hash the char_wb n-grams of words not seen yet into the memo: ASCII words all at once
        (`_ascii_word_columns`), the others n-gram by n-gram."""
        lo, hi = self._char_range
        cache, n_features = self._char_cols, self._char_n
        ascii_words = [w for w in new if w.isascii()]
        if ascii_words:
            for w, cols in zip(ascii_words, _ascii_word_columns(ascii_words, lo, hi, n_features)):
                cache[w] = cols
        others = [w for w in new if not w.isascii()]
        if others:
            grams = [_word_char_ngrams(w, lo, hi) for w in others]
            flat = hash_columns([g for gs in grams for g in gs], n_features)
            ends = np.cumsum([len(gs) for gs in grams]).tolist()
            for w, a, b in zip(others, [0, *ends[:-1]], ends):
                cache[w] = flat[a:b]


def _ascii_word_columns(words: list[str], lo: int, hi: int, n_features: int) -> list[np.ndarray]:
    """The hashed columns of each ASCII word's char_wb n-grams (as `_word_char_ngrams` lists
    them), computed for all words at once: the padded words side by side in one byte buffer,
    each n-gram a slice of it, MurmurHash3 over the slices in numpy (`_murmur3_rows`).

    Why: a document brings a few thousand words the memo has not seen; making and hashing their
    n-grams one Python string at a time was most of the scorer's time."""
    padded = [" " + w + " " for w in words]
    lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    buf = np.frombuffer("".join(padded).encode("ascii"), dtype=np.uint8)
    owners, columns = [], []
    for n in range(lo, hi + 1):
        # The analyser stops at the first n the padded word does not exceed: a word is still
        # read at n when it is longer than n - 1 (every word at n == lo).
        live = np.flatnonzero(lengths > n - 1) if n > lo else np.arange(len(words))
        if not live.size:
            break
        size = np.minimum(lengths[live], n)  # a word shorter than lo: itself, once
        count = lengths[live] - size + 1
        for length in np.unique(size).tolist():
            pick = size == length
            who, many = live[pick], count[pick]
            owner = np.repeat(who, many)
            first = np.cumsum(many) - many
            offset = np.arange(int(many.sum())) - np.repeat(first, many)
            rows = buf[(starts[owner] + offset)[:, None] + np.arange(length)]
            owners.append(owner)
            columns.append(hashed_column(_murmur3_rows(rows), n_features))
    owner = np.concatenate(owners)
    order = np.argsort(owner, kind="stable")
    cols = np.concatenate(columns)[order]
    ends = np.cumsum(np.bincount(owner, minlength=len(words))).tolist()
    return [cols[a:b] for a, b in zip([0, *ends[:-1]], ends)]


_C1, _C2 = np.uint32(0xCC9E2D51), np.uint32(0x1B873593)


def _rotl(x: np.ndarray, r: int) -> np.ndarray:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def _murmur3_rows(rows: np.ndarray) -> np.ndarray:
    """MurmurHash3 x86_32 (seed 0, as signed int32) of each row of a uint8 matrix, every row one
    key of the same byte length: mmh3.hash's result, in numpy's wrapping uint32 arithmetic
    (tests/test_portable.py checks it against mmh3)."""
    n, length = rows.shape
    h = np.zeros(n, dtype=np.uint32)
    blocks = length // 4
    if blocks:
        words = np.ascontiguousarray(rows[:, :blocks * 4]).view("<u4")
        for b in range(blocks):
            k = _rotl(words[:, b] * _C1, 15) * _C2
            h = _rotl(h ^ k, 13) * np.uint32(5) + np.uint32(0xE6546B64)
    tail = length & 3
    if tail:
        k = np.zeros(n, dtype=np.uint32)
        for i in range(tail - 1, -1, -1):
            k = (k << np.uint32(8)) | rows[:, blocks * 4 + i].astype(np.uint32)
        h ^= _rotl(k * _C1, 15) * _C2
    h ^= np.uint32(length)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h.view(np.int32).astype(np.int64)


def export(stack: Any) -> dict[str, np.ndarray]:
    """The arrays of a fitted TriageStack (see the module docstring)."""
    word, char = (dict(stack.hasher.transformer_list)[k] for k in ("word", "char"))
    tfidf, lr = stack.text.named_steps["tfidf"], stack.text.named_steps["lr"]
    booster = stack.booster()
    nodes = [p.nodes for p in (t[0] for t in booster._predictors)]
    sizes = np.array([len(n) for n in nodes])
    allnodes = np.concatenate(nodes)
    cal = stack.combiner.calibrated_classifiers_[0].calibrators[0]
    meta = {
        "word_features": int(word.n_features), "word_ngrams": list(word.ngram_range),
        "char_features": int(char.n_features), "char_ngrams": list(char.ngram_range),
        "columns": list(stack.columns), "monotone": [int(c) for c in booster.monotonic_cst],
        "neutral": list(stack.neutral), "intercept": float(lr.intercept_[0]), "baseline": float(np.ravel(booster._baseline_prediction)[0]),
        "sigmoid": [float(cal.a_), float(cal.b_)], "params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in stack.params.items()},
    }
    return {
        "meta": np.array(json.dumps(meta)),
        "idf": np.asarray(tfidf.idf_, dtype=float), "coef": np.asarray(lr.coef_[0], dtype=float),
        "tree_sizes": sizes.astype(np.int64),
        "node_value": allnodes["value"].astype(float), "node_feature": allnodes["feature_idx"].astype(np.int64),
        "node_threshold": allnodes["num_threshold"].astype(float), "node_left": allnodes["left"].astype(np.int64),
        "node_right": allnodes["right"].astype(np.int64), "node_leaf": allnodes["is_leaf"].astype(bool),
        "node_missing_left": allnodes["missing_go_to_left"].astype(bool),
    }


def save(stack: Any, path: Path) -> None:
    """Write `export(stack)` to `path` (compressed: the coefficient and idf vectors are mostly the
    repeated values of columns no training document had)."""
    buf = io.BytesIO()
    np.savez_compressed(buf, **export(stack))
    Path(path).write_bytes(buf.getvalue())


def _read_arrays(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


#: Inflated scorers kept in the cache directory (the most recently written).
KEEP_INFLATED = 3


def inflated_arrays(path: Path, sha256: str) -> dict[str, np.ndarray]:
    """The arrays of the scorer file `path`, whose SHA-256 the caller has verified to be `sha256`,
    read from an uncompressed copy in the cache directory (extract.settings.cache_dir) when there
    is one, else from `path` (and the copy then written).

    Why: scorer.npz is stored compressed (9 MB in git instead of 33 MB: the idf and coefficient
    columns are 2^21 float64 each), and inflating it was a tenth of a second of every scan's
    start-up on this machine; the uncompressed copy reads in about a quarter of that. The copy is
    filed under the verified hash, so it holds what a file with that hash holds; it is an npz
    like the original (no pickle: `allow_pickle=False`), stored without compression, so zipfile
    checks each array's CRC-32 as it reads it; a copy that fails to read, or lacks an array, is
    ignored and written again. A cache directory that is off, not ours or writable by others is
    not used (extract.settings.usable_cache_dir)."""
    copy = cached_file(f"scorer-{sha256}.npz")
    if copy is not None:
        try:
            arrays = _read_arrays(copy)
        except Exception:  # noqa: BLE001 - missing, truncated, a bad CRC: read the original instead
            arrays = {}
        if set(arrays) >= _ARRAYS:
            return arrays
    arrays = _read_arrays(path)
    store_in_cache(f"scorer-{sha256}.npz", lambda f: np.savez(f, **arrays), prune="scorer-*.npz", keep=KEEP_INFLATED)
    return arrays


#: The arrays `export` writes (and PortableScorer reads).
_ARRAYS = frozenset({"meta", "idf", "coef", "tree_sizes", "node_value", "node_feature", "node_threshold", "node_left",
                     "node_right", "node_leaf", "node_missing_left"})


class PortableScorer:
    """Scores documents from the arrays of `export`; the same interface as TriageStack."""

    def __init__(self, arrays: dict[str, np.ndarray]):
        meta = json.loads(str(arrays["meta"]))
        self.columns: list[str] = meta["columns"]
        self.monotone: list[int] = meta["monotone"]
        self.neutral: list[float] = meta["neutral"]
        self.params: dict[str, Any] = meta["params"]
        self._fold = text_preprocessor(self.params)
        self._word_n, self._char_n = meta["word_features"], meta["char_features"]
        self._word_range, self._char_range = tuple(meta["word_ngrams"]), tuple(meta["char_ngrams"])
        self._intercept, self._baseline = meta["intercept"], meta["baseline"]
        self._a, self._b = meta["sigmoid"]
        self._idf, self._coef = arrays["idf"], arrays["coef"]
        self._known_words: np.ndarray | None = None  # worked out on first use (reading_shares)
        self._counts = HashedCounts(self._word_range, self._word_n, self._char_range, self._char_n)
        sizes = arrays["tree_sizes"]
        self._roots = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        offsets = np.repeat(self._roots, sizes)
        self._value = arrays["node_value"]
        self._feature = arrays["node_feature"]
        self._threshold = arrays["node_threshold"]
        self._left = arrays["node_left"] + offsets  # child indices into the concatenated arrays
        self._right = arrays["node_right"] + offsets
        self._leaf = arrays["node_leaf"]
        self._missing_left = arrays["node_missing_left"]

    @classmethod
    def load(cls, path: Path, sha256: str | None = None) -> PortableScorer:
        """The scorer of `path`. With `sha256`, the hash the caller verified `path` against, its
        arrays are read from the start-up cache when it holds them (`inflated_arrays`)."""
        return cls(inflated_arrays(path, sha256) if sha256 else _read_arrays(path))

    # ----------------------------------------------------------------- first stage

    def _row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of one masked text: hashed counts (word columns first), sublinear tf
        times idf, L2-normalised over the row, as TfidfTransformer(sublinear_tf=True) makes them."""
        wcols, wcounts, ccols, ccounts = self._counts.counts(self._fold(text))
        cols = np.concatenate([wcols, ccols + self._word_n])
        if not len(cols):
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        counts = np.concatenate([wcounts, ccounts])
        vals = (1.0 + np.log(counts)) * self._idf[cols]
        return cols, vals / np.sqrt(np.square(vals).sum())

    def reading_shares(self, texts: Sequence[str]) -> list[float | None]:
        """`reading_share` of each masked text (None: cannot be judged)."""
        if self._known_words is None:
            self._known_words = known_word_columns(self._idf[: self._word_n])
        return [reading_share(fold_case(t), self._known_words) for t in texts]

    def text_logits(self, texts: Sequence[str]) -> np.ndarray:
        """The first stage's logits. Sums, not `@`: numpy hands a long dot product to OpenBLAS,
        whose threads then spin on the other cores (a --jobs 1 scan burnt 1.3 cores' CPU for
        one core's work, and slowed --jobs 2 on two cores)."""
        out = np.empty(len(texts))
        for k, t in enumerate(texts):
            cols, vals = self._row(t)
            out[k] = np.multiply(vals, self._coef[cols]).sum() + self._intercept
        return out

    def stage_two_input(self, texts: Sequence[str], matrix: np.ndarray) -> np.ndarray:
        return second_stage_input(self.text_logits(texts), matrix, self.columns[1:])

    # ----------------------------------------------------------------- second stage

    def _raw(self, M: np.ndarray) -> np.ndarray:
        """The boosted model's raw score: baseline plus every tree's leaf value. All trees are
        walked at once, one level per step (a scan scores one document at a time: a loop over the
        trees cost more than the walk). No missing values occur in our columns; the missing
        branch is kept for fidelity."""
        n_rows, n_trees = len(M), len(self._roots)
        node = np.tile(self._roots, n_rows)
        rows = np.repeat(np.arange(n_rows), n_trees)
        while True:
            active = ~self._leaf[node]
            if not active.any():
                break
            nd = node[active]
            x = M[rows[active], self._feature[nd]]
            go_left = np.where(np.isnan(x), self._missing_left[nd], x <= self._threshold[nd])
            node[active] = np.where(go_left, self._left[nd], self._right[nd])
        return self._baseline + self._value[node].reshape(n_rows, n_trees).sum(axis=1)

    def predict_proba_rows(self, M: np.ndarray) -> np.ndarray:
        """P(flag) of second-stage input rows (scikit-learn's sigmoid calibration: expit(-(a f + b)))."""
        z = self._a * self._raw(np.asarray(M, dtype=float)) + self._b
        return 1.0 / (1.0 + np.exp(z))

    def predict_proba(self, texts: Sequence[str], matrix: np.ndarray) -> np.ndarray:
        if not len(texts):
            return np.zeros(0)
        return self.predict_proba_rows(self.stage_two_input(texts, matrix))

    def top_terms(self, text: str, top: int = 8) -> list[tuple[str, float]]:
        """The word n-grams of `text` that moved the text model most (weight = coefficient x idf)."""
        grams = sorted(set(word_ngrams(self._fold(text), *self._word_range)))
        cols = hash_columns(grams, self._word_n).tolist()
        scored = [(g, float(self._coef[c] * self._idf[c])) for g, c in zip(grams, cols)]
        scored.sort(key=lambda t: -abs(t[1]))
        return scored[:top]
