"""`tender-triage report DB`: render the review queue (or CSV/JSONL) from a scan ledger."""

from __future__ import annotations

import argparse
import os

from extract import settings
from extract.commands.options import add_policy_option
from extract.errors import TriageError

NAME = "report"
HELP = "render the latest records of a scan ledger (--db) as html, csv or jsonl"
DESCRIPTION = (
    "Read the ledger written by `scan --db FILE` and write the latest record of every document "
    "(the most recent screening of each input file) as an HTML review queue, a CSV with one row "
    "per document, or JSONL. Nothing is re-screened."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("db", metavar="DB", help="the ledger file written by scan --db")
    p.add_argument("--format", choices=list(settings.OUTPUT_FORMATS), default="html", help="html (default), csv or jsonl")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--mentions-csv", metavar="FILE", help="also write one CSV row per mention here")
    add_policy_option(p)


def run(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from extract.intake.ledger import Ledger
    from extract.report.writers import open_mentions_writer, open_writer, prepare_output

    if not os.path.isfile(args.db):
        raise TriageError(f"no ledger at {args.db} (write one with: tender-triage scan PATH --db {args.db})")
    for target in (args.output, args.mentions_csv):
        if target:
            prepare_output(target)  # missing folders are created; a file in the way is an error (exit 2)
    policy = None
    if args.format == "html":  # regime citations and entity names, as the review service shows them
        from extract.policy.load import load_policy

        policy = load_policy(settings.policy_dir(args.policy))
    with ExitStack() as stack:  # everything is closed even when one close fails (a closed pipe)
        ledger = stack.enter_context(Ledger(args.db))
        writer = stack.enter_context(open_writer(args.format, args.output, policy=policy))
        mentions = open_mentions_writer(args.mentions_csv)
        if mentions is not None:
            stack.callback(mentions.close)
        for rec in ledger.latest_records():
            writer.write(rec)
            if mentions is not None:
                mentions.write(rec)
    return 0
