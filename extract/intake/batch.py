"""The batch runner: files in, one record per document out, whatever the files hold.

`screen_path` is the per-file function every backend runs (in-process, joblib/loky worker
processes, or a Dask worker). It lives in this importable module, not in `__main__`, so each
worker keeps its loaded policy and model in a module-level cache instead of receiving them by
value with every task (PERFORMANCE.md measured a 3.7x slowdown for the latter).

Nothing a document does can stop the batch: parse errors, limits, timeouts and even bugs in our
own code become a record with status `error`, verdict `unreadable` and flag true, so a reviewer
sees what the tool could not read. Configuration errors (invalid policy, bad model) are raised by
`prepare()` before any document is read, which the CLI turns into exit code 2.

Even a worker process that dies (a segfault in a C parser, the kernel's OOM killer, a memory cap)
does not stop the batch: `scan_files` notices the broken pool, re-screens the documents whose
results it never received (the ones a worker had started, one at a time in single-use processes,
so the culprit is found; the rest in a fresh pool) and records the document that kills its worker
as `error` ("worker process died while reading this document (...)"), flag true."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from extract.types import Status
from extract.intake.inputs import check_inputs, iter_input_files
from extract.intake.screen import ScanConfig, prepare, reading_key, screen_path, _file_sha256
from extract.intake.heap import YOUNG_THRESHOLD, start_up
from extract.intake.pool import _screen_dask, _screen_pool

__all__ = ["YOUNG_THRESHOLD", "FileResult", "exit_code", "run_scan", "scan_files", "start_up"]


@dataclass(frozen=True, slots=True)
class FileResult:
    """The records of one input file, and whether they came from the ledger (not re-screened)."""

    path: str
    sha256: str | None  # of the input file's bytes; None when no ledger was used (not computed)
    records: tuple[dict[str, Any], ...]
    cached: bool = False


def _unique(files: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for f in files:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def scan_files(
    files: Sequence[str],
    config: ScanConfig,
    *,
    jobs: int = 1,
    ledger: Any = None,
    rescan: bool = False,
    retry_errors: bool = False,
    backend: str = "loky",
    scheduler: str | None = None,
) -> Iterator[FileResult]:
    """Screen `files` (input files, not folders), yielding each file's records as it finishes.

    With a `ledger` (extract.ledger.Ledger) each file's bytes are hashed first; a file already
    screened with the same model, policy and reading settings (`reading_key`) is yielded from
    the ledger (`cached=True`) unless
    `rescan`; every screened file is committed to the ledger before it is yielded, so a killed
    run loses at most the files in flight. Files from the ledger come first, then screened files
    in the order they finish (input order with jobs=1).

    `backend`: "loky" (local worker processes; jobs=1 or a single file, without a memory cap,
    is screened in this process) or "dask" (the cluster at `scheduler`, through joblib's dask backend).
    """
    ctx = prepare(config)  # configuration errors surface here, before any document is read
    reading = reading_key(config) if ledger is not None else ""
    todo: list[tuple[str, str | None]] = []
    for path in _unique(files):
        sha = None
        if ledger is not None:
            sha = _file_sha256(path) or ""
            if not rescan:
                stored = ledger.lookup(
                    path, sha, model=ctx.model_id, policy=ctx.policy_version, reading=reading,
                    retry_errors=retry_errors,
                )
                if stored is not None:
                    yield FileResult(path, sha, tuple(stored), cached=True)
                    continue
        todo.append((path, sha))
    if not todo:
        return
    shas = dict(todo)
    paths = [p for p, _ in todo]
    if backend == "dask":
        results = _screen_dask(paths, config, scheduler)
    elif (jobs == 1 or len(paths) == 1) and config.max_worker_mb is None:
        # one file gains nothing from worker processes; starting them costs seconds of imports
        results = ((p, screen_path(p, config)) for p in paths)
    else:
        results = _screen_pool(paths, config, jobs)
    for path, records in results:
        sha = shas[path]
        if ledger is not None:
            ledger.store(path, sha or "", records, model=ctx.model_id, policy=ctx.policy_version, reading=reading)
        yield FileResult(path, sha, tuple(records))


def run_scan(
    paths: Iterable[str | os.PathLike[str]],
    config: ScanConfig,
    *,
    jobs: int = 1,
    **options: Any,
) -> Iterator[dict[str, Any]]:
    """Screen every file under `paths` (folders walked), yielding records as documents finish.

    `options` are passed to `scan_files` (ledger, rescan, retry_errors, backend, scheduler).
    Raises InputNotFound, before anything is read, when a named path does not exist (the
    caller's mistake, as `scan` treats it), so a typo never becomes an "unreadable" record.
    """
    paths = list(paths)
    check_inputs(paths)
    for result in scan_files(list(iter_input_files(paths)), config, jobs=jobs, **options):
        yield from result.records


def exit_code(records: Iterable[dict[str, Any]]) -> int:
    """0 when every document was read, 1 when some could not be (they are in the output)."""
    return 0 if all(r.get("status") == Status.OK.value for r in records) else 1
