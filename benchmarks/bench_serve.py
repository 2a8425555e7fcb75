"""Load test of `tender-triage serve` (issue 14): N documents uploaded by C concurrent clients.

Starts the real server (`python -m extract serve`, uvicorn, worker processes) on a free loopback
port over a fresh ledger, uploads `--docs` distinct documents from training_data/documents (every
language and format there, taken at an even stride) through POST /api/documents with `--clients`
concurrent HTTP clients (one document per request, each client with its own connection), and
checks that every upload was answered with its own record(s) (name and sha256) and that every
document is in the ledger exactly once. Prints latency p50/p95/max, throughput and the
conditions (cores, load average, worker processes, model); `--write` puts the figures into
benchmarks/RESULTS.md (section "Serve load test").

    python benchmarks/bench_serve.py [--docs 200] [--clients 20] [--jobs 2] [--model rules] [--write]

The default model is the shipped one (as the server's default); `--model rules` measures the
server with the mention rules alone. BENCH_DEBUG=1 prints each upload's finish time and latency.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARK_BEGIN = "<!-- bench_serve begin -->"
MARK_END = "<!-- bench_serve end -->"


def _pick(folder: Path, n: int) -> list[Path]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    if len(files) < n:
        raise SystemExit(f"only {len(files)} files under {folder}, need {n}")
    stride = len(files) / n
    picked = [files[int(i * stride)] for i in range(n)]
    seen: set[str] = set()
    out = []
    for p in picked:  # distinct bytes, so "in the ledger once" is about our server, not duplicates
        sha = hashlib.sha256(p.read_bytes()).hexdigest()
        if sha not in seen:
            seen.add(sha)
            out.append(p)
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _config(folder: Path) -> tuple[Path, str]:
    from argon2 import PasswordHasher

    from extract.serve.config import new_token, token_sha256

    token = new_token()
    path = folder / "serve.toml"
    path.write_text(
        f'[users.bench]\npassword = "{PasswordHasher().hash(new_token())}"\n\n'
        f'[[tokens]]\nuser = "bench"\nsha256 = "{token_sha256(token)}"\n', encoding="utf-8")
    return path, token


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="server worker processes")
    ap.add_argument("--model", default=None, help="model directory or 'rules' (default: the shipped model)")
    ap.add_argument("--folder", default=str(ROOT / "training_data" / "documents"))
    ap.add_argument("--write", action="store_true", help="write the figures into benchmarks/RESULTS.md")
    a = ap.parse_args(argv)

    import httpx

    docs = _pick(Path(a.folder), a.docs)
    total_bytes = sum(p.stat().st_size for p in docs)
    kinds: dict[str, int] = {}
    for p in docs:
        kinds[p.suffix.lstrip(".") or "none"] = kinds.get(p.suffix.lstrip(".") or "none", 0) + 1

    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        folder = Path(tmp)
        config, token = _config(folder)
        db = folder / "ledger.sqlite"
        port = _free_port()
        cmd = [sys.executable, "-m", "extract", "serve", "--db", str(db), "--config", str(config),
               "--host", "127.0.0.1", "--port", str(port), "--jobs", str(a.jobs)]
        if a.model:
            cmd += ["--model", a.model]
        log = open(folder / "server.log", "w+", encoding="utf-8")  # noqa: SIM115 - closed below
        t_start = time.monotonic()
        server = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=str(ROOT))
        base = f"http://127.0.0.1:{port}"
        try:
            while True:
                if server.poll() is not None:
                    log.seek(0)
                    print(f"the server exited ({server.returncode}):\n{log.read()}", file=sys.stderr)
                    return 2
                try:
                    if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() - t_start > 120:
                    print("the server did not start within 120 s", file=sys.stderr)
                    return 2
                time.sleep(0.2)
            startup = time.monotonic() - t_start

            todo = list(enumerate(docs))
            lock = threading.Lock()
            latencies: list[float] = []
            problems: list[str] = []
            answers: dict[str, list[dict]] = {}

            def client() -> None:
                with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=300) as c:
                    while True:
                        with lock:
                            if not todo:
                                return
                            _, path = todo.pop(0)
                        data = path.read_bytes()
                        sha = hashlib.sha256(data).hexdigest()
                        t0 = time.perf_counter()
                        r = c.post("/api/documents", files={"file": (path.name, data)})
                        dt = time.perf_counter() - t0
                        with lock:
                            latencies.append(dt)
                            if os.environ.get("BENCH_DEBUG"):
                                print(f"{time.perf_counter() - t0_all:.2f} {dt:.3f} {path.suffix}", file=sys.stderr)
                            if r.status_code != 200:
                                problems.append(f"{path.name}: HTTP {r.status_code} {r.text[:200]}")
                                continue
                            [f] = r.json()["files"]
                            recs = f["records"]
                            if f["sha256"] != sha or not recs or any(
                                    not rec["path"].startswith(path.name) or not rec.get("verdict") for rec in recs):
                                problems.append(f"{path.name}: answered with another document's record")
                            answers[sha] = recs

            t0 = t0_all = time.perf_counter()
            threads = [threading.Thread(target=client) for _ in range(a.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t0
            load = os.getloadavg()
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
            log.close()

        con = sqlite3.connect(db)
        files_rows = dict(con.execute("SELECT file_sha256, COUNT(*) FROM files GROUP BY file_sha256").fetchall())
        doc_rows = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        con.close()
        once = sum(1 for sha in answers if files_rows.get(sha) == 1)
        expected_rows = sum(len(r) for r in answers.values())
        model = next(iter(answers.values()))[0]["model"] if answers else "n/a"
        verdicts: dict[str, int] = {}
        for recs in answers.values():
            for rec in recs:
                verdicts[rec["verdict"]] = verdicts.get(rec["verdict"], 0) + 1

    p50, p95 = _percentile(latencies, 0.5), _percentile(latencies, 0.95)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    conditions = (f"{when}; {os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} "
                  f"(1/5/15 min, at the end); Python {platform.python_version()}; server `--jobs {a.jobs}` worker "
                  f"processes, model `{model}`, OCR auto; {len(docs)} distinct documents from training_data/documents "
                  f"({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))}; {total_bytes / 1024:.0f} KB in all), "
                  f"{a.clients} concurrent clients, one document per request, each client its own keep-alive connection")
    lines = [
        (f"- answered: {len(latencies) - len(problems)} of {len(docs)} uploads with their own record(s); "
        f"problems: {len(problems)}"),
        (f"- in the ledger exactly once: {once} of {len(answers)} documents; document rows {doc_rows} "
        f"(records answered: {expected_rows})"),
        (f"- latency per upload (request sent to record received): p50 **{p50 * 1000:.0f} ms**, "
        f"p95 **{p95 * 1000:.0f} ms**, max {max(latencies) * 1000:.0f} ms"),
        (f"- throughput: {len(docs) / wall:.1f} documents/s ({wall:.1f} s wall for {len(docs)}); server start-up "
        f"(workers warm) {startup:.1f} s"),
        f"- verdicts: {', '.join(f'{k} {v}' for k, v in sorted(verdicts.items()))}",
    ]
    print(f"conditions: {conditions}")
    print("\n".join(lines))
    for p in problems[:10]:
        print(f"  problem: {p}")
    if a.write:
        section = (f"{MARK_BEGIN}\n## Serve load test (issue 14)\n\n"
                   f"`python benchmarks/bench_serve.py {' '.join(argv if argv is not None else sys.argv[1:])}`\n\n"
                   f"Conditions: {conditions}.\n\n" + "\n".join(lines) + f"\n{MARK_END}\n")
        results = HERE / "RESULTS.md"
        text = results.read_text(encoding="utf-8")
        if MARK_BEGIN in text and MARK_END in text:
            head, rest = text.split(MARK_BEGIN, 1)
            tail = rest.split(MARK_END, 1)[1].lstrip("\n")
            text = head + section + ("\n" + tail if tail else "")
        else:
            text = text.rstrip("\n") + "\n\n" + section
        results.write_text(text, encoding="utf-8")
        print(f"written to {results}")
    ok = not problems and once == len(docs) == len(answers) and doc_rows == expected_rows
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
