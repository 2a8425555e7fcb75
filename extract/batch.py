"""The batch runner: files in, one record per document out, whatever the files hold.

`screen_path` is the per-file function every backend runs (in-process, joblib/loky worker
processes, or a Dask worker). It lives in this importable module, not in `__main__`, so each
worker keeps its loaded policy and model in a module-level cache instead of receiving them by
value with every task (PERFORMANCE.md measured a 3.7x slowdown for the latter).

Nothing a document does can stop the batch: parse errors, limits, timeouts and even bugs in our
own code become a record with status `error`, verdict `unreadable` and flag true, so a reviewer
sees what the tool could not read. Configuration errors (invalid policy, bad model) are raised by
`prepare()` before any document is read, which the CLI turns into exit code 2.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.errors import LimitExceeded
from extract.limits import DEFAULT_LIMITS, Deadline, Limits
from extract.record import build_record
from extract.types import Document, Status, unreadable_verdict

#: Model id recorded when no trained model is configured (rules only; see rules_verdict).
RULES_MODEL_ID = "rules"


@dataclass(frozen=True, slots=True)
class ScanConfig:
    """Everything a worker needs to screen a file. Small and picklable: paths, not objects."""

    policy_dir: str | None = None  # None: settings.policy_dir()
    model_dir: str | None = None  # None: no model (rules only); resolve with settings first
    limits: Limits = field(default=DEFAULT_LIMITS)
    pdf_engine: str = "auto"
    ocr: str = "auto"  # auto | never | always (issue 6)
    ocr_lang: str | None = None


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

    Raises PolicyError / ModelError (exit 2) before any document is read.
    """
    key = (config.policy_dir, config.model_dir)
    ctx = _CONTEXTS.get(key)
    if ctx is None:
        from extract.policy import load_policy

        policy = load_policy(Path(config.policy_dir) if config.policy_dir else None)
        model = None
        model_id = RULES_MODEL_ID
        if config.model_dir:
            from extract.classify import load_model

            model = load_model(Path(config.model_dir))
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


def rules_verdict(mentions: list) -> Any:
    """The verdict when no trained model is configured: mentions alone decide.

    Offered or mentioned restricted entities -> restricted_vendor_named; otherwise any equipment
    category or relevant code -> in_scope_ict; otherwise out_of_scope. Cruder than the model (it
    cannot read context), so the record's `model` says "rules" and reviewers can tell.
    """
    from extract.types import Label, Verdict

    restricted = [m for m in mentions if m.entity and m.role != "prohibited"]
    if restricted:
        return Verdict(Label.RESTRICTED.value, True, 1.0, reasons=("rules: restricted entity not in a prohibition",))
    if any(m.category for m in mentions):
        return Verdict(Label.IN_SCOPE.value, True, 1.0, reasons=("rules: in-scope equipment category",))
    return Verdict(Label.OUT_OF_SCOPE.value, False, 0.0, reasons=("rules: nothing in scope found",))


def screen_document(doc: Document, ctx: _Context, *, seconds: float | None = None) -> dict[str, Any]:
    """Mentions and verdict for one parsed document, as a contract record."""
    if not doc.ok:
        verdict = unreadable_verdict(doc.error)
        return build_record(doc, [], verdict, model_id=ctx.model_id, policy_version=ctx.policy_version, seconds=seconds)
    from extract.mentions import find_mentions

    mentions = find_mentions(doc, ctx.policy)
    if ctx.model is not None:
        verdict = ctx.model.predict([doc], [mentions])[0]
    else:
        verdict = rules_verdict(mentions)
    return build_record(doc, mentions, verdict, model_id=ctx.model_id, policy_version=ctx.policy_version, seconds=seconds)


def screen_path(path: str, config: ScanConfig) -> list[dict[str, Any]]:
    """Parse, screen and record every document in one input file (a zip gives several).

    Never raises for anything a document does; see the module docstring.
    """
    ctx = prepare(config)
    limits = config.limits
    started = time.monotonic()
    deadline = Deadline(limits.max_seconds)
    try:
        with _wall_clock_limit(limits.max_seconds + 1.0):
            from extract.parse import parse_path

            docs = parse_path(path, limits=limits, deadline=deadline, pdf_engine=config.pdf_engine)
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


def run_scan(
    paths: Iterable[str | os.PathLike[str]],
    config: ScanConfig,
    *,
    jobs: int = 1,
) -> Iterator[dict[str, Any]]:
    """Screen every file under `paths`, yielding records as documents finish, in input order.

    `jobs` > 1 runs `screen_path` in joblib/loky worker processes (pypdfium2 is not
    thread-safe, and processes keep one bad document's memory away from the others).
    """
    prepare(config)  # configuration errors surface here, before any document is read
    files = list(iter_input_files(paths))
    if jobs == 1 or len(files) <= 1:
        for path in files:
            yield from screen_path(path, config)
        return
    from joblib import Parallel, delayed

    parallel = Parallel(n_jobs=jobs, backend="loky", return_as="generator", batch_size=1)
    for records in parallel(delayed(screen_path)(p, config) for p in files):
        yield from records


def exit_code(records: Iterable[dict[str, Any]]) -> int:
    """0 when every document was read, 1 when some could not be (they are in the output)."""
    return 0 if all(r.get("status") == Status.OK.value for r in records) else 1
