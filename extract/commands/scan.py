"""`tender-triage scan PATH...`: screen documents and write one record per document."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from extract import settings
from extract.limits import DEFAULT_LIMITS, MB

NAME = "scan"
HELP = "screen documents (files or folders, recursively) and write one record per document"
DESCRIPTION = (
    "Parse every document under PATH (PDF, DOCX, XLSX, ODT, HTML, XML, text, CSV, zip), find "
    "restricted vendors, equipment categories and codes, classify each document and write one "
    "record per document. Exit 0 when every document was read, 1 when some could not be "
    "(they are in the output, flagged), 2 on a usage or configuration error."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked recursively)")
    p.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format (default jsonl)")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--policy", metavar="DIR", help=f"policy directory (default ${settings.POLICY_ENV}, then the shipped policy)")
    p.add_argument("--model", metavar="DIR", help=f"model directory (default ${settings.MODEL_ENV}, then models/CURRENT)")
    p.add_argument("--no-model", action="store_true", help="decide verdicts from mentions alone (no trained model)")
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--pdf-engine", choices=["auto", "pdfplumber"], default="auto",
                   help="auto: pypdfium2 text plus pdfplumber tables where pages have ruled tables; "
                        "pdfplumber: the slower reference engine")
    p.add_argument("--max-seconds", type=float, default=DEFAULT_LIMITS.max_seconds, metavar="S",
                   help=f"wall time per document (default {DEFAULT_LIMITS.max_seconds:g})")
    p.add_argument("--max-mb", type=float, default=DEFAULT_LIMITS.max_bytes / MB, metavar="MB",
                   help=f"largest file or archive member (default {DEFAULT_LIMITS.max_bytes // MB})")
    p.add_argument("--max-pages", type=int, default=DEFAULT_LIMITS.max_pages, metavar="N",
                   help=f"most pages per document (default {DEFAULT_LIMITS.max_pages})")


def _config(args: argparse.Namespace):
    from extract.batch import ScanConfig

    if args.jobs < 1:
        raise SystemExit("tender-triage scan: --jobs must be at least 1")
    model_dir = None if args.no_model else settings.model_dir(args.model)
    limits = replace(
        DEFAULT_LIMITS,
        max_seconds=args.max_seconds,
        max_bytes=int(args.max_mb * MB),
        max_pages=args.max_pages,
    )
    return ScanConfig(
        policy_dir=str(settings.policy_dir(args.policy)),
        model_dir=str(model_dir) if model_dir else None,
        limits=limits,
        pdf_engine=args.pdf_engine,
    )


def run(args: argparse.Namespace) -> int:
    from extract.batch import exit_code, prepare, run_scan

    config = _config(args)
    prepare(config)  # exit 2 on a bad policy or model, before opening the output or any document
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    records = []
    try:
        for rec in run_scan(args.paths, config, jobs=args.jobs):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            out.flush()
            records.append({"status": rec["status"]})
    finally:
        if out is not sys.stdout:
            out.close()
    return exit_code(records)
