"""--jobs 2 over --jobs 1 on a batch big enough to amortise worker start-up (issue 7).

Copies the corpus PDFs (all but the 1,408-page r009) `--copies` times into a temporary folder,
then times a fresh `tender-triage scan FOLDER --ocr never` with --jobs 1 and with --jobs 2 in the
same run and prints wall seconds, pages per second, the ratio and the load average. Each loky
worker pays its own imports and model load (about 3-4 s), so small batches cannot show the
speed-up; state the load: with a busy neighbour on the other core, --jobs 2 gains nothing.

    python benchmarks/bench_jobs.py [--corpus ../shared/corpus] [--copies 6] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(HERE.parents[1] / "shared" / "corpus"))
    ap.add_argument("--copies", type=int, default=6)
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args(argv)
    pdfs = sorted(p for p in (Path(a.corpus) / "files").glob("*.pdf") if p.name != "r009.pdf")
    if not pdfs:
        print(f"no corpus PDFs under {a.corpus}")
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-jobs-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for k in range(a.copies):
            for p in pdfs:
                shutil.copyfile(p, folder / f"c{k}-{p.name}")
        print(f"{len(pdfs) * a.copies} files; load average at start {os.getloadavg()}")
        walls: dict[int, list[float]] = {1: [], 2: []}
        pages = 0
        for _ in range(a.repeat):
            for jobs in (1, 2):
                out = Path(tmp) / f"out{jobs}.jsonl"
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "extract", "scan", str(folder), "--jobs", str(jobs),
                                "--ocr", "never", "-q", "-o", str(out)], check=False)
                walls[jobs].append(time.perf_counter() - t0)
                pages = sum(json.loads(line).get("pages") or 0 for line in out.read_text().splitlines())
        for jobs in (1, 2):
            w = statistics.median(walls[jobs])
            print(f"--jobs {jobs}: {w:7.1f} s  {pages / w:7.1f} pages/s  ({pages} pages, median of {a.repeat})")
        print(f"--jobs 2 over --jobs 1: {statistics.median(walls[1]) / statistics.median(walls[2]):.2f}x; "
              f"load average at end {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
