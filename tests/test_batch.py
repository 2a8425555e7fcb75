"""The batch runner at scale: workers in parallel, workers that die, memory caps, the ledger.

The worker hooks below are passed to the runner by name through ScanConfig.test_hook (a
test-only field): each worker process imports this module and calls the hook with the path it
is about to screen, so a test can kill or starve the worker on one chosen file.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from extract.intake import batch, pool
from extract.intake.screen import ScanConfig
from extract.intake.batch import run_scan, scan_files
from extract.intake.ledger import Ledger


HOOKS = __name__


# --------------------------------------------------------------------------- worker hooks (test-only)


def kill_on_poison(path: str) -> None:
    """SIGKILL this worker when it picks up a file named poison*: what the OOM killer does."""
    if os.path.basename(path).startswith("poison"):
        os.kill(os.getpid(), signal.SIGKILL)


def exit_on_poison(path: str) -> None:
    """Leave without a word (os._exit), as a C library calling exit() or abort-like paths do."""
    if os.path.basename(path).startswith("poison"):
        os._exit(3)


def allocate_on_bomb(path: str) -> None:
    """Ask for 4 GiB at once on a file named bomb*, as a decompression bomb would."""
    if os.path.basename(path).startswith("bomb"):
        block = bytearray(4 * 1024**3)
        block[-1] = 1


def record_pid(path: str) -> None:
    """Note which process screens each file (in the folder $TRIAGE_TEST_PID_DIR names)."""
    with open(os.path.join(os.environ["TRIAGE_TEST_PID_DIR"], "pids"), "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()}\n")


# --------------------------------------------------------------------------- fixtures

TEXTS = {
    "a-huawei.txt": "Bill of quantities\nItem 1: Huawei S5735-L24T4S-A access switch, 10 units\n",
    "b-cameras.txt": "Supply and installation of 40 IP cameras and a network video recorder for the courthouse.\n",
    "c-chairs.txt": "Supply of 200 office chairs and 50 desks for the ministry.\n",
    "d-prohibited.txt": "Network switches for the campus. Equipment from Huawei or ZTE shall not be provided.\n",
    "e-radio.txt": "Two-way radio handsets (DMR), 30 units, with chargers.\n",
}


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _add_zip(folder: Path) -> Path:
    path = folder / "f-package.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("offer.txt", "Offer: Hikvision DS-2CD2143G2-I dome camera x 12\n")
        z.writestr("cover.txt", "Cover letter for our bid.\n")
    return path


@pytest.fixture
def config() -> ScanConfig:
    return ScanConfig(model_dir="rules")


def _key(records):
    """Records without the timing field, in path order: what must not depend on how we ran."""
    return sorted(({k: v for k, v in r.items() if k != "seconds"} for r in records), key=lambda r: r["path"])


@pytest.fixture(autouse=True)
def _private_tempdir(tmp_path, monkeypatch):
    """Point tempfile at a fresh folder so the test can check nothing is left behind."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    yield tmp


# --------------------------------------------------------------------------- parallel


def test_parallel_run_gives_the_same_records_as_sequential(docs, config):
    sequential = list(run_scan([docs], config, jobs=1))
    parallel = list(run_scan([docs], config, jobs=2))
    assert len(sequential) == len(TEXTS)
    assert _key(parallel) == _key(sequential)
    by_path = {Path(r["path"]).name: r for r in sequential}
    assert by_path["a-huawei.txt"]["verdict"] == "restricted_vendor_named"
    assert by_path["c-chairs.txt"]["verdict"] == "out_of_scope"


def test_duplicate_inputs_are_screened_once(docs, config):
    f = str(docs / "c-chairs.txt")
    assert [r["path"] for r in run_scan([f, f, docs / "c-chairs.txt"], config)] == [f]


# --------------------------------------------------------------------------- worker death


@pytest.mark.parametrize("hook", ["kill_on_poison", "exit_on_poison"])
def test_a_document_that_kills_its_worker_is_recorded_and_the_batch_goes_on(docs, config, hook, _private_tempdir):
    clean = _key(run_scan([docs], config, jobs=1))
    (docs / "poison.txt").write_text("Huawei router\n", encoding="utf-8")
    hooked = replace(config, test_hook=f"{HOOKS}:{hook}")
    records = list(run_scan([docs], hooked, jobs=2))
    assert len(records) == len(clean) + 1
    poison = [r for r in records if r["path"].endswith("poison.txt")]
    assert len(poison) == 1
    assert poison[0]["status"] == "error" and poison[0]["flag"] is True and poison[0]["verdict"] == "unreadable"
    assert poison[0]["error"].startswith("worker process died while reading this document (")
    assert poison[0]["sha256"]  # the file was hashed even though it could not be read
    assert _key(r for r in records if r is not poison[0]) == clean
    assert list(_private_tempdir.iterdir()) == []  # the run's marker folders are gone


def test_marker_folders_of_dead_scans_are_swept_and_live_ones_kept(tmp_path):
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(gone.stdout)
    dead = tmp_path / f"{pool.SCRATCH_PREFIX}{dead_pid}-abc"
    live = tmp_path / f"{pool.SCRATCH_PREFIX}{os.getppid()}-def"
    other = tmp_path / "tender-triage-run-no-pid"
    for d in (dead, live, other):
        d.mkdir()
        (d / "3").touch()
    assert pool.sweep_stale_scratch(str(tmp_path)) == [dead.name]
    assert not dead.exists() and live.exists() and other.exists()


def test_several_killer_documents_each_get_their_own_error(docs, config):
    for i in range(3):
        (docs / f"poison-{i}.txt").write_text("x\n", encoding="utf-8")
    records = list(run_scan([docs], replace(config, test_hook=f"{HOOKS}:kill_on_poison"), jobs=2))
    died = sorted(Path(r["path"]).name for r in records if (r["error"] or "").startswith("worker process died"))
    assert died == ["poison-0.txt", "poison-1.txt", "poison-2.txt"]
    assert len(records) == len(TEXTS) + 3


def test_memory_cap_turns_a_memory_bomb_into_an_error_record(docs, config):
    (docs / "bomb.txt").write_text("x\n", encoding="utf-8")
    capped = replace(config, test_hook=f"{HOOKS}:allocate_on_bomb", max_worker_mb=1536)
    records = list(run_scan([docs], capped, jobs=1))  # a cap always runs in a worker process
    bomb = [r for r in records if r["path"].endswith("bomb.txt")]
    assert len(bomb) == 1 and bomb[0]["status"] == "error" and bomb[0]["flag"] is True
    assert bomb[0]["error"].startswith("memory limit")
    clean = [r for r in run_scan([docs], config) if not r["path"].endswith("bomb.txt")]
    assert _key(r for r in records if r is not bomb[0]) == _key(clean)


def test_a_memory_cap_never_caps_the_calling_process(docs, config, tmp_path, monkeypatch):
    """The cap is for worker processes: a capped --jobs 1 run used to be run by joblib in the
    calling process, which then kept RLIMIT_AS (its ledger and output included) and had no
    worker whose death the batch could survive."""
    import resource

    monkeypatch.setenv("TRIAGE_TEST_PID_DIR", str(tmp_path))
    before = resource.getrlimit(resource.RLIMIT_AS)
    capped = replace(config, test_hook=f"{HOOKS}:record_pid", max_worker_mb=1536)
    records = list(run_scan([docs], capped, jobs=1))
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    assert records and all(r["status"] == "ok" for r in records)
    pids = {int(p) for p in (tmp_path / "pids").read_text().split()}
    assert pids and os.getpid() not in pids


# --------------------------------------------------------------------------- ledger


def _never_screen(path, config):  # pragma: no cover - only runs when the ledger fails to skip
    raise AssertionError(f"{path} was screened again")


def test_rerun_reads_every_file_from_the_ledger(docs, config, tmp_path, monkeypatch):
    files = list(batch.iter_input_files([docs]))
    with Ledger(tmp_path / "l.sqlite") as ledger:
        first = list(scan_files(files, config, ledger=ledger))
        assert not any(r.cached for r in first)
        monkeypatch.setattr(batch, "screen_path", _never_screen)
        second = list(scan_files(files, config, ledger=ledger))
        assert all(r.cached for r in second)
        assert [r.records for r in second] == [r.records for r in first]
        assert ledger.count_documents() == len(TEXTS)


def test_changed_file_new_policy_and_rescan_are_screened_again(docs, config, tmp_path):
    files = list(batch.iter_input_files([docs]))
    policy = tmp_path / "policy"
    shutil.copytree(batch.prepare(config).policy.directory, policy)
    config = replace(config, policy_dir=str(policy))
    with Ledger(tmp_path / "l.sqlite") as ledger:
        list(scan_files(files, config, ledger=ledger))

        (docs / "c-chairs.txt").write_text("Supply of 10 Hytera radio handsets.\n", encoding="utf-8")
        again = {Path(r.path).name: r for r in scan_files(files, config, ledger=ledger)}
        assert [n for n, r in again.items() if not r.cached] == ["c-chairs.txt"]
        assert again["c-chairs.txt"].records[0]["entities"] == ["hytera"]

        old_version = batch.prepare(config).policy_version
        with open(policy / "entities.yaml", "a", encoding="utf-8") as f:
            f.write("\n# reviewed\n")  # edited in place: same folder, new version
        results = list(scan_files(files, config, ledger=ledger, jobs=2))
        assert not any(r.cached for r in results)
        versions = {rec["policy"] for r in results for rec in r.records}
        assert versions == {batch.prepare(config).policy_version} and old_version not in versions

        assert not any(r.cached for r in scan_files(files, config, ledger=ledger, rescan=True))
        # One row per document however often it was screened (the old chairs version stays as history).
        assert ledger.count_documents() == len(TEXTS) + 1
        assert len(list(ledger.latest_records())) == len(TEXTS)


def test_other_reading_settings_are_screened_again(docs, config, tmp_path, monkeypatch):
    """A ledger row remembers how the file was read: turning OCR off or on, or raising a limit,
    re-screens (a page left `no_text` by --ocr never must be read by a later --ocr always run)."""
    files = list(batch.iter_input_files([docs]))
    never = replace(config, ocr="never")
    with Ledger(tmp_path / "l.sqlite") as ledger:
        list(scan_files(files, never, ledger=ledger))
        assert all(r.cached for r in scan_files(files, never, ledger=ledger))
        assert not any(r.cached for r in scan_files(files, replace(never, ocr="always"), ledger=ledger))
        bigger = replace(never, limits=replace(never.limits, max_markup_bytes=never.limits.max_markup_bytes * 2))
        assert not any(r.cached for r in scan_files(files, bigger, ledger=ledger))
        assert not any(r.cached for r in scan_files(files, replace(never, pdf_engine="pdfplumber"), ledger=ledger))
        assert ledger.count_documents() == len(TEXTS)


def test_ledger_with_parallel_workers_commits_every_file(docs, config, tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        records = list(run_scan([docs], config, jobs=2, ledger=ledger))
        assert sorted((r["path"], r["sha256"]) for r in records) == ledger.document_keys()
        assert len(records) == len(TEXTS)


def test_zip_members_are_ledger_rows_and_the_zip_is_skipped_as_a_whole(docs, config, tmp_path, monkeypatch):
    package = _add_zip(docs)
    with Ledger(tmp_path / "l.sqlite") as ledger:
        first = list(scan_files([str(package)], config, ledger=ledger))
        assert [r["path"] for r in first[0].records] == [f"{package}!offer.txt", f"{package}!cover.txt"]
        assert {p for p, _ in ledger.document_keys()} == {f"{package}!offer.txt", f"{package}!cover.txt"}
        assert first[0].records[0]["entities"] == ["hikvision"]
        monkeypatch.setattr(batch, "screen_path", _never_screen)
        again = list(scan_files([str(package)], config, ledger=ledger))
        assert again[0].cached and again[0].records == first[0].records


def test_pool_dispatches_largest_files_first_and_keeps_input_order_on_ties(tmp_path):
    from extract.intake.pool import _largest_first

    sizes = {"a.txt": 10, "b.txt": 5000, "c.txt": 10, "d.txt": 300}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    indexed = [(i, str(tmp_path / n)) for i, n in enumerate(sizes)] + [(4, str(tmp_path / "missing.txt"))]
    order = [Path(p).name for _, p in _largest_first(indexed)]
    assert order == ["b.txt", "d.txt", "a.txt", "c.txt", "missing.txt"]


# --------------------------------------------------------------------------- start-up heap settings


_START_UP_PROBE = """
import gc, json, sys
from extract.intake.batch import YOUNG_THRESHOLD, start_up
seen = {}
before = gc.get_freeze_count()
try:
    with start_up():
        seen["inside_enabled"] = gc.isenabled()
        kept = [[i] for i in range(5000)]  # containers built during start-up
        if sys.argv[1] == "raise":
            raise RuntimeError("a bad policy")
except RuntimeError:
    seen["raised"] = True
seen["frozen"] = gc.get_freeze_count() - before
seen["enabled"] = gc.isenabled()
seen["threshold"] = gc.get_threshold()[0] == YOUNG_THRESHOLD
young = [[i] for i in range(10)]
seen["young_tracked"] = gc.is_tracked(young[0])
print(json.dumps(seen))
"""


@pytest.mark.parametrize("how", ["ok", "raise"])
def test_start_up_freezes_what_it_built_and_restores_collection(how: str) -> None:
    """What start-up builds lives as long as the process: after `start_up` it is frozen (at least
    the 5,000 lists built inside), collection is on again, and the young generation waits for
    YOUNG_THRESHOLD allocations; the same when start-up raises. Inside, nothing is collected.
    A fresh interpreter, so this process's collector is left as it was."""
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _START_UP_PROBE, how], capture_output=True, text=True, check=True)
    seen = json.loads(out.stdout)
    assert seen["inside_enabled"] is False
    assert seen["frozen"] >= 5000
    assert seen["enabled"] is True and seen["threshold"] is True and seen["young_tracked"] is True
    assert seen.get("raised", False) is (how == "raise")


_WORKER_PROBE = """
import gc, json, sys
from extract.intake.heap import YOUNG_THRESHOLD
from extract.intake.pool import _screen_marked
from extract.intake.screen import ScanConfig

warm = sys.argv[2] == "warm"
config = ScanConfig(model_dir="rules")
before = gc.get_freeze_count()
_, _, records = _screen_marked(0, sys.argv[1], config, None, warm)
frozen = gc.get_freeze_count() - before
_screen_marked(1, sys.argv[1], config, None, warm)
print(json.dumps({"frozen": frozen, "again": gc.get_freeze_count() - before - frozen,
                  "threshold": gc.get_threshold()[0] == YOUNG_THRESHOLD, "verdict": records[0]["verdict"]}))
"""


@pytest.mark.parametrize("warm", ["warm", "cold"])
def test_a_pool_workers_first_task_loads_under_start_up(tmp_path: Path, warm: str) -> None:
    """A loky worker of ours loads the policy and the model under `start_up` on its first task:
    what it loaded is frozen once (not again on the next task) and the young threshold is set;
    `warm` off (a Dask worker, a shared process) leaves the collector alone. The record is the
    same either way. A fresh interpreter stands in for the worker."""
    import json
    import subprocess
    import sys

    doc = tmp_path / "tender.txt"
    doc.write_text("Supply of 24 network switches and a firewall.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _WORKER_PROBE, str(doc), warm], capture_output=True, text=True,
                         check=True)
    seen = json.loads(out.stdout)
    if warm == "warm":
        assert seen["frozen"] > 10_000 and seen["threshold"] is True
    else:
        assert seen["frozen"] == 0 and seen["threshold"] is False
    assert seen["again"] == 0
    assert seen["verdict"] == "in_scope_ict"
