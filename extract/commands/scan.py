"""`tender-triage scan PATH...`: screen documents and write one record per document."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace

from extract import settings
from extract.commands.options import add_model_option, add_policy_option
from extract.errors import TriageError
from extract.limits import DEFAULT_LIMITS, MB

NAME = "scan"
HELP = "screen documents (files or folders, recursively) and write one record per document"
DESCRIPTION = (
    "Parse every document under PATH (PDF, DOCX, XLSX, ODT, HTML, XML, text, CSV, zip), find "
    "restricted vendors, equipment categories and codes, classify each document and write one "
    "record per document. Exit 0 when every document was read, 1 when some could not be "
    "(they are in the output, flagged), 2 on a usage or configuration error (a PATH that does not "
    "exist included; missing folders of --output, --mentions-csv and --db are created)."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked recursively)")
    p.add_argument("--format", choices=list(settings.OUTPUT_FORMATS), default="jsonl",
                   help="jsonl (default), csv (one row per document) or html (the review queue)")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--mentions-csv", metavar="FILE", help="also write one CSV row per mention here")
    add_policy_option(p)
    add_model_option(p)
    p.add_argument("--no-model", action="store_true", help="same as --model rules: decide verdicts from the mention rules alone")
    p.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes (default: all cores); 1 screens in this process")
    p.add_argument("--db", metavar="FILE",
                   help="SQLite ledger: skip files already screened with the same model and policy, "
                        "commit each file as it finishes (a killed run resumes)")
    p.add_argument("--rescan", action="store_true", help="with --db: screen every file again")
    p.add_argument("--retry-errors", action="store_true",
                   help="with --db: screen again files whose documents ended in status error")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary on stderr")
    p.add_argument("--backend", choices=["loky", "dask"], default="loky",
                   help="loky: local worker processes (default); dask: a dask.distributed cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --backend dask: the scheduler address")
    p.add_argument("--max-worker-mb", type=float, metavar="MB",
                   help="address-space cap per worker process (RLIMIT_AS); a document that needs "
                        "more becomes an error record (use >= 1000: libraries map a few hundred MB)")
    p.add_argument("--pdf-engine", choices=["auto", "pdfplumber"], default="auto",
                   help="auto: pypdfium2 text, with tables rebuilt from the page's own rulings "
                        "(extract/parse/grid.py); pdfplumber: the slower reference engine")
    p.add_argument("--ocr", choices=["auto", "never", "always"], default="auto",
                   help="OCR (engine: --ocr-engine): auto (default) reads pages with no or almost no text layer "
                        "(scans, text drawn as outlines), image-only DOCX and pictures; always: every page; never: none")
    p.add_argument("--ocr-lang", metavar="LANGS",
                   help="Tesseract languages, e.g. eng+jpn (RapidOCR reads Chinese and Latin script whatever this says; default: guessed from the document's text layer, "
                        "else every installed pack of eng, jpn, chi_sim, chi_tra, deu, fra, spa)")
    p.add_argument("--ocr-engine", choices=["auto", "tesseract", "rapidocr"], default="auto",
                   help="auto (default): Tesseract when installed, else RapidOCR (pip package "
                        "rapidocr-onnxruntime, models inside it: Chinese and Latin script); or name one")
    p.add_argument("--max-seconds", type=float, default=DEFAULT_LIMITS.max_seconds, metavar="S",
                   help=f"wall time per document (default {DEFAULT_LIMITS.max_seconds:g})")
    p.add_argument("--max-mb", type=float, default=DEFAULT_LIMITS.max_bytes / MB, metavar="MB",
                   help=f"largest file or archive member (default {DEFAULT_LIMITS.max_bytes // MB})")
    p.add_argument("--max-pages", type=int, default=DEFAULT_LIMITS.max_pages, metavar="N",
                   help=f"most pages per document (default {DEFAULT_LIMITS.max_pages})")
    # TEST-ONLY (hidden): "module:function" called with each input path in the worker before
    # parsing; the tests use it to slow a run down or kill a worker. See ScanConfig.test_hook.
    p.add_argument("--test-hook", help=argparse.SUPPRESS)


def _config(args: argparse.Namespace):
    from extract.intake.screen import ScanConfig

    if args.jobs < 1:
        raise TriageError("--jobs must be at least 1")
    if args.backend == "dask" and not args.scheduler:
        raise TriageError("--backend dask needs --scheduler ADDRESS")
    if args.scheduler and args.backend != "dask":
        raise TriageError("--scheduler is only used with --backend dask")
    if (args.rescan or args.retry_errors) and not args.db:
        raise TriageError("--rescan and --retry-errors need --db FILE")
    if args.ocr_lang is not None:
        from extract.parse.ocr import OcrOptions

        try:
            OcrOptions(mode=args.ocr, lang=args.ocr_lang)
        except ValueError as exc:
            raise TriageError(f"--ocr-lang: {exc}") from exc
    model_dir = settings.RULES if args.no_model else settings.model_dir(args.model) or settings.RULES
    limits = replace(
        DEFAULT_LIMITS,
        max_seconds=args.max_seconds,
        max_bytes=int(args.max_mb * MB),
        max_pages=args.max_pages,
    )
    return ScanConfig(
        policy_dir=str(settings.policy_dir(args.policy)),
        model_dir=str(model_dir),
        limits=limits,
        pdf_engine=args.pdf_engine,
        ocr=args.ocr,
        ocr_lang=args.ocr_lang,
        ocr_engine=args.ocr_engine,
        max_worker_mb=args.max_worker_mb,
        test_hook=args.test_hook,
    )


class _NoBar:
    """What `_progress` gives when no bar is drawn: tqdm's import alone is ~25 ms of start-up."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, quiet: bool):
    """A tqdm bar on stderr, silent when stderr is not a terminal or with --quiet."""
    if quiet or not sys.stderr.isatty():
        return _NoBar()
    import shutil

    from tqdm import tqdm

    # shutil falls back to 100 columns where the terminal reports a width of 0 (a bare pty, as
    # under `script` or some CI runners), where tqdm's own sizing would draw an empty bar.
    width = shutil.get_terminal_size((100, 20)).columns
    return tqdm(total=total, unit="file", file=sys.stderr, ncols=min(width, 120), smoothing=0.1)


def run(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from extract.intake.inputs import check_inputs, iter_input_files
    from extract.intake.screen import prepare
    from extract.intake.batch import scan_files, start_up
    from extract.intake.ledger import Ledger
    from extract.intake.pool import check_scheduler
    from extract.report.writers import Summary, open_mentions_writer, open_writer, prepare_output

    # Every usage or configuration error (exit 2) comes before anything is written or read.
    config = _config(args)
    with start_up():  # the policy and model live as long as the process (see start_up)
        context = prepare(config)  # a bad policy or model
    check_inputs(args.paths)  # a mistyped path
    if args.backend == "dask":
        check_scheduler(args.scheduler)  # an unreachable cluster, within a few seconds
    for target in (args.output, args.mentions_csv, args.db):
        if target:
            prepare_output(target)  # missing folders are created; a file in the way is an error
    files = list(dict.fromkeys(iter_input_files(args.paths)))
    if not files:
        # Not an error: an intake folder can be empty on a quiet day; the (empty) output is still
        # written so a daily job finds its report. Said on stderr even with --quiet.
        print(f"tender-triage: no documents found in {', '.join(args.paths)}", file=sys.stderr)
    summary = Summary()
    with ExitStack() as stack:  # everything below is closed even when one close fails (a closed pipe)
        ledger = stack.enter_context(Ledger(args.db)) if args.db else None
        writer = stack.enter_context(open_writer(args.format, args.output, policy=context.policy))
        mentions = open_mentions_writer(args.mentions_csv)
        if mentions is not None:
            stack.callback(mentions.close)
        bar = _progress(len(files), args.quiet)
        stack.callback(bar.close)
        results = scan_files(files, config, jobs=args.jobs, ledger=ledger, rescan=args.rescan,
                             retry_errors=args.retry_errors, backend=args.backend, scheduler=args.scheduler)
        # Closed first on the way out: a run stopped early (SIGTERM, Ctrl-C, closed pipe) ends its
        # worker processes (joblib kills the pool) before the ledger and the outputs are closed.
        stack.callback(results.close)
        for result in results:
            for rec in result.records:
                writer.write(rec)
                if mentions is not None:
                    mentions.write(rec)
                summary.add(rec, cached=result.cached)
            bar.update(1)
    if not args.quiet:
        print(f"tender-triage: {summary.finish().format()}", file=sys.stderr)
    return 1 if summary.unreadable else 0
