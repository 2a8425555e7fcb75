"""A user's mistake or a stop from outside ends in one sentence and a documented exit code, never a
traceback (issue 13, "clean failures").

Every test runs the real command in a subprocess (`python -m extract ...`), as an operator or a
cron job would, and checks the exit code, that stderr holds no traceback, and what was (not)
written. The model is not the point here: `--model rules` avoids loading one.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.intake.pool import SCHEDULER_TIMEOUT
from filegen import docx_bytes, zip_bytes

REPO = Path(__file__).resolve().parents[1]
RULES = ["--model", "rules"]
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "tests"), os.environ.get("PYTHONPATH", "")]))


def cli(*args: str, cwd: Path = REPO, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", *args], cwd=cwd, env=ENV, capture_output=True,
                          text=True, timeout=timeout, check=False, **kwargs)


def one_sentence(stderr: str) -> str:
    """The one line a failure prints; fails the test on a traceback or a second line."""
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "boq.txt").write_text("Bill of quantities\nItem 1: Huawei S5735-L24T4S-A switch, 10 units\n", encoding="utf-8")
    (folder / "chairs.txt").write_text("Supply of 200 office chairs.\n", encoding="utf-8")
    return folder


def many_docs(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"doc-{i:03d}.txt").write_text(f"Tender {i}: supply of {i + 2} IP cameras and a video recorder.\n",
                                                 encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- 1. output folders


def test_output_mentions_csv_and_db_into_missing_folders_are_created(docs, tmp_path):
    out, mentions, db = tmp_path / "a" / "b" / "o.jsonl", tmp_path / "m" / "m.csv", tmp_path / "d" / "e" / "l.sqlite"
    run = cli("scan", str(docs), *RULES, "-j", "1", "-q", "-o", str(out), "--mentions-csv", str(mentions), "--db", str(db))
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert "huawei" in mentions.read_text(encoding="utf-8")
    report = tmp_path / "r" / "s" / "queue.html"
    run = cli("report", str(db), "-o", str(report), "--mentions-csv", str(tmp_path / "r2" / "m.csv"))
    assert run.returncode == 0, run.stderr
    assert report.read_text(encoding="utf-8").count('<section class="doc') == 2
    assert (tmp_path / "r2" / "m.csv").is_file()


@pytest.mark.parametrize("option", ["--output", "--mentions-csv", "--db"])
def test_output_below_a_file_is_a_usage_error_and_nothing_is_written(docs, tmp_path, option):
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    targets = {"--output": tmp_path / "o.jsonl", "--mentions-csv": tmp_path / "m.csv", "--db": tmp_path / "l.sqlite"}
    targets[option] = blocker / "sub" / "x"
    args = [a for opt, path in targets.items() for a in (opt, str(path))]
    run = cli("scan", str(docs), *RULES, "-j", "1", *args)
    assert run.returncode == 2
    assert f"{blocker} is a file, not a folder" in one_sentence(run.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "taken"]  # no output, no ledger


def test_report_into_a_folder_below_a_file_is_exit_2(docs, tmp_path):
    db = tmp_path / "l.sqlite"
    assert cli("scan", str(docs), *RULES, "-j", "1", "-q", "--db", str(db), "-o", os.devnull).returncode == 0
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    run = cli("report", str(db), "-o", str(tmp_path / "taken" / "r.html"))
    assert run.returncode == 2
    assert "is a file, not a folder" in one_sentence(run.stderr)


def test_train_out_below_a_file_is_exit_2_before_training(tmp_path):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    (tmp_path / "labels.csv").write_text("file,label\n", encoding="utf-8")
    started = time.monotonic()
    run = cli("train", str(tmp_path), "--out", str(tmp_path / "taken" / "model"), "--no-cross-source")
    assert run.returncode == 2
    assert "taken is a file, not a folder" in one_sentence(run.stderr)
    assert time.monotonic() - started < 30  # refused up front, nothing was read or fitted


# --------------------------------------------------------------------------- 2. closed pipe


def test_scan_into_a_pipe_closed_after_one_line_ends_quietly_with_141(tmp_path):
    """`tender-triage scan docs/ | head -1`."""
    folder = many_docs(tmp_path / "in", 200)
    proc = subprocess.Popen([sys.executable, "-m", "extract", "scan", str(folder), *RULES, "-j", "2"], cwd=REPO,
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline()
    proc.stdout.close()  # what head does after its line
    _, err = proc.communicate(timeout=120)
    assert json.loads(first)["path"].startswith(str(folder))
    assert proc.returncode == 141, err
    assert "Traceback" not in err and "Exception ignored" not in err and "BrokenPipe" not in err
    assert "tasks which were still being processed" not in err


@pytest.mark.parametrize("argv", [["policy", "show", "hikvision"], ["scan", "examples/", *RULES, "-j", "1", "-q"]])
def test_output_to_a_reader_that_is_already_gone_exits_141_without_a_traceback(argv):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader exited before the first line was written
    try:
        proc = subprocess.run([sys.executable, "-m", "extract", *argv], cwd=REPO, env=ENV, stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=120, check=False)
    finally:
        os.close(write_end)
    assert proc.returncode == 141, proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


# --------------------------------------------------------------------------- 3. dask scheduler


def test_unreachable_dask_scheduler_is_exit_2_within_10_seconds(docs, tmp_path):
    """The connection attempt is bounded by SCHEDULER_TIMEOUT (5 s) instead of distributed's 30 s.
    No wall-clock assertion (imports alone take seconds on a loaded machine): the subprocess
    timeout (25 s) fails the test if the 30 s default wait came back, and the message names the
    bound that was applied."""
    out = tmp_path / "o.jsonl"
    run = cli("scan", str(docs), *RULES, "--backend", "dask", "--scheduler", "tcp://127.0.0.1:9999", "-o", str(out),
              timeout=25)
    assert f"within {SCHEDULER_TIMEOUT:g} s" in run.stderr and SCHEDULER_TIMEOUT <= 10
    assert run.returncode == 2
    assert "cannot reach the dask scheduler at tcp://127.0.0.1:9999" in one_sentence(run.stderr)
    assert not out.exists()


def test_malformed_scheduler_address_is_exit_2(docs):
    run = cli("scan", str(docs), *RULES, "--backend", "dask", "--scheduler", "no-port-here", timeout=60)
    assert run.returncode == 2
    assert "no-port-here" in one_sentence(run.stderr)


def test_scheduler_without_the_dask_backend_is_a_usage_error(docs, tmp_path):
    out = tmp_path / "o.jsonl"
    run = cli("scan", str(docs), *RULES, "--scheduler", "tcp://127.0.0.1:8786", "-o", str(out))
    assert run.returncode == 2
    assert "--scheduler is only used with --backend dask" in one_sentence(run.stderr)
    assert not out.exists()


# --------------------------------------------------------------------------- 4. a path that does not exist


def test_a_path_that_does_not_exist_is_exit_2_and_nothing_is_written(docs, tmp_path):
    out, db = tmp_path / "out" / "o.jsonl", tmp_path / "l.sqlite"
    missing = tmp_path / "no" / "such" / "path"
    run = cli("scan", str(docs), str(missing), *RULES, "-o", str(out), "--db", str(db))
    assert run.returncode == 2
    assert one_sentence(run.stderr) == f"tender-triage: error: no such file or folder: {missing}"
    assert not out.exists() and not out.parent.exists() and not db.exists()


def test_explain_of_a_path_that_does_not_exist_is_exit_2(tmp_path):
    run = cli("explain", str(tmp_path / "nope.pdf"), *RULES)
    assert run.returncode == 2
    assert "no such file or folder" in one_sentence(run.stderr)
    assert run.stdout == ""


def test_explain_of_a_folder_is_exit_2(docs):
    run = cli("explain", str(docs), *RULES)
    assert run.returncode == 2
    assert "is a folder: explain reads one document" in one_sentence(run.stderr)


# --------------------------------------------------------------------------- 5. an empty folder


def test_an_empty_folder_says_no_documents_found_and_exits_0(tmp_path):
    """Not a usage error: an intake folder is empty on a quiet day; the empty output is written."""
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".hidden").write_text("skipped like every dot file", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    run = cli("scan", str(empty), *RULES, "-q", "-o", str(out))
    assert run.returncode == 0
    assert one_sentence(run.stderr) == f"tender-triage: no documents found in {empty}"
    assert out.read_text(encoding="utf-8") == ""


# --------------------------------------------------------------------------- 6. SIGTERM


def _descendants(pid: int) -> set[int]:
    """Pids of every live descendant of `pid` (psutil when installed, else /proc)."""
    try:
        import psutil
    except ImportError:
        psutil = None
    if psutil is not None:
        try:
            return {c.pid for c in psutil.Process(pid).children(recursive=True)}
        except psutil.NoSuchProcess:
            return set()
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rpartition(")")[2].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    """True while `pid` runs (a zombie waiting for its reaper counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_sigterm_stops_a_parallel_scan_like_ctrl_c(tmp_path):
    """Workers ended, the ledger holds whole files only, exit 143, no process left behind."""
    folder = many_docs(tmp_path / "in", 60)  # 0.2 s each (the slow_down hook): 6 s of work on 2 workers
    db, out = tmp_path / "ledger.sqlite", tmp_path / "o.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "extract", "scan", str(folder), *RULES, "--jobs", "2", "--db", str(db),
                             "-q", "-o", str(out), "--test-hook", "test_scan_cli:slow_down"],
                            cwd=REPO, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    children: set[int] = set()
    deadline = time.monotonic() + 90
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            children |= _descendants(proc.pid)
            written = len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0
            if written >= 3 and len(children) >= 2:
                break
            time.sleep(0.05)
        assert proc.poll() is None, f"the scan ended before it could be stopped: {proc.stderr.read()[-500:]}"
        children |= _descendants(proc.pid)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143, err
    assert "Traceback" not in err and one_sentence(err) == "tender-triage: terminated (SIGTERM)"
    give_up = time.monotonic() + 10
    while any(_alive(p) for p in children) and time.monotonic() < give_up:
        time.sleep(0.1)
    assert [p for p in children if _alive(p)] == []
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert 3 <= len(records) < 60
    with sqlite3.connect(db) as con:
        files = con.execute("SELECT file_path, documents FROM files").fetchall()
        documents = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert all(n == 1 for _, n in files) and documents == len(files)  # whole files only
    assert {p for p, _ in files} == {r["path"] for r in records}  # what was written was committed
    rerun = cli("scan", str(folder), *RULES, "-j", "1", "-q", "--db", str(db), "-o", str(tmp_path / "2.jsonl"))
    assert rerun.returncode == 0, rerun.stderr
    assert len((tmp_path / "2.jsonl").read_text(encoding="utf-8").splitlines()) == 60


# --------------------------------------------------------------------------- 7. explain archive members


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    inner = zip_bytes({"c.txt": b"Offer: Hikvision DS-2CD2143G2-I camera, 12 units.\n"})
    path = tmp_path / "bundle.zip"
    path.write_bytes(zip_bytes({
        "01-quotation.docx": docx_bytes(paragraphs=["Quotation", "Item 1: Huawei S5735-L24T4S-A switch, 10 units"]),
        "02-chairs.txt": b"Supply of 200 office chairs.\n",
        "b.zip": inner,
    }))
    return path


@pytest.mark.parametrize("member, entity", [("01-quotation.docx", "huawei"), ("b.zip!c.txt", "hikvision")])
def test_explain_accepts_an_archive_member_path(bundle, member, entity):
    run = cli("explain", f"{bundle}!{member}", *RULES)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout.splitlines()[0] == f"{bundle}!{member}"  # this member only, not its neighbours
    assert "02-chairs.txt" not in run.stdout
    assert f"  {entity}  " in run.stdout


def test_explain_of_a_missing_member_says_so(bundle):
    run = cli("explain", f"{bundle}!03-nothing.pdf", *RULES)
    assert run.returncode == 1  # an unreadable document, as scan would report it
    assert "no member 03-nothing.pdf in" in run.stdout
    assert "Traceback" not in run.stderr


def test_scan_of_a_member_path_gives_its_record(bundle, tmp_path):
    run = cli("scan", f"{bundle}!01-quotation.docx", *RULES, "-j", "1", "-q")
    assert run.returncode == 0, run.stderr
    (record,) = [json.loads(line) for line in run.stdout.splitlines()]
    assert record["path"] == f"{bundle}!01-quotation.docx" and record["entities"] == ["huawei"]


# --------------------------------------------------------------------------- 8. train and evaluate


def test_train_and_evaluate_read_member_rows_and_list_every_skipped_file(tmp_path):
    """Rows naming `bundle.zip!member` are trained on; each skipped file is printed with its reason."""
    data = tmp_path / "data"
    (data / "documents").mkdir(parents=True)
    (data / "documents" / "bundle.zip").write_bytes(zip_bytes({
        "01-quotation.docx": docx_bytes(paragraphs=["Quotation", "Item 1: Huawei S5735-L24T4S-A switch, 10 units"]),
        "02-chairs.txt": b"Supply of 200 office chairs for the town hall.\n",
    }))
    (data / "documents" / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj garbage\n")
    rows = ["documents/bundle.zip!01-quotation.docx,restricted_vendor_named,en,test,",
            "documents/bundle.zip!02-chairs.txt,out_of_scope,en,test,",
            "documents/broken.pdf,out_of_scope,en,test,",
            "documents/missing.txt,out_of_scope,en,test,"]
    for i in range(5):
        for name, label, text in (("r", "restricted_vendor_named", f"Quotation {i}: Hikvision DS-2CD2143 camera, {i + 3} units."),
                                  ("s", "in_scope_ict", f"Tender {i}: supply of {i + 5} network switches and routers."),
                                  ("o", "out_of_scope", f"Tender {i}: cleaning services for {i + 2} school buildings.")):
            (data / "documents" / f"{name}{i}.txt").write_text(text + "\n", encoding="utf-8")
            rows.append(f"documents/{name}{i}.txt,{label},en,test,")
    (data / "labels.csv").write_text("file,label,language,source,notes\n" + "\n".join(rows) + "\n", encoding="utf-8")
    model = tmp_path / "models" / "toy"
    train = cli("train", str(data), "--out", str(model), "--folds", "2", "--no-cross-source", timeout=300)
    assert train.returncode == 0, train.stderr[-2000:]
    assert "Traceback" not in train.stderr
    assert "documents  17 " in train.stdout and "skipped 2" in train.stdout  # 15 files + 2 members
    assert "  skipped  documents/broken.pdf: error: " in train.stdout
    assert "  skipped  documents/missing.txt: file not found" in train.stdout
    report = tmp_path / "new" / "folder" / "eval.html"
    evaluate = cli("evaluate", str(model), str(data), "--output", str(report), timeout=300)
    assert evaluate.returncode == 0, evaluate.stderr[-2000:]
    assert "documents  17 (skipped 2)" in evaluate.stdout
    assert "  skipped  documents/broken.pdf: error: " in evaluate.stdout
    assert "  skipped  documents/missing.txt: file not found (labels.csv:5)" in evaluate.stdout
    assert report.is_file()
    for page in (report, model / "report.html"):  # both reports name every skipped file with its reason
        html = page.read_text(encoding="utf-8")
        assert "Skipped files (2)" in html, page
        assert "<td>documents/missing.txt</td><td>file not found</td>" in html, page
        assert "<td>documents/broken.pdf</td><td>error: " in html, page
