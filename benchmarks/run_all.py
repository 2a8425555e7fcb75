"""Every stage's throughput beside its baselines, measured in the same run (issue 7).

    python benchmarks/run_all.py [--corpus ../shared/corpus] [--repeat 3] [--max-pages 100] [--quick] [--huge]
                                 [--scan-args '--ocr never']

Stages, each "ours" against baselines timed right after it in this process (medians of --repeat
runs; ratios are what to compare, absolute figures swing ~30% on a shared machine):

  parse       extract.parse.parse_path(pdf_engine="auto") pages/s (pypdfium2 text, ruled tables
              from extract/parse/grid.py, no OCR)   vs bare pypdfium2 text (open, then
              get_textpage().get_text_range() per page: how much is the library) and vs bare
              pdfplumber page.extract_text(); on the corpus PDFs under --max-pages pages (r009 only
              with --huge) and generated 20/200-page tenders
  match       normalise + match (extract.mentions.match_page) MB/s   vs a `re` alternation of the same
              aliases (benchmarks/bench_match.py's text and alternation)
  classify    documents/s of Model.predict, batch and one by one (the shipped model if it loads, else a
              small one trained on training_data/ in a temporary folder, else skipped with the reason)
  end to end  `python -m extract scan --jobs 1` and `--jobs 2` (fresh processes: imports, policy and
              model load, parse, mentions, classify, JSONL output) pages/s and documents/min   vs
              bare pypdfium2 text and bare pdfplumber extract_text() over the same PDFs (one process,
              pages in order); with a model, also `scan --jobs 1 --no-model` (what the classifier costs).
              The scans and bare pypdfium2 run in turns, and each ratio to pypdfium2 is also given
              as the median of per-round ratios ("paired"), which survives the machine's drift
  memory      peak resident set of `scan --jobs 1` on the 1,408-page r009.pdf (the worker is the
              process itself with --jobs 1)

--quick: one run each, 2 MB of match text, generated tenders plus the first 10 corpus PDFs.
The load average is printed at the start, after each stage and at the end: --jobs 2 can only
beat --jobs 1 on an idle machine, and a busy neighbour slows whichever side it overlaps.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

import bench_match  # noqa: E402
import bench_parse  # noqa: E402
from conditions import compile_bytecode  # noqa: E402
import filegen  # noqa: E402


# Runs `tender-triage scan` in a child and prints its own peak RSS (MB) on the last stderr line.
#: One `scan` as the program runs it (extract.cli.entry, the `tender-triage` command, which ends
#: without tearing the interpreter down), its peak RSS printed by an exit handler that runs
#: before the program's own last one.
_SCAN_CHILD = (
    "import atexit, resource, sys\n"
    "from extract.cli import entry\n"
    "atexit.register(lambda: print('peak_rss_mb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,"
    " file=sys.stderr, flush=True))\n"
    "entry()\n"
)


def _median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _row(stage: str, what: str, ours: float, base: float, unit: str, base_name: str) -> None:
    print(f"{stage:11} {what:34} ours {ours:9.1f} {unit:8} {base_name:22} {base:9.1f} {unit:8} ratio {ours / base:6.1f}x",
          flush=True)


def _row2(stage: str, what: str, ours: float, pdfium: float, plumber: float, unit: str, extra: str = "") -> None:
    """One figure beside both PDF baselines: ratio to bare pypdfium2 (how close we are to the
    library we are built on) and to bare pdfplumber."""
    print(f"{stage:11} {what:44} ours {ours:8.1f} {unit:8} | pypdfium2 text {pdfium:7.1f} ({ours / pdfium:5.2f}x)"
          f" | pdfplumber text {plumber:6.1f} ({ours / plumber:5.1f}x){extra}", flush=True)


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


# --------------------------------------------------------------------------- stages


_BARE: dict[tuple[str, tuple[Path, ...]], float] = {}


def _bare_seconds(files: list[Path], repeat: int, library: str = "pdfplumber") -> float:
    """Bare text extraction over `files` with `library` (pdfplumber or pypdfium2), median seconds,
    measured once per run and file set: the parse and end-to-end stages share it (pdfplumber over
    the corpus takes minutes)."""
    key = (library, tuple(files))
    if key not in _BARE:
        fn = bench_parse._bare_pdfplumber if library == "pdfplumber" else bench_parse._bare_pdfium
        _BARE[key] = bench_parse._measure(files, fn, repeat)[1]
    return _BARE[key]


def stage_parse(sets: list[tuple[str, list[Path]]], repeat: int) -> None:
    for name, files in sets:
        pages, t_ours = bench_parse._measure(files, bench_parse._ours("auto"), repeat)
        t_pdfium = _bare_seconds(files, repeat, "pypdfium2")
        t_plumber = _bare_seconds(files, repeat)
        _row2("parse", f"{name} ({pages} p)", pages / t_ours, pages / t_pdfium, pages / t_plumber, "pages/s")
    print(f"parse       {_load()}", flush=True)


def stage_match(mb: float, repeat: int) -> None:
    from extract.mentions.match import match_page
    from extract.policy.load import load_policy

    policy = load_policy()
    policy.automaton  # noqa: B018 - built once, outside the timings
    rx = bench_match.re_alternation(policy)
    pages = bench_match.generate(mb)
    size = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    t_ours = _median_time(lambda: [match_page(p, policy) for p in pages], repeat)
    t_re = _median_time(lambda: [sum(1 for _ in rx.finditer(p.lower())) for p in pages], repeat)
    _row("match", f"{size:.1f} MB bench_match text", size / t_ours, size / t_re, "MB/s", "re alternation")
    ascii_pages = [p.encode("ascii", "ignore").decode() for p in pages]
    size = sum(len(p) for p in ascii_pages) / 1e6
    t_ours = _median_time(lambda: [match_page(p, policy) for p in ascii_pages], repeat)
    t_re = _median_time(lambda: [sum(1 for _ in rx.finditer(p.lower())) for p in ascii_pages], repeat)
    _row("match", f"{size:.1f} MB same text, ASCII only", size / t_ours, size / t_re, "MB/s", "re alternation")


def _model_dir(tmp: Path) -> tuple[Path | None, str]:
    """The shipped model if it loads, else a small one trained here, else (None, why)."""
    from extract import settings

    why = "no shipped model"
    shipped = settings.model_dir()
    if shipped is not None and (shipped / "model.joblib").is_file():
        try:
            from extract.model.classify import load_model

            load_model(shipped)
            return shipped, f"shipped model {shipped.name}"
        except Exception as exc:  # noqa: BLE001 - e.g. a model card from another feature set
            why = f"shipped model {shipped.name} does not load ({type(exc).__name__}: {str(exc)[:160]})"
    try:
        from extract.model.training import train

        out = tmp / "bench-model"
        train(REPO / "training_data", out, folds=2, seed=0)
        return out, f"{why}: trained one on training_data/ (2 folds) in a temporary folder"
    except Exception as exc:  # noqa: BLE001 - the benchmark goes on without a model
        return None, f"{why} and training failed ({type(exc).__name__}: {exc})"


def stage_classify(model_dir: Path | None, why: str, files: list[Path], repeat: int) -> None:
    print(f"classify    {why}")
    if model_dir is None:
        print("classify    skipped")
        return
    from extract.model.classify import load_model
    from extract.mentions.match import find_mentions
    from extract.parse import parse_path
    from extract.policy.load import load_policy

    model = load_model(model_dir)
    policy = load_policy()
    docs = [d for f in files for d in parse_path(f) if d.ok]
    mentions = [find_mentions(d, policy) for d in docs]
    model.predict(docs[:1], mentions[:1])
    t_batch = _median_time(lambda: model.predict(docs, mentions), repeat)
    t_one = _median_time(lambda: [model.predict([d], [m]) for d, m in zip(docs, mentions)], repeat)
    print(f"classify    {len(docs)} corpus documents: batch {len(docs) / t_batch:.1f} docs/s, "
          f"one by one {len(docs) / t_one:.1f} docs/s ({1000 * t_one / len(docs):.1f} ms each)", flush=True)


def _scan(files: list[Path], jobs: int, model_args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one `scan` run in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-c", _SCAN_CHILD, "scan", *map(str, files), "--jobs", str(jobs), "--quiet",
               "--format", "jsonl", "--output", str(Path(tmp) / "out.jsonl"), *model_args]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
        seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):  # 1: some document unreadable (the corpus holds scans)
        raise RuntimeError(f"scan failed ({proc.returncode}): {proc.stderr[-2000:]}")
    rss = [float(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("peak_rss_mb")]
    return seconds, rss[-1] if rss else float("nan")


def stage_end_to_end(files: list[Path], pages: int, model_args: list[str], repeat: int) -> None:
    """Fresh `scan` processes beside bare pypdfium2 over the same PDFs, run in turns.

    Why in turns: this machine's speed drifts by a third or more within minutes (other work on
    the same host), so a baseline timed once before the scans can make the ratio say more about
    the minute than about the code. Each round times bare pypdfium2 text, then every scan
    configuration; a configuration's ratio to pypdfium2 is the median of its per-round ratios,
    each taken against the baseline of its own round. pdfplumber, which takes minutes, is timed
    once (its ratio is only an order of size).
    """
    compile_bytecode()
    t_plumber = _bare_seconds(files, repeat)
    docs = len(files)
    runs_of = [(f"scan --jobs {jobs}", jobs, model_args) for jobs in (1, 2)]
    if "--no-model" not in model_args:
        runs_of.append(("scan --jobs 1 --no-model", 1, ["--no-model", *args_without_model(model_args)]))
    bare: list[float] = []
    times: dict[str, list[float]] = {label: [] for label, _jobs, _args in runs_of}
    for _round in range(repeat):
        bare.append(bench_parse._measure(files, bench_parse._bare_pdfium, 1)[1])
        for label, jobs, args in runs_of:
            times[label].append(_scan(files, jobs, args)[0])
    t_pdfium = statistics.median(bare)
    print(f"end to end  bare pypdfium2 text per round: {', '.join(f'{t:.2f}' for t in bare)} s "
          f"(median {t_pdfium:.2f} s, {pages / t_pdfium:.1f} pages/s)", flush=True)
    for label, _jobs, _args in runs_of:
        seconds = statistics.median(times[label])
        paired = statistics.median(b / t for b, t in zip(bare, times[label]))
        _row2("end to end", f"{label}, {docs} PDFs ({pages} p)", pages / seconds, pages / t_pdfium, pages / t_plumber,
              "pages/s", f" | {60 * docs / seconds:.0f} documents/min, {seconds:.2f} s"
              f" | paired with its round's pypdfium2: {paired:.2f}x")
    one, two = statistics.median(times["scan --jobs 1"]), statistics.median(times["scan --jobs 2"])
    print(f"end to end  --jobs 2 / --jobs 1: {one / two:.2f}x ({_load()})", flush=True)


def args_without_model(args: list[str]) -> list[str]:
    """`scan` options with any --model DIR / --no-model removed."""
    out: list[str] = []
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a == "--model":
            skip = True
        elif a != "--no-model":
            out.append(a)
    return out


def stage_memory(huge: Path | None, model_args: list[str]) -> None:
    if huge is None:
        print("memory      skipped: r009.pdf not in the corpus")
        return
    seconds, rss = _scan([huge], 1, model_args)
    print(f"memory      scan --jobs 1 {huge.name}: peak RSS {rss:.0f} MB (whole process: imports, model, "
          f"parse, match, classify) in {seconds:.1f} s", flush=True)


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure; medians (default 3)")
    ap.add_argument("--quick", action="store_true", help="one run, 2 MB of match text, 10 corpus PDFs")
    ap.add_argument("--huge", action="store_true", help="also parse and scan r009.pdf (1,408 pages) end to end")
    ap.add_argument("--max-pages", type=int, default=100,
                    help="corpus PDFs with fewer pages than this (default 100: the issue's 43 PDFs, 1,019 pages); "
                         "0: every PDF (r009 still only with --huge)")
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of match text (default 5)")
    ap.add_argument("--stages", default="parse,match,classify,e2e,memory", help="comma-separated subset")
    ap.add_argument("--scan-args", default="--ocr never",
                    help="extra `scan` options (default '--ocr never': the pdfplumber baseline reads no "
                         "scanned page either; OCR has its own cost, issue 6)")
    args = ap.parse_args(argv)
    repeat = 1 if args.quick else args.repeat
    stages = set(args.stages.split(","))
    print(f"start: {_load()}; repeat {repeat}", flush=True)
    from extract.parse.grid import walk_engine

    # Which walk reads the page objects (extract/parse/_pdfwalk.c, or grid.py's Python loops where
    # the C extension was not built): it moves the parse and end-to-end figures by about a sixth.
    print(f"grid walk: {walk_engine()} (TENDER_TRIAGE_PDFWALK=python chooses the Python loops)", flush=True)
    from extract.model.portable import ngram_engine

    # Which counting hashes the text model's n-grams (extract/model/_ngrams.c, or portable.py's
    # Python): it moves the classify and end-to-end figures.
    print(f"n-gram counting: {ngram_engine()} (TENDER_TRIAGE_NGRAMS=python chooses the Python)", flush=True)
    from extract.textscan import text_engine

    # Which answers the whole-page questions (extract/_text.c, or textscan.py's Python).
    print(f"text scans: {text_engine()} (TENDER_TRIAGE_TEXT=python chooses the Python)", flush=True)

    huge = args.corpus / "files" / "r009.pdf"
    huge = huge if huge.is_file() else None
    corpus = bench_parse.corpus_pdfs(args.corpus, 0 if args.huge else args.max_pages, args.huge)
    if args.quick:
        corpus = corpus[:10]
    if not corpus:
        print(f"corpus not found at {args.corpus}: generated tenders only")
    corpus_name = f"corpus, {len(corpus)} PDFs" + (f" < {args.max_pages} p" if args.max_pages > 0 and not args.huge else "")

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        generated = []
        for n in (20, 200):
            path = tmp / f"tender{n}.pdf"
            path.write_bytes(filegen.tender_pdf(n, seed=n))
            generated.append((f"generated {n}-page tender", [path]))
        sets = ([(corpus_name, corpus)] if corpus else []) + generated

        if "parse" in stages:
            stage_parse(sets, repeat)
        if "match" in stages:
            stage_match(2.0 if args.quick else args.mb, repeat)
        model_dir, why = (None, "")
        if stages & {"classify", "e2e", "memory"}:
            model_dir, why = _model_dir(tmp)
        model_args = (["--model", str(model_dir)] if model_dir else ["--no-model"]) + args.scan_args.split()
        if "classify" in stages:
            stage_classify(model_dir, why, corpus or generated[0][1], repeat)
        e2e_files = corpus or [p for _name, files in generated for p in files]
        if "e2e" in stages:
            pages = sum(bench_parse._ours("auto")(f) for f in e2e_files)
            print(f"end to end  {why}; {'model ' + str(model_dir) if model_dir else 'no model (--no-model)'}; "
                  f"scan options {' '.join(model_args)}")
            stage_end_to_end(e2e_files, pages, model_args, repeat)
        if "memory" in stages:
            stage_memory(huge, model_args)
    print(f"end: {_load()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
