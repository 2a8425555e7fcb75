"""Screening many files in worker processes (joblib/loky) or on a Dask cluster, surviving a worker
that dies.

A worker that dies (a segfault in a C parser, the kernel's OOM killer, a memory cap) does not stop
the batch: the broken pool is noticed, the documents whose results never came back are screened
again (the ones a worker had started one at a time in single-use processes, so the culprit is
found; the rest in a fresh pool), and the document that kills its worker becomes an `error`
record ("worker process died while reading this document (...)"), flag true."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

from extract.intake.screen import ScanConfig, _error_document, screen_document, screen_path, prepare
from extract.errors import TriageError


def _screen_marked(index: int, path: str, config: ScanConfig, scratch: str | None) -> tuple[int, str, list[dict[str, Any]]]:
    """screen_path, after leaving an empty marker file named `index` in `scratch`.

    The markers tell the parent which files a worker had started when the pool broke, so only
    those are suspects (re-run one by one, isolated); the rest go to a fresh pool.
    """
    if scratch:
        try:
            with open(os.path.join(scratch, str(index)), "x"):
                pass
        except OSError:
            pass
    return index, path, screen_path(path, config)


_POOL_BROKEN_NAMES = ("TerminatedWorkerError", "BrokenProcessPool", "ShutdownExecutorError", "KilledWorker")


def _is_pool_death(exc: BaseException) -> bool:
    return type(exc).__name__ in _POOL_BROKEN_NAMES


def _death_detail(exc: BaseException) -> str:
    """'killed by SIGKILL(-9)'-style detail from loky's message, or the exception type."""
    match = re.search(r"exit codes of the workers are \{([^}]*)\}", str(exc))
    if match:
        return f"worker exit code {match.group(1)}"
    return type(exc).__name__


def _died_record(path: str, config: ScanConfig, detail: str) -> list[dict[str, Any]]:
    ctx = prepare(config)
    doc = _error_document(path, f"worker process died while reading this document ({detail})")
    return [screen_document(doc, ctx)]


def _screen_isolated(path: str, config: ScanConfig) -> list[dict[str, Any]]:
    """Screen one file in a fresh single-use worker process; its death becomes an error record."""
    from joblib.externals.loky import ProcessPoolExecutor

    executor = ProcessPoolExecutor(max_workers=1)
    try:
        return executor.submit(screen_path, path, config).result()
    except Exception as exc:
        if _is_pool_death(exc):
            return _died_record(path, config, _death_detail(exc))
        return _died_record(path, config, f"{type(exc).__name__}: {exc}".splitlines()[0])
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
    from joblib import Parallel, delayed

    pending = _largest_first(list(enumerate(paths)))
    sweep_stale_scratch()
    while pending:
        scratch = tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-")
        received: set[int] = set()
        outputs = None
        try:
            parallel = Parallel(n_jobs=jobs, backend="loky", return_as="generator_unordered", batch_size=1)
            outputs = parallel(delayed(_screen_marked)(i, p, config, scratch) for i, p in pending)
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
