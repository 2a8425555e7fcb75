"""`tender-triage review export|next --db LEDGER`: reviewers' decisions into training data, and
which undecided documents to review next."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "review"
HELP = "export reviewers' decisions as a labelled part, or list the documents to review next"
DESCRIPTION = (
    "export --db LEDGER --out DIR: write DIR/labels.csv and DIR/documents/ (bytes by sha256) from the "
    "ledger's decisions (confirm: the verdict seen; clear: out_of_scope; escalate: not exported), with "
    "DIR/conflicts.csv for documents reviewers disagree on and DIR/not_exported.csv. "
    "next --db LEDGER [--n 20]: the undecided documents nearest their model's threshold first."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="review_command", metavar="ACTION")
    e = sub.add_parser("export", help="write the decisions as a labelled part train reads",
                       description="Write the decisions of LEDGER as a labelled part (labels.csv and documents/).")
    e.add_argument("--db", required=True, metavar="LEDGER", help="the ledger serve and scan --db write")
    e.add_argument("--out", required=True, metavar="DIR", help="new folder for the part")
    e.add_argument("--storage", metavar="DIR", default=None,
                   help="serve's upload folder (default LEDGER.uploads when it exists)")
    e.add_argument("--base", metavar="DIR", default=None,
                   help="write the file column relative to DIR: the training folder holding parts.yaml "
                        "(default: relative to --out)")
    n = sub.add_parser("next", help="undecided documents nearest the threshold first",
                       description="List undecided documents, nearest their model's threshold first.")
    n.add_argument("--db", required=True, metavar="LEDGER", help="the ledger")
    n.add_argument("--n", type=int, default=20, metavar="N", help="how many (default 20)")


def run(args: argparse.Namespace) -> int:
    from extract.errors import TriageError
    from extract.intake.review import export_decisions, next_to_review

    if args.review_command == "export":
        result = export_decisions(Path(args.db), Path(args.out),
                                  storage=Path(args.storage) if args.storage else None,
                                  base=Path(args.base) if args.base else None)
        print(f"exported   {result['exported']} documents "
              f"({', '.join(f'{k}: {v}' for k, v in result['counts'].items())})")
        print(f"conflicts  {result['conflicts']} documents (see {Path(args.out) / 'conflicts.csv'})")
        print(f"not exported {len(result['not_exported'])} (see {Path(args.out) / 'not_exported.csv'})")
        for sha, name, decision, reason in result["not_exported"]:
            print(f"  {name or sha}: {decision}: {reason}")
        print(f"labels     {result['labels']}")
        return 0
    if args.review_command == "next":
        if args.n < 1:
            raise TriageError("--n must be at least 1")
        for r in next_to_review(Path(args.db), args.n):
            print(f"{r['path']}\t{r['sha256']}\t{r['verdict']}\t{r['score']:.4f}")
        return 0
    print("tender-triage review: choose an action: export or next", file=sys.stderr)
    return 2
