"""Train a model from a labelled folder and write `models/<name>/`.

    training_data/labels.csv --load_labelled--> Documents + mentions + labels
        --features.to_frame--> DataFrame --stratified K-fold--> out-of-fold decision values
        --> temperature (calibration) --> threshold (for recall) --> fit on everything
        --> model.joblib + card.json + report.html

The pipeline (`build_pipeline`) is one scikit-learn Pipeline, saved whole, so scanning computes
exactly the features training computed:

* `features`: a ColumnTransformer with TF-IDF over word 1-2 grams, TF-IDF over char_wb n-grams
  (2-4 by default: Japanese and Chinese need no tokenizer), both with sublinear tf and capped
  vocabularies (the vocabulary dominates the model file), and the mention-derived numeric columns
  of `extract.features`, standardised.
* `model`: multinomial LogisticRegression (class_weight balanced) with temperature-scaled
  probabilities (`extract.calibration.TemperatureScaled`): one regression fitted on all rows (so
  explanations read one set of coefficients) and one temperature fitted on the out-of-fold
  decision values of the K-fold below. This is CalibratedClassifierCV(ensemble=False) with the
  training's own folds reused as the calibration folds: only the classifier is calibrated, and
  the regression is fitted K + 1 times instead of K * (inner folds + 1) + inner folds + 1.

The flag threshold is chosen on out-of-fold scores (score = P(restricted) + P(in_scope)) as the
highest threshold whose flag recall reaches `target_recall`: a pre-filter that misses a restricted
bid has failed, one that sends a few extra documents to a reviewer has not. Everything takes a
seed; training twice on the same data with the same seed gives identical predictions.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from extract.errors import TriageError
from extract.features import TEXT_CAP, feature_docs, numeric_columns, policy_categories, to_frame
from extract.types import Document, Label, Mention, MODEL_LABELS, Page, Status

LABELS_FILE = "labels.csv"
LABEL_COLUMNS = ("file", "label", "language", "source", "notes")

#: Defaults of `build_pipeline`; recorded in the card.
DEFAULT_PARAMS: dict[str, Any] = {
    "word_max_features": 20_000,
    "char_max_features": 40_000,
    "char_ngram_range": (2, 4),
    "C": 4.0,
    "max_iter": 3000,
    "numeric_clip": 3.0,
}

INTENDED_USE = (
    "Pre-filter for procurement documents: decides which tenders, bids, quotes, datasheets and bills "
    "of quantities a person must review for restricted vendors (US NDAA s.889 / FCC Covered List, "
    "Japan 2018 rules, UK, EU, ...) or in-scope ICT equipment. Every flag is reviewed by a human; "
    "the threshold is set for recall, so expect extra flags rather than misses."
)
LIMITATIONS = (
    "Trained on a small seed set of mostly synthetic documents; cross-validated figures are "
    "estimates on that set, not on live intake. Text beyond the first "
    f"{TEXT_CAP:,} characters is read only by the mention rules. Regimes that name no vendor "
    "(origin tests) are caught only through equipment categories. Documents that are not "
    "readable are flagged as unreadable, never scored. A policy change may shift mention features: "
    "retrain when the policy version differs from the card's."
)


# --------------------------------------------------------------------------- pipeline


def build_pipeline(
    *,
    seed: int = 0,
    categories: Sequence[str] = (),
    word_max_features: int = DEFAULT_PARAMS["word_max_features"],
    char_max_features: int = DEFAULT_PARAMS["char_max_features"],
    char_ngram_range: tuple[int, int] = DEFAULT_PARAMS["char_ngram_range"],
    C: float = DEFAULT_PARAMS["C"],
    max_iter: int = DEFAULT_PARAMS["max_iter"],
    numeric_clip: float | None = DEFAULT_PARAMS["numeric_clip"],
    temperature: float = 1.0,
) -> Any:
    """An unfitted Pipeline(features -> temperature-scaled multinomial logistic regression).

    `categories` are the equipment category ids whose presence columns the model reads
    (see extract.features). `temperature` comes from `fit_temperature` on out-of-fold decision
    values (1.0 leaves the regression's own probabilities). scikit-learn is imported here, not
    at module import. `numeric_clip` bounds the standardised numeric columns to +-clip standard
    deviations: real intake (a 100-page solicitation with 40 clause mentions) lies far outside the
    seed set's range, and an unbounded column then outweighs every word (None: no bound).
    """
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    from extract.calibration import TemperatureScaled

    features = ColumnTransformer(
        [
            (
                "word",
                TfidfVectorizer(
                    analyzer="word",
                    ngram_range=(1, 2),
                    sublinear_tf=True,
                    max_features=word_max_features,
                    dtype=_float32(),
                ),
                "text",
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=tuple(char_ngram_range),
                    sublinear_tf=True,
                    max_features=char_max_features,
                    dtype=_float32(),
                ),
                "text",
            ),
            ("num", _numeric(numeric_clip), numeric_columns(categories)),
        ],
        sparse_threshold=1.0,  # always sparse: tf-idf dominates
    )
    linear = LogisticRegression(C=C, class_weight="balanced", max_iter=max_iter, random_state=seed)
    return Pipeline([("features", features), ("model", TemperatureScaled(linear, temperature))])


def _numeric(clip: float | None) -> Any:
    """StandardScaler, then (when `clip`) values bounded to [-clip, clip]."""
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer, StandardScaler

    if clip is None:
        return StandardScaler()
    import numpy as np

    bound = FunctionTransformer(np.clip, kw_args={"a_min": -float(clip), "a_max": float(clip)},
                                feature_names_out="one-to-one")
    return Pipeline([("scale", StandardScaler()), ("clip", bound)])


def _float32() -> Any:
    import numpy as np

    return np.float32


# --------------------------------------------------------------------------- labelled data


@dataclass(frozen=True)
class LabelledSet:
    """Labelled documents with their mentions. Unpacks as (docs, labels, rows)."""

    docs: list[Document]
    mentions: list[list[Mention]]
    labels: list[str]
    rows: list[dict[str, str]]  # the labels.csv rows, aligned with docs
    skipped: list[dict[str, str]] = field(default_factory=list)  # rows not used, with "reason"
    labels_sha256: str = ""
    data_sha256: str = ""  # labels file(s) + every document's sha256
    file_hashes: list[str] = field(default_factory=list)  # sha256 of each used file's bytes

    def __iter__(self) -> Iterator[Any]:
        return iter((self.docs, self.labels, self.rows))

    def __len__(self) -> int:
        return len(self.docs)


#: An evaluation folder's label file (../shared/corpus, ../shared/eval/score.py): tab separated,
#: the label in a column named `verdict`, and `unreadable` allowed (such rows are skipped).
EVAL_LABELS_FILE = "labels.tsv"
UNREADABLE = Label.UNREADABLE.value


def _label_files(data_dir: Path) -> list[Path]:
    """labels.csv; else (before the coordinator merges them) every labels_*.csv; else labels.tsv."""
    merged = data_dir / LABELS_FILE
    if merged.is_file():
        return [merged]
    parts = sorted(data_dir.glob("labels_*.csv"))
    if parts:
        return parts
    if (data_dir / EVAL_LABELS_FILE).is_file():
        return [data_dir / EVAL_LABELS_FILE]
    raise TriageError(f"{merged}: missing (need a labels.csv with columns {', '.join(LABEL_COLUMNS)})")


def read_label_rows(data_dir: Path) -> tuple[list[dict[str, str]], str]:
    """All label rows (with `_where` = file:line) and the sha256 of the label file(s)."""
    h = hashlib.sha256()
    rows: list[dict[str, str]] = []
    for path in _label_files(data_dir):
        raw = path.read_bytes()
        h.update(raw)
        tsv = path.suffix == ".tsv"
        reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter="\t" if tsv else ",")
        label_col = "verdict" if tsv and "label" not in (reader.fieldnames or []) else "label"
        missing = [c for c in ("file", label_col) if c not in (reader.fieldnames or [])]
        if missing:
            raise TriageError(f"{path}: line 1: missing column(s) {', '.join(missing)}")
        allowed = (*MODEL_LABELS, UNREADABLE) if tsv else MODEL_LABELS
        for row in reader:
            n = reader.line_num
            row = {k: (v or "").strip() for k, v in row.items() if k is not None}
            row["label"] = row[label_col]
            if not row.get("file"):
                continue
            if row["label"] not in allowed:
                raise TriageError(
                    f"{path}: line {n}: field {label_col}: {row['label']!r} is not one of {', '.join(allowed)}"
                )
            row["_where"] = f"{path.name}:{n}"
            rows.append(row)
    return rows, h.hexdigest()


def merge_documents(docs: Sequence[Document], path: str, sha256: str) -> Document:
    """One Document for one labelled file (a zip gives several): readable pages, renumbered."""
    if len(docs) == 1:
        return docs[0]
    readable = [d for d in docs if d.ok]
    if not readable:
        first = docs[0] if docs else None
        return Document(
            path=path,
            sha256=sha256,
            format=first.format if first else "unknown",
            status=first.status if first else Status.ERROR.value,
            error=(first.error if first else "no documents"),
        )
    pages = []
    for d in readable:
        for p in d.pages:
            pages.append(Page(number=len(pages) + 1, text=p.text, tables=p.tables, ocr=p.ocr, ocr_confidence=p.ocr_confidence))
    return Document(path=path, sha256=sha256, format=readable[0].format, status=Status.OK.value, pages=tuple(pages))


def _default_parse() -> Callable[[Path], list[Document]]:
    from extract.parse import parse_path

    return lambda p: parse_path(str(p))


def _default_find() -> Callable[[Document, Any], list[Mention]]:
    from extract.mentions import find_mentions

    return find_mentions


def resolve_policy(policy: Any) -> Any:
    """A Policy object from a Policy, a policy directory, or None (the shipped policy)."""
    if policy is None or isinstance(policy, (str, Path)):
        from extract.policy import load_policy

        return load_policy(Path(policy) if policy else None)
    return policy


def load_labelled(
    data_dir: Path,
    *,
    policy: Any = None,
    parse: Callable[[Path], list[Document]] | None = None,
    find: Callable[[Document, Any], list[Mention]] | None = None,
) -> LabelledSet:
    """Read labels.csv, parse every file, find its mentions.

    `parse` defaults to extract.parse.parse_path and `find` to extract.mentions.find_mentions
    (with `policy`, loaded with extract.policy.load_policy when None). Files that are missing or
    unreadable are skipped and listed in `skipped` with the reason; they never get a label.
    """
    data_dir = Path(data_dir)
    rows, labels_sha = read_label_rows(data_dir)
    parse = parse or _default_parse()
    if find is None:
        find = _default_find()
        policy = resolve_policy(policy)
    from extract.classify import file_sha256

    docs, mentions, labels, used, skipped, hashes = [], [], [], [], [], []
    seen: set[str] = set()
    for row in rows:
        path = data_dir / row["file"]
        if row["label"] == UNREADABLE:
            skipped.append({**row, "reason": "labelled unreadable (not a model label)"})
            continue
        if row["file"] in seen:
            skipped.append({**row, "reason": "listed twice"})
            continue
        seen.add(row["file"])
        if not path.is_file():
            skipped.append({**row, "reason": "file not found"})
            continue
        sha = file_sha256(path)
        doc = merge_documents(parse(path), row["file"], sha)
        if not doc.ok:
            skipped.append({**row, "reason": f"{doc.status}: {doc.error or ''}".strip()})
            continue
        docs.append(doc)
        mentions.append(list(find(doc, policy)))
        labels.append(row["label"])
        used.append(row)
        hashes.append(sha)
    data_hash = hashlib.sha256(labels_sha.encode())
    for row, sha in sorted(zip((r["file"] for r in used), hashes)):
        data_hash.update(f"\n{row}\t{sha}".encode())
    return LabelledSet(docs, mentions, labels, used, skipped, labels_sha, data_hash.hexdigest(), hashes)


# --------------------------------------------------------------------------- threshold


def choose_threshold(flag_true: Sequence[bool], scores: Sequence[float], target_recall: float) -> float:
    """The highest threshold t such that recall of (score >= t) on the flagged class >= target.

    With P positives the rule needs ceil(target * P) of them at or above t, so t is the score of
    the ceil(target * P)-th highest-scoring positive. Without positives there is nothing to
    recall: 0.5.
    """
    if not 0.0 < target_recall <= 1.0:
        raise ValueError(f"target_recall must be in (0, 1], got {target_recall}")
    positives = sorted((float(s) for s, t in zip(scores, flag_true) if t), reverse=True)
    if not positives:
        return 0.5
    need = math.ceil(target_recall * len(positives) - 1e-9)
    return positives[max(need, 1) - 1]


# --------------------------------------------------------------------------- training


def _cv_folds(labels: Sequence[str], folds: int) -> int:
    smallest = min(Counter(labels).values())
    return max(2, min(folds, smallest))


#: Logit given to a label missing from a training fold (probability ~0 after softmax).
_ABSENT = -50.0


def _fit_logits(frame: Any, y: Any, train_idx: Any, test_idx: Any, params: dict[str, Any]) -> Any:
    """Fit the pipeline on one fold's training part; decision values of its test part."""
    import numpy as np
    from threadpoolctl import threadpool_limits

    # One BLAS/OpenMP thread: sparse L-BFGS gains nothing from more and oversubscribes a shared
    # machine (measured 4x slower with 2 threads under load); folds run in parallel instead.
    with threadpool_limits(limits=1):
        pipe = build_pipeline(**params)
        pipe.fit(frame.iloc[train_idx], y[train_idx])
        logits = pipe.decision_function(frame.iloc[test_idx])
    classes = list(pipe.classes_)
    out = np.full((len(test_idx), len(MODEL_LABELS)), _ABSENT)
    for k, label in enumerate(MODEL_LABELS):
        if label in classes:
            out[:, k] = logits[:, classes.index(label)]
    return out


def out_of_fold(frame: Any, labels: Sequence[str], *, folds: int, seed: int, params: dict[str, Any], n_jobs: int = 1) -> Any:
    """Out-of-fold decision values (logits), shape (n, 3) in MODEL_LABELS order, stratified K-fold.

    Each fold fits the whole pipeline (vectorisers included) on its training part only, so the
    estimates see no vocabulary or IDF from the held-out documents.
    """
    import numpy as np
    from joblib import Parallel, delayed
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(labels)
    splitter = StratifiedKFold(n_splits=_cv_folds(labels, folds), shuffle=True, random_state=seed)
    splits = list(splitter.split(np.zeros(len(y)), y))
    parts = Parallel(n_jobs=n_jobs)(delayed(_fit_logits)(frame, y, tr, te, params) for tr, te in splits)
    oof = np.zeros((len(y), len(MODEL_LABELS)))
    for (_, te), part in zip(splits, parts):
        oof[te] = part
    return oof


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    return value


def train(
    data_dir: Path,
    out_dir: Path,
    *,
    seed: int = 0,
    target_recall: float = 0.97,
    folds: int = 5,
    policy: Any = None,
    params: dict[str, Any] | None = None,
    n_jobs: int = 1,
    name: str | None = None,
    overwrite: bool = False,
    parse: Callable[[Path], list[Document]] | None = None,
    find: Callable[[Document, Any], list[Mention]] | None = None,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Cross-validate, choose the threshold, fit on everything, write the model directory.

    `policy` is a Policy, a policy directory, or None (the shipped one). Returns the card plus
    `paths`, `timings` and `near_duplicate_share`. Raises TriageError when `out_dir` already holds
    a model (a trained model is never overwritten unless `overwrite`).
    """
    import joblib
    import numpy as np
    from threadpoolctl import threadpool_limits

    from extract.calibration import fit_temperature, softmax
    from extract.classify import CARD_FILE, MODEL_FILE, decide, file_sha256, library_versions
    from extract.evaluation import assess, write_report

    say = log or (lambda msg: None)
    out_dir = Path(out_dir)
    data_dir = Path(data_dir)
    if (out_dir / MODEL_FILE).exists() and not overwrite:
        raise TriageError(f"{out_dir}: already holds a model; choose a new name (models are never overwritten)")
    if not 0.0 < target_recall <= 1.0:
        raise TriageError(f"--target-recall must be in (0, 1], got {target_recall}")
    if find is None:
        policy = resolve_policy(policy)
    timings: dict[str, float] = {}

    t0 = time.perf_counter()
    data = load_labelled(data_dir, policy=policy, parse=parse, find=find)
    timings["load_seconds"] = round(time.perf_counter() - t0, 3)
    counts = Counter(data.labels)
    if len(counts) < 2 or min(counts.values()) < 2:
        raise TriageError(f"{data_dir}: need at least 2 readable documents of at least 2 labels, got {dict(counts)}")
    say(f"loaded {len(data)} documents ({dict(counts)}), skipped {len(data.skipped)} in {timings['load_seconds']} s")

    seen = {m.category for ms in data.mentions for m in ms if m.category}
    categories = sorted(set(policy_categories(policy)) | seen)
    merged = {**DEFAULT_PARAMS, **(params or {})}
    build = {**merged, "seed": seed, "categories": categories}

    frame = to_frame(data.docs, data.mentions, categories)
    y = np.asarray(data.labels)

    t0 = time.perf_counter()
    logits = out_of_fold(frame, data.labels, folds=folds, seed=seed, params=build, n_jobs=n_jobs)
    timings["cv_seconds"] = round(time.perf_counter() - t0, 3)
    temperature = fit_temperature(logits, np.array([MODEL_LABELS.index(lab) for lab in data.labels]))
    oof = softmax(logits / temperature)
    scores = oof[:, 0] + oof[:, 1]
    flag_true = [lab != Label.OUT_OF_SCOPE.value for lab in data.labels]
    threshold = choose_threshold(flag_true, scores, target_recall)
    probs = [dict(zip(MODEL_LABELS, map(float, row))) for row in oof]
    predicted = [decide(p, threshold, ms)[0] for p, ms in zip(probs, data.mentions)]
    say(f"cross-validated in {timings['cv_seconds']} s; temperature {temperature:.4f}, threshold {threshold:.4f}")

    t0 = time.perf_counter()
    pipeline = build_pipeline(**build, temperature=temperature)
    with threadpool_limits(limits=1):
        pipeline.fit(frame, y)
    timings["fit_seconds"] = round(time.perf_counter() - t0, 3)

    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / MODEL_FILE
    joblib.dump(pipeline, model_path, compress=3)
    model_sha = file_sha256(model_path)

    t0 = time.perf_counter()
    files = [r["file"] for r in data.rows]
    texts = [d.text for d in data.docs]
    assessment = assess(files, texts, data.labels, probs, predicted, threshold, scores=scores.tolist())
    timings["assess_seconds"] = round(time.perf_counter() - t0, 3)

    model_name = name or out_dir.name
    card: dict[str, Any] = {
        "name": model_name,
        "id": f"{model_name}@{model_sha[:12]}",
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "versions": library_versions(),
        "training_data": {
            "path": str(data_dir),
            "sha256": data.data_sha256,
            "labels_sha256": data.labels_sha256,
            "documents": len(data),
            "counts": {lab: counts.get(lab, 0) for lab in MODEL_LABELS},
            "skipped": [{"file": r["file"], "reason": r["reason"]} for r in data.skipped],
            "near_duplicate_share": assessment["near_duplicate_share"],
        },
        "policy_version": getattr(policy, "version", None),
        "features": numeric_columns(categories),
        "categories": categories,
        "feature_docs": feature_docs(categories),
        "text_cap": TEXT_CAP,
        "parameters": {k: _jsonable(v) for k, v in merged.items()},
        "calibration": {
            "method": "temperature scaling on out-of-fold decision values",
            "temperature": temperature,
            "folds": _cv_folds(data.labels, folds),
        },
        "seed": seed,
        "threshold": float(threshold),
        "threshold_rule": {
            "target_recall": target_recall,
            "folds": _cv_folds(data.labels, folds),
            "how": (
                "highest threshold on out-of-fold flag scores (P(restricted) + P(in_scope)) whose "
                f"flag recall is >= {target_recall}"
            ),
        },
        "metrics": {"cross_validated": assessment["metrics"]},
        "sha256": model_sha,
        "model_file": MODEL_FILE,
        "model_bytes": model_path.stat().st_size,
        "timings": timings,
        "intended_use": INTENDED_USE,
        "limitations": LIMITATIONS,
    }
    (out_dir / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    report_path = out_dir / "report.html"
    write_report(report_path, assessment, title=f"Training report: {card['id']}", context=_report_context(card))
    say(f"wrote {model_path} ({card['model_bytes']:,} bytes), {out_dir / CARD_FILE}, {report_path}")
    return {
        **card,
        "paths": {"model": str(model_path), "card": str(out_dir / CARD_FILE), "report": str(report_path)},
        "near_duplicate_share": assessment["near_duplicate_share"],
        "assessment": assessment,
    }


def _report_context(card: dict[str, Any]) -> dict[str, Any]:
    """The summary lines at the top of the report."""
    m = card["metrics"]["cross_validated"]["flag"]
    return {
        "model": card["id"],
        "created": card["created_at"],
        "documents": card["training_data"]["documents"],
        "per label": ", ".join(f"{k}: {v}" for k, v in card["training_data"]["counts"].items()),
        "skipped files": len(card["training_data"]["skipped"]),
        "training data sha256": card["training_data"]["sha256"],
        "policy version": card["policy_version"],
        "threshold": f"{card['threshold']:.4f} ({card['threshold_rule']['how']})",
        "cross-validated flag recall / precision": f"{m['recall']:.3f} / {m['precision']:.3f}",
        "scikit-learn": card["versions"]["sklearn"],
        "seed": card["seed"],
        "timings (s)": ", ".join(f"{k}={v}" for k, v in card["timings"].items()),
    }


def promote(models_root: Path, name: str) -> Path:
    """Write models_root/CURRENT naming `name` (which must hold a loadable model)."""
    from extract.classify import load_model

    load_model(models_root / name)
    current = models_root / "CURRENT"
    current.write_text(name + "\n", encoding="utf-8")
    return current

