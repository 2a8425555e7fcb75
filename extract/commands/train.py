"""`tender-triage train [DATA] --out models/NAME`: train, cross-validate and write a model."""

from __future__ import annotations

import argparse
from pathlib import Path

from extract import settings
from extract.commands.options import add_policy_option

NAME = "train"
HELP = "train a model on a labelled folder and write model.joblib, card.json and report.html"
DESCRIPTION = (
    "Read the parts of DATA (DATA/parts.yaml: the seed set, real notices weakly labelled by their "
    "codes, reviewers' decisions, each with a weight; without it DATA/labels.csv), parse and match "
    "every document, fit the two-stage model, choose the flag threshold for the target recall on "
    "out-of-fold scores of the labelled parts, validate across sources (one held-out source per "
    "fold, beside the rules-only path and Ctrl-F) and write OUT/model.joblib, OUT/card.json and "
    "OUT/report.html. An existing model directory is never overwritten. --promote makes it the "
    "first model of its folder (models/CURRENT, a HISTORY entry); over an existing model, "
    "`tender-triage promote` compares the two first."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("data", nargs="?", default="training_data", metavar="DATA",
                   help="training folder holding parts.yaml or labels.csv (default training_data/)")
    p.add_argument("--out", required=True, metavar="DIR", help="new model directory, e.g. models/triage-2026-11-29")
    p.add_argument("--seed", type=int, default=0, metavar="N", help="random seed (default 0)")
    p.add_argument("--target-recall", type=float, default=0.95, metavar="R",
                   help="flag recall the threshold must reach on out-of-fold scores of the labelled parts "
                        "(default 0.95; on every source it must also reach the rules-only recall)")
    p.add_argument("--threshold-parts", metavar="NAMES", default=None,
                   help="comma-separated parts whose recall the threshold is set on (default: the labelled parts)")
    p.add_argument("--no-cross-source", action="store_true",
                   help="skip the cross-source validation (one fit per source; for quick trials)")
    p.add_argument("--folds", type=int, default=5, metavar="K", help="cross-validation folds (default 5)")
    add_policy_option(p)
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="cross-source folds fitted in parallel (default 1)")
    p.add_argument("--promote", action="store_true", help="make the new model the first model of its folder (models/CURRENT and HISTORY); "
                        "over an existing model use `tender-triage promote`, which compares them first")


def run(args: argparse.Namespace) -> int:
    import sys

    from extract.errors import TriageError
    from extract.model.data import skipped_lines
    from extract.model.evaluation import intervals_text
    from extract.model.training import promote, train
    from extract.report.writers import check_output_folder

    if args.folds < 2:
        raise TriageError("--folds must be at least 2")
    out = Path(args.out)
    check_output_folder(out)  # a file in the way is exit 2 before training, not a traceback after it
    result = train(
        Path(args.data),
        out,
        seed=args.seed,
        target_recall=args.target_recall,
        folds=args.folds,
        policy=settings.policy_dir(args.policy),
        n_jobs=args.jobs,
        grouped=not args.no_cross_source,
        threshold_parts=[p.strip() for p in args.threshold_parts.split(",") if p.strip()] if args.threshold_parts else None,
        log=lambda msg: print(msg, file=sys.stderr),
    )
    flag = result["metrics"]["cross_validated"]["flag"]
    print(f"model      {result['id']}")
    print(f"documents  {result['training_data']['documents']} "
          f"({', '.join(f'{k}: {v}' for k, v in result['training_data']['counts'].items())}); "
          f"skipped {len(result['training_data']['skipped'])}")
    for line in skipped_lines(result["training_data"]["skipped"]):
        print(f"  skipped  {line}")
    print(f"threshold  {result['threshold']:.4f} (target recall {args.target_recall})")
    print(f"CV flag    recall {flag['recall']:.3f}  precision {flag['precision']:.3f}  "
          f"({result['threshold_rule']['folds']}-fold, out of fold, all parts)")
    quality = result["metrics"].get("label_quality_per_part", {})
    for part, m in result["metrics"]["per_part"].items():
        q = quality.get(part, {})
        print(f"  part {part:<10} recall {m['recall']:.3f}  precision {m['precision']:.3f}  ({m['documents']} documents; "
              f"out of fold disagree {q.get('disagree', 0)}, suspected label errors {q.get('suspected_label_errors', 0)})")
    cs = result["metrics"].get("cross_source")
    if cs:
        print(f"cross-src  model recall {cs['model']['recall']:.3f} precision {cs['model']['precision']:.3f}; "
              f"rules-only {cs['rules']['recall']:.3f} / {cs['rules']['precision']:.3f}; "
              f"Ctrl-F {cs['ctrl_f']['recall']:.3f} / {cs['ctrl_f']['precision']:.3f}; "
              f"beats rules on every fold: {'yes' if cs['every_fold_beats_rules'] else 'NO'}")
        if "thresholds_dominating_every_fold" in cs:
            print(f"           folds some threshold wins: {cs['folds_dominable']} of {cs['folds']}; "
                  f"thresholds winning every fold: {intervals_text(cs['thresholds_dominating_every_fold'])}")
    print(f"near-dups  {result['near_duplicate_share']:.1%} of documents have a near-duplicate")
    for key, path in result["paths"].items():
        print(f"{key:<10} {path}")
    if args.promote:
        current = promote(out.resolve().parent, out.name)
        print(f"promoted   {current} -> {out.name}")
    return 0
