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
        try:
            parallel = Parallel(n_jobs=jobs, backend="loky", return_as="generator_unordered", batch_size=1)
            for index, path, records in parallel(delayed(_screen_marked)(i, p, config, scratch) for i, p in pending):
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
            shutil.rmtree(scratch, ignore_errors=True)


def _screen_dask(paths: list[str], config: ScanConfig, scheduler: str | None) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Run `screen_path` on a dask.distributed cluster through joblib's dask backend.

    Workers must see the same paths (a shared filesystem) and have tender-triage installed.
    Dask re-runs the tasks of a worker that died; a document that keeps killing workers ends as
    dask's KilledWorker, and is then re-screened here in an isolated local process (where the
    death is recorded). The per-document SIGALRM backstop does not apply in dask's worker threads;
    the cooperative deadline does.
    """
    try:
        import joblib
        from distributed import Client
    except ImportError as exc:  # configuration problem: exit 2

        raise TriageError("--backend dask needs dask.distributed (pip install 'dask[distributed]')") from exc
    if not scheduler:
        raise TriageError("--backend dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    from joblib import Parallel, delayed

    received: set[str] = set()
    with Client(scheduler) as client, joblib.parallel_config(backend="dask"):
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
