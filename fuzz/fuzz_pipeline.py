"""Fuzz the whole screening path: mutated real files through parse + mentions + classify.

    python fuzz/fuzz_pipeline.py --runs 10000 --seed 1      # the documented long run
    python fuzz/fuzz_pipeline.py --seconds 120              # bounded by time
    python fuzz/fuzz_pipeline.py --replay 4711 --seed 1     # re-create input 4711 and screen it

Every input is a seed file (tests/filegen.py builders, examples/) mutated by fuzz/mutate.py,
screened by `extract.batch.screen_path` with the shipped policy and the model named by
models/CURRENT (rules when there is none) in a worker process (fuzz/worker.py) whose cwd and
TMPDIR are a fresh sandbox. Per input the harness checks (fuzz/invariants.py): no exception
escapes, at least one record, every contract field with its type, status not ok => verdict
unreadable and flag true, `page_text[start:end] == text` for every mention, no crash caught by
the runner's safety net, no file written outside the sandbox (audit hook) and none left behind,
and no hang: each input has a wall-clock budget after which the worker is killed and replaced.
Inputs that break a rule are saved to --crash-dir with a JSON note; exit status 1 if any.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from fuzz.mutate import mutate  # noqa: E402
from fuzz.seeds import build_seeds, seed_format  # noqa: E402
from fuzz.worker import _HEADER, write_frame  # noqa: E402

#: Limits the fuzzer screens with: the shipped ones, but a short time limit so a slow input is
#: found quickly (the runner must turn it into an error record well within the harness budget).
FUZZ_LIMITS = {"max_seconds": 10.0}


class WorkerGone(Exception):
    """The worker died or overran its budget; `hung` says which."""

    def __init__(self, hung: bool, detail: str):
        super().__init__(detail)
        self.hung = hung


class Worker:
    """One worker process and the pipes to it; replaced when it hangs or dies."""

    def __init__(self, sandbox: str, setup: dict[str, Any], verbose: bool = False, extra_env: dict[str, str] | None = None):
        env = dict(os.environ, **(extra_env or {}), TMPDIR=os.path.join(sandbox, "tmp"), PYTHONDONTWRITEBYTECODE="1",
                   OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
        self.proc = subprocess.Popen(
            [sys.executable, str(REPO / "fuzz" / "worker.py")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=None if verbose else subprocess.DEVNULL,
            cwd=os.path.join(sandbox, "cwd"), env=env, start_new_session=True,
        )
        write_frame(self.proc.stdin, setup)
        self.hello = self.call(None, 120.0)

    def call(self, job: dict[str, Any] | None, budget: float) -> dict[str, Any]:
        if job is not None:
            try:
                write_frame(self.proc.stdin, job)
            except (BrokenPipeError, OSError) as exc:
                raise WorkerGone(False, f"worker gone before the input was sent ({exc})") from exc
        end = time.monotonic() + budget
        head = self._read(_HEADER.size, end)
        return __import__("pickle").loads(self._read(_HEADER.unpack(head)[0], end))

    def _read(self, n: int, end: float) -> bytes:
        fd = self.proc.stdout.fileno()
        chunks, got = [], 0
        while got < n:
            left = end - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise WorkerGone(True, "no answer within the per-input budget")
            chunk = os.read(fd, n - got)
            if not chunk:
                code = self.proc.wait()
                raise WorkerGone(False, f"worker died (exit code {code})")
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)  # its own session: only its processes
            except ProcessLookupError:
                pass
        self.proc.wait()

    def close(self) -> None:
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except Exception:  # noqa: BLE001
            self.kill()


@dataclass
class Summary:
    runs: int = 0
    records: int = 0
    mentions: int = 0
    seconds: float = 0.0
    slowest: float = 0.0
    slowest_input: str = ""
    max_worker_rss_mb: float = 0.0
    hangs: int = 0
    deaths: int = 0
    findings: list[dict[str, Any]] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    formats: dict[str, int] = field(default_factory=dict)
    ops: dict[str, int] = field(default_factory=dict)
    outside_new: list[str] = field(default_factory=list)
    model: str = ""

    @property
    def ok(self) -> bool:
        return not self.findings


def make_input(i: int, seed: int, seeds: dict[str, bytes], names: list[str]) -> tuple[str, bytes, str, list[str]]:
    """Input number `i` of a run with `seed`: reproducible on its own (for --replay).

    The first len(seeds) inputs are the seeds unmutated (a baseline that must pass), then
    every input is one seed, chosen uniformly, mutated 1-3 times.
    """
    if i < len(names):
        name = names[i]
        return name, seeds[name], name, []
    rng = random.Random(f"{seed}:{i}")
    name = rng.choice(names)
    others = [seeds[n] for n in rng.sample(names, 3)]
    data, ops = mutate(seeds[name], seed_format(name), rng, others)
    return name, data, name, ops


def _snapshot(roots: list[Path], skip: set[str]) -> set[str]:
    """Entry names under `roots` (the repo tree, the system temp dir's top level) for the
    nothing-written-elsewhere check; the sandbox and caches are skipped."""
    seen: set[str] = set()
    for root in roots:
        if not root.is_dir():
            continue
        if root == Path(tempfile.gettempdir()):
            seen.update(str(root / n) for n in os.listdir(root))
            continue
        for dirpath, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in skip]
            seen.update(os.path.join(dirpath, n) for n in files)
    return seen


def run(
    *,
    runs: int | None = None,
    seconds: float | None = None,
    seed: int = 1,
    crash_dir: str | os.PathLike[str] | None = None,
    limits: dict[str, Any] | None = None,
    budget: float | None = None,
    max_worker_mb: float | None = 2048,
    only: list[int] | None = None,
    progress: bool = False,
    verbose: bool = False,
    seeds: dict[str, bytes] | None = None,
    test_hook: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> Summary:
    """Run the fuzzer; returns a Summary (findings listed, inputs saved under `crash_dir`)."""
    from extract import settings

    seeds = seeds if seeds is not None else build_seeds()
    names = sorted(seeds)
    limits = dict(FUZZ_LIMITS, **(limits or {}))
    budget = budget or (2 * float(limits["max_seconds"]) + 20.0)
    model_dir = settings.model_dir()
    sandbox = tempfile.mkdtemp(prefix="tt-fuzz-")
    os.mkdir(os.path.join(sandbox, "cwd"))
    os.mkdir(os.path.join(sandbox, "tmp"))
    setup = {"sandbox": sandbox, "limits": limits, "max_worker_mb": max_worker_mb,
             "model_dir": str(model_dir) if model_dir and (model_dir / "card.json").is_file() else "rules",
             "test_hook": test_hook}
    crash_path = Path(crash_dir) if crash_dir else None
    skip = {".git", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", os.path.basename(sandbox)}
    if crash_path:
        skip.add(crash_path.name)
    roots = [REPO, Path(tempfile.gettempdir())]
    before = _snapshot(roots, skip)
    summary = Summary()
    statuses: collections.Counter[str] = collections.Counter()
    formats: collections.Counter[str] = collections.Counter()
    ops_seen: collections.Counter[str] = collections.Counter()
    started = time.monotonic()
    worker = Worker(sandbox, setup, verbose, extra_env)
    summary.model = worker.hello.get("model", "")
    indices = iter(only) if only is not None else iter(range(10**12))
    try:
        for i in indices:
            if runs is not None and only is None and i >= runs:
                break
            if seconds is not None and time.monotonic() - started > seconds:
                break
            seed_name, data, _, ops = make_input(i, seed, seeds, names)
            ext = seed_name.rsplit(".", 1)[-1]
            name = f"in-{i:07d}.{ext}"
            ops_seen.update(ops)
            try:
                result = worker.call({"name": name, "data": data}, budget)
            except WorkerGone as gone:
                worker.kill()
                if gone.hung:
                    summary.hangs += 1
                else:
                    summary.deaths += 1
                result = {"records": [], "violations": [("hang: " if gone.hung else "crash: ") + str(gone)],
                          "traceback": None, "seconds": budget if gone.hung else 0.0, "maxrss_kb": 0, "n_mentions": 0}
                worker = Worker(sandbox, setup, verbose, extra_env)
            summary.runs += 1
            summary.records += len(result["records"])
            summary.mentions += result.get("n_mentions", 0)
            summary.max_worker_rss_mb = max(summary.max_worker_rss_mb, result["maxrss_kb"] / 1024)
            if result["seconds"] > summary.slowest:
                summary.slowest, summary.slowest_input = result["seconds"], f"{i} ({seed_name} {'+'.join(ops) or 'seed'})"
            for r in result["records"]:
                statuses[r["status"]] += 1
                formats[r.get("format") or "?"] += 1
            if result["violations"]:
                finding = {"input": i, "seed_file": seed_name, "ops": ops, "seed": seed,
                           "sha256": hashlib.sha256(data).hexdigest(), "violations": result["violations"][:20],
                           "traceback": result.get("traceback"), "records": result["records"][:20]}
                if crash_path:
                    crash_path.mkdir(parents=True, exist_ok=True)
                    stem = f"{'hang' if result['violations'][0].startswith('hang:') else 'crash'}-{finding['sha256'][:12]}"
                    (crash_path / f"{stem}.{ext}").write_bytes(data)
                    (crash_path / f"{stem}.json").write_text(json.dumps(finding, indent=2, ensure_ascii=False), encoding="utf-8")
                    finding["saved_as"] = str(crash_path / f"{stem}.{ext}")
                summary.findings.append(finding)
                if progress:
                    print(f"FINDING input {i} ({seed_name} {'+'.join(ops)}): {result['violations'][0]}", file=sys.stderr)
            if progress and summary.runs % 100 == 0:
                el = time.monotonic() - started
                print(f"{summary.runs} inputs, {summary.records} records, {len(summary.findings)} findings, "
                      f"{summary.runs / el:.1f} inputs/s", file=sys.stderr)
    finally:
        worker.close()
        shutil.rmtree(sandbox, ignore_errors=True)
    summary.seconds = time.monotonic() - started
    summary.statuses = dict(statuses)
    summary.formats = dict(formats)
    summary.ops = dict(ops_seen)
    after = _snapshot(roots, skip)
    summary.outside_new = sorted(after - before)
    return summary


def _report(s: Summary) -> str:
    lines = [
        f"inputs            {s.runs}",
        f"records           {s.records}  (mentions {s.mentions})",
        f"model             {s.model}",
        f"seconds           {s.seconds:.1f}  ({s.runs / max(s.seconds, 1e-9):.1f} inputs/s)",
        f"slowest input     {s.slowest:.2f} s  #{s.slowest_input}",
        f"worker peak RSS   {s.max_worker_rss_mb:.0f} MB",
        f"hangs / deaths    {s.hangs} / {s.deaths}",
        f"statuses          {json.dumps(s.statuses, sort_keys=True)}",
        f"formats           {json.dumps(s.formats, sort_keys=True)}",
        f"mutations         {json.dumps(s.ops, sort_keys=True)}",
        f"findings          {len(s.findings)}",
    ]
    for f in s.findings[:20]:
        lines.append(f"  #{f['input']} {f['seed_file']} {'+'.join(f['ops']) or 'seed'}: {f['violations'][0]}")
        if f.get("saved_as"):
            lines.append(f"      saved as {f['saved_as']}")
    if s.outside_new:
        lines.append("new files outside the sandbox during the run (other processes on this machine may have made them;")
        lines.append("the worker's audit hook saw no write by the pipeline outside it unless a finding says so):")
        lines.extend(f"  {p}" for p in s.outside_new[:20])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, help="number of inputs (seeds first, then mutations); default 1000 without --seconds")
    p.add_argument("--seconds", type=float, help="stop after this many seconds")
    p.add_argument("--seed", type=int, default=1, help="mutation seed (input i of seed s is always the same bytes)")
    p.add_argument("--replay", type=int, action="append", help="screen only input number N (repeatable)")
    p.add_argument("--crash-dir", default=str(REPO / "fuzz" / "crashes"), help="where failing inputs are saved")
    p.add_argument("--max-seconds", type=float, default=FUZZ_LIMITS["max_seconds"], help="per-document time limit given to the runner")
    p.add_argument("--budget", type=float, help="per-input wall-clock budget of the harness (default 2 x max-seconds + 20)")
    p.add_argument("--json", help="also write the summary as JSON to this file")
    p.add_argument("--verbose", action="store_true", help="show the worker's stderr (library warnings)")
    args = p.parse_args(argv)
    runs = args.runs if args.runs is not None else (None if args.seconds else 1000)
    summary = run(runs=runs, seconds=args.seconds, seed=args.seed, crash_dir=args.crash_dir,
                  limits={"max_seconds": args.max_seconds}, budget=args.budget, only=args.replay,
                  progress=True, verbose=args.verbose)
    print(_report(summary))
    if args.json:
        Path(args.json).write_text(json.dumps(asdict(summary), indent=2, ensure_ascii=False), encoding="utf-8")
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
