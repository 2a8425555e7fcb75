"""Train a model from the training parts and write `models/<name>/`.

    training_data/parts.yaml --load_labelled--> Documents + mentions + labels, each with its part,
        source group and weight --features.compute--> masked texts + evidence/context columns
        --stack.fit_stack--> two-stage model + out-of-fold scores --> threshold (for recall)
        --grouped cross-source validation, rules-only and Ctrl-F on the same folds-->
        model.joblib + card.json + report.html

Parts (training_data/parts.yaml; see its header): the seed set (documents the team wrote, labelled
by people), real notices weakly labelled by their publishers' codes, and later reviewers'
decisions. Each part has a weight and names the column that says where a document came from; the
report shows every figure per part and per source.

Why grouped cross-source validation: random folds put documents of one generator or one
publisher on both sides, so the model is graded on wording it has already read. Holding out one
source at a time (each notice source, each seed part) is the closest the training data gets to
"tomorrow's tenders": the model must do better than the project's own rules (`--model rules`)
on every held-out source, and the report says whether it does. Held-out notices are screened
without their code line, so the figure says what the wording alone is worth.

Everything takes a seed; training twice on the same data gives identical predictions."""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from extract.errors import TriageError
from extract.model.features import (
    TEXT_CAP,
    compute,
    feature_columns,
    feature_definition,
    feature_docs,
    monotone_constraints,
)
from extract.types import Document, Label, Mention, MODEL_LABELS
from extract.model.data import LabelledSet, flag_targets, load_labelled, model_categories, resolve_policy
from extract.model import evaluation
from extract.model.classify import CARD_FILE, MODEL_FILE, file_sha256, forced_rule, in_scope_categories, library_versions, load_model
from extract.model import portable
from extract.model.portable import SCORER_FILE
from extract.model.stack import DEFAULT_PARAMS, fit_stack

R, I, O = Label.RESTRICTED.value, Label.IN_SCOPE.value, Label.OUT_OF_SCOPE.value

INTENDED_USE = (
    "Pre-filter for procurement documents: decides which tenders, bids, quotes, datasheets and bills "
    "of quantities a person must review for restricted vendors (US NDAA s.889 / FCC Covered List, "
    "Japan 2018 rules, UK, EU, ...) or in-scope ICT procurement. Every flag is reviewed by a human; "
    "the threshold is set for recall, so expect extra flags rather than misses."
)

LIMITATIONS = (
    "Trained on a seed set written by the team and on real European notices weakly labelled by "
    "their publishers' codes (noisy: about 10% are ICT). Cross-source figures are estimates on "
    f"those sources, not on live intake. Text beyond the first {TEXT_CAP:,} characters is read only "
    "by the mention rules. Regimes that name no vendor (origin tests) are caught only through "
    "categories and wording. Unreadable documents are flagged, never scored. Retrain when the "
    "policy version differs from the card's."
)


def threshold_for_recall(gold: Sequence[bool], scores: Sequence[float], forced: Sequence[bool],
                         rules: Sequence[bool], groups: Sequence[str], target_mask: Sequence[bool],
                         target_recall: float) -> float:
    """The highest threshold t at which flags = forced | (score >= t) reach `target_recall` on the
    documents of `target_mask` and, on every group (source), at least the recall of the
    rules-only path on that group.

    Why both: the labelled parts carry labels people decided, so the recall target is set on them;
    the weak notice labels are too noisy for a target of their own, but a model that, on some
    source, finds fewer of the flagged documents than the rules would is worse than no model
    there. `forced` are the documents the verdict rules flag whatever the score (a restricted
    name outside a prohibition). Scores are out of fold. Without any threshold meeting both, the
    lowest score is returned (flag everything rather than miss).
    """
    if not 0.0 < target_recall <= 1.0:
        raise ValueError(f"target_recall must be in (0, 1], got {target_recall}")
    import numpy as np

    gold_a, s = np.asarray(gold, bool), np.asarray(scores, float)
    forced_a, rules_a, mask = np.asarray(forced, bool), np.asarray(rules, bool), np.asarray(target_mask, bool)
    groups_a = np.asarray(groups)
    keys = sorted(set(groups_a.tolist()))
    need = {g: (rules_a & gold_a)[groups_a == g].sum() for g in keys}
    positives = gold_a & mask
    goal = math.ceil(target_recall * positives.sum() - 1e-9)
    for t in np.unique(s)[::-1]:
        flags = forced_a | (s >= t)
        if (flags & positives).sum() < goal:
            continue
        if all((flags & gold_a)[groups_a == g].sum() >= need[g] for g in keys):
            return float(t)
    return float(s.min()) if len(s) else 0.5


def _check_portable(stack: Any, scorer_path: Path, feats: Any, rows: int = 300) -> dict[str, Any]:
    """The exported scorer must score like the fitted stack (what `scan` runs is what was
    validated): compared on up to `rows` training documents spread over the set; raises
    TriageError past 1e-6 and returns the largest difference for the card."""
    import numpy as np

    idx = np.unique(np.linspace(0, len(feats.texts) - 1, num=min(rows, len(feats.texts))).astype(int))
    texts = [feats.texts[i] for i in idx]
    want = stack.predict_proba(texts, feats.matrix[idx])
    got = portable.PortableScorer.load(scorer_path).predict_proba(texts, feats.matrix[idx])
    diff = float(np.max(np.abs(want - got))) if len(idx) else 0.0
    if not diff <= 1e-6:
        raise TriageError(f"{scorer_path}: the exported scorer disagrees with the fitted model by {diff:.3g} "
                          "(more than 1e-6); not writing a model scan would score differently")
    return {"documents": int(len(idx)), "max_abs_difference": diff}


def train(
    data_dir: Path,
    out_dir: Path,
    *,
    seed: int = 0,
    target_recall: float = 0.95,
    threshold_parts: Sequence[str] | None = None,
    folds: int = 5,
    policy: Any = None,
    params: dict[str, Any] | None = None,
    grouped: bool = True,
    n_jobs: int = 1,
    name: str | None = None,
    overwrite: bool = False,
    parse: Callable[[Path], list[Document]] | None = None,
    find: Callable[[Document, Any], list[Mention]] | None = None,
    log: Callable[[str], None] | None = None,
    data: LabelledSet | None = None,
) -> dict[str, Any]:
    """Fit, choose the threshold, validate across sources, write the model directory.

    `policy` is a Policy, a policy directory, or None (the shipped one). `threshold_parts` names
    the parts whose out-of-fold recall the threshold must reach `target_recall` on (default: the
    labelled parts, whose labels a person decided; weak notice labels are too noisy to set a
    recall target on). `grouped` runs the cross-source validation (one fit per source, `n_jobs` of
    them at once). Raises
    TriageError when `out_dir` already holds a model (never overwritten unless `overwrite`).
    """
    import joblib
    import numpy as np

    say = log or (lambda msg: None)
    out_dir, data_dir = Path(out_dir), Path(data_dir)
    if (out_dir / MODEL_FILE).exists() and not overwrite:
        raise TriageError(f"{out_dir}: already holds a model; choose a new name (models are never overwritten)")
    if not 0.0 < target_recall <= 1.0:
        raise TriageError(f"--target-recall must be in (0, 1], got {target_recall}")
    if find is None:
        policy = resolve_policy(policy)
    timings: dict[str, float] = {}

    t0 = time.perf_counter()
    if data is None:
        data = load_labelled(data_dir, policy=policy, parse=parse, find=find)
    timings["load_seconds"] = round(time.perf_counter() - t0, 3)
    counts = Counter(data.labels)
    y = np.asarray(flag_targets(data.labels))
    if len(counts) < 2 or min(np.bincount(y, minlength=2)) < 2:
        raise TriageError(f"{data_dir}: need at least 2 readable documents flagged and 2 not, got {dict(counts)}")
    say(f"loaded {len(data)} documents ({dict(counts)}), skipped {len(data.skipped)} in {timings['load_seconds']} s")

    categories = model_categories(policy, data.mentions)
    scoped = sorted(in_scope_categories(policy) & set(categories)) if in_scope_categories(policy) else None
    merged = {**DEFAULT_PARAMS, **(params or {}), "folds": folds}
    columns = feature_columns(categories)
    monotone = monotone_constraints(categories)

    t0 = time.perf_counter()
    feats = compute(data.docs, data.mentions, categories, scoped=scoped)
    timings["features_seconds"] = round(time.perf_counter() - t0, 3)
    weights = np.asarray(data.weights or [1.0] * len(data), dtype=float)

    t0 = time.perf_counter()
    stack, fitted = fit_stack(feats.texts, feats.matrix, y, weights, columns, monotone, params=merged, seed=seed,
                              groups=data.groups)
    timings["fit_seconds"] = round(time.perf_counter() - t0, 3)
    _check_increasing(stack)

    parts = data.parts
    labelled_parts = sorted({r["part"] for r in data.rows if not r["group"].startswith("notices:")} or set(parts))
    chosen = list(threshold_parts) if threshold_parts else labelled_parts
    mask = [p in chosen for p in parts]
    if not any(mask[i] and y[i] for i in range(len(y))):
        mask = [True] * len(y)

    in_scope = frozenset(scoped) if scoped is not None else None
    forced = [forced_rule(d, ms, in_scope) is not None for d, ms in zip(data.docs, data.mentions)]
    rules_flagged = evaluation.rules_flags(data.docs, data.mentions, policy)
    threshold = threshold_for_recall([bool(v) for v in y], fitted.oof_scores, forced, rules_flagged, data.groups,
                                     mask, target_recall)
    say(f"fitted in {timings['fit_seconds']} s; threshold {threshold:.4f} "
        f"(recall {target_recall} on parts {', '.join(chosen)} and the rules' recall on every source, out of fold)")

    scores = fitted.oof_scores.tolist()
    # No reading shares here: every training document is in a language the model was fitted on
    # (the grouped validation below reads each held-out source with its fold's model).
    predicted = evaluation.verdicts(data.docs, data.mentions, scores, threshold, in_scope)
    grouped_result = None
    if grouped:
        t0 = time.perf_counter()
        grouped_result = evaluation.grouped_validation(
            data, categories, threshold, params=merged, seed=seed, policy=policy, find=find, log=say, n_jobs=n_jobs,
            scoped=scoped,
        )
        timings["grouped_seconds"] = round(time.perf_counter() - t0, 3)

    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / MODEL_FILE
    joblib.dump(stack, model_path, compress=3)
    model_sha = file_sha256(model_path)
    scorer_path = out_dir / SCORER_FILE
    portable.save(stack, scorer_path)
    agreement = _check_portable(stack, scorer_path, feats)

    t0 = time.perf_counter()
    files = [r["file"] for r in data.rows]
    texts = [d.text for d in data.docs]
    assessment = evaluation.assess(files, texts, data.labels, scores, predicted, threshold,
                                   parts=parts, groups=data.groups, text_scores=fitted.oof_text.tolist())
    timings["assess_seconds"] = round(time.perf_counter() - t0, 3)

    model_name = name or out_dir.name
    per_part = {p: {lab: sum(1 for q, lb in zip(parts, data.labels) if q == p and lb == lab) for lab in MODEL_LABELS}
                for p in sorted(set(parts))}
    card: dict[str, Any] = {
        "name": model_name,
        "id": f"{model_name}@{model_sha[:12]}",
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "versions": library_versions(),
        "kind": "two-stage: hashed TF-IDF logistic regression on masked text, then monotone gradient boosting",
        "training_data": {
            "path": str(data_dir),
            "sha256": data.data_sha256,
            "labels_sha256": data.labels_sha256,
            "documents": len(data),
            "counts": {lab: counts.get(lab, 0) for lab in MODEL_LABELS},
            "parts": per_part,
            "weights": {p: w for p, w in sorted({(r["part"], wt) for r, wt in zip(data.rows, weights)})},
            "skipped": [{"file": r["file"], "reason": r["reason"]} for r in data.skipped],
            "near_duplicate_share": assessment["near_duplicate_share"],
        },
        "policy_version": getattr(policy, "version", None),
        "features": columns,
        "feature_definition": feature_definition(),
        "monotone": monotone,
        "categories": categories,
        "in_scope_categories": scoped,
        "feature_docs": feature_docs(categories),
        "text_cap": TEXT_CAP,
        "parameters": {k: list(v) if isinstance(v, tuple) else v for k, v in merged.items()},
        "calibration": {"method": "CalibratedClassifierCV(method='sigmoid', ensemble=False) on out-of-fold "
                                  "decision values of the second stage", "folds": len(fitted.splits)},
        "seed": seed,
        "threshold": float(threshold),
        "threshold_rule": {
            "target_recall": target_recall,
            "parts": chosen,
            "folds": len(fitted.splits),
            "how": (f"highest threshold on out-of-fold scores whose flag recall on the parts {', '.join(chosen)} "
                    f"is >= {target_recall} and, on every source, >= the rules-only recall"),
        },
        "metrics": {"cross_validated": assessment["metrics"], "per_part": assessment["per_part"],
                    "per_group": assessment["per_group"],
                    "label_quality_per_part": assessment["label_quality_per_part"]},
        "sha256": model_sha,
        "model_file": MODEL_FILE,
        "model_bytes": model_path.stat().st_size,
        "scorer_file": SCORER_FILE,
        "scorer_sha256": file_sha256(scorer_path),
        "scorer_bytes": scorer_path.stat().st_size,
        "scorer_agreement": agreement,
        "timings": timings,
        "intended_use": INTENDED_USE,
        "limitations": LIMITATIONS,
    }
    if grouped_result is not None:
        card["metrics"]["cross_source"] = grouped_result["summary"]
        card["metrics"]["cross_source_folds"] = grouped_result["folds"]
    (out_dir / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    report_path = out_dir / "report.html"
    evaluation.write_report(report_path, assessment, title=f"Training report: {card['id']}",
                            context=_report_context(card), grouped=grouped_result,
                            skipped=card["training_data"]["skipped"])
    say(f"wrote {model_path} ({card['model_bytes']:,} bytes), {out_dir / CARD_FILE}, {report_path}")
    return {
        **card,
        "paths": {"model": str(model_path), "card": str(out_dir / CARD_FILE), "report": str(report_path)},
        "near_duplicate_share": assessment["near_duplicate_share"],
        "assessment": assessment,
        "grouped": grouped_result,
    }


def _check_increasing(stack: Any) -> None:
    """The calibration must keep the order of scores (a fitted sigmoid slope of the wrong sign
    would turn every monotone promise upside down); refuse to write such a model."""
    import numpy as np

    cal = stack.combiner.calibrated_classifiers_[0].calibrators[0]
    lo, hi = cal.predict(np.array([-5.0, 5.0]))
    if not hi > lo:
        raise TriageError("calibration came out decreasing (the second stage learned nothing); check the labels")


def _report_context(card: dict[str, Any]) -> dict[str, Any]:
    """The summary lines at the top of the report."""
    m = card["metrics"]["cross_validated"]["flag"]
    ctx = {
        "model": card["id"],
        "created": card["created_at"],
        "documents": card["training_data"]["documents"],
        "per label": ", ".join(f"{k}: {v}" for k, v in card["training_data"]["counts"].items()),
        "parts (weight)": ", ".join(f"{p} ({w})" for p, w in card["training_data"]["weights"].items()),
        "skipped files": len(card["training_data"]["skipped"]),
        "training data sha256": card["training_data"]["sha256"],
        "policy version": card["policy_version"],
        "threshold": f"{card['threshold']:.4f} ({card['threshold_rule']['how']})",
        "out-of-fold flag recall / precision (all parts, random folds)": f"{m['recall']:.3f} / {m['precision']:.3f}",
        "scikit-learn": card["versions"]["sklearn"],
        "seed": card["seed"],
        "timings (s)": ", ".join(f"{k}={v}" for k, v in card["timings"].items()),
    }
    cs = card["metrics"].get("cross_source")
    if cs:
        ctx["cross-source (one held-out source per fold)"] = (
            f"model recall {cs['model']['recall']:.3f} / precision {cs['model']['precision']:.3f}; rules-only "
            f"{cs['rules']['recall']:.3f} / {cs['rules']['precision']:.3f}; Ctrl-F {cs['ctrl_f']['recall']:.3f} / "
            f"{cs['ctrl_f']['precision']:.3f}")
    return ctx


def promote(models_root: Path, name: str) -> Path:
    """`train --promote`: make `name` the first model of models_root (CURRENT, and a HISTORY entry).

    Only a first model: over an existing champion a challenger must be compared before it replaces
    it, which is `tender-triage promote` (extract.model.compare.promote_model), not this shortcut.
    """
    import getpass
    import os

    from extract.model.compare import current_name, record_promotion

    model = load_model(models_root / name)
    champion = current_name(models_root)
    if champion is not None and champion != name:
        raise TriageError(
            f"{models_root / 'CURRENT'} names {champion}: to replace it, compare first with "
            f"`tender-triage promote {name} --reason TEXT --data DIR` (the model was written, not promoted)"
        )
    record_promotion(models_root, name, {
        "model": model.id, "previous": None, "data": [], "documents": 0,
        "who": os.environ.get("USER") or getpass.getuser(),
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "why": "first model of this folder (train --promote; nothing to compare with)", "forced": False,
    })
    return models_root / "CURRENT"
