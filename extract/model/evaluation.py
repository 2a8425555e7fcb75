"""Metrics, baselines, cross-source validation and the evaluation report (one HTML file).

The same report comes out of training (on out-of-fold scores) and out of `evaluate` (a trained
model on any labelled folder), so data staff read one format. The flag figures come first: recall
on the flagged verdicts is what a pre-filter is judged by. Every figure is also given per part and
per source, and beside two baselines measured on the same documents:

* rules-only: the project's own verdict rules without a model (`--model rules`: a restricted name
  outside a prohibition, or an in-scope category found);
* Ctrl-F: what a person with a search box gets: any vendor name or equipment word of the policy
  anywhere in the text (case-insensitive substring; no roles, no guards, no codes).

A model that cannot beat those on documents from a source it has not seen is not worth shipping.

The report needs no network: the precision-recall curve is a matplotlib figure embedded as a
base64 PNG, there are no scripts, and the page is rendered from a Jinja2 template
(extract/model/templates/evaluation.html) with autoescape on, so every piece of document text, file
name and label is escaped (documents come from outside and may contain markup).
"""

from __future__ import annotations

import base64
import io
import math
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from extract.types import Document, Label, Mention, MODEL_LABELS
from extract.errors import TriageError
from extract.model.classify import decide, forced_rule, in_scope_categories, load_model, rules_verdict, unread_evidence
from extract.model.data import flag_targets, load_labelled, resolve_policy
from extract.model.features import compute, feature_columns, monotone_constraints
from extract.model.neardup import DEFAULT_THRESHOLD, near_duplicate_pairs
from extract.model.stack import fit_stack, hashing_union

R, I, O = Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.OUT_OF_SCOPE.value
FLAG_LABELS = (R, I)

#: A document is a suspected label error when its out-of-fold score contradicts its label this
#: strongly: flagged gold scored below LABEL_ERROR_LOW, or out-of-scope gold above LABEL_ERROR_HIGH.
LABEL_ERROR_LOW = 0.05
LABEL_ERROR_HIGH = 0.95
#: Rows listed per table in the report (the full lists are in the returned assessment).
REPORT_ROWS = 300
EXCERPT_CHARS = 240

# --------------------------------------------------------------------------- metrics


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def flag_counts(gold_flag: Sequence[bool], pred_flag: Sequence[bool]) -> dict[str, Any]:
    """Recall, precision and the confusion counts of one set of flags against the gold flags."""
    tp = sum(g and p for g, p in zip(gold_flag, pred_flag))
    fp = sum((not g) and p for g, p in zip(gold_flag, pred_flag))
    fn = sum(g and not p for g, p in zip(gold_flag, pred_flag))
    tn = len(gold_flag) - tp - fp - fn
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {"recall": recall, "precision": precision, "f1": _f1(precision, recall),
            "tp": tp, "fp": fp, "fn": fn, "tn": tn, "positives": tp + fn, "documents": len(gold_flag)}


def metrics(y_true: Sequence[str], scores: Sequence[float], threshold: float, predicted: Sequence[str]) -> dict[str, Any]:
    """Flag and per-label metrics of final verdicts (after extract.classify.decide)."""
    n = len(y_true)
    gold_flag = [y in FLAG_LABELS for y in y_true]
    flag = flag_counts(gold_flag, [y in FLAG_LABELS for y in predicted])
    flag["average_precision"] = average_precision(gold_flag, scores)
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
        "flag": flag,
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
    k = 0
    while k < len(pairs):
        j = k
        while j < len(pairs) and pairs[j][0] == pairs[k][0]:
            tp += pairs[j][1]
            fp += not pairs[j][1]
            j += 1
        precision.append(tp / (tp + fp))
        recall.append(tp / total if total else 0.0)
        thresholds.append(pairs[k][0])
        k = j
    return precision, recall, thresholds


def excerpt(text: str, chars: int = EXCERPT_CHARS) -> str:
    """The first `chars` characters with whitespace collapsed (NOT escaped: the writer escapes)."""
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= chars else flat[: chars - 1] + "…"

# --------------------------------------------------------------------------- baselines and verdicts


def verdicts(docs: Sequence[Document], mentions: Sequence[Sequence[Mention]], scores: Sequence[float],
             threshold: float, in_scope: frozenset[str] | None = None,
             readings: Sequence[float | None] | None = None) -> list[str]:
    """The final label of each document from its score and mentions (extract.classify.decide);
    `readings`: the share of each document's words the scoring model has read (None: unmeasured)."""
    shares = list(readings) if readings is not None else [None] * len(docs)
    return [decide(d, ms, float(s), threshold, in_scope, r)[0] for d, ms, s, r in zip(docs, mentions, scores, shares)]


def rules_flags(docs: Sequence[Document], mentions: Sequence[Sequence[Mention]], policy: Any) -> list[bool]:
    """Whether the rules-only path (`--model rules`) flags each document."""

    return [rules_verdict(d, ms, policy).flag for d, ms in zip(docs, mentions)]


def ctrl_f_terms(policy: Any) -> list[str]:
    """What a person would type into a search box: every vendor, subsidiary and brand name of the
    policy's entities and every hand-written equipment term of its categories, lower-cased."""
    terms: set[str] = set()
    for e in (getattr(policy, "entities", {}) or {}).values():
        terms.add(e.name)
        terms.update(e.legal_names)
        for _, names in e.aliases:
            terms.update(names)
        for c in e.companies:
            terms.add(c.name)
            terms.update(c.aliases)
    cats = getattr(policy, "categories", None) or {}
    for c in (cats.values() if isinstance(cats, dict) else ()):
        for _, words in c.terms:
            terms.update(words)
    return sorted({t.strip().lower() for t in terms if len(t.strip()) >= 2})


def ctrl_f_flags(texts: Sequence[str], terms: Sequence[str]) -> list[bool]:
    """Whether each text contains any of `terms` as a case-insensitive substring (Ctrl-F)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for t in terms:
        automaton.add_word(t, t)
    if not terms:
        return [False] * len(texts)
    automaton.make_automaton()
    return [next(automaton.iter(t.lower()), None) is not None for t in texts]

# --------------------------------------------------------------------------- assessment


def _breakdown(keys: Sequence[str], gold_flag: Sequence[bool], pred_flag: Sequence[bool]) -> dict[str, Any]:
    out = {}
    for key in sorted(set(keys)):
        idx = [i for i, k in enumerate(keys) if k == key]
        out[key] = flag_counts([gold_flag[i] for i in idx], [pred_flag[i] for i in idx])
    return out


def assess(
    files: Sequence[str],
    texts: Sequence[str],
    y_true: Sequence[str],
    scores: Sequence[float],
    predicted: Sequence[str],
    threshold: float,
    *,
    parts: Sequence[str] | None = None,
    groups: Sequence[str] | None = None,
    text_scores: Sequence[float] | None = None,
    baselines: dict[str, Sequence[bool]] | None = None,
    dup_threshold: float | None = None,
) -> dict[str, Any]:
    """Everything the report shows, as plain data (also returned by train and evaluate).

    `baselines` maps a name ("rules-only", "Ctrl-F") to its flags on the same documents.
    """

    dup_threshold = DEFAULT_THRESHOLD if dup_threshold is None else dup_threshold
    n = len(files)
    parts = list(parts) if parts is not None else ["all"] * n
    groups = list(groups) if groups is not None else parts
    m = metrics(y_true, scores, threshold, predicted)
    gold_flag = [y in FLAG_LABELS for y in y_true]
    pred_flag = [y in FLAG_LABELS for y in predicted]
    misclassified = [
        {"file": files[i], "part": parts[i], "gold": y_true[i], "predicted": predicted[i],
         "score": round(float(scores[i]), 4), "excerpt": excerpt(texts[i])}
        for i in range(n) if gold_flag[i] != pred_flag[i]
    ]
    # Missed flags first: they are the failures that matter.
    misclassified.sort(key=lambda r: (r["gold"] not in FLAG_LABELS, -r["score"]))
    label_errors = [
        {"file": files[i], "part": parts[i], "gold": y_true[i], "score": round(float(scores[i]), 4),
         "excerpt": excerpt(texts[i])}
        for i in range(n)
        if (gold_flag[i] and scores[i] < LABEL_ERROR_LOW) or (not gold_flag[i] and scores[i] > LABEL_ERROR_HIGH)
    ]
    label_errors.sort(key=lambda r: -abs(r["score"] - 0.5))
    # Per part: how often the (out-of-fold, in training) verdict disagrees with the gold flag and how
    # many labels look wrong. Why: a part whose labels disagree far more than the others (a reviewer
    # batch, a weakly labelled source) is where data staff look first, before trusting its weight.
    quality = {}
    for part in sorted(set(parts)):
        idx = [i for i in range(n) if parts[i] == part]
        disagree = sum(1 for i in idx if gold_flag[i] != pred_flag[i])
        suspect = sum(1 for r in label_errors if r["part"] == part)
        quality[part] = {"documents": len(idx), "disagree": disagree, "disagree_share": _ratio(disagree, len(idx)),
                         "suspected_label_errors": suspect}
    pairs = near_duplicate_pairs(texts, dup_threshold)
    members = {i for p in pairs for i in p[:2]}
    across = [
        {"a": files[i], "a_label": y_true[i], "b": files[j], "b_label": y_true[j], "similarity": round(s, 3)}
        for i, j, s in pairs
        if y_true[i] != y_true[j]
    ]
    base = {name: {"all": flag_counts(gold_flag, list(flags)), "per_part": _breakdown(parts, gold_flag, list(flags))}
            for name, flags in (baselines or {}).items()}
    return {
        "metrics": m,
        "per_part": _breakdown(parts, gold_flag, pred_flag),
        "per_group": _breakdown(groups, gold_flag, pred_flag),
        "baselines": base,
        "misclassified": misclassified,
        "label_errors": label_errors,
        "label_quality_per_part": quality,
        "near_duplicate_threshold": dup_threshold,
        "near_duplicate_pairs": len(pairs),
        "near_duplicate_share": _ratio(len(members), len(texts)),
        "near_duplicates_across_labels": across,
        "curve": {"positive": gold_flag, "scores": [float(s) for s in scores]},
    }

# --------------------------------------------------------------------------- cross-source validation


def _score_fold(g: str, groups: Sequence[str], H: Any, y: Any, w: Any, texts: Sequence[str], matrix: Any,
                held_texts: Sequence[str], held_matrix: Any, columns: Sequence[str], monotone: Sequence[int],
                params: dict[str, Any], seed: int) -> tuple[list[int], list[float], list[float | None], float]:
    """Fit on every source but `g`, score `g`'s held-out documents: (indices, scores, the fold
    model's reading shares, seconds). A source left out may be the only one in its language: its
    documents are then read as a new language would be at intake."""
    import numpy as np

    t0 = time.perf_counter()
    test = [i for i, k in enumerate(groups) if k == g]
    train = np.array([i for i, k in enumerate(groups) if k != g], dtype=int)
    model, _ = fit_stack([texts[i] for i in train], matrix[train], y[train], w[train], columns, monotone,
                         params=params, seed=seed, hashed=H[train], groups=[groups[i] for i in train])
    held = [held_texts[i] for i in test]
    scores = model.predict_proba(held, held_matrix[test])
    return test, [float(s) for s in scores], model.reading_shares(held), time.perf_counter() - t0


Interval = tuple[float, float]


def dominating_thresholds(gold: Sequence[bool], scores: Sequence[float], forced: Sequence[bool],
                          rules: dict[str, Any]) -> list[Interval]:
    """The thresholds at which the model's flags match or beat `rules` (a `flag_counts` dict) in
    recall and in precision on these documents, as half-open intervals (lo, hi]: a threshold t
    in one flags the documents that are `forced` (a restricted name the rules of
    extract.classify.decide flag whatever the score) or score >= t.

    Why: the stored threshold is one point; whether the fold's model *could* dominate the rules at
    any threshold tells a data-staff reader if a miss is the threshold's or the model's. The
    points are `pr_curve`'s, with every forced document scored above any threshold, so each
    distinct score is tried and the answer is exact, not a grid.
    """
    if not any(gold):
        return []
    finite = [float(x) for x, f in zip(scores, forced) if not f]
    top = math.nextafter(max(max(finite, default=1.0), 1.0), math.inf)  # above every threshold
    precision, recall, cuts = pr_curve(gold, [top if f else float(x) for x, f in zip(scores, forced)])
    if cuts[0] != top:  # nothing forced: the curve starts at the first score, so add "flag nothing"
        precision, recall, cuts = [0.0, *precision], [0.0, *recall], [top, *cuts]
    out: list[Interval] = []
    for k, (p, r) in enumerate(zip(precision, recall)):
        if r >= rules["recall"] - 1e-12 and p >= rules["precision"] - 1e-12:
            lo = cuts[k + 1] if k + 1 < len(cuts) else 0.0
            if out and out[-1][0] == cuts[k]:  # adjacent: (lo, hi] continues the previous (hi, hi']
                out[-1] = (lo, out[-1][1])
            else:
                out.append((lo, cuts[k]))
    return out[::-1]


#: Documents `fold_errors` names per held-out fold and kind of error.
FOLD_ERRORS = 5


def fold_errors(files: Sequence[str], gold: Sequence[bool], flagged: Sequence[bool], scores: Sequence[float],
                rules: Sequence[bool], n: int = FOLD_ERRORS) -> dict[str, list[dict[str, Any]]]:
    """A held-out fold's `n` wrongly flagged documents with the highest scores and `n` missed ones
    with the lowest, each with its score and whether the rules-only path flags it.

    Why: a fold that no threshold can win (`dominating_thresholds` empty) is lost on the model's
    ranking, and the documents it ranks worst say why (a part's deliberate near misses, a
    source's wording the others lack); data staff read them, not the 1,000 rows of a fold.
    """
    def pick(want_gold: bool) -> list[dict[str, Any]]:
        return [{"file": f, "score": float(s), "rules": bool(r)}
                for f, g, fl, s, r in zip(files, gold, flagged, scores, rules) if g == want_gold and fl != g]

    return {"wrongly_flagged": sorted(pick(False), key=lambda r: (-r["score"], r["file"]))[:n],
            "missed": sorted(pick(True), key=lambda r: (r["score"], r["file"]))[:n]}


def intersect_intervals(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """The common part of two sorted lists of half-open intervals (lo, hi]."""
    out: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def grouped_validation(data: Any, categories: Sequence[str], threshold: float, *, params: dict[str, Any],
                       seed: int, policy: Any, find: Callable[..., Any] | None = None,
                       log: Callable[[str], None] | None = None, n_jobs: int = 1,
                       scoped: Sequence[str] | None = None) -> dict[str, Any]:
    """One fold per source: fit on every other source, screen the held-out one, compare.

    Held-out documents are screened as they arrive at intake (notices without their code line),
    by the fold's model at the stored `threshold`, by the rules-only path and by Ctrl-F. Returns
    per-fold figures, the pooled figures, and whether the model beats the rules on every fold.
    """
    import numpy as np

    say = log or (lambda msg: None)
    columns, monotone = feature_columns(categories), monotone_constraints(categories)
    train_feats = compute(data.docs, data.mentions, categories, scoped=scoped)
    held_docs = [h if h is not None else d for h, d in zip(data.heldout_docs or [None] * len(data), data.docs)]
    held_mentions = [h if h is not None else m for h, m in zip(data.heldout_mentions or [None] * len(data), data.mentions)]
    held_feats = compute(held_docs, held_mentions, categories, scoped=scoped)
    y = np.asarray(flag_targets(data.labels))
    w = np.asarray(data.weights or [1.0] * len(data), dtype=float)
    p = dict(params)
    H = hashing_union(p).transform(list(train_feats.texts))
    gold = [bool(v) for v in y]
    rules = rules_flags(held_docs, held_mentions, policy)
    ctrl = ctrl_f_flags([d.text for d in held_docs], ctrl_f_terms(policy))
    groups = data.groups
    # flagged whatever the score (a restricted name outside a prohibition), as the threshold rule
    # of extract.model.training reads them
    in_scope = in_scope_categories(policy) or None
    forced = [forced_rule(d, ms, in_scope) is not None for d, ms in zip(held_docs, held_mentions)]
    model_flags = [False] * len(data)
    model_scores = [0.0] * len(data)
    runnable = []
    for g in sorted(set(groups)):
        train = np.array([i for i, k in enumerate(groups) if k != g], dtype=int)
        if len(train) == 0 or min(np.bincount(y[train], minlength=2)) < 2:
            say(f"cross-source: {g} skipped (the other sources do not hold both classes)")
            continue
        runnable.append(g)
    from joblib import Parallel, delayed

    held_texts = list(held_feats.texts)
    jobs = Parallel(n_jobs=n_jobs, backend="loky" if n_jobs != 1 else "sequential")(
        delayed(_score_fold)(g, groups, H, y, w, train_feats.texts, train_feats.matrix, held_texts, held_feats.matrix,
                             columns, monotone, p, seed)
        for g in runnable
    )
    folds = {}
    for g, (test, scores, readings, seconds) in zip(runnable, jobs):
        labels = verdicts([held_docs[i] for i in test], [held_mentions[i] for i in test], scores, threshold, in_scope,
                          readings)
        # an unread language's in-scope evidence flags whatever the score, like a forced rule
        fold_forced = [forced[i] or bool(unread_evidence(held_docs[i], held_mentions[i], in_scope, r))
                       for i, r in zip(test, readings)]
        for i, s, lab in zip(test, scores, labels):
            model_scores[i] = float(s)
            model_flags[i] = lab in FLAG_LABELS
        fold = {name: flag_counts([gold[i] for i in test], [flags[i] for i in test])
                for name, flags in (("model", model_flags), ("rules", rules), ("ctrl_f", ctrl))}
        fold["model_beats_rules"] = (fold["model"]["recall"] >= fold["rules"]["recall"]
                                     and fold["model"]["precision"] >= fold["rules"]["precision"])
        fold["dominating_thresholds"] = dominating_thresholds(
            [gold[i] for i in test], scores, fold_forced, fold["rules"])
        fold["worst"] = fold_errors([data.rows[i]["file"] for i in test], [gold[i] for i in test],
                                    [model_flags[i] for i in test], scores, [rules[i] for i in test])
        folds[g] = fold
        say(f"cross-source: {g}: n={len(test)} positives={fold['model']['positives']} model "
            f"{fold['model']['recall']:.3f}/{fold['model']['precision']:.3f} rules {fold['rules']['recall']:.3f}/"
            f"{fold['rules']['precision']:.3f} ctrl-f {fold['ctrl_f']['recall']:.3f}/{fold['ctrl_f']['precision']:.3f}"
            f" ({seconds:.0f} s)")
    covered = [i for i, k in enumerate(groups) if k in folds]
    summary = {name: flag_counts([gold[i] for i in covered], [flags[i] for i in covered])
               for name, flags in (("model", model_flags), ("rules", rules), ("ctrl_f", ctrl))}
    summary["folds"] = len(folds)
    summary["every_fold_beats_rules"] = all(f["model_beats_rules"] for f in folds.values())
    summary["precision_margin_over_rules"] = summary["model"]["precision"] - summary["rules"]["precision"]
    common: list[Interval] = [(0.0, 1.0)] if folds else []
    for f in folds.values():
        common = intersect_intervals(common, f["dominating_thresholds"])
    summary["thresholds_dominating_every_fold"] = common
    summary["folds_dominable"] = sum(1 for f in folds.values() if f["dominating_thresholds"])
    return {"folds": folds, "summary": summary, "scores": model_scores, "threshold": threshold}

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


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return "n/a" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def _flag_rows(table: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(k, v["documents"], v["positives"], v["recall"], v["precision"], v["tp"], v["fp"], v["fn"])
            for k, v in table.items()]


def intervals_text(intervals: Sequence[Interval] | None, shown: int = 3) -> str:
    """Threshold intervals as a reader wants them: "(0.210, 0.560]", "none", or the first few and
    how many more (a fold whose precision wobbles around the rules' can have many short ones)."""
    if intervals is None:
        return "n/a"
    if not intervals:
        return "none"
    parts = [f"({lo:.3f}, {min(hi, 1.0):.3f}]" for lo, hi in intervals[:shown]]
    more = len(intervals) - shown
    return ", ".join(parts) + (f" and {more} more" if more > 0 else "")


def write_report(path: Path, assessment: dict[str, Any], *, title: str, context: dict[str, Any] | None = None,
                 grouped: dict[str, Any] | None = None, skipped: Sequence[dict[str, Any]] = ()) -> Path:
    """Write the self-contained HTML report of an assessment (see `assess`, `grouped_validation`);
    `skipped` lists the labelled files that were not read (file, reason), each named."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("extract.model", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["fmt"] = _fmt
    env.filters["intervals"] = intervals_text
    m = assessment["metrics"]
    flag = m["flag"]
    curve = assessment["curve"]
    png = pr_figure_png(curve["positive"], curve["scores"], m["threshold"])
    grouped_rows, fold_rows = [], []
    if grouped:
        s = grouped["summary"]
        grouped_rows = [(name, s[key]["recall"], s[key]["precision"], s[key]["tp"], s[key]["fp"], s[key]["fn"])
                        for name, key in (("model", "model"), ("rules-only", "rules"), ("Ctrl-F", "ctrl_f"))]
        fold_rows = [(g, f["model"]["documents"], f["model"]["positives"], f["model"]["recall"], f["model"]["precision"],
                      f["rules"]["recall"], f["rules"]["precision"], f["ctrl_f"]["recall"], f["ctrl_f"]["precision"],
                      "yes" if f["model_beats_rules"] else "NO", intervals_text(f.get("dominating_thresholds")))
                     for g, f in grouped["folds"].items()]
    worst_rows = [(g, kind.replace("_", " "), r["file"], r["score"], "yes" if r["rules"] else "no")
                  for g, f in (grouped or {}).get("folds", {}).items()
                  for kind in ("wrongly_flagged", "missed") for r in f.get("worst", {}).get(kind, ())]
    mis, errs = assessment["misclassified"], assessment["label_errors"]
    across = assessment["near_duplicates_across_labels"]
    page = env.get_template("evaluation.html").render(
        title=title, css=env.loader.get_source(env, "evaluation.css")[0],
        context=[(k, v) for k, v in (context or {}).items()], grouped=grouped, grouped_rows=grouped_rows,
        fold_rows=fold_rows, worst_rows=worst_rows, fold_errors=FOLD_ERRORS,
        flag_rows=[(flag["recall"], flag["precision"], flag["f1"], flag["average_precision"], m["threshold"],
                    flag["tp"], flag["fp"], flag["fn"], flag["tn"])],
        png=base64.b64encode(png).decode("ascii"),
        part_headers=["", "documents", "flagged (gold)", "recall", "precision", "TP", "FP", "FN"],
        per_part=_flag_rows(assessment["per_part"]),
        baselines=[(name, [("all", *_flag_rows({"all": b["all"]})[0][1:])] + _flag_rows(b["per_part"]))
                   for name, b in assessment.get("baselines", {}).items()],
        per_group=_flag_rows(assessment["per_group"]) if assessment["per_group"] != assessment["per_part"] else [],
        per_label=[(lab, v["precision"], v["recall"], v["f1"], v["support"]) for lab, v in m["per_label"].items()],
        accuracy=m["accuracy"], documents=m["documents"],
        confusion_labels=list(m["confusion"]["labels"]),
        confusion=[(lab, *row) for lab, row in zip(m["confusion"]["labels"], m["confusion"]["matrix"])],
        mis_total=len(mis), mis=[(r["file"], r["part"], r["gold"], r["predicted"], r["score"], r["excerpt"]) for r in mis[:REPORT_ROWS]],
        errs_total=len(errs), errs=[(r["file"], r["part"], r["gold"], r["score"], r["excerpt"]) for r in errs[:REPORT_ROWS]],
        low=LABEL_ERROR_LOW, high=LABEL_ERROR_HIGH,
        quality=[(part, q["documents"], q["disagree"], q["disagree_share"], q["suspected_label_errors"])
                 for part, q in assessment.get("label_quality_per_part", {}).items()],
        near_share=assessment["near_duplicate_share"], near_threshold=assessment["near_duplicate_threshold"],
        near_pairs=assessment["near_duplicate_pairs"], across_total=len(across),
        across=[(r["a"], r["a_label"], r["b"], r["b_label"], r["similarity"]) for r in across[:REPORT_ROWS]],
        skipped=[(r.get("file"), r.get("reason")) for r in skipped],
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
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

    The rules-only path and Ctrl-F are measured on the same documents. Returns the assessment plus
    the model id, the policy versions and the report path. A policy whose version differs from the
    model card's is reported, not refused.
    """

    model = load_model(Path(model_dir))
    policy = resolve_policy(policy)
    data = load_labelled(Path(data_dir), policy=policy, parse=parse, find=find)
    if not len(data):
        raise TriageError(f"{data_dir}: no readable labelled documents")
    docs = [h if h is not None else d for h, d in zip(data.heldout_docs, data.docs)]
    mentions = [h if h is not None else m for h, m in zip(data.heldout_mentions, data.mentions)]
    found = model.predict(docs, mentions)  # the verdicts scan gives, every step included
    scores, predicted = [float(v.score) for v in found], [v.label for v in found]
    files = [r["file"] for r in data.rows]
    texts = [d.text for d in docs]
    baselines = {"rules-only": rules_flags(docs, mentions, policy),
                 "Ctrl-F": ctrl_f_flags(texts, ctrl_f_terms(policy))}
    assessment = assess(files, texts, data.labels, scores, predicted, model.threshold,
                        parts=data.parts, groups=data.groups, baselines=baselines)
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
    report = write_report(Path(out) if out else Path("report.html"), assessment, title=f"Evaluation: {model.id}",
                          context=context, skipped=data.skipped)
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
