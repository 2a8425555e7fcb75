"""Memory per worker while screening the hostile set (issue 8: under 1 GiB per worker).

Why: bids come from outside; a zip bomb, a PDF with a lying page tree or a text file just under
the size limit must not push a worker past what the machine can give every worker at once. This
builds the hostile set in a temporary folder, screens it with the real command in worker
processes, and prints each process's peak resident set.

    python benchmarks/bench_hostile.py                    # hostile set + crash fixtures + 300 fuzz inputs, --jobs 2
    python benchmarks/bench_hostile.py --heavy            # also inputs just under the default size limits (slower)
    python benchmarks/bench_hostile.py --fuzz 0 --jobs 1  # the 500-document set only, one process
    python benchmarks/bench_hostile.py -- --max-worker-mb 1024   # extra `scan` options after --

The set: 450 clean and 50 broken or hostile documents (fuzz/hostile_set.py, the same as
tests/test_hostile_batch.py), every file in tests/files/crashes/, and `--fuzz` mutated inputs
from the fuzz harness (fuzz/fuzz_pipeline.py, seed `--seed`). `--heavy` adds a 250 MB text
file, a 200 MB HTML file, a zip whose one member inflates to 250 MB at a ratio under the limit,
and a 2,000-page PDF.

Measured two ways: psutil samples the scan process and all its descendants every 50 ms (peak
RSS per process id, so each loky worker has its own figure), and after the scan exits
getrusage(RUSAGE_CHILDREN).ru_maxrss gives the kernel's high-water mark of the largest process
(catching a spike between samples). Exit status 1 when any process went over --limit-mb.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from fuzz.hostile_set import clean_documents, hostile_documents  # noqa: E402


def build_set(folder: Path, fuzz_inputs: int, seed: int, heavy: bool) -> dict[str, int]:
    """Write the hostile set into `folder`; returns counts per part."""
    rng = random.Random(8)
    marker = f"tt-escape-{uuid.uuid4().hex}.txt"
    clean = clean_documents(rng)
    broken, readable = hostile_documents(rng, [marker, os.path.join(tempfile.gettempdir(), "abs", marker)])
    for name, data in {**clean, **broken, **readable}.items():
        (folder / name).write_bytes(data)
    crashes = [p for p in (REPO / "tests" / "files" / "crashes").glob("*") if p.suffix != ".md"]
    for p in crashes:
        shutil.copyfile(p, folder / f"crash-{p.name}")
    if fuzz_inputs:
        from fuzz.fuzz_pipeline import make_input
        from fuzz.seeds import build_seeds

        seeds = build_seeds()
        names = sorted(seeds)
        for i in range(len(names), len(names) + fuzz_inputs):
            seed_name, data, _, _ = make_input(i, seed, seeds, names)
            (folder / f"fuzz-{i:05d}.{seed_name.rsplit('.', 1)[-1]}").write_bytes(data)
    counts = {"clean": len(clean), "broken": len(broken), "hostile names": len(readable),
              "crash fixtures": len(crashes), "fuzz inputs": fuzz_inputs}
    if heavy:
        counts["heavy"] = _heavy(folder)
    return counts


def _heavy(folder: Path) -> int:
    """Inputs just under the default limits: the ones that cost memory if any do."""
    sys.path.insert(0, str(REPO / "tests"))
    import filegen

    line = b"Lot 1: supply of 48-port core switches, Huawei S5735, quantity 10, delivery 30 days.\n"
    with open(folder / "heavy-250mb.txt", "wb") as f:
        for _ in range(250 * 1024 * 1024 // len(line)):
            f.write(line)
    rng = random.Random(1)
    noise = bytes(rng.randrange(256) for _ in range(1 << 16))
    with zipfile.ZipFile(folder / "heavy-member.zip", "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("big.txt", "w", force_zip64=True) as m:
            for k in range(250 * 16):  # 250 MB: text with a little noise keeps the ratio under 200x
                m.write(line * 700 + noise[(k * 97) % 60000:][:4000])
    html_line = b"<p>" + line.rstrip() + b"</p>\n"
    with open(folder / "heavy-200mb.html", "wb") as f:
        f.write(b"<html><body>")
        for _ in range(200 * 1024 * 1024 // len(html_line)):
            f.write(html_line)
    (folder / "heavy-2000-pages.pdf").write_bytes(filegen.pdf_bytes([["Annex page. Hikvision DS-2CD2043G2-I camera."]] * 2000))
    return 4


def _sample(proc: subprocess.Popen, interval: float = 0.05) -> dict[int, dict]:
    """Peak RSS per process (the scan and every descendant) until `proc` exits."""
    import psutil

    peaks: dict[int, dict] = {}
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            procs = [root] + root.children(recursive=True)
        except psutil.Error:
            procs = []
        for p in procs:
            try:
                rss = p.memory_info().rss
                entry = peaks.setdefault(p.pid, {"rss": 0, "cmd": " ".join(p.cmdline()[:4])[:80]})
                entry["rss"] = max(entry["rss"], rss)
            except psutil.Error:
                continue
        time.sleep(interval)
    return peaks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--fuzz", type=int, default=300, help="mutated inputs from the fuzz harness (default 300)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--heavy", action="store_true", help="add inputs just under the default size limits")
    parser.add_argument("--limit-mb", type=float, default=1024.0, help="fail above this peak RSS per process (default 1024)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("scan_args", nargs="*", help="extra `scan` options (after --)")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="tt-bench-hostile-"))
    folder = work / "in"
    folder.mkdir()
    try:
        t0 = time.monotonic()
        counts = build_set(folder, args.fuzz, args.seed, args.heavy)
        n_files = sum(1 for p in folder.iterdir())
        print(f"hostile set: {n_files} files ({', '.join(f'{k} {v}' for k, v in counts.items())}), "
              f"{sum(p.stat().st_size for p in folder.iterdir()) / 1e6:.1f} MB, built in {time.monotonic() - t0:.1f} s")
        out = work / "records.jsonl"
        cmd = [sys.executable, "-m", "extract", "scan", str(folder), "--jobs", str(args.jobs),
               "--format", "jsonl", "--output", str(out), "--quiet", *args.scan_args]
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=work)
        peaks = _sample(proc)
        seconds = time.monotonic() - t0
        high_water_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
        statuses: dict[str, int] = {}
        for r in records:
            statuses[r["status"]] = statuses.get(r["status"], 0) + 1
        died = sum("worker process died" in (r.get("error") or "") for r in records)
        lost = n_files - len({r["path"].split("!", 1)[0] for r in records})
        print(f"scan --jobs {args.jobs}: exit {proc.returncode}, {len(records)} records from {n_files} files "
              f"({lost} files without a record), {seconds:.1f} s, statuses {json.dumps(statuses, sort_keys=True)}, "
              f"worker deaths recorded {died}")
        print(f"{'pid':>8}  {'peak RSS MB':>11}  process")
        main_pid = proc.pid
        for pid, e in sorted(peaks.items(), key=lambda kv: -kv[1]["rss"]):
            role = "scan (parent)" if pid == main_pid else "worker"
            print(f"{pid:>8}  {e['rss'] / 2**20:>11.0f}  {role}: {e['cmd']}")
        worker_peak = max((e["rss"] for pid, e in peaks.items() if pid != main_pid), default=0) / 2**20
        print(f"peak RSS of any worker (sampled): {worker_peak:.0f} MB; kernel high-water mark of any process: "
              f"{high_water_mb:.0f} MB; limit {args.limit_mb:.0f} MB")
        over = high_water_mb > args.limit_mb
        print("PASS: every process stayed under the limit" if not over else "FAIL: a process went over the limit")
        return 1 if over or lost else 0
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
