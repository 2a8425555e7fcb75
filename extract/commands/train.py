"""`tender-triage train [DATA] --out models/NAME`: train, cross-validate and write a model."""

from __future__ import annotations

import argparse
from pathlib import Path

from extract import settings
from extract.commands.options import add_policy_option

NAME = "train"
HELP = "train a model on a labelled folder and write model.joblib, card.json and report.html"
DESCRIPTION = (
    "Read DATA/labels.csv (file, label, language, source, notes), parse and match every file, "
    "cross-validate, choose the flag threshold for the target recall on out-of-fold scores, fit "
    "on everything and write OUT/model.joblib, OUT/card.json and OUT/report.html. An existing "
    "model directory is never overwritten. --promote also names the model in models/CURRENT."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("data", nargs="?", default="training_data", metavar="DATA",
                   help="labelled folder holding labels.csv (default training_data/)")
    p.add_argument("--out", required=True, metavar="DIR", help="new model directory, e.g. models/triage-2026-11-29")
    p.add_argument("--seed", type=int, default=0, metavar="N", help="random seed (default 0)")
    p.add_argument("--target-recall", type=float, default=0.97, metavar="R",
                   help="flag recall the threshold must reach on out-of-fold scores (default 0.97)")
    p.add_argument("--folds", type=int, default=5, metavar="K", help="cross-validation folds (default 5)")
    add_policy_option(p)
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="folds fitted in parallel (default 1)")
    p.add_argument("--promote", action="store_true", help="write models/CURRENT naming the new model")


def run(args: argparse.Namespace) -> int:
    import sys

    from extract.errors import TriageError
    from extract.training import promote, train

    if args.folds < 2:
        raise TriageError("--folds must be at least 2")
    out = Path(args.out)
    result = train(
        Path(args.data),
        out,
        seed=args.seed,
        target_recall=args.target_recall,
        folds=args.folds,
        policy=settings.policy_dir(args.policy),
        n_jobs=args.jobs,
        log=lambda msg: print(msg, file=sys.stderr),
    )
    flag = result["metrics"]["cross_validated"]["flag"]
    print(f"model      {result['id']}")
    print(f"documents  {result['training_data']['documents']} "
          f"({', '.join(f'{k}: {v}' for k, v in result['training_data']['counts'].items())}); "
          f"skipped {len(result['training_data']['skipped'])}")
    print(f"threshold  {result['threshold']:.4f} (target recall {args.target_recall})")
    print(f"CV flag    recall {flag['recall']:.3f}  precision {flag['precision']:.3f}  "
          f"({result['threshold_rule']['folds']}-fold, out of fold)")
    print(f"near-dups  {result['near_duplicate_share']:.1%} of documents have a near-duplicate")
    for key, path in result["paths"].items():
        print(f"{key:<10} {path}")
    if args.promote:
        current = promote(out.resolve().parent, out.name)
        print(f"promoted   {current} -> {out.name}")
    return 0
