"""The two-stage classifier: words first, then evidence under monotonic constraints.

    masked text --hashing TF-IDF--> logistic regression --> text logit ┐
    evidence counts (monotone +1), context facts (free) -----------------┴--> gradient boosting with
        monotonic_cst --> sigmoid calibration (CalibratedClassifierCV) --> P(needs review)

Why two stages. A linear model over words and counts together learned that `cat:access_control`
weighs *for* out_of_scope (the seed set had more access-control negatives than positives), so a
"Bus depot security upgrade - CCTV" notice with a surveillance CPV code scored 0.011. Here the
evidence enters only the second stage, whose `monotonic_cst` is +1 for every evidence column and
for the text logit: more evidence, or a more ICT-like text, can never lower the score. The first
stage reads the text with every mention cut out (extract.features.masked_text), so a term cannot
move it either way; the promise holds end to end and tests/test_monotone.py checks it on real and
generated documents.

The first stage is hashed (HashingVectorizer: word 1-2 grams and char_wb n-grams) so the text is
vectorised once per training run and every cross-validation fold only refits the IDF and the
regression: training on the seed set plus 11k notices with grouped cross-validation is minutes,
not an hour. Stacking follows the usual rule: the second stage learns from *out-of-fold* text
logits (what the text model says of documents it has not seen), then the text model is refitted
on everything. Calibration is scikit-learn's own (sigmoid on out-of-fold decision values,
ensemble=False), which keeps the order of scores, so the monotone promise survives it.

This module is imported when a saved model is unpickled, so `TriageStack` must stay importable
under this name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from extract.model.reading import known_word_columns, reading_share
from extract.settings import optional_extension

#: Defaults of a TriageStack; recorded in the card.
DEFAULT_PARAMS: dict[str, Any] = {
    "word_features": 2**20,
    "char_features": 2**20,
    "char_ngram_range": (3, 5),
    # Inverse regularisation of the text model. Cross-source validation on training_data/ (one
    # fold per source, 2026-12-05, policy of that morning): C=2 0.707 / 0.586 (flag recall /
    # precision), C=16 0.697 / 0.647, C=64 0.678 / 0.681, out-of-fold average precision 0.724,
    # 0.759, 0.764: a looser fit ranks held-out sources better (models/README.md, "Experiments").
    "C": 64.0,
    "max_iter": 2000,
    "boost_iter": 300,
    "boost_learning_rate": 0.05,
    "boost_leaf_nodes": 15,
    "boost_min_leaf": 20,
    "boost_l2": 1.0,
    "folds": 5,
    "stack_by_source": True,
    # What the first stage reads of numbers standing alone (dates, prices, times, codes): "drop"
    # (from 2026-12-05, see `fold_text`) or "keep" (every model before; a card without the key).
    "numbers": "drop",
}

TEXT_LOGIT = "text_logit"


_LETTERS = re.compile(r"[^\W\d_]+")
#: Letter runs of two to four that may be all capitals (no letter a-z), no letter before or
#: after. The check for the letter before comes after the first letter is read ("X(?<!LX)" is
#: "(?<!L)X"): a regex that starts with a character class lets `re` skip in C to where one may
#: start, one that starts with a look-behind is tried at every character. Leaving a-z out of
#: every letter, not only the first, spares the isupper() call for every capitalised word.
_ACRONYM_CANDIDATE = re.compile(r"[^\W\d_a-z](?<![^\W\d_][^\W\d_a-z])[^\W\d_a-z]{1,3}(?![^\W\d_])")


#: Characters for which lower-casing the whole text is not lower-casing each letter run: those
#: lower() changes that are no letters (the circled capitals), those it lengthens (İ), and capital
#: sigma (lower-cased by its context). tests/test_fold_case.py derives the set from every code point.
_NOT_PER_RUN = re.compile("[\u0130\u03a3\u24b6-\u24cf]")


def fold_case(text: str) -> str:
    """Lower-case every word except short all-capital ones (2-4 letters: IT, ICT, LAN, PC, SOC).

    Why: with plain lower-casing the pronoun "it" and "IT" (information technology) are one
    token, and the text model learned "it" as one of its strongest signs of ICT, which every
    English sentence carries. Acronyms keep their case; words and shouted titles do not.
    """
    runs = _acronym_runs(text)
    if runs is None:
        return _LETTERS.sub(_fold_run, text)
    # Lower-case the whole text at once, then put the all-capital short runs back: the same
    # result (tests/test_fold_case.py), without a Python call per word.
    low = text.lower()
    if not runs:
        return low
    pieces, pos = [], 0
    for start, end in runs:
        pieces.append(low[pos:start])
        pieces.append(text[start:end])
        pos = end
    pieces.append(low[pos:])
    return "".join(pieces)


def _python_acronym_runs(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of the letter runs of 2-4 capitals `fold_case` keeps, or None when the text
    holds a character the whole-text fast path cannot follow (_NOT_PER_RUN). The reference of
    extract.model._ngrams.acronym_runs, which finds the same runs in C: finding them here cost
    a Python step for every short capitalised word ("The", "For"), a tenth of the model's time."""
    if _NOT_PER_RUN.search(text) is not None:
        return None
    return [m.span() for m in _ACRONYM_CANDIDATE.finditer(text) if m.group().isupper()]


_acronym_runs: Callable[[str], Any] = getattr(
    optional_extension("extract.model._ngrams", "TENDER_TRIAGE_NGRAMS"), "acronym_runs", _python_acronym_runs)


def _fold_run(m: re.Match[str]) -> str:
    run = m.group()
    return run if 2 <= len(run) <= 4 and run.isupper() else run.lower()


#: Letters and digits of scripts that separate words by spaces: a word character that is not an
#: underscore, nor Chinese, Japanese or Korean (where a date is written "2026年3月9日").
_ALNUM = r"[^\W_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
#: A number standing alone: digits with inner separators (12.000,00  2026-03-09  11:00), touching
#: no letter or digit of a spaced script, so "5G", "i7", "x86" and "IPv6" keep theirs. Written
#: "\d(?<!A\d)..." for "(?<!A)\d...", as _ACRONYM_CANDIDATE is: half the time of fold_text.
_NUMBER = re.compile(rf"\d(?<!{_ALNUM}\d)\d*(?:[.,:/-]\d+)*(?!{_ALNUM})")


def fold_text(text: str) -> str:
    """`fold_case` of the text with its standalone numbers taken out: the first stage's
    preprocessor when the model's `numbers` parameter is "drop".

    Why: the text model learned the calendar. Trained with the numbers kept (triage-2026-12-05j),
    its heaviest word weights included "2026" +8.4, "2025" +7.5, "2022" -6.5, "2020" -5.6: the
    labelled parts were written in 2025-2026 and are mostly ICT, the notices are from 2011-2023 and
    mostly not, so a tender was scored by its dates. Prices, times and quantities ("00" +12.3)
    read the same way. Numbers that matter have their own evidence (codes, quantities, model
    numbers are matched by the policy and counted in the second stage); words are what the first
    stage is for.
    """
    return fold_case(_drop_numbers(text))


def _python_drop_numbers(text: str) -> str:
    """Every standalone number (`_NUMBER`) one space: the reference of
    extract.model._ngrams.drop_numbers, which does it in one C pass (half of fold_text's time
    in the regex; tests/test_fold_case.py holds the two equal on any text)."""
    return _NUMBER.sub(" ", text)


_drop_numbers: Callable[[str], str] = getattr(
    optional_extension("extract.model._ngrams", "TENDER_TRIAGE_NGRAMS"), "drop_numbers", _python_drop_numbers)


_PREPROCESSORS: dict[str, Callable[[str], str]] = {"keep": fold_case, "drop": fold_text}


def text_preprocessor(params: dict[str, Any]) -> Callable[[str], str]:
    """The first stage's preprocessor for a model's parameters: models trained before the
    `numbers` parameter existed read numbers, and must go on reading them to score as trained.
    Any other value is refused: a model read with the wrong preprocessor scores silently wrong."""
    value = params.get("numbers", "keep")
    if value not in _PREPROCESSORS:
        raise ValueError(f"parameter numbers: {value!r} is not one of {', '.join(_PREPROCESSORS)}")
    return _PREPROCESSORS[value]


def hashing_union(params: dict[str, Any]) -> Any:
    """The stateless vectoriser of the first stage (no fit: the same text always hashes the same)."""
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.pipeline import FeatureUnion

    common = {"alternate_sign": False, "norm": None, "dtype": np.float32, "lowercase": False,
              "preprocessor": text_preprocessor(params)}
    return FeatureUnion([
        ("word", HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=int(params["word_features"]), **common)),
        ("char", HashingVectorizer(analyzer="char_wb", ngram_range=tuple(params["char_ngram_range"]),
                                   n_features=int(params["char_features"]), **common)),
    ])


def _text_tail(params: dict[str, Any], seed: int) -> list[tuple[str, Any]]:
    """The fitted part of the first stage: IDF weighting and the regression."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    return [
        ("tfidf", TfidfTransformer(sublinear_tf=True)),
        ("lr", LogisticRegression(C=float(params["C"]), class_weight="balanced", max_iter=int(params["max_iter"]),
                                  solver="liblinear", random_state=seed)),
    ]


def _fit_text_tail(H: Any, y: np.ndarray, w: np.ndarray, params: dict[str, Any], seed: int) -> Any:
    from sklearn.pipeline import Pipeline

    tail = Pipeline(_text_tail(params, seed))
    tail.fit(H, y, lr__sample_weight=w)
    return tail


def _booster(monotone: Sequence[int], params: dict[str, Any], seed: int, rows: int) -> Any:
    """The second stage. Leaves hold at least `boost_min_leaf` documents, fewer for a small set
    (a data-staff trial on a few dozen documents must still learn something)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(
        monotonic_cst=list(monotone),
        max_iter=int(params["boost_iter"]),
        learning_rate=float(params["boost_learning_rate"]),
        max_leaf_nodes=int(params["boost_leaf_nodes"]),
        min_samples_leaf=max(2, min(int(params["boost_min_leaf"]), rows // 10)),
        l2_regularization=float(params["boost_l2"]),
        early_stopping=False,
        random_state=seed,
    )


def oof_text_logits(H: Any, y: np.ndarray, w: np.ndarray, splits: Sequence[tuple[np.ndarray, np.ndarray]],
                    params: dict[str, Any], seed: int) -> np.ndarray:
    """Out-of-fold first-stage logits: each row scored by a text model that never saw it."""
    out = np.zeros(len(y))
    for train, test in splits:
        tail = _fit_text_tail(H[train], y[train], w[train], params, seed)
        out[test] = tail.decision_function(H[test])
    return out


@dataclass
class Fitted:
    """What `fit_stack` returns besides the model: the out-of-fold figures training reports."""

    oof_scores: np.ndarray  # calibrated P(flag) of each training row, out of fold (both stages)
    oof_text: np.ndarray  # first-stage logits, out of fold
    splits: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)


class TriageStack:
    """A fitted two-stage classifier (build it with `fit_stack`). Binary: P(needs review)."""

    def __init__(self, hasher: Any, text: Any, combiner: Any, columns: Sequence[str], monotone: Sequence[int],
                 params: dict[str, Any], neutral: Sequence[float]):
        self.hasher = hasher
        self.text = text  # Pipeline(tfidf, lr) over hashed features
        self.combiner = combiner  # CalibratedClassifierCV(HistGradientBoostingClassifier)
        self.columns = list(columns)  # the second stage's input columns, TEXT_LOGIT first
        self.monotone = list(monotone)
        self.params = dict(params)
        # Per second-stage column, the value `explain` puts in its place to see what it did: no
        # evidence (0) for monotone columns, the training median for the text logit and context.
        self.neutral = [float(v) for v in neutral]

    def text_logits(self, texts: Sequence[str]) -> np.ndarray:
        return self.text.decision_function(self.hasher.transform(list(texts)))

    def stage_two_input(self, texts: Sequence[str], matrix: np.ndarray) -> np.ndarray:
        return second_stage_input(self.text_logits(texts), matrix, self.columns[1:])

    def reading_shares(self, texts: Sequence[str]) -> list[float | None]:
        """Per masked text, the share of its words this model has read (extract.model.reading)."""
        word_n = dict(self.hasher.transformer_list)["word"].n_features
        known = known_word_columns(np.asarray(self.text.named_steps["tfidf"].idf_[:word_n], dtype=float))
        return [reading_share(fold_case(t), known) for t in texts]

    def predict_proba_rows(self, M: np.ndarray) -> np.ndarray:
        """P(flag) of second-stage input rows."""
        return self.combiner.predict_proba(M)[:, 1]

    def predict_proba(self, texts: Sequence[str], matrix: np.ndarray) -> np.ndarray:
        """Calibrated P(needs review) of each document (masked text + feature matrix)."""
        if not len(texts):
            return np.zeros(0)
        return self.predict_proba_rows(self.stage_two_input(texts, matrix))

    def booster(self) -> Any:
        """The fitted gradient boosting model inside the calibration wrapper."""
        return self.combiner.calibrated_classifiers_[0].estimator

    def top_terms(self, text: str, top: int = 8) -> list[tuple[str, float]]:
        """The word n-grams of `text` that moved the first stage most, with their weight.

        Hashing keeps no vocabulary, so the document's own n-grams are hashed again one by one
        with the same vectoriser (an analyzer that returns the n-gram itself); a collision can
        attribute another n-gram's weight, which is why this is an explanation, not a measurement.
        """
        from sklearn.base import clone

        word = dict(self.hasher.transformer_list)["word"]
        grams = sorted(set(word.build_analyzer()(text)))
        if not grams:
            return []
        single = clone(word).set_params(analyzer=lambda g: [g], ngram_range=(1, 1))
        cols = single.transform(grams).indices  # one column per n-gram, in order
        tfidf, lr = self.text.named_steps["tfidf"], self.text.named_steps["lr"]
        coef = lr.coef_[0][: word.n_features] * tfidf.idf_[: word.n_features]
        scored = [(g, float(coef[c])) for g, c in zip(grams, cols)]
        scored.sort(key=lambda t: -abs(t[1]))
        return scored[:top]


def second_stage_input(text_logits: Any, matrix: Any, columns: Sequence[str]) -> np.ndarray:
    """The second stage's rows: the first stage's logit, then the feature `columns`, the purchase
    columns weighed by how much each document is about ICT (features.weigh_purchase_columns).
    One function for fitting, the fitted stack and the portable scorer, so all three read alike."""
    from extract.model.features import weigh_purchase_columns

    M = np.column_stack([np.asarray(text_logits, dtype=float), np.asarray(matrix, dtype=float)])
    return weigh_purchase_columns(M, columns)


def stacking_splits(y: np.ndarray, groups: Sequence[str] | None, folds: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """The folds the second stage learns from: by source when there are sources to hold out.

    Why by source: the second stage learns how far to trust the text logit against the evidence.
    Out-of-fold logits from random folds come from a text model that has read the document's own
    source (its generator, its publisher, often its language); on tomorrow's documents it has
    not. Held-out-source logits are what the text model says of the unfamiliar, so the second
    stage learns to lean on evidence when the wording is new (a Vietnamese firewall price list
    with "tường lửa" in it, when no Vietnamese was in training). With fewer than three sources
    (a small labelled folder), stratified K-fold.
    """
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    minority = int(np.bincount(y, minlength=2).min())
    if groups is not None and len(set(groups)) >= 3:
        n = max(2, min(folds, len(set(groups)), minority))
        splitter = StratifiedGroupKFold(n_splits=n, shuffle=True, random_state=seed)
        splits = list(splitter.split(np.zeros(len(y)), y, np.asarray(groups)))
        if all(len(set(y[tr].tolist())) == 2 for tr, _ in splits):
            return splits
    n = max(2, min(folds, minority))
    return list(StratifiedKFold(n_splits=n, shuffle=True, random_state=seed).split(np.zeros(len(y)), y))


def fit_stack(texts: Sequence[str], matrix: np.ndarray, y: Sequence[int], weights: Sequence[float] | None,
              columns: Sequence[str], monotone: Sequence[int], *, params: dict[str, Any] | None = None,
              seed: int = 0, hashed: Any = None, groups: Sequence[str] | None = None) -> tuple[TriageStack, Fitted]:
    """Fit both stages on all rows; out-of-fold scores (by source when `groups` name several) for
    the second stage, the calibration and the threshold.

    `y` is 1 for documents that need review (restricted_vendor_named or in_scope_ict), 0 else;
    `weights` are sample weights (parts weigh differently). `hashed` may carry the already hashed
    texts (a grouped evaluation hashes once and fits many times).
    """
    from sklearn.base import clone
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.model_selection import cross_val_predict
    from sklearn.pipeline import Pipeline
    from threadpoolctl import threadpool_limits

    p = {**DEFAULT_PARAMS, **(params or {})}
    y = np.asarray(y, dtype=int)
    w = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    hasher = hashing_union(p)
    H = hashed if hashed is not None else hasher.transform(list(texts))
    splits = stacking_splits(y, groups if p.get("stack_by_source", True) else None, int(p["folds"]), seed)
    cst = [1, *monotone]  # the text logit is monotone too
    with threadpool_limits(limits=1):
        oof_text = oof_text_logits(H, y, w, splits, p, seed)
        M = second_stage_input(oof_text, matrix, columns)
        booster = _booster(cst, p, seed, len(y))
        combiner = CalibratedClassifierCV(booster, method="sigmoid", cv=splits, ensemble=False)
        combiner.fit(M, y, sample_weight=w)
        # The same out-of-fold decision values the calibrator was fitted on (same folds, same seed),
        # mapped through it: the out-of-fold calibrated score of every training row.
        oof_dec = cross_val_predict(clone(booster), M, y, cv=splits, method="decision_function",
                                    params={"sample_weight": w})
        calibrator = combiner.calibrated_classifiers_[0].calibrators[0]
        oof_scores = np.clip(calibrator.predict(oof_dec), 0.0, 1.0)
        tail = _fit_text_tail(H, y, w, p, seed)
    text = Pipeline(tail.steps)
    full = M
    neutral = [0.0 if c else float(np.median(full[:, k])) for k, c in enumerate(cst)]
    neutral[0] = float(np.median(oof_text))
    model = TriageStack(hasher, text, combiner, [TEXT_LOGIT, *columns], cst, p, neutral)
    return model, Fitted(oof_scores=oof_scores, oof_text=oof_text, splits=splits)
