"""The library API: `extract.screen(...)` and `extract.screen_many(...)`.

Why a module of its own: integrators call tender-triage from Python (DESIGN.md, "Who uses it")
and should get exactly what `tender-triage scan` writes, with the same defaults (the shipped
model, the shipped policy, OCR auto, the default limits), without assembling a ScanConfig. It is
loaded lazily by `extract/__init__.py` (PEP 562), so `import extract` stays cheap: scikit-learn
and the parsers load on the first call, not at import.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from extract import settings
from extract.intake.inputs import check_inputs
from extract.intake.screen import ScanConfig, screen_bytes, screen_path
from extract.limits import DEFAULT_LIMITS, Limits

Source = str | os.PathLike[str] | bytes | bytearray | memoryview


def scan_config(
    *,
    model: str | os.PathLike[str] | None = None,
    policy: str | os.PathLike[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    ocr: str = "auto",
    ocr_lang: str | None = None,
    pdf_engine: str = "auto",
) -> ScanConfig:
    """The ScanConfig `tender-triage scan` would build from the same options.

    `model`: a model directory, "rules" (mention rules only, on purpose) or None: $TENDER_TRIAGE_MODEL,
    then models/CURRENT. `policy`: a policy directory or None: $TENDER_TRIAGE_POLICY, then the
    shipped policy. Resolved here, once, so a later change of the environment does not switch
    the model halfway through a batch.
    """
    chosen = settings.model_dir(model)
    return ScanConfig(
        policy_dir=str(settings.policy_dir(policy)),
        model_dir=str(chosen) if chosen is not None else settings.RULES,
        limits=limits,
        pdf_engine=pdf_engine,
        ocr=ocr,
        ocr_lang=ocr_lang,
    )


def screen(source: Source, *, name: str | None = None, config: ScanConfig | None = None, **options: Any) -> list[dict[str, Any]]:
    """Screen one file (a path) or one document's bytes; return its records (the output contract).

    A list because one input can hold several documents (a zip gives one record per member).
    `name` is what the records call the input (`path`): default the path as given, or
    "<bytes>" for bytes. `options` are `scan_config`'s (model, policy, limits, ocr, ...), or pass
    a ready `config`. Never raises for anything the document does (it becomes an `error` record,
    verdict `unreadable`); a bad model or policy raises ModelError / PolicyError, and a path that
    does not exist InputNotFound (a FileNotFoundError), before reading.
    """
    if not isinstance(source, (bytes, bytearray, memoryview)):
        check_inputs([source])
    cfg = config if config is not None else scan_config(**options)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return screen_bytes(bytes(source), name or "<bytes>", cfg)
    return screen_path(os.fspath(source), cfg, name=name)


def screen_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    db: str | os.PathLike[str] | None = None,
    config: ScanConfig | None = None,
    **options: Any,
) -> Iterator[dict[str, Any]]:
    """Screen every file under `paths` (folders walked, as `scan` does), yielding records as they finish.

    `jobs` worker processes (1: in this process); `db` an SQLite ledger, so files already screened
    with the same model and policy are not screened again (`scan --db`). `options` as for `screen`.
    Raises InputNotFound (a FileNotFoundError) at the call, before anything is read, when a named
    path does not exist.
    """
    paths = list(paths)
    check_inputs(paths)
    return _screen_many(paths, jobs=jobs, db=db, config=config, **options)


def _screen_many(paths: list[str | os.PathLike[str]], *, jobs: int, db: str | os.PathLike[str] | None,
                 config: ScanConfig | None, **options: Any) -> Iterator[dict[str, Any]]:
    """The generator behind `screen_many` (split so its argument checks run at the call, not at
    the first `next()`)."""
    from extract.intake.batch import run_scan
    from extract.intake.ledger import Ledger

    cfg = config if config is not None else scan_config(**options)
    ledger = Ledger(db) if db is not None else None
    try:
        yield from run_scan(paths, cfg, jobs=jobs, ledger=ledger)
    finally:
        if ledger is not None:
            ledger.close()
