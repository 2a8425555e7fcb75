"""Screening many files in worker processes (joblib/loky) or on a Dask cluster, surviving a worker
that dies.

A worker that dies (a segfault in a C parser, the kernel's OOM killer, a memory cap) does not stop
the batch: the broken pool is noticed, the documents whose results never came back are screened
again (the ones a worker had started one at a time in single-use processes, so the culprit is
found; the rest in a fresh pool), and the document that kills its worker becomes an `error`
record ("worker process died while reading this document (...)"), flag true.

`ScreeningPool` is the same workers and the same recovery for callers that get files one at a
time rather than as a batch: the review server's uploads (extract.serve)."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any

from extract.errors import TriageError
from extract.intake.heap import start_up
from extract.intake.record import build_record
from extract.intake.screen import ScanConfig, _error_document, prepare, screen_document, screen_path
from extract.types import unreadable_verdict


def _screen_marked(index: int, path: str, config: ScanConfig, scratch: str | None,
                   warm: bool = False) -> tuple[int, str, list[dict[str, Any]]]:
    """screen_path, after leaving an empty marker file named `index` in `scratch`.

    The markers tell the parent which files a worker had started when the pool broke, so only
    those are suspects (re-run one by one, isolated); the rest go to a fresh pool. `warm`: this is
    a loky worker of ours, whose first task loads under `start_up` (`_warm_up`); not in a Dask
    worker, a process shared with other work, whose collector is its own business.
    """
    if scratch:
        try:
            with open(os.path.join(scratch, str(index)), "x"):
                pass
        except OSError:
            pass
    if warm:
        _warm_up(config)
    return index, path, screen_path(path, config)


#: Whether this (worker) process has run its first `prepare` under `start_up`.
_WARM = False


def _warm_up(config: ScanConfig) -> None:
    """A worker's first task loads the policy and the model under `start_up`, as the scan process
    does: a worker exists to screen, and what it loads lives as long as it does, so the collector
    need not walk it again (extract.intake.heap). An error is left to `screen_path`, which meets
    the same one and handles it as it always has."""
    global _WARM
    if _WARM:
        return
    _WARM = True
    try:
        with start_up():
            prepare(config)
    except Exception:  # noqa: BLE001 - screen_path's own prepare raises it again where it belongs
        pass


_POOL_BROKEN_NAMES = ("TerminatedWorkerError", "BrokenProcessPool", "ShutdownExecutorError", "KilledWorker")


def _is_pool_death(exc: BaseException) -> bool:
    return type(exc).__name__ in _POOL_BROKEN_NAMES


def _death_detail(exc: BaseException) -> str:
    """'killed by SIGKILL(-9)'-style detail from loky's message, or the exception type."""
    match = re.search(r"exit codes of the workers are \{([^}]*)\}", str(exc))
    if match:
        return f"worker exit code {match.group(1)}"
    return type(exc).__name__


def _died_record(path: str, config: ScanConfig, detail: str, *, name: str | None = None,
                 versions: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """The error record of a document whose worker died. `versions` (model id, policy version),
    when the caller knows them, spare loading the model in this process just to name it (the
    review server keeps scikit-learn out of its own process)."""
    doc = _error_document(path, f"worker process died while reading this document ({detail})", name=name)
    if versions is not None:
        return [build_record(doc, [], unreadable_verdict(doc.error), model_id=versions[0], policy_version=versions[1])]
    return [screen_document(doc, prepare(config))]


def _screen_isolated(path: str, config: ScanConfig, *, name: str | None = None,
                     versions: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """Screen one file in a fresh single-use worker process; its death becomes an error record."""
    from joblib.externals.loky import ProcessPoolExecutor

    executor = ProcessPoolExecutor(max_workers=1)
    try:
        return executor.submit(screen_path, path, config, name=name).result()
    except Exception as exc:
        detail = _death_detail(exc) if _is_pool_death(exc) else f"{type(exc).__name__}: {exc}".splitlines()[0]
        return _died_record(path, config, detail, name=name, versions=versions)
    finally:
        executor.shutdown(wait=True, kill_workers=True)


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _largest_first(indexed: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Dispatch the biggest files first (longest-processing-time-first scheduling).

    Results come back in completion order anyway; starting the long documents first keeps one
    large PDF from running alone on one core at the end of a batch while the others sit idle.
    Size is a cheap proxy for parse time. Ties keep input order.
    """
    return sorted(indexed, key=lambda item: -_file_size(item[1]))


#: Marker folders of running pools: tender-triage-run-<parent pid>-<random>, in the temp folder.
SCRATCH_PREFIX = "tender-triage-run-"

_SCRATCH_NAME = re.compile(re.escape(SCRATCH_PREFIX) + r"(\d+)-")


def sweep_stale_scratch(folder: str | None = None) -> list[str]:
    """Remove marker folders left by scans that were killed (SIGKILL, OOM killer, power cut).

    A killed parent cannot clean up after itself, so the next pool does it: a folder whose
    parent pid no longer exists is removed. A folder of a live process (or of a reused pid) is
    left alone; that costs an empty folder, never another scan's markers. Returns what it removed.
    """
    folder = folder or tempfile.gettempdir()
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        m = _SCRATCH_NAME.match(name)
        if not m:
            continue
        pid = int(m.group(1))
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
            continue  # alive (or not ours to signal): leave it
        except ProcessLookupError:
            pass
        except OSError:
            continue
        shutil.rmtree(os.path.join(folder, name), ignore_errors=True)
        removed.append(name)
    return removed


def _screen_pool(paths: list[str], config: ScanConfig, jobs: int) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Screen in joblib/loky worker processes, surviving workers that die.

    Each round runs the pending files through one Parallel call. When the pool breaks, files
    started but not received are suspects: each is re-screened alone in a single-use process
    (so the one that kills its worker is found and recorded as an error), and the files never
    started go to the next round in a fresh pool. Every round finishes at least one suspect, so
    the loop ends.
    """
    pending = _largest_first(list(enumerate(paths)))
    sweep_stale_scratch()
    while pending:
        scratch = tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-")
        received: set[int] = set()
        outputs = None
        try:
            outputs = _round(pending, config, jobs, scratch)
            for index, path, records in outputs:
                received.add(index)
                yield path, records
            pending = []
        except Exception as exc:
            if not _is_pool_death(exc):
                raise
            started = {int(n) for n in os.listdir(scratch) if n.isdigit()}
            left = [(i, p) for i, p in pending if i not in received]
            suspects = [(i, p) for i, p in left if i in started] or left[:1]
            for _, path in suspects:
                yield path, _screen_isolated(path, config)
            done = {i for i, _ in suspects}
            pending = [(i, p) for i, p in left if i not in done]
        finally:
            if outputs is not None:
                _stop_quietly(outputs)
            shutil.rmtree(scratch, ignore_errors=True)


class ScreeningPool:
    """Worker processes that screen one file per call, for callers that get files one at a time.

    Why not `_screen_pool`: that runs a known batch to its end; the review server gets uploads
    whenever clients send them and must answer each as soon as its own file is done. What is
    shared is what matters for a document: the same loky workers running the same `screen_path`
    in their main thread (so the SIGALRM wall-clock backstop, the cooperative deadline and the
    memory cap apply exactly as in `scan`), and the same handling of a worker that dies: the
    broken pool is replaced and each file it was holding is screened again alone in a single-use
    process (`_screen_isolated`), so only the document that kills its worker becomes the error
    record, "worker process died while reading this document (...)", and files that were merely
    queued behind it get their real records.

    `jobs=0` screens in threads of this process instead (tests: no process start-up; only the
    cooperative deadline applies there, and a crash would take the caller with it).
    """

    def __init__(self, config: ScanConfig, jobs: int):
        self.config = config
        self.jobs = jobs
        #: (model id, policy version) once known (`run_everywhere` of a warm-up tells the caller);
        #: used for a dead worker's error record instead of loading the model here.
        self.versions: tuple[str, str] | None = None
        self._lock = threading.Lock()
        self._executor: Executor | None = None
        self._recovery: ThreadPoolExecutor | None = None
        self._closed = False

    def _make(self) -> Executor:
        if self.jobs <= 0:
            return ThreadPoolExecutor(max_workers=2, thread_name_prefix="tender-triage-screen")
        from joblib.externals.loky import ProcessPoolExecutor

        sweep_stale_scratch()
        return ProcessPoolExecutor(max_workers=self.jobs)

    def _current(self) -> Executor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the screening pool is closed")
            if self._executor is None:
                self._executor = self._make()
            return self._executor

    def _replace(self, broken: Executor) -> None:
        """Drop a broken pool (once, however many of its futures report it); the next call makes a fresh one."""
        with self._lock:
            if self._executor is not broken:
                return
            self._executor = None
        broken.shutdown(wait=False)

    def run_everywhere(self, fn: Callable[..., Any], *args: Any) -> list[Any]:
        """Call `fn(*args)` once per worker slot and wait for the answers (a warm-up: load the
        policy and model before the first file arrives). Raises what `fn` raises."""
        executor = self._current()
        return [f.result() for f in [executor.submit(fn, *args) for _ in range(max(1, self.jobs))]]

    def submit(self, path: str, name: str | None = None) -> Future:
        """Screen the file at `path` (reported as `name`); the future's result is its records."""
        outer: Future = Future()
        executor = self._current()
        try:
            inner = executor.submit(screen_path, path, self.config, name=name)
        except RuntimeError:  # the pool broke (or was replaced) before this file got in: a fresh one
            self._replace(executor)
            executor = self._current()
            inner = executor.submit(screen_path, path, self.config, name=name)

        def settle(done: Future) -> None:
            try:
                outer.set_result(done.result())
            except BaseException as exc:  # noqa: BLE001 - handed to the caller through its future
                if not _is_pool_death(exc):
                    outer.set_exception(exc)
                    return
                self._replace(executor)
                self._isolate(outer, path, name)

        inner.add_done_callback(settle)
        return outer

    def _isolate(self, outer: Future, path: str, name: str | None) -> None:
        """Screen `path` again alone, at most `jobs` such processes at a time, into `outer`."""
        with self._lock:
            if self._recovery is None:
                self._recovery = ThreadPoolExecutor(max_workers=max(1, self.jobs),
                                                    thread_name_prefix="tender-triage-isolate")
            recovery = self._recovery

        def run() -> None:
            try:
                outer.set_result(_screen_isolated(path, self.config, name=name, versions=self.versions))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller through its future
                outer.set_exception(exc)

        recovery.submit(run)

    def screen(self, path: str, name: str | None = None) -> list[dict[str, Any]]:
        """`submit` and wait: the records of one file."""
        return self.submit(path, name).result()

    def close(self) -> None:
        """Stop the workers (waiting for files being screened) and any re-screening."""
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
            recovery, self._recovery = self._recovery, None
        if executor is not None:
            executor.shutdown(wait=True)
        if recovery is not None:
            recovery.shutdown(wait=True)


def _round(pending: list[tuple[int, str]], config: ScanConfig, jobs: int, scratch: str) -> Iterator[tuple[int, str, list[dict[str, Any]]]]:
    """(index, path, records) of `pending` as worker processes finish them.

    Uncapped: joblib's loky pool, whose workers are reused across batches (a library caller
    scanning folder after folder pays their start-up once). With a memory cap: a pool of fresh
    processes for this round only. Why: joblib runs `n_jobs=1` in the calling process, which then
    took the cap itself (RLIMIT_AS on the scan process, its ledger and output included) and had
    no worker whose death the batch survives; and a reused worker may already map more address
    space than the cap (after OCR, say), so every document it read failed "memory limit".
    """
    if config.max_worker_mb is None and jobs > 1:
        from joblib import Parallel, delayed

        parallel = Parallel(n_jobs=jobs, backend="loky", return_as="generator_unordered", batch_size=1)
        return parallel(delayed(_screen_marked)(i, p, config, scratch, True) for i, p in pending)
    return _fresh_round(pending, config, max(1, jobs), scratch)


def _fresh_round(pending: list[tuple[int, str]], config: ScanConfig, jobs: int, scratch: str) -> Iterator[tuple[int, str, list[dict[str, Any]]]]:
    """`_round` in a loky pool started for this round and killed when it ends (or is closed)."""
    from concurrent.futures import as_completed

    from joblib.externals.loky import ProcessPoolExecutor

    executor = ProcessPoolExecutor(max_workers=jobs)
    try:
        futures = [executor.submit(_screen_marked, i, p, config, scratch, True) for i, p in pending]
        for future in as_completed(futures):
            yield future.result()
    finally:
        executor.shutdown(wait=True, kill_workers=True)


def _stop_quietly(outputs: Any) -> None:
    """Close joblib's result generator now: when the run stops early (SIGTERM, Ctrl-C, a closed
    pipe), joblib then kills the pool's workers at once instead of whenever the garbage collector
    gets to it. Its warning that running tasks were cancelled is dropped: stopping them is the
    point, and the run's own message says why it stopped."""
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*tasks which were still being processed")
        outputs.close()


#: Seconds to wait for a Dask scheduler to answer before giving up (exit 2). distributed's own
#: default (30 s, retried) made a mistyped address look like a hang.
SCHEDULER_TIMEOUT = 5.0


def connect_scheduler(address: str | None, timeout: float = SCHEDULER_TIMEOUT) -> Any:
    """A dask.distributed Client on `address`, or TriageError (exit 2) with one sentence.

    Why here and early: an unreachable scheduler is a configuration error; the `scan` command
    calls `check_scheduler` before it writes anything, and `_screen_dask` connects through this
    too, so both give up after `timeout` seconds with the same message.
    """
    try:
        from distributed import Client
    except ImportError as exc:  # configuration problem: exit 2
        raise TriageError("--backend dask needs dask.distributed (pip install 'dask[distributed]')") from exc
    if not address:
        raise TriageError("--backend dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    from distributed.comm import resolve_address

    try:
        # Checked before a Client exists: a Client built on a malformed address hangs for ten
        # seconds while it is garbage-collected and prints a traceback.
        resolve_address(address)
    except (OSError, ValueError) as exc:
        raise TriageError(f"--scheduler {address} is not a reachable scheduler address ({exc})") from None
    try:
        return Client(address, timeout=timeout)  # the default client: joblib's dask backend looks for it
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise TriageError(f"cannot reach the dask scheduler at {address} within {timeout:g} s ({detail})") from None


def check_scheduler(address: str | None, timeout: float = SCHEDULER_TIMEOUT) -> None:
    """Connect to the scheduler once and disconnect: TriageError (exit 2) when it cannot be reached."""
    connect_scheduler(address, timeout).close()


def _screen_dask(paths: list[str], config: ScanConfig, scheduler: str | None) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Run `screen_path` on a dask.distributed cluster through joblib's dask backend.

    Workers must see the same paths (a shared filesystem) and have tender-triage installed.
    Dask re-runs the tasks of a worker that died; a document that keeps killing workers ends as
    dask's KilledWorker, and is then re-screened here in an isolated local process (where the
    death is recorded). The per-document SIGALRM backstop does not apply in dask's worker threads;
    the cooperative deadline does.
    """
    import joblib
    from joblib import Parallel, delayed

    received: set[str] = set()
    with connect_scheduler(scheduler) as client, joblib.parallel_config(backend="dask"):
        n = max(1, sum(client.nthreads().values()))
        try:
            parallel = Parallel(n_jobs=n, return_as="generator_unordered", batch_size=1)
            for _, path, records in parallel(delayed(_screen_marked)(i, p, config, None) for i, p in enumerate(paths)):
                received.add(path)
                yield path, records
            return
        except Exception as exc:
            if not _is_pool_death(exc):
                raise
    for path in paths:
        if path not in received:
            yield path, _screen_isolated(path, config)
