"""`scan`, `report` and `explain` from the command line, and a real SIGKILL halfway through a run."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from markupsafe import escape

from extract.intake.screen import ScanConfig
from extract.intake.batch import run_scan
from extract.cli import main


REPO = Path(__file__).resolve().parents[1]
HOSTILE_NAME = "<img src=x onerror=alert(1)>=cmd.txt"


def slow_down(path: str) -> None:
    """TEST-ONLY worker hook (passed with --test-hook): make each file take a while."""
    time.sleep(0.2)


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "boq.txt").write_text("Bill of quantities\nItem 1: Huawei S5735-L24T4S-A switch, 10 units\n", encoding="utf-8")
    (folder / "cctv.txt").write_text("Supply of 40 IP cameras and a network video recorder.\n", encoding="utf-8")
    (folder / "chairs.txt").write_text("Supply of 200 office chairs.\n", encoding="utf-8")
    (folder / HOSTILE_NAME).write_text(
        "Offer: Hikvision camera <script>window.__pwned=1</script> =HYPERLINK(\"http://x\")\n", encoding="utf-8")
    return folder


def _strip(records):
    return sorted(({k: v for k, v in r.items() if k != "seconds"} for r in records), key=lambda r: r["path"])


def _jsonl(path: Path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_output_is_the_library_output(docs, tmp_path, capsys):
    out = tmp_path / "o.jsonl"
    assert main(["scan", str(docs), "--no-model", "--jobs", "1", "--output", str(out)]) == 0
    assert _strip(_jsonl(out)) == _strip(run_scan([docs], ScanConfig(model_dir="rules")))
    err = capsys.readouterr().err
    assert "4 documents" in err and "restricted_vendor_named 2" in err and "pages/s" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def test_jsonl_to_stdout_and_quiet_is_silent(docs, capsys):
    assert main(["scan", str(docs / "chairs.txt"), "--no-model", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert json.loads(captured.out)["verdict"] == "out_of_scope"


def test_unreadable_document_gives_exit_1_and_is_in_the_output(docs, tmp_path):
    (docs / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n")
    out = tmp_path / "o.jsonl"
    assert main(["scan", str(docs), "--no-model", "--jobs", "2", "--quiet", "-o", str(out)]) == 1
    broken = [r for r in _jsonl(out) if r["path"].endswith("broken.pdf")]
    assert len(broken) == 1 and broken[0]["flag"] is True and broken[0]["verdict"] == "unreadable"


def test_csv_and_mentions_csv(docs, tmp_path):
    out, mentions = tmp_path / "o.csv", tmp_path / "m.csv"
    assert main(["scan", str(docs), "--no-model", "-j", "1", "-q", "--format", "csv", "-o", str(out),
                 "--mentions-csv", str(mentions)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 4
    hostile = [r for r in rows if "onerror" in r["path"]][0]
    assert hostile["entities"] == "hikvision"
    mention_rows = list(csv.DictReader(io.StringIO(mentions.read_text(encoding="utf-8"))))
    assert {r["entity"] for r in mention_rows} >= {"huawei", "hikvision"}
    assert all(r["path"] in {x["path"] for x in rows} for r in mention_rows)
    assert sum(int(r["mentions"]) for r in rows) == len(mention_rows)


def test_html_report_written_directly_escapes_the_hostile_file(docs, tmp_path):
    out = tmp_path / "report.html"
    assert main(["scan", str(docs), "--no-model", "-j", "1", "-q", "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<img src=x" not in page and "<script>window" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;=cmd.txt" in page
    assert page.index("boq.txt") < page.index("cctv.txt") < page.index("chairs.txt")


def test_html_from_scan_and_from_report_cites_regimes_from_the_policy_not_by_key(docs, tmp_path):
    """The static report cites regimes as the review service does (the policy's instrument and
    entity names), whether written by scan or re-rendered from the ledger by report."""
    from extract.policy.load import load_policy

    policy = load_policy()
    huawei = policy.entities["huawei"]
    db, direct, rendered = tmp_path / "l.sqlite", tmp_path / "scan.html", tmp_path / "report.html"
    assert main(["scan", str(docs), "--no-model", "-j", "1", "-q", "--db", str(db), "--format", "html", "-o", str(direct)]) == 0
    assert main(["report", str(db), "-o", str(rendered)]) == 0
    for out in (direct, rendered):
        page = out.read_text(encoding="utf-8")
        blocks = re.findall(r'<dl class="regimes">.*?</dl>', page, re.DOTALL)
        assert blocks, out.name
        huawei_block = next(b for b in blocks if huawei.name in b)
        for key in huawei.regimes:
            assert str(escape(policy.regimes[key].instrument)) in huawei_block  # as Jinja2 escapes it


def test_report_renders_from_the_ledger(docs, tmp_path):
    db, scanned = tmp_path / "l.sqlite", tmp_path / "scan.jsonl"
    assert main(["scan", str(docs), "--no-model", "-j", "1", "-q", "--db", str(db), "-o", str(scanned)]) == 0
    from_db = tmp_path / "r.jsonl"
    assert main(["report", str(db), "--format", "jsonl", "-o", str(from_db)]) == 0
    assert _jsonl(from_db) == sorted(_jsonl(scanned), key=lambda r: r["path"])
    html_out, csv_out = tmp_path / "r.html", tmp_path / "r.csv"
    assert main(["report", str(db), "-o", str(html_out)]) == 0
    assert html_out.read_text(encoding="utf-8").count('<section class="doc') == 4
    assert main(["report", str(db), "--format", "csv", "-o", str(csv_out)]) == 0
    assert len(list(csv.DictReader(io.StringIO(csv_out.read_text(encoding="utf-8"))))) == 4


def test_configuration_errors_exit_2_before_anything_is_written(docs, tmp_path, capsys):
    missing = tmp_path / "none.sqlite"
    assert main(["report", str(missing)]) == 2
    assert not missing.exists()
    out = tmp_path / "o.jsonl"
    assert main(["scan", str(docs), "--no-model", "--rescan", "-o", str(out)]) == 2
    assert main(["scan", str(docs), "--no-model", "--backend", "dask", "-o", str(out)]) == 2
    assert not out.exists()
    assert "--db" in capsys.readouterr().err


def test_rerun_with_db_skips_everything_and_output_stays_complete(docs, tmp_path, capsys):
    db = tmp_path / "l.sqlite"
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert main(["scan", str(docs), "--no-model", "-j", "1", "--db", str(db), "-o", str(first)]) == 0
    capsys.readouterr()
    assert main(["scan", str(docs), "--no-model", "-j", "1", "--db", str(db), "-o", str(second)]) == 0
    assert "(4 from the ledger)" in capsys.readouterr().err
    assert _jsonl(second) == _jsonl(first)


def test_explain_prints_mentions_with_page_line_and_rules(docs, capsys):
    assert main(["explain", str(docs / "boq.txt"), "--no-model"]) == 0
    out = capsys.readouterr().out
    assert "verdict   restricted_vendor_named" in out
    assert "p1 l2  vendor  huawei  [" in out and "regimes: us_" in out
    assert "rules only (--model rules)" in out and "rule:" in out


def test_sigkill_halfway_then_rerun_gives_exactly_one_record_per_document(tmp_path):
    """A real `python -m extract scan --db` process is killed with SIGKILL after a few commits."""
    folder = tmp_path / "in"
    folder.mkdir()
    n = 24
    for i in range(n):
        (folder / f"doc-{i:02d}.txt").write_text(f"Tender {i}: supply of {i + 2} IP cameras.\n", encoding="utf-8")
    db = tmp_path / "ledger.sqlite"
    scratch = tmp_path / "tmp"  # the runs' temp folder, so what the killed run leaves can be seen
    scratch.mkdir()
    env = dict(os.environ, TMPDIR=str(scratch),
               PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")]))
    cmd = [sys.executable, "-m", "extract", "scan", str(folder), "--no-model", "--jobs", "2", "--quiet", "--db", str(db)]
    proc = subprocess.Popen(cmd + ["-o", str(tmp_path / "1.jsonl"), "--test-hook", f"{__name__}:slow_down"],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)

    def committed() -> int:
        if not db.exists():
            return 0
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
                return con.execute("SELECT COUNT(*) FROM files").fetchone()[0]
        except sqlite3.OperationalError:  # tables not created yet
            return 0

    deadline = time.monotonic() + 120
    while committed() < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read().decode()[-500:]}"
    # The whole run dies at once (its worker processes too), as when its container is OOM-killed.
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    done_before = committed()
    assert 4 <= done_before < n
    left = [p.name for p in scratch.iterdir() if p.name.startswith("tender-triage-run-")]
    assert left, "the killed run's marker folder should still be there"

    rerun = subprocess.run(cmd + ["-o", str(tmp_path / "2.jsonl")], cwd=REPO, env=env, capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()[-800:]
    records = _jsonl(tmp_path / "2.jsonl")
    paths = [r["path"] for r in records]
    assert sorted(paths) == sorted(str(p) for p in folder.iterdir())  # every document, once
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT path, COUNT(*) FROM documents GROUP BY path").fetchall()
        assert len(rows) == n and all(c == 1 for _, c in rows)
        assert con.execute("SELECT COUNT(*) FROM files").fetchone()[0] == n
    # The rerun swept the killed run's marker folder, and cleaned up its own.
    assert [p.name for p in scratch.iterdir() if p.name.startswith("tender-triage-run-")] == []


_LEAVE_PROBE = """
import atexit, os, sys
atexit.register(lambda: os.write(1, b"earlier handler ran\\n"))  # before the program's own: runs after it
import extract.cli as cli
atexit.register(lambda: os.write(1, b"later handler ran\\n"))  # after the program's own: runs before it
if sys.argv[1] == "joblib-scan":
    sys.argv[1:] = ["scan", sys.argv[2], "-j", "2", "--model", "rules", "-o", sys.argv[3]]
elif sys.argv[1] == "library":
    code = cli.main(["scan", sys.argv[2], "-j", "1", "--model", "rules", "-o", sys.argv[3]])
    print("library call returned", code, flush=True)
    sys.exit(code)
else:
    sys.argv[1:] = ["scan", sys.argv[2], "-j", "1", "--model", "rules", "-o", sys.argv[3]]
cli.entry()
"""


@pytest.mark.parametrize("how", ["program", "joblib-scan", "library"])
def test_the_program_leaves_without_tearing_the_interpreter_down(docs, tmp_path, how):
    """`tender-triage` ends once the exit handlers registered after its own have run (every
    library's: the program's module is imported first): the output is complete and the status is
    the command's, and nothing runs after it (a handler registered before it stands for the
    interpreter's teardown here). The same with worker processes (their pool is shut down by its
    own handler first). `main()` called as a library function returns, and the process ends the
    usual way."""
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj truncated")  # unreadable: status 1
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-c", _LEAVE_PROBE, how, str(docs), str(out)], capture_output=True,
                          text=True, cwd=REPO, timeout=300)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list(docs.iterdir())) and proc.returncode == 1, proc.stderr
    assert "later handler ran" in proc.stdout
    if how == "library":
        assert "library call returned 1" in proc.stdout and "earlier handler ran" in proc.stdout
    else:
        assert "earlier handler ran" not in proc.stdout
