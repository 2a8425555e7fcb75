"""`tender-triage explain FILE`: a readable account of why one document got its verdict."""

from __future__ import annotations

import argparse
import os
import sys

from extract import settings
from extract.commands.options import add_model_option, add_policy_option
from extract.errors import TriageError

NAME = "explain"
HELP = "explain one document: mentions with page and line, score vs threshold, top features"
DESCRIPTION = (
    "Screen one file (a zip gives one account per member; FILE may also be an archive member as "
    "records name it, bundle.zip!member) and print its status, verdict, score "
    "against the threshold, every mention with page, line, kind, role, regimes and snippet, and "
    "the features that weighed most for and against the verdict. Without a model, the rules "
    "that fired are shown instead."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE",
                   help="the document to explain: a file, or any path a record carries "
                        "(an archive member: 'bundle.zip!01-quotation.docx', nested 'a.zip!b.zip!c.docx')")
    add_policy_option(p)
    add_model_option(p)
    p.add_argument("--no-model", action="store_true", help="same as --model rules: decide from the mention rules alone")
    p.add_argument("--top", type=int, default=10, metavar="N", help="features shown for and against (default 10)")


def run(args: argparse.Namespace) -> int:
    from extract.intake.inputs import check_inputs
    from extract.intake.screen import ScanConfig, explain_path
    from extract.report.writers import format_explanation

    check_inputs([args.file])
    if os.path.isdir(args.file):
        raise TriageError(f"{args.file} is a folder: explain reads one document (scan reads folders)")

    model_dir = settings.RULES if args.no_model else settings.model_dir(args.model) or settings.RULES
    config = ScanConfig(policy_dir=str(settings.policy_dir(args.policy)), model_dir=str(model_dir))
    items = explain_path(args.file, config, top=args.top)
    sys.stdout.write("\n\n".join(format_explanation(i.record, i.explanation, i.threshold) for i in items) + "\n")
    return 0 if all(i.record.get("status") == "ok" for i in items) else 1
