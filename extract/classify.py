"""Load a trained model safely and turn (Document, mentions) into Verdicts.

Loading (`load_model`) checks, before anything is unpickled, that the directory was made by
`tender-triage train` for this code and these libraries:

1. `card.json` exists and names `model.joblib`'s sha256; the file's sha256 must match. joblib runs
   code while loading, so a file that is not byte-for-byte the trained one is never opened.
2. The installed scikit-learn version equals the card's, and joblib and numpy match in
   major.minor: a pipeline unpickled under another scikit-learn may predict differently.
3. The card's feature columns equal what `extract.features` computes now (FEATURE_COLUMNS followed
   by the card's category columns): otherwise the scaler would read the wrong numbers.

Every failure raises `ModelError` naming the file, the field, what was expected and what was found.
Models are only loaded from a directory the operator names (see `extract.settings.model_dir`).

Verdict rules (`decide`), model and mentions together:

* score = calibrated P(restricted_vendor_named) + P(in_scope_ict); flag = score >= threshold.
* A restricted entity (mention with an entity id) in the role `offered` is never cleared: the
  document is restricted_vendor_named and flagged whatever the score. A pre-filter that lets an
  offered Huawei switch through has failed, however confident the model is.
* Restricted entities that appear ONLY in prohibitions (FAR 52.204-25 style clauses) never make a
  document restricted_vendor_named: flagged, it is in_scope_ict; not flagged, out_of_scope.
* Otherwise, flagged: restricted_vendor_named when the model's restricted probability beats its
  in-scope probability and some restricted mention is not a prohibition; else in_scope_ict.
  Not flagged: out_of_scope.
* `reasons` say which rule fired, the score against the threshold, and the features that weighed
  most for the verdict (linear coefficients times feature values).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.errors import ModelError
from extract.features import numeric_columns, to_frame
from extract.types import Document, Label, Mention, MODEL_LABELS, Role, Verdict, unreadable_verdict

MODEL_FILE = "model.joblib"
CARD_FILE = "card.json"

R, I, O = Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.OUT_OF_SCOPE.value

# --------------------------------------------------------------------------- verdict rules


def flag_score(probs: dict[str, float]) -> float:
    """P(restricted_vendor_named) + P(in_scope_ict): the probability the document needs review."""
    return float(probs.get(R, 0.0) + probs.get(I, 0.0))


def decide(probs: dict[str, float], threshold: float, mentions: Sequence[Mention]) -> tuple[str, bool, tuple[str, ...]]:
    """(label, flag, rule reasons) from the model's probabilities and the mentions; see module doc."""
    score = flag_score(probs)
    restricted = [m for m in mentions if m.entity]
    offered = sorted({m.entity for m in restricted if m.role == Role.OFFERED.value})
    not_prohibited = [m for m in restricted if m.role != Role.PROHIBITED.value]
    versus = f"score {score:.3f} {'>=' if score >= threshold else '<'} threshold {threshold:.3f}"
    if offered:
        return R, True, (f"rule: restricted entity offered ({', '.join(offered)}); never cleared", versus)
    if score < threshold:
        return O, False, (f"rule: not flagged ({versus})",)
    if restricted and not not_prohibited:
        names = ", ".join(sorted({m.entity for m in restricted}))
        return I, True, (f"rule: restricted entities only in prohibitions ({names}); not restricted", versus)
    if probs.get(R, 0.0) > probs.get(I, 0.0) and not_prohibited:
        names = ", ".join(sorted({m.entity for m in not_prohibited}))
        return R, True, (f"rule: flagged, model favours restricted and {names} named outside a prohibition", versus)
    return I, True, (f"rule: flagged, in-scope ICT ({versus})",)


# --------------------------------------------------------------------------- model


@dataclass(frozen=True, slots=True)
class Explanation:
    """The features that weighed most for and against `label` in one document."""

    label: str
    supporting: tuple[tuple[str, float], ...]  # (feature, contribution > 0), largest first
    opposing: tuple[tuple[str, float], ...]  # (feature, contribution < 0), most negative first


LOW_SUFFIX = " (low)"  # marks a numeric feature that weighs because it is below its training mean


def _pretty(name: str) -> str:
    """'word__huawei switch' -> 'word:huawei switch'; 'num__x' -> 'x'."""
    group, _, rest = name.partition("__")
    if group == "num":
        return rest
    return f"{group}:{rest!r}" if group == "char" else f"{group}:{rest}"


class Model:
    """A loaded model: the fitted pipeline plus its card. Build it with `load_model`."""

    def __init__(self, pipeline: Any, card: dict[str, Any], path: Path | None = None):
        self.pipeline = pipeline
        self.card = card
        self.path = path
        self._names: list[str] | None = None
        self._centred: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        return str(self.card["id"])

    @property
    def name(self) -> str:
        return str(self.card["name"])

    @property
    def threshold(self) -> float:
        return float(self.card["threshold"])

    @property
    def categories(self) -> list[str]:
        return list(self.card.get("categories", []))

    @property
    def policy_version(self) -> str | None:
        return self.card.get("policy_version")

    def __repr__(self) -> str:
        return f"Model(id={self.id!r}, threshold={self.threshold:.4f})"

    # ----------------------------------------------------------------- scoring

    def _linear(self) -> tuple[Any, list[str]]:
        """The logistic regression inside the calibrated classifier, and its class labels."""
        lr = self.pipeline.named_steps["model"].estimator_
        return lr, [str(c) for c in lr.classes_]

    def feature_names(self) -> list[str]:
        if self._names is None:
            self._names = [str(n) for n in self.pipeline.named_steps["features"].get_feature_names_out()]
        return self._names

    def transform(self, docs: Sequence[Document], mentions_per_doc: Sequence[Sequence[Mention]]) -> Any:
        """The feature matrix (sparse) of the documents."""
        frame = to_frame(docs, mentions_per_doc, self.categories)
        return self.pipeline.named_steps["features"].transform(frame)

    def probabilities(self, X: Any) -> list[dict[str, float]]:
        """Calibrated class probabilities for each row of a feature matrix."""
        calibrated = self.pipeline.named_steps["model"]
        proba = calibrated.predict_proba(X)
        classes = [str(c) for c in calibrated.classes_]
        return [{label: float(row[classes.index(label)]) if label in classes else 0.0 for label in MODEL_LABELS} for row in proba]

    def _weights(self, label: str) -> Any:
        """Per-feature weight toward `label` (cached): coefficients centred over the classes.

        Multinomial logits are shift-invariant, so each class's coefficients are taken relative to
        the mean over classes: a positive contribution pushes toward `label`, a negative away.
        """
        import numpy as np

        if self._centred is None:
            lr, classes = self._linear()
            coef = np.asarray(lr.coef_, dtype=float)
            if coef.shape[0] == 1:  # binary: one row for classes_[1]
                coef = np.vstack([-coef[0] / 2, coef[0] / 2])
            centred = coef - coef.mean(axis=0, keepdims=True)
            self._centred = {c: centred[k] for k, c in enumerate(classes)}
        w = self._centred.get(label)
        return w if w is not None else np.zeros(len(next(iter(self._centred.values()))))

    def _contributions(self, X: Any, row: int, label: str, top: int) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """The `top` largest positive and most negative (feature, value * weight) of one row."""
        import numpy as np

        x = X[row]
        if hasattr(x, "tocsr"):
            x = x.tocsr()
            idx, vals = x.indices, np.asarray(x.data, dtype=float)
        else:
            x = np.asarray(x, dtype=float).ravel()
            idx = np.flatnonzero(x)
            vals = x[idx]
        contrib = vals * self._weights(label)[idx]
        names = self.feature_names()

        def named(k: int) -> str:
            # Numeric features are standardised: a value below the training mean (e.g. no mentions
            # at all) is negative, and "mentions +0.9" would read as if mentions had been found.
            return names[idx[k]] + LOW_SUFFIX if vals[k] < 0 else names[idx[k]]

        order = np.argsort(-contrib, kind="stable")
        pos = [(named(k), float(contrib[k])) for k in order[:top] if contrib[k] > 0]
        neg = [(named(k), float(contrib[k])) for k in order[::-1][:top] if contrib[k] < 0]
        return pos, neg

    def predict(self, docs: Sequence[Document], mentions_per_doc: Sequence[Sequence[Mention]]) -> list[Verdict]:
        """One Verdict per document (unreadable documents are flagged, never scored)."""
        if len(docs) != len(mentions_per_doc):
            raise ValueError(f"{len(docs)} documents but {len(mentions_per_doc)} mention lists")
        verdicts: list[Verdict | None] = [None] * len(docs)
        readable = [i for i, d in enumerate(docs) if d.ok]
        for i, d in enumerate(docs):
            if not d.ok:
                verdicts[i] = unreadable_verdict(d.error)
        if readable:
            X = self.transform([docs[i] for i in readable], [mentions_per_doc[i] for i in readable])
            for row, (i, probs) in enumerate(zip(readable, self.probabilities(X))):
                label, flag, rules = decide(probs, self.threshold, mentions_per_doc[i])
                top, _ = self._contributions(X, row, label, 3)
                reasons = rules + tuple(f"feature {_pretty(n)} +{c:.2f}" for n, c in top)
                verdicts[i] = Verdict(
                    label=label,
                    flag=flag,
                    score=round(flag_score(probs), 6),
                    threshold=self.threshold,
                    reasons=reasons,
                    probabilities=tuple((k, round(v, 6)) for k, v in probs.items()),
                )
        return [v for v in verdicts if v is not None]

    def explain(self, doc: Document, mentions: Sequence[Mention], top: int = 10) -> Explanation:
        """The `top` features that weighed most for and against this document's verdict."""
        if not doc.ok:
            return Explanation(Label.UNREADABLE.value, (), ())
        X = self.transform([doc], [mentions])
        probs = self.probabilities(X)[0]
        label, _, _ = decide(probs, self.threshold, mentions)
        supporting, opposing = self._contributions(X, 0, label, top)
        return Explanation(
            label,
            tuple((_pretty(n), round(v, 4)) for n, v in supporting),
            tuple((_pretty(n), round(v, 4)) for n, v in opposing),
        )


# --------------------------------------------------------------------------- loading


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in 1 MiB chunks (model files and training documents)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions that decide whether a pickled pipeline behaves as trained (recorded in the card)."""
    import platform

    import joblib
    import numpy
    import pandas
    import sklearn

    return {
        "python": platform.python_version(),
        "sklearn": sklearn.__version__,
        "pandas": pandas.__version__,
        "joblib": joblib.__version__,
        "numpy": numpy.__version__,
    }


def _major_minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def read_card(model_dir: Path) -> dict[str, Any]:
    card_path = model_dir / CARD_FILE
    if not model_dir.is_dir():
        raise ModelError(f"{model_dir}: model directory not found")
    if not card_path.is_file():
        raise ModelError(f"{card_path}: missing (every model directory needs the card written by `tender-triage train`)")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{card_path}: not readable JSON ({exc})") from None
    if not isinstance(card, dict):
        raise ModelError(f"{card_path}: expected a JSON object, got {type(card).__name__}")
    for key in ("id", "name", "sha256", "versions", "features", "threshold"):
        if key not in card:
            raise ModelError(f"{card_path}: field {key!r} missing")
    return card


def check_card(card: dict[str, Any], card_path: Path) -> None:
    """The library-version, feature and threshold checks (raises ModelError naming the field)."""
    installed = library_versions()
    recorded = card["versions"] if isinstance(card["versions"], dict) else {}
    want = recorded.get("sklearn")
    if want != installed["sklearn"]:
        raise ModelError(
            f"{card_path}: field versions.sklearn: model built with scikit-learn {want}, "
            f"installed {installed['sklearn']}; retrain the model or install scikit-learn=={want}"
        )
    for lib in ("joblib", "numpy"):
        want = recorded.get(lib)
        if want is None or _major_minor(str(want)) != _major_minor(installed[lib]):
            raise ModelError(
                f"{card_path}: field versions.{lib}: model built with {lib} {want}, "
                f"installed {installed[lib]} (major.minor must match)"
            )
    expected = numeric_columns(card.get("categories", []))
    got = list(card["features"]) if isinstance(card["features"], list) else card["features"]
    if got != expected:
        diff = "length differs"
        if isinstance(got, list):
            for k, (a, b) in enumerate(zip(expected, got)):
                if a != b:
                    diff = f"column {k}: expected {a!r}, card has {b!r}"
                    break
            else:
                diff = f"expected {len(expected)} columns, card has {len(got)}"
        raise ModelError(f"{card_path}: field features does not match extract.features ({diff}); retrain the model")
    threshold = card["threshold"]
    if not isinstance(threshold, (int, float)) or not math.isfinite(threshold) or not 0.0 <= threshold <= 1.0:
        raise ModelError(f"{card_path}: field threshold: expected a number in [0, 1], got {threshold!r}")


def load_model(model_dir: Path) -> Model:
    """Verify and load `model_dir` (card.json + model.joblib); raises ModelError on any mismatch."""
    model_dir = Path(model_dir)
    card = read_card(model_dir)
    card_path = model_dir / CARD_FILE
    model_path = model_dir / MODEL_FILE
    if not model_path.is_file():
        raise ModelError(f"{model_path}: missing")
    actual = file_sha256(model_path)
    if actual != card["sha256"]:
        raise ModelError(
            f"{model_path}: sha256 mismatch: card.json expects {card['sha256']}, file has {actual}; "
            "the file was changed after training and will not be loaded"
        )
    check_card(card, card_path)

    import joblib

    try:
        pipeline = joblib.load(model_path)
    except Exception as exc:  # a hash-verified file that still fails: say so, do not crash the batch
        raise ModelError(f"{model_path}: could not be loaded ({type(exc).__name__}: {exc})") from None
    steps = getattr(pipeline, "named_steps", {})
    if "features" not in steps or "model" not in steps:
        raise ModelError(f"{model_path}: expected a pipeline with steps 'features' and 'model'")
    return Model(pipeline, card, model_dir)
