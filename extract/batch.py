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
as `error` ("worker process died while reading this document (...)"), flag true.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from extract.errors import LimitExceeded
from extract.limits import DEFAULT_LIMITS, Deadline, Limits
from extract.record import build_record
from extract.types import Document, Status, unreadable_verdict

from extract.classify import RULES_MODEL_ID  # noqa: E402  (re-exported: the id of `--model rules`)


@dataclass(frozen=True, slots=True)
class ScanConfig:
    """Everything a worker needs to screen a file. Small and picklable: paths, not objects."""

    policy_dir: str | None = None  # None: settings.policy_dir()
    # The model: a directory, "rules" (the mention rules alone, chosen on purpose), or None for
    # the default (--model, $TENDER_TRIAGE_MODEL, models/CURRENT: the shipped model). There is no
    # silent fallback: with no model to be found, prepare() raises ModelError (exit 2).
    model_dir: str | None = None
    limits: Limits = field(default=DEFAULT_LIMITS)
    pdf_engine: str = "auto"
    ocr: str = "auto"  # auto | never | always (issue 6)
    ocr_lang: str | None = None
    # Address-space cap (MB) set once in each worker process (RLIMIT_AS), so a memory bomb
    # becomes MemoryError -> an error record instead of swapping the machine. None: no cap.
    max_worker_mb: float | None = None
    # TEST-ONLY: "module:function" called with each input path before it is parsed, in the
    # process that screens it. Tests use it to kill or slow a worker on a chosen file; nothing
    # else sets it (the CLI's --test-hook option is hidden from --help).
    test_hook: str | None = None


def reading_key(config: ScanConfig) -> str:
    """A short fingerprint of how files are read: PDF engine, OCR mode, languages and engine, limits.

    Why: the ledger skips a file already screened with the same model and policy. Reading
    settings change records too: a scan with --ocr never leaves scanned pages `no_text`, and a
    later --ocr always run must read them; a raised size limit must retry what the old limit
    refused; installing Tesseract must re-read pages that were waiting for it. The ledger stores
    this key per file and re-screens when it differs.
    """
    parts: dict[str, Any] = {
        "pdf_engine": config.pdf_engine,
        "ocr": config.ocr,
        "ocr_lang": config.ocr_lang,
        "limits": asdict(config.limits),
    }
    if config.ocr != "never":
        from extract.ocr import available

        parts["ocr_engine"] = available()[1]  # version and language packs, or why OCR is unavailable
    blob = json.dumps(parts, sort_keys=True, default=str).encode("utf-8")
    return "r:" + hashlib.sha256(blob).hexdigest()[:16]


# --------------------------------------------------------------------------- inputs


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Every file named or found below the named folders, recursively, in a stable order.

    Paths are yielded as given (joined with the names found below them), so records carry the
    path the operator typed. Symlinked folders are not followed (no loops); hidden files and
    folders (dot names) below a named folder are skipped, as are editor and OS droppings.
    A path that does not exist is yielded anyway and becomes an error record.
    """
    for raw in paths:
        path = str(raw)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.endswith("~"):
                        continue
                    yield os.path.join(root, name)
        else:
            yield path


# --------------------------------------------------------------------------- per-process context


@dataclass
class _Context:
    policy: Any
    model: Any | None
    model_id: str
    policy_version: str


_CONTEXTS: dict[tuple[str | None, str | None], _Context] = {}


def prepare(config: ScanConfig) -> _Context:
    """Load (once per process) and validate the policy and the model named by `config`.

    Raises PolicyError / ModelError (exit 2) before any document is read. The cache key includes
    the policy version (a hash of its few small files, re-read on every call), so a long-lived
    worker (a reused loky process, a Dask worker) never screens with a policy edited since it
    loaded it, and records always carry the version the ledger was told about.
    """
    from extract import settings
    from extract.policy import policy_version

    pdir = Path(config.policy_dir) if config.policy_dir else settings.policy_dir()
    key = (str(pdir), config.model_dir, policy_version(pdir))
    ctx = _CONTEXTS.get(key)
    if ctx is None:
        from extract.policy import load_policy

        policy = load_policy(Path(config.policy_dir) if config.policy_dir else None)
        model = None
        model_id = RULES_MODEL_ID
        chosen = settings.model_dir(config.model_dir)  # None: rules only, on purpose
        if chosen is not None:
            from extract.classify import load_model

            model = load_model(chosen)
            model_id = model.id
        ctx = _Context(policy=policy, model=model, model_id=model_id, policy_version=policy.version)
        _CONTEXTS[key] = ctx
    return ctx


# --------------------------------------------------------------------------- time limit


class _Alarm(BaseException):
    """Raised by SIGALRM; a BaseException so library code catching Exception cannot swallow it."""


@contextmanager
def _wall_clock_limit(seconds: float | None) -> Iterator[None]:
    """Arm SIGALRM for `seconds` where signals work (the main thread of a process).

    Parsers also check a cooperative Deadline between pages; the alarm is the backstop for a
    single call that never returns (a pathological PDF content stream). In threads (Dask
    workers) only the cooperative deadline applies.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _handler(signum, frame):  # noqa: ARG001
        raise _Alarm()

    previous = signal.signal(signal.SIGALRM, _handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------- screening


def _file_sha256(path: str) -> str | None:
    try:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def _error_document(path: str, message: str, *, size: int = 0) -> Document:
    return Document(
        path=path,
        sha256=_file_sha256(path) or "",
        format="unknown",
        status=Status.ERROR.value,
        error=message,
        size=size,
    )


def _mark_ocr(doc: Document, mentions: list) -> list:
    """Mentions found on OCR'd pages say so, with the page's mean word confidence (issue 6)."""
    ocr_pages = {p.number: p.ocr_confidence for p in doc.pages if p.ocr}
    if not ocr_pages:
        return mentions
    from dataclasses import replace

    return [replace(m, ocr=True, confidence=ocr_pages[m.page]) if m.page in ocr_pages else m for m in mentions]


def _ocr_options(config: ScanConfig) -> Any:
    from extract.ocr import OcrOptions

    return OcrOptions(mode=config.ocr, lang=config.ocr_lang)


def screen_document(doc: Document, ctx: _Context, *, seconds: float | None = None) -> dict[str, Any]:
    """Mentions and verdict for one parsed document, as a contract record."""
    if not doc.ok:
        verdict = unreadable_verdict(doc.error)
        return build_record(doc, [], verdict, model_id=ctx.model_id, policy_version=ctx.policy_version, seconds=seconds)
    from extract.mentions import find_mentions

    mentions = _mark_ocr(doc, find_mentions(doc, ctx.policy))
    if ctx.model is not None:
        verdict = ctx.model.predict([doc], [mentions])[0]
    else:
        from extract.classify import rules_verdict

        verdict = rules_verdict(doc, mentions, ctx.policy)
    return build_record(doc, mentions, verdict, model_id=ctx.model_id, policy_version=ctx.policy_version, seconds=seconds)


def screen_path(path: str, config: ScanConfig) -> list[dict[str, Any]]:
    """Parse, screen and record every document in one input file (a zip gives several).

    Never raises for anything a document does; see the module docstring.
    """
    ctx = prepare(config)
    _apply_memory_cap(config.max_worker_mb)
    limits = config.limits
    started = time.monotonic()
    deadline = Deadline(limits.max_seconds)
    try:
        if config.test_hook:
            _resolve_hook(config.test_hook)(path)
        with _wall_clock_limit(limits.max_seconds + 1.0):
            from extract.parse import parse_path

            docs = parse_path(path, limits=limits, deadline=deadline, pdf_engine=config.pdf_engine, ocr=_ocr_options(config))
            records = []
            for doc in docs:
                deadline.check(doc.path)
                t0 = time.monotonic()
                records.append(screen_document(doc, ctx, seconds=None))
                records[-1]["seconds"] = round(time.monotonic() - t0, 4)
            if len(records) == 1:
                records[0]["seconds"] = round(time.monotonic() - started, 4)
            return records
    except (_Alarm, LimitExceeded) as exc:
        message = str(exc) or f"time limit: document took longer than {limits.max_seconds:g} s"
        doc = _error_document(path, message)
    except MemoryError:
        doc = _error_document(path, "memory limit: document needs more memory than a worker may use")
    except Exception as exc:  # a bug of ours must not hide the document from review
        doc = _error_document(path, f"internal error while screening: {type(exc).__name__}: {exc}".splitlines()[0])
    return [screen_document(doc, ctx, seconds=time.monotonic() - started)]


# --------------------------------------------------------------------------- worker process set-up

_ORIGINAL_AS_LIMIT: tuple[int, int] | None = None
_APPLIED_CAP: float | None = None


def _apply_memory_cap(max_mb: float | None) -> None:
    """Set (or lift) this process's RLIMIT_AS soft limit, once per distinct value.

    Only ever called in a process that screens documents for the batch (a loky worker, a
    single-use isolation process, or the main process of a --jobs 1 run without a cap, where
    `max_mb` is None and nothing changes). The cap is address space, not resident memory:
    Python with numpy and BLAS threads maps a few hundred MB before reading anything, so caps
    under ~600 MB make every document fail.
    """
    global _ORIGINAL_AS_LIMIT, _APPLIED_CAP
    if max_mb == _APPLIED_CAP:
        return
    try:
        import resource
    except ImportError:  # not on POSIX: no cap
        return
    if _ORIGINAL_AS_LIMIT is None:
        _ORIGINAL_AS_LIMIT = resource.getrlimit(resource.RLIMIT_AS)
    soft, hard = _ORIGINAL_AS_LIMIT
    if max_mb is not None:
        soft = int(max_mb * 1024 * 1024)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        _APPLIED_CAP = max_mb
    except (ValueError, OSError):
        pass


def _resolve_hook(spec: str):
    """Import a TEST-ONLY "module:function" hook (see ScanConfig.test_hook)."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


# --------------------------------------------------------------------------- many files


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

    `backend`: "loky" (local worker processes; jobs=1 without a memory cap screens in this
    process) or "dask" (the cluster at `scheduler`, through joblib's dask backend).
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
    elif jobs == 1 and config.max_worker_mb is None:
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
    """
    for result in scan_files(list(iter_input_files(paths)), config, jobs=jobs, **options):
        yield from result.records


# --------------------------------------------------------------------------- local worker pool


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


# --------------------------------------------------------------------------- dask


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
        from extract.errors import TriageError

        raise TriageError("--backend dask needs dask.distributed (pip install 'dask[distributed]')") from exc
    if not scheduler:
        from extract.errors import TriageError

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


# --------------------------------------------------------------------------- one document, explained


@dataclass(frozen=True, slots=True)
class Explained:
    """One document's record plus why: the model's top features, or None without a model."""

    record: dict[str, Any]
    explanation: Any | None  # extract.classify.Explanation (label, supporting, opposing)
    threshold: float | None


def explain_path(path: str, config: ScanConfig, *, top: int = 10) -> list[Explained]:
    """Screen one input file in this process and explain each of its documents.

    The record is the same as `screen_path` gives; the explanation lists the features that
    weighed most for and against its verdict (Model.explain). With no model configured the
    explanation is None and the record's `reasons` say which rules fired.
    """
    ctx = prepare(config)
    from extract.mentions import find_mentions
    from extract.parse import parse_path

    docs = parse_path(path, limits=config.limits, deadline=Deadline(config.limits.max_seconds), pdf_engine=config.pdf_engine,
                      ocr=_ocr_options(config))
    out = []
    for doc in docs:
        mentions = _mark_ocr(doc, find_mentions(doc, ctx.policy)) if doc.ok else []
        record = screen_document(doc, ctx)
        explanation = None
        threshold = None
        if ctx.model is not None:
            threshold = getattr(ctx.model, "threshold", None)
            if doc.ok:
                explanation = ctx.model.explain(doc, mentions, top=top)
        out.append(Explained(record, explanation, threshold))
    return out


def exit_code(records: Iterable[dict[str, Any]]) -> int:
    """0 when every document was read, 1 when some could not be (they are in the output)."""
    return 0 if all(r.get("status") == Status.OK.value for r in records) else 1
