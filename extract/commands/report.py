"""`tender-triage report DB`: render the review queue (or CSV/JSONL) from a scan ledger."""

from __future__ import annotations

import argparse
import os

from extract import settings
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


def run(args: argparse.Namespace) -> int:
    from extract.intake.ledger import Ledger
    from extract.report.writers import MentionsCsvWriter, open_writer

    if not os.path.isfile(args.db):
        raise TriageError(f"no ledger at {args.db} (write one with: tender-triage scan PATH --db {args.db})")
    with Ledger(args.db) as ledger:
        writer = open_writer(args.format, args.output)
        mentions = (
            MentionsCsvWriter(open(args.mentions_csv, "w", encoding="utf-8", newline=""), own=True)
            if args.mentions_csv
            else None
        )
        try:
            for rec in ledger.latest_records():
                writer.write(rec)
                if mentions is not None:
                    mentions.write(rec)
        finally:
            writer.close()
            if mentions is not None:
                mentions.close()
    return 0
