"""`tender-triage evaluate MODEL DATA`: score a trained model on any labelled folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from extract import settings
from extract.commands.options import add_policy_option

NAME = "evaluate"
HELP = "score a trained model on a labelled folder and write an HTML report"
DESCRIPTION = (
    "Load MODEL (verifying its hash and library versions), parse and match every file listed in "
    "DATA/labels.csv, and write the evaluation report: flag recall and precision at the model's "
    "threshold, per-label metrics, confusion matrix, precision-recall curve, misclassified "
    "documents, suspected label errors and near-duplicates."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("model", metavar="MODEL", help="model directory (holding card.json and model.joblib)")
    p.add_argument("data", metavar="DATA", help="labelled folder holding labels.csv")
    p.add_argument("--output", "-o", default="report.html", metavar="FILE", help="report path (default report.html)")
    add_policy_option(p)


def run(args: argparse.Namespace) -> int:
    from extract.model.data import skipped_lines
    from extract.model.evaluation import evaluate
    from extract.report.writers import prepare_output

    prepare_output(args.output)  # missing folders are created before the (long) evaluation runs

    result = evaluate(Path(args.model), Path(args.data), Path(args.output), policy=settings.policy_dir(args.policy))
    m = result["metrics"]
    flag = m["flag"]
    print(f"model      {result['model']}")
    print(f"documents  {m['documents']} (skipped {len(result['skipped'])})")
    for line in skipped_lines(result["skipped"]):
        print(f"  skipped  {line}")
    print(f"flag       recall {flag['recall']:.3f}  precision {flag['precision']:.3f}  "
          f"(threshold {m['threshold']:.4f}; missed {flag['fn']}, extra {flag['fp']})")
    print(f"accuracy   {m['accuracy']:.3f}")
    if not result["policy_matches_model"]:
        print(f"note       policy {result['policy_version']} differs from the model's "
              f"{result['model_policy_version']}: mention features may have shifted; consider retraining")
    print(f"report     {result['report']}")
    return 0
