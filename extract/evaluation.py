"""Metrics and the evaluation report (one self-contained HTML file).

The same report comes out of training (on out-of-fold predictions) and out of `evaluate` (a
trained model on any labelled folder), so data staff read one format. The flag figures come
first: recall on the flagged classes is what a pre-filter is judged by.

The report needs no network: the precision-recall curve is a matplotlib figure (Agg backend)
embedded as a base64 PNG, there are no scripts, and every piece of document text, file name and
label is escaped with html.escape (documents come from outside and may contain markup).
"""

from __future__ import annotations

import base64
import html
import io
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extract.types import Label, MODEL_LABELS

R, I, O = Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.OUT_OF_SCOPE.value
FLAG_LABELS = (R, I)

#: A document is a suspected label error when the model, out of fold, gives another label at
#: least this probability (and the gold label is not the model's choice).
LABEL_ERROR_CONFIDENCE = 0.8
EXCERPT_CHARS = 240


# --------------------------------------------------------------------------- metrics


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def metrics(
    y_true: Sequence[str],
    probabilities: Sequence[dict[str, float]],
    threshold: float,
    predicted: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Flag and per-label metrics.

    `probabilities` are per-document dicts over MODEL_LABELS. `predicted` are the final labels
    (after the mention rules of extract.classify.decide); without them a document is flagged when
    its score reaches the threshold and labelled by the larger of P(restricted) and P(in_scope).
    """
    scores = [p.get(R, 0.0) + p.get(I, 0.0) for p in probabilities]
    if predicted is None:
        predicted = [
            (R if p.get(R, 0.0) > p.get(I, 0.0) else I) if s >= threshold else O for p, s in zip(probabilities, scores)
        ]
    n = len(y_true)
    gold_flag = [y in FLAG_LABELS for y in y_true]
    pred_flag = [y in FLAG_LABELS for y in predicted]
    tp = sum(g and p for g, p in zip(gold_flag, pred_flag))
    fp = sum((not g) and p for g, p in zip(gold_flag, pred_flag))
    fn = sum(g and not p for g, p in zip(gold_flag, pred_flag))
    tn = n - tp - fp - fn
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    per_label = {}
    for label in MODEL_LABELS:
        t = sum(1 for g, p in zip(y_true, predicted) if g == label and p == label)
        support = sum(1 for g in y_true if g == label)
        npred = sum(1 for p in predicted if p == label)
        lp, lr = _ratio(t, npred), _ratio(t, support)
        per_label[label] = {"precision": lp, "recall": lr, "f1": _f1(lp, lr), "support": support}
    matrix = [[sum(1 for g, p in zip(y_true, predicted) if g == a and p == b) for b in MODEL_LABELS] for a in MODEL_LABELS]
    return {
        "documents": n,
        "threshold": threshold,
        "flag": {
            "recall": recall,
            "precision": precision,
            "f1": _f1(precision, recall),
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "tn": tn,
            "average_precision": average_precision(gold_flag, scores),
        },
        "accuracy": _ratio(sum(1 for g, p in zip(y_true, predicted) if g == p), n),
        "per_label": per_label,
        "confusion": {"labels": list(MODEL_LABELS), "rows_are": "gold", "matrix": matrix},
    }


def average_precision(positive: Sequence[bool], scores: Sequence[float]) -> float:
    """Area under the precision-recall curve (step-wise, as sklearn's average_precision_score)."""
    total = sum(positive)
    if not total:
        return 0.0
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    ap, tp, k = 0.0, 0, 0
    while k < len(order):
        # Tied scores enter together.
        j = k
        while j < len(order) and scores[order[j]] == scores[order[k]]:
            j += 1
        new_tp = sum(1 for i in order[k:j] if positive[i])
        tp += new_tp
        if new_tp:
            ap += (new_tp / total) * (tp / j)
        k = j
    return ap


def pr_curve(positive: Sequence[bool], scores: Sequence[float]) -> tuple[list[float], list[float], list[float]]:
    """(precision, recall, thresholds) of the flag score, one point per distinct score, high to low."""
    total = sum(positive)
    pairs = sorted(zip(scores, positive), key=lambda p: -p[0])
    precision, recall, thresholds = [], [], []
    tp = fp = 0
    for k, (s, pos) in enumerate(pairs):
        tp += pos
        fp += not pos
        if k + 1 < len(pairs) and pairs[k + 1][0] == s:
            continue
        precision.append(_ratio(tp, tp + fp))
        recall.append(_ratio(tp, total))
        thresholds.append(float(s))
    return precision, recall, thresholds


# --------------------------------------------------------------------------- assessment


def excerpt(text: str, chars: int = EXCERPT_CHARS) -> str:
    """The first `chars` characters with whitespace collapsed (NOT escaped: the writer escapes)."""
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= chars else flat[: chars - 1] + "…"


def assess(
    files: Sequence[str],
    texts: Sequence[str],
    y_true: Sequence[str],
    probabilities: Sequence[dict[str, float]],
    predicted: Sequence[str],
    threshold: float,
    *,
    scores: Sequence[float] | None = None,
    dup_threshold: float | None = None,
    label_error_confidence: float = LABEL_ERROR_CONFIDENCE,
) -> dict[str, Any]:
    """Everything the report shows, as plain data (also returned by train and evaluate)."""
    from extract.neardup import DEFAULT_THRESHOLD, near_duplicate_pairs

    dup_threshold = DEFAULT_THRESHOLD if dup_threshold is None else dup_threshold
    if scores is None:
        scores = [p.get(R, 0.0) + p.get(I, 0.0) for p in probabilities]
    m = metrics(y_true, probabilities, threshold, predicted)
    misclassified = [
        {
            "file": files[i],
            "gold": y_true[i],
            "predicted": predicted[i],
            "score": round(float(scores[i]), 4),
            "excerpt": excerpt(texts[i]),
        }
        for i in range(len(files))
        if y_true[i] != predicted[i]
    ]
    # Missed flags first: they are the failures that matter.
    misclassified.sort(key=lambda r: (not (r["gold"] in FLAG_LABELS and r["predicted"] == O), -r["score"]))
    label_errors = []
    for i, probs in enumerate(probabilities):
        best = max(MODEL_LABELS, key=lambda lab: probs.get(lab, 0.0))
        if best != y_true[i] and probs.get(best, 0.0) >= label_error_confidence:
            label_errors.append(
                {
                    "file": files[i],
                    "gold": y_true[i],
                    "model": best,
                    "confidence": round(probs[best], 4),
                    "gold_probability": round(probs.get(y_true[i], 0.0), 4),
                    "excerpt": excerpt(texts[i]),
                }
            )
    label_errors.sort(key=lambda r: -r["confidence"])
    pairs = near_duplicate_pairs(texts, dup_threshold)
    members = {i for p in pairs for i in p[:2]}
    across = [
        {"a": files[i], "a_label": y_true[i], "b": files[j], "b_label": y_true[j], "similarity": round(s, 3)}
        for i, j, s in pairs
        if y_true[i] != y_true[j]
    ]
    return {
        "metrics": m,
        "misclassified": misclassified,
        "label_errors": label_errors,
        "near_duplicate_threshold": dup_threshold,
        "near_duplicate_pairs": len(pairs),
        "near_duplicate_share": _ratio(len(members), len(texts)),
        "near_duplicates_across_labels": across,
        "curve": {"positive": [y in FLAG_LABELS for y in y_true], "scores": [float(s) for s in scores]},
    }


# --------------------------------------------------------------------------- report


def pr_figure_png(positive: Sequence[bool], scores: Sequence[float], threshold: float) -> bytes:
    """The flag score's precision-recall curve with the operating point marked, as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure  # no pyplot: no global backend switch, no GUI

    precision, recall, thresholds = pr_curve(positive, scores)
    fig = Figure(figsize=(5.5, 4.0), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.step(recall, precision, where="post", color="#1f5fa8", label="flag score")
    at = [k for k, t in enumerate(thresholds) if t >= threshold]
    if at:
        k = at[-1]
        ax.plot([recall[k]], [precision[k]], "o", color="#c0392b", label=f"threshold {threshold:.3f}")
    ax.set_xlabel("recall (flagged classes)")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left")
    ax.set_title("Precision-recall of the flag score")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return "n/a" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]], empty: str = "none") -> str:
    if not rows:
        return f"<p class='none'>{_e(empty)}</p>"
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(_fmt(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:75em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .5em;
text-align:left;vertical-align:top;font-size:.9em}th{background:#f0f0f0}td.x{max-width:40em}
.none{color:#777}h2{margin-top:1.6em;border-bottom:1px solid #ddd}
"""


def write_report(path: Path, assessment: dict[str, Any], *, title: str, context: dict[str, Any] | None = None) -> Path:
    """Write the self-contained HTML report of an assessment (see `assess`)."""
    m = assessment["metrics"]
    flag = m["flag"]
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{_e(title)}</title>"]
    parts.append(f"<style>{_CSS}</style></head><body><h1>{_e(title)}</h1>")
    if context:
        parts.append(_table(["", ""], [(k, v) for k, v in context.items()]))

    parts.append("<h2>Flag (needs review)</h2>")
    parts.append(
        _table(
            ["recall", "precision", "F1", "average precision", "threshold", "TP", "FP", "FN", "TN"],
            [(flag["recall"], flag["precision"], flag["f1"], flag["average_precision"], m["threshold"],
              flag["tp"], flag["fp"], flag["fn"], flag["tn"])],
        )
    )
    curve = assessment["curve"]
    png = pr_figure_png(curve["positive"], curve["scores"], m["threshold"])
    parts.append(
        "<img alt='precision-recall curve of the flag score' src='data:image/png;base64,"
        + base64.b64encode(png).decode("ascii")
        + "'>"
    )

    parts.append("<h2>Per label</h2>")
    parts.append(
        _table(
            ["label", "precision", "recall", "F1", "support"],
            [(lab, v["precision"], v["recall"], v["f1"], v["support"]) for lab, v in m["per_label"].items()],
        )
    )
    parts.append(f"<p>Accuracy {_e(_fmt(m['accuracy']))} over {_e(m['documents'])} documents.</p>")
    parts.append("<h2>Confusion matrix (rows: gold, columns: predicted)</h2>")
    labels = m["confusion"]["labels"]
    parts.append(_table(["gold \\ predicted", *labels], [(lab, *row) for lab, row in zip(labels, m["confusion"]["matrix"])]))

    parts.append(f"<h2>Misclassified documents ({len(assessment['misclassified'])})</h2>")
    parts.append(
        _table(
            ["file", "gold", "predicted", "score", "excerpt"],
            [(r["file"], r["gold"], r["predicted"], r["score"], r["excerpt"]) for r in assessment["misclassified"]],
        )
    )
    parts.append(f"<h2>Suspected label errors ({len(assessment['label_errors'])})</h2>")
    parts.append(
        "<p>The model disagrees with the gold label with high confidence. Check these labels first.</p>"
    )
    parts.append(
        _table(
            ["file", "gold", "model says", "confidence", "P(gold)", "excerpt"],
            [(r["file"], r["gold"], r["model"], r["confidence"], r["gold_probability"], r["excerpt"])
             for r in assessment["label_errors"]],
        )
    )
    parts.append("<h2>Near-duplicates</h2>")
    parts.append(
        f"<p>{_e(_fmt(assessment['near_duplicate_share']))} of the documents have a near-duplicate "
        f"(estimated Jaccard of 5-character shingles &ge; {_e(assessment['near_duplicate_threshold'])}); "
        f"{_e(assessment['near_duplicate_pairs'])} pairs in all. Near-copies in different folds make "
        "cross-validated figures optimistic.</p>"
    )
    parts.append(f"<h3>Near-duplicates with different labels ({len(assessment['near_duplicates_across_labels'])})</h3>")
    parts.append(
        _table(
            ["file", "label", "file", "label", "similarity"],
            [(r["a"], r["a_label"], r["b"], r["b_label"], r["similarity"]) for r in assessment["near_duplicates_across_labels"]],
        )
    )
    parts.append("</body></html>\n")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(parts), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- evaluate


def evaluate(
    model_dir: Path,
    data_dir: Path,
    out: Path | None = None,
    *,
    policy: Any = None,
    parse: Any = None,
    find: Any = None,
) -> dict[str, Any]:
    """Score a trained model on a labelled folder and write the report (default ./report.html).

    Returns the assessment plus the model id, the policy versions and the report path. A policy
    whose version differs from the model card's is reported, not refused.
    """
    from extract.classify import decide, load_model
    from extract.training import load_labelled

    model = load_model(Path(model_dir))
    if find is None:
        from extract.training import resolve_policy

        policy = resolve_policy(policy)
    data = load_labelled(Path(data_dir), policy=policy, parse=parse, find=find)
    if not len(data):
        from extract.errors import TriageError

        raise TriageError(f"{data_dir}: no readable labelled documents")
    X = model.transform(data.docs, data.mentions)
    probs = model.probabilities(X)
    predicted = [decide(p, model.threshold, ms)[0] for p, ms in zip(probs, data.mentions)]
    files = [r["file"] for r in data.rows]
    assessment = assess(files, [d.text for d in data.docs], data.labels, probs, predicted, model.threshold)
    policy_version = getattr(policy, "version", None)
    context = {
        "model": model.id,
        "data": str(data_dir),
        "data sha256": data.data_sha256,
        "documents": len(data),
        "skipped files": len(data.skipped),
        "policy version": policy_version,
        "model's policy version": model.policy_version,
        "threshold": f"{model.threshold:.4f}",
    }
    report = write_report(Path(out) if out else Path("report.html"), assessment, title=f"Evaluation: {model.id}", context=context)
    return {
        **assessment,
        "model": model.id,
        "data_sha256": data.data_sha256,
        "skipped": data.skipped,
        "policy_version": policy_version,
        "model_policy_version": model.policy_version,
        "policy_matches_model": policy_version == model.policy_version,
        "report": str(report),
    }
