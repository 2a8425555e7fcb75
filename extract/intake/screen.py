"""Screening one file: the function every backend runs, and what it needs loaded.

`screen_path` parses, screens and records every document in one input file and never raises for
anything a document does: parse errors, limits, timeouts and even bugs in our own code become a
record with status `error`, verdict `unreadable` and flag true, so a reviewer sees what the tool
could not read. It lives in this importable module, not in `__main__`, so each worker process
keeps its loaded policy and model in a module-level cache (`prepare`) instead of receiving them
by value with every task (PERFORMANCE.md measured a 3.7x slowdown for the latter). Configuration
errors (invalid policy, bad model, no model) are raised by `prepare()` before any document is
read, which the CLI turns into exit code 2."""

from __future__ import annotations

import hashlib
import importlib
import json
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from extract.errors import LimitExceeded
from extract.limits import DEFAULT_LIMITS, Deadline, Limits
from extract.intake.record import build_record
from extract.model.classify import RULES_MODEL_ID
from extract.types import Document, Status, unreadable_verdict
from extract import settings
from extract.mentions.match import find_mentions
from extract.model.classify import load_model, rules_verdict
from extract.parse import parse_bytes, read_input, split_member_path
from extract.parse.legacy import available_tools
from extract.parse.ocr import OcrOptions, available
from extract.policy.load import load_policy, policy_version


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
    ocr_engine: str = "auto"  # auto | tesseract | rapidocr (issue 13; extract.parse.ocr)
    # Address-space cap (MB) set once in each worker process (RLIMIT_AS), so a memory bomb
    # becomes MemoryError -> an error record instead of swapping the machine. None: no cap.
    max_worker_mb: float | None = None
    # TEST-ONLY: "module:function" called with each input path before it is parsed, in the
    # process that screens it. Tests use it to kill or slow a worker on a chosen file; nothing
    # else sets it (the CLI's --test-hook option is hidden from --help).
    test_hook: str | None = None


def reading_key(config: ScanConfig) -> str:
    """A short fingerprint of how files are read: PDF engine, OCR mode, languages and engine,
    limits, legacy Office converters.

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
        # the engine chosen, its version and language packs, or why OCR is unavailable
        parts["ocr_engine"] = available(config.ocr_engine)[1]
    # .doc/.ppt converters on PATH: installing antiword or LibreOffice re-reads what waited for one
    parts["converters"] = available_tools()
    blob = json.dumps(parts, sort_keys=True, default=str).encode("utf-8")
    return "r:" + hashlib.sha256(blob).hexdigest()[:16]


@dataclass
class _Context:
    """What `prepare` loaded for a policy folder and model: kept for the process's later documents."""

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

    pdir = Path(config.policy_dir) if config.policy_dir else settings.policy_dir()
    key = (str(pdir), config.model_dir, policy_version(pdir))
    ctx = _CONTEXTS.get(key)
    if ctx is None:
        policy = load_policy(Path(config.policy_dir) if config.policy_dir else None)
        model = None
        model_id = RULES_MODEL_ID
        chosen = settings.model_dir(config.model_dir)  # None: rules only, on purpose
        if chosen is not None:
            model = load_model(chosen)
            model_id = model.id
        ctx = _Context(policy=policy, model=model, model_id=model_id, policy_version=policy.version)
        _CONTEXTS[key] = ctx
    return ctx


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


def _file_sha256(path: str) -> str | None:
    """sha256 of the input file's bytes; for an archive member path (`bundle.zip!a.docx`), of
    the archive's, so the ledger re-screens the member when its archive changes."""
    path = split_member_path(path)[0]
    try:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def _error_document(path: str | None, message: str, *, size: int = 0, name: str | None = None,
                    data: bytes | None = None) -> Document:
    """An error Document for `path` (or `data`), reported as `name` when given."""
    if data is not None:
        sha = hashlib.sha256(data).hexdigest()
    else:
        sha = (_file_sha256(path) if path else None) or ""
    return Document(
        path=name if name is not None else (path or ""),
        sha256=sha,
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
    return OcrOptions(mode=config.ocr, lang=config.ocr_lang, engine=config.ocr_engine)


def screen_document(doc: Document, ctx: _Context, *, seconds: float | None = None) -> dict[str, Any]:
    """Mentions and verdict for one parsed document, as a contract record."""
    if not doc.ok:
        verdict = unreadable_verdict(doc.error)
        return build_record(doc, [], verdict, model_id=ctx.model_id, policy_version=ctx.policy_version, seconds=seconds)

    mentions = _mark_ocr(doc, find_mentions(doc, ctx.policy))
    if ctx.model is not None:
        verdict = ctx.model.predict([doc], [mentions])[0]
    else:
        verdict = rules_verdict(doc, mentions, ctx.policy)
    return build_record(doc, mentions, verdict, model_id=ctx.model_id, policy_version=ctx.policy_version, seconds=seconds)


def screen_path(path: str, config: ScanConfig, *, name: str | None = None) -> list[dict[str, Any]]:
    """Parse, screen and record every document in one input file (a zip gives several).

    `name`: report the documents under this name instead of `path` (zip members become
    `name!member`). The server uses it: an upload is stored under its sha256, and its records
    must carry the name the uploader gave, not the storage path.

    Never raises for anything a document does; see the module docstring.
    """
    return _screen_input(path, None, config, name=name)


def screen_bytes(data: bytes, name: str, config: ScanConfig) -> list[dict[str, Any]]:
    """`screen_path` for bytes already in memory (the library's `extract.screen(b"...")`).

    `name` is only reported (records' `path`); nothing is read from or written to disk.
    """
    return _screen_input(None, data, config, name=name)


def _parse_input(path: str | None, data: bytes | None, name: str | None, config: ScanConfig,
                 deadline: Deadline) -> list[Document]:
    """Parse a file on disk, or bytes, reporting them under `name` when given."""
    limits = config.limits
    options: dict[str, Any] = {"limits": limits, "deadline": deadline, "pdf_engine": config.pdf_engine,
                               "ocr": _ocr_options(config)}
    if data is None:
        assert path is not None
        if name is None:
            return read_input(path, **options)  # as train and evaluate read it (archive member paths too)
        try:
            size = Path(path).stat().st_size
        except OSError as exc:
            return [_error_document(None, f"cannot read file: {exc.strerror or type(exc).__name__}", name=name)]
        if size > limits.max_bytes:  # never read whole; same message as parse_path gives
            return [_error_document(path, f"size limit: {size:,} bytes > {limits.max_bytes:,}", size=size, name=name)]
        with open(path, "rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    return parse_bytes(data, name or path or "", **options)


def _screen_input(path: str | None, data: bytes | None, config: ScanConfig, *, name: str | None) -> list[dict[str, Any]]:
    ctx = prepare(config)
    _apply_memory_cap(config.max_worker_mb)
    limits = config.limits
    started = time.monotonic()
    deadline = Deadline(limits.max_seconds)
    shown = name if name is not None else (path or "")
    try:
        if config.test_hook and path is not None:
            _resolve_hook(config.test_hook)(path)
        with _wall_clock_limit(limits.max_seconds + 1.0):
            docs = _parse_input(path, data, name, config, deadline)
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
        doc = _error_document(path, message, name=shown, data=data)
    except MemoryError:
        doc = _error_document(path, "memory limit: document needs more memory than a worker may use", name=shown, data=data)
    except Exception as exc:  # a bug of ours must not hide the document from review
        doc = _error_document(path, f"internal error while screening: {type(exc).__name__}: {exc}".splitlines()[0],
                              name=shown, data=data)
    return [screen_document(doc, ctx, seconds=time.monotonic() - started)]


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


@dataclass(frozen=True, slots=True)
class Explained:
    """One document's record plus why: the model's top features, or None without a model."""

    record: dict[str, Any]
    explanation: Any | None  # extract.classify.Explanation (label, supporting, opposing)
    threshold: float | None


def explain_path(path: str, config: ScanConfig, *, top: int = 10) -> list[Explained]:
    """Screen one input file in this process and explain each of its documents.

    `path` is any path a record can carry: a file, or an archive member (`bundle.zip!a.docx`,
    `a.zip!b.zip!c.docx`), read by the same zip reader as in a scan. The record is the same as
    `screen_path` gives; the explanation lists the features that
    weighed most for and against its verdict (Model.explain). With no model configured the
    explanation is None and the record's `reasons` say which rules fired.
    """
    ctx = prepare(config)

    docs = read_input(path, limits=config.limits, pdf_engine=config.pdf_engine, ocr=_ocr_options(config))
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
