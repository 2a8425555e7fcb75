"""Removing stored uploads once they are no longer needed (serve.toml `keep_uploads_days`).

Why: every upload is kept under the server's folder by its sha256 so a reviewer (and the review
export that turns decisions into training data) can get the bytes back; without an end, that
folder only grows, and it holds documents an agency may not keep longer than it must.

What goes: a stored file last uploaded more than `keep_days` days ago (its modification time;
an upload of the same bytes re-dates it) none of whose documents is still waiting for a
reviewer. "Waiting" is the queue's own notion: not decided, or decided on a verdict that has
changed since (needs another look). Files the ledger knows nothing about (an upload whose
screening never finished) go by age alone. Leftover partial files of interrupted uploads
(`incoming/*.part`) older than a day go too. Every removal is logged (logger
`extract.serve.retention`) and each clean-up that removed something is one `uploads_removed`
event in the ledger's audit log, listing the hashes.

`keep_days = 0` keeps everything (no clean-up).
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extract.intake.ledger import Ledger
from extract.serve.queue import build_queue
from extract.serve.uploads import STORE_LOCK

log = logging.getLogger(__name__)

UPLOAD_PREFIX = "upload/"  # ledger file paths of uploads: upload/<sha256>/<name> (extract.serve.app)
_SHA = re.compile(r"^[0-9a-f]{64}$")
DAY = 86400.0
PART_MAX_AGE = DAY  # no upload takes a day: a .part this old is left from a crash


def waiting_uploads(ledger: Ledger) -> set[str]:
    """The sha256 of every stored upload holding at least one document a reviewer still has to decide."""
    items = build_queue(ledger.queue(), ledger.current_decisions())
    undecided = {i.sha256 for i in items if i.sha256 and not i.decided}
    return {f for f, d in ledger.file_documents(UPLOAD_PREFIX) if d in undecided}


def clean_uploads(storage: Path, ledger: Ledger, keep_days: float, *, now: float | None = None,
                  db: Callable[..., Any] | None = None) -> list[str]:
    """Remove stored uploads older than `keep_days` that no undecided document needs; return their hashes.

    `db(fn, *args)` runs a ledger call (the server passes its locked runner; the ledger
    connection is shared by request threads); by default the call is made directly.
    """
    if keep_days <= 0:
        return []
    run = db or (lambda fn, *a: fn(*a))
    now = time.time() if now is None else now
    cutoff = now - keep_days * DAY
    candidates = [p for p in _stored_files(storage) if _mtime(p) < cutoff]
    _remove_stale_parts(storage, now)
    if not candidates:
        return []
    keep = run(waiting_uploads, ledger)
    removed = []
    for path in candidates:
        if path.name in keep:
            continue
        with STORE_LOCK:  # an upload of the same bytes re-dates the file under this lock
            age = _mtime(path)
            if age >= cutoff:
                continue
            try:
                path.unlink()
            except FileNotFoundError:
                continue
        try:
            path.parent.rmdir()  # the <sha[:2]> folder, when it is now empty
        except OSError:
            pass
        removed.append(path.name)
        log.info("removed upload %s (last uploaded %s, older than %g days, no undecided document)",
                 path.name, time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(age)), keep_days)
    if removed:
        run(ledger.audit, "-", "uploads_removed", None, {"sha256": removed, "keep_days": keep_days})
    return removed


def _stored_files(storage: Path) -> list[Path]:
    """The stored uploads: <storage>/<sha[:2]>/<sha256>, nothing else (the ledger, notes, folders
    someone else keeps beside them are never touched)."""
    out = []
    try:
        prefixes = [d for d in storage.iterdir() if d.is_dir() and re.fullmatch(r"[0-9a-f]{2}", d.name)]
    except OSError:
        return out
    for d in prefixes:
        try:
            out += [p for p in d.iterdir() if _SHA.match(p.name) and p.name[:2] == d.name and p.is_file()]
        except OSError:
            continue
    return out


def _remove_stale_parts(storage: Path, now: float) -> None:
    incoming = storage / "incoming"
    try:
        parts = [p for p in incoming.iterdir() if p.suffix == ".part"]
    except OSError:
        return
    for p in parts:
        if _mtime(p) < now - PART_MAX_AGE:
            try:
                p.unlink()
                log.info("removed an interrupted upload's partial file %s", p.name)
            except OSError:
                pass


def _mtime(path: Path) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return float("inf")  # gone or unreadable: never "old"
