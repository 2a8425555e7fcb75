"""Intake at scale: 1,000 documents with --jobs 1 and --jobs 2, then a re-run against the ledger.

Why: the daily intake re-scans folders that mostly hold yesterday's documents, and an archive
back-scan is large. This measures pages per second of a fresh scan at each --jobs, and how much
faster a second run is when every document is already in the ledger (issue 5 asks for >= 20x).

The documents are copies of ../shared/corpus (files/ and records/) and examples/, each with its
bytes varied so every copy has its own sha256 (the ledger must not recognise one copy as
another): PDFs get a comment line after %%EOF, zip-based formats (DOCX, XLSX, zip) a new archive
comment, text and HTML a trailing comment line. The folder is temporary and removed afterwards
unless --keep is given. Nothing is copied into the repository.

    python benchmarks/bench_intake.py                      # 1,000 documents, --jobs 1 and 2
    python benchmarks/bench_intake.py --count 200 --jobs 2 # quicker
    python benchmarks/bench_intake.py --exclude r009.pdf   # leave out a seed
    python benchmarks/bench_intake.py -- --no-model        # extra scan options after --

Each run is a real `python -m extract scan ... --db` subprocess; its progress bar and summary
go to this terminal's stderr (the bar shows when stderr is a terminal). Timings are wall clock
on whatever else the machine is doing, so compare runs made back to back.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def sources() -> list[Path]:
    """Every seed document: corpus files and records, and the shipped examples."""
    found = []
    for folder in (CORPUS / "files", CORPUS / "records", REPO / "examples"):
        if folder.is_dir():
            found.extend(sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")))
    return found


def vary(src: Path, dst: Path, n: int) -> None:
    """Copy `src` to `dst` with bytes changed in a way every parser ignores."""
    data = src.read_bytes()
    marker = f"tender-triage bench copy {n}"
    if data.startswith(b"PK\x03\x04") and zipfile.is_zipfile(src):
        shutil.copyfile(src, dst)
        with zipfile.ZipFile(dst, "a") as z:
            z.comment = marker.encode()
        return
    if data.lstrip().startswith(b"%PDF"):
        dst.write_bytes(data + b"\n%" + marker.encode() + b"\n")
        return
    if src.suffix.lower() in {".html", ".htm", ".xml"}:
        dst.write_bytes(data + f"\n<!-- {marker} -->\n".encode())
        return
    dst.write_bytes(data + f"\n{marker}\n".encode())


def build(folder: Path, count: int, exclude: set[str]) -> int:
    seeds = [s for s in sources() if s.name not in exclude]
    if not seeds:
        raise SystemExit(f"no seed documents (is {CORPUS} there?)")
    for i in range(count):
        src = seeds[i % len(seeds)]
        sub = folder / f"batch-{i // 100:02d}"
        sub.mkdir(exist_ok=True)
        vary(src, sub / f"{i:04d}-{src.name}", i)
    return len(seeds)


def scan(folder: Path, db: Path, out: Path, jobs: int, extra: list[str]) -> tuple[float, list[dict]]:
    cmd = [sys.executable, "-m", "extract", "scan", str(folder), "--jobs", str(jobs), "--db", str(db),
           "--output", str(out), *extra]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO)  # stderr inherited: progress bar and summary show here
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"scan failed with exit code {proc.returncode}")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return seconds, records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="documents to build (default 1000)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values for fresh scans (default 1,2)")
    ap.add_argument("--exclude", default="", help="comma-separated seed file names to leave out")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    ap.add_argument("scan_args", nargs="*", help="extra arguments for scan after --, e.g. -- --no-model")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-intake-"))
    try:
        docs = tmp / "docs"
        docs.mkdir()
        exclude = {x for x in args.exclude.split(",") if x}
        n_seeds = build(docs, args.count, exclude)
        size = sum(p.stat().st_size for p in docs.rglob("*") if p.is_file())
        print(f"built {args.count} files from {n_seeds} seeds ({size / 1e6:.1f} MB) in {docs}", file=sys.stderr)
        rows = []
        last_db = None
        for jobs in [int(j) for j in args.jobs.split(",")]:
            db = tmp / f"ledger-j{jobs}.sqlite"
            seconds, records = scan(docs, db, tmp / f"out-j{jobs}.jsonl", jobs, args.scan_args)
            pages = sum(r.get("pages") or 0 for r in records)
            unreadable = sum(r.get("status") != "ok" for r in records)
            rows.append((f"fresh --jobs {jobs}", len(records), pages, unreadable, seconds))
            # Largest resident set of any finished descendant so far (scan process or a worker it
            # reaped): an upper bound check for "under 1 GiB per worker".
            print(f"max RSS of any process so far: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB",
                  file=sys.stderr)
            last_db, last_jobs, fresh_seconds, fresh_records = db, jobs, seconds, records
        seconds, records = scan(docs, last_db, tmp / "out-rerun.jsonl", last_jobs, args.scan_args)
        same = sorted(json.dumps(r, sort_keys=True) for r in records) == sorted(
            json.dumps(r, sort_keys=True) for r in fresh_records)
        rows.append((f"re-run --jobs {last_jobs} (ledger)", len(records), sum(r.get("pages") or 0 for r in records),
                     sum(r.get("status") != "ok" for r in records), seconds))

        print()
        print(f"{'run':<28}{'documents':>10}{'pages':>9}{'unreadable':>11}{'seconds':>10}{'pages/s':>10}")
        for name, n, pages, bad, secs in rows:
            print(f"{name:<28}{n:>10}{pages:>9}{bad:>11}{secs:>10.1f}{pages / secs:>10.1f}")
        print(f"\nledger re-run speed-up: {fresh_seconds / seconds:.1f}x (target >= 20x); "
              f"re-run output identical to the fresh run: {same}")
        if args.keep:
            print(f"kept {tmp}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
