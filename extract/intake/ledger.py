"""The scan ledger: an SQLite file that remembers what was screened, so re-runs only do new work.

Why a ledger: intake runs every day over folders that mostly hold yesterday's documents, and an
archive back-scan can be killed halfway. The ledger lets a run skip every input file already
screened with the same model and policy, re-screen when either changed (or the reading settings:
OCR, PDF engine, limits), and resume a killed run
with nothing lost and nothing doubled.

Layout (two tables, both written in ONE transaction per input file, as soon as it finishes):

- `files`: one row per (input file path, sha256 of its bytes) with the model id and policy
  version that screened it and how it was read (`reading`: extract.batch.reading_key). This is the skip check, done before parsing (hash the bytes, look
  up), so a zip is skipped or screened as a whole.
- `documents`: one row per (document path, document sha256) with the record JSON, the model and
  policy, `first_seen` (kept across re-screens) and `screened_at`. Zip members are keyed by their
  member path (`package.zip!member.pdf`) and their own sha256; each row also names the input
  file it came from.

Because a file's document rows and its `files` row commit together, a run killed with SIGKILL
leaves either all of a file's records or none of them; the next run screens exactly the files
that have no `files` row. WAL mode with synchronous=NORMAL survives a killed process (not
necessarily a power cut, which costs at most the last few files, which are then re-screened).

Only the parent process writes; workers return records. The ledger holds no document bytes.

Review (issue 14, `tender-triage serve`) adds two append-only tables:

- `decisions`: what a reviewer decided about a document (keyed by the document's sha256, not
  its path: the same bytes under two names are one decision; a re-scan replaces `documents`
  rows but never touches decisions), with the model, policy and verdict the reviewer saw. The
  latest row per sha256 is the current decision; older rows are its history. A document whose
  current verdict differs from the verdict its decision was made on "needs another look".
- `audit`: who did what when (log in, upload, decide), one row per event.

Both refuse UPDATE and DELETE (triggers), so history cannot be rewritten through the ledger.

- `sessions`: the review server's logged-in sessions, so a restart does not log everyone out:
  the sha256 of the session id (the cookie's value is never stored), the user, the session's
  CSRF token and its expiry (Unix time). Rows are deleted at log-out and expiry. A table older
  versions of this program ignore, so adding it needed no new schema version.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from typing import Any

from extract.errors import TriageError

# 2: files.reading (how the file was read); 3: decisions and audit (review). Older ledgers are
# upgraded in place (their rows stay as they are; the new tables start empty).
SCHEMA_VERSION = "3"

#: What a reviewer can decide about a flagged document.
DECISIONS = ("confirm", "clear", "escalate")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS files (
    file_path TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    model TEXT NOT NULL,
    policy TEXT NOT NULL,
    reading TEXT NOT NULL DEFAULT '',
    documents INTEGER NOT NULL,
    has_errors INTEGER NOT NULL,
    screened_at TEXT NOT NULL,
    PRIMARY KEY (file_path, file_sha256)
);
CREATE TABLE IF NOT EXISTS documents (
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file_path TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    model TEXT NOT NULL,
    policy TEXT NOT NULL,
    status TEXT,
    verdict TEXT,
    flag INTEGER,
    score REAL,
    record TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    screened_at TEXT NOT NULL,
    PRIMARY KEY (path, sha256)
);
CREATE INDEX IF NOT EXISTS documents_by_file ON documents (file_path, file_sha256, ordinal);
CREATE INDEX IF NOT EXISTS documents_by_sha ON documents (sha256);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('confirm', 'clear', 'escalate')),
    note TEXT NOT NULL DEFAULT '',
    user TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    model TEXT NOT NULL,
    policy TEXT NOT NULL,
    verdict TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_by_sha ON decisions (sha256, id);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    sha256 TEXT,
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS sessions (
    id_sha256 TEXT PRIMARY KEY,
    user TEXT NOT NULL,
    csrf TEXT NOT NULL,
    expires REAL NOT NULL
);
CREATE TRIGGER IF NOT EXISTS decisions_append_only_u BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS decisions_append_only_d BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_append_only_u BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_append_only_d BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class LedgerError(TriageError):
    """The file is not a ledger this version can use (a configuration problem, exit 2)."""


class Ledger:
    """An open ledger file. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | os.PathLike[str], *, check_same_thread: bool = True):
        """Open (creating or upgrading) the ledger at `path`.

        `check_same_thread=False` lets one connection serve several threads; the caller must then
        serialise its calls (the review server holds a lock around every call).
        """
        self.path = os.fspath(path)
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per file.
            self._db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None,
                                       check_same_thread=check_same_thread)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=30000")
            self._db.executescript(_SCHEMA)
            row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                self._db.execute("INSERT INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
            elif row[0] in ("1", "2"):
                self._upgrade(row[0])
            elif row[0] != SCHEMA_VERSION:
                raise LedgerError(f"{self.path}: ledger schema {row[0]}, this version reads {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise LedgerError(f"{self.path}: not a usable ledger ({exc})") from exc

    def _upgrade(self, version: str) -> None:
        """Bring a version 1 or 2 ledger to the current schema, in one transaction.

        1 -> 2: add files.reading; old rows keep '' (unknown): they are not re-screened for it.
        2 -> 3: the decisions and audit tables, already created (empty) by _SCHEMA's IF NOT EXISTS.
        """
        self._db.execute("BEGIN IMMEDIATE")
        try:
            cols = {r[1] for r in self._db.execute("PRAGMA table_info(files)")}
            if version == "1" and "reading" not in cols:
                self._db.execute("ALTER TABLE files ADD COLUMN reading TEXT NOT NULL DEFAULT ''")
            self._db.execute("UPDATE meta SET value=? WHERE key='schema'", (SCHEMA_VERSION,))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reads

    def lookup(
        self,
        file_path: str,
        file_sha256: str,
        *,
        model: str,
        policy: str,
        reading: str = "",
        retry_errors: bool = False,
    ) -> list[dict[str, Any]] | None:
        """The stored records of this exact file if it was screened with this model and policy
        and read the same way (`reading`: extract.batch.reading_key; '' on either side = unknown).

        None means "screen it": never seen, its bytes changed, another model, policy or reading
        setting, or (with `retry_errors`) one of its documents ended in status `error` last time.
        """
        row = self._db.execute(
            "SELECT model, policy, reading, has_errors FROM files WHERE file_path=? AND file_sha256=?",
            (file_path, file_sha256),
        ).fetchone()
        if row is None or row[0] != model or row[1] != policy or (retry_errors and row[3]):
            return None
        if reading and row[2] and row[2] != reading:
            return None
        return self._records_of(file_path, file_sha256)

    def _records_of(self, file_path: str, file_sha256: str) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT record FROM documents WHERE file_path=? AND file_sha256=? ORDER BY ordinal",
            (file_path, file_sha256),
        )
        return [json.loads(r[0]) for r in rows]

    def latest_records(self) -> Iterator[dict[str, Any]]:
        """Every document of the latest screening of every input file, in path order.

        An input file whose bytes changed has rows for each version; only the most recently
        stored version is reported (its predecessors stay in the ledger as history).
        """
        rows = self._db.execute(
            """
            SELECT d.record FROM files f
            JOIN documents d ON d.file_path = f.file_path AND d.file_sha256 = f.file_sha256
            WHERE f.rowid = (SELECT MAX(f2.rowid) FROM files f2 WHERE f2.file_path = f.file_path)
            ORDER BY f.file_path, d.ordinal
            """
        )
        for (text,) in rows:
            yield json.loads(text)

    def count_documents(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def document_keys(self) -> list[tuple[str, str]]:
        """(path, sha256) of every document row: used by tests and audits."""
        return [(p, s) for p, s in self._db.execute("SELECT path, sha256 FROM documents ORDER BY path, sha256")]

    # ------------------------------------------------------------------ writes

    def store(
        self,
        file_path: str,
        file_sha256: str,
        records: Sequence[dict[str, Any]],
        *,
        model: str,
        policy: str,
        reading: str = "",
    ) -> None:
        """Record one input file's documents, atomically (all of them or none)."""
        now = _now()
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            keys = [(str(r.get("path", file_path)), str(r.get("sha256") or "")) for r in records]
            first_seen: dict[tuple[str, str], str] = {}
            for key in keys:
                row = db.execute("SELECT first_seen FROM documents WHERE path=? AND sha256=?", key).fetchone()
                if row:
                    first_seen[key] = row[0]
            # A parser change can alter the member list of the same bytes: drop the old set.
            db.execute("DELETE FROM documents WHERE file_path=? AND file_sha256=?", (file_path, file_sha256))
            for ordinal, (key, rec) in enumerate(zip(keys, records)):
                score = rec.get("score")
                db.execute(
                    "INSERT OR REPLACE INTO documents (path, sha256, file_path, file_sha256, ordinal, model, policy,"
                    " status, verdict, flag, score, record, first_seen, screened_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        key[0],
                        key[1],
                        file_path,
                        file_sha256,
                        ordinal,
                        model,
                        policy,
                        rec.get("status"),
                        rec.get("verdict"),
                        int(bool(rec.get("flag"))),
                        None if score is None else float(score),
                        json.dumps(rec, ensure_ascii=False),
                        first_seen.get(key, now),
                        now,
                    ),
                )
            has_errors = any(r.get("status") == "error" for r in records)
            # DELETE + INSERT (not REPLACE in place) gives the row a new rowid: latest_records
            # relies on the highest rowid per path being the latest screening.
            db.execute("DELETE FROM files WHERE file_path=? AND file_sha256=?", (file_path, file_sha256))
            db.execute(
                "INSERT INTO files (file_path, file_sha256, model, policy, reading, documents, has_errors, screened_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (file_path, file_sha256, model, policy, reading, len(records), int(has_errors), now),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------------ review (serve)

    def queue(self) -> list[dict[str, Any]]:
        """The latest record of every document (as `latest_records`), each with `received`
        (first_seen: when the document was first stored) and `screened_at`, for the review queue."""
        rows = self._db.execute(
            """
            SELECT d.record, d.first_seen, d.screened_at FROM files f
            JOIN documents d ON d.file_path = f.file_path AND d.file_sha256 = f.file_sha256
            WHERE f.rowid = (SELECT MAX(f2.rowid) FROM files f2 WHERE f2.file_path = f.file_path)
            ORDER BY f.file_path, d.ordinal
            """
        )
        return _dated_records(rows)

    def screening_signature(self) -> tuple[int, str]:
        """Changes whenever any file is stored (by this process or another: `scan --db` beside a
        running server), so a reader can keep `queue()` until it does (the review server parses
        every record once, not on every page view)."""
        count, latest = self._db.execute("SELECT COUNT(*), MAX(screened_at) FROM files").fetchone()
        return int(count), str(latest or "")

    def decisions_signature(self) -> int:
        """The newest decision's id: changes with every decision (the table is append-only)."""
        return int(self._db.execute("SELECT COALESCE(MAX(id), 0) FROM decisions").fetchone()[0])

    def records_by_sha(self, sha256: str) -> list[dict[str, Any]]:
        """Every stored record of the document with these bytes (one per name it arrived under),
        newest screening first, each with `received` and `screened_at`."""
        rows = self._db.execute(
            "SELECT record, first_seen, screened_at FROM documents WHERE sha256=? ORDER BY screened_at DESC, path",
            (sha256,),
        )
        return _dated_records(rows)

    def document_sources(self, sha256: str) -> list[dict[str, str]]:
        """Where the document with these bytes was read from: every (path, file_path, file_sha256)
        the ledger holds for it, newest screening first (review export copies the bytes from one)."""
        rows = self._db.execute(
            "SELECT path, file_path, file_sha256 FROM documents WHERE sha256=? ORDER BY screened_at DESC, path",
            (sha256,),
        )
        return [{"path": p, "file_path": f, "file_sha256": fs} for p, f, fs in rows]

    def file_documents(self, prefix: str) -> list[tuple[str, str]]:
        """(file sha256, document sha256) of every input file whose path starts with `prefix`
        (serve's uploads are stored as `upload/<sha>/<name>`): which documents each stored
        upload holds, for the server's clean-up (only uploads whose documents are all decided go)."""
        rows = self._db.execute(
            "SELECT DISTINCT file_sha256, sha256 FROM documents WHERE substr(file_path, 1, ?) = ?",
            (len(prefix), prefix),
        )
        return [(f, d) for f, d in rows]

    def decide(
        self,
        sha256: str,
        decision: str,
        *,
        user: str,
        model: str,
        policy: str,
        verdict: str,
        note: str = "",
    ) -> dict[str, Any]:
        """Append a reviewer's decision (and its audit row, in the same transaction); return it."""
        if decision not in DECISIONS:
            raise ValueError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
        now = _now()
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            cur = db.execute(
                "INSERT INTO decisions (sha256, decision, note, user, decided_at, model, policy, verdict)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (sha256, decision, note, user, now, model, policy, verdict),
            )
            row_id = cur.lastrowid
            self._audit(user, "decide", sha256, {"decision": decision, "decision_id": row_id, "verdict": verdict,
                                                 "model": model, "policy": policy}, now)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return {"id": row_id, "sha256": sha256, "decision": decision, "note": note, "user": user, "decided_at": now,
                "model": model, "policy": policy, "verdict": verdict}

    _DECISION_COLUMNS = ("id", "sha256", "decision", "note", "user", "decided_at", "model", "policy", "verdict")

    def decisions(self, sha256: str | None = None) -> list[dict[str, Any]]:
        """Decisions, newest first: of one document, or all of them."""
        sql = f"SELECT {', '.join(self._DECISION_COLUMNS)} FROM decisions"
        args: tuple[Any, ...] = ()
        if sha256 is not None:
            sql += " WHERE sha256=?"
            args = (sha256,)
        rows = self._db.execute(sql + " ORDER BY id DESC", args)
        return [dict(zip(self._DECISION_COLUMNS, r)) for r in rows]

    def current_decisions(self) -> dict[str, dict[str, Any]]:
        """The latest decision of every decided document, by sha256."""
        rows = self._db.execute(
            f"SELECT {', '.join(self._DECISION_COLUMNS)} FROM decisions"
            " WHERE id IN (SELECT MAX(id) FROM decisions GROUP BY sha256)"
        )
        return {r[1]: dict(zip(self._DECISION_COLUMNS, r)) for r in rows}

    def audit(self, user: str, action: str, sha256: str | None = None, detail: dict[str, Any] | None = None) -> None:
        """Append one event to the audit log (its own transaction)."""
        self._audit(user, action, sha256, detail or {}, _now())

    def _audit(self, user: str, action: str, sha256: str | None, detail: dict[str, Any], at: str) -> None:
        self._db.execute(
            "INSERT INTO audit (at, user, action, sha256, detail) VALUES (?, ?, ?, ?, ?)",
            (at, user, action, sha256, json.dumps(detail, ensure_ascii=False, sort_keys=True)),
        )

    def audit_log(self, limit: int = 1000) -> list[dict[str, Any]]:
        """The newest `limit` audit events, newest first."""
        rows = self._db.execute("SELECT id, at, user, action, sha256, detail FROM audit ORDER BY id DESC LIMIT ?", (limit,))
        return [{"id": i, "at": at, "user": u, "action": a, "sha256": s, "detail": json.loads(d)}
                for i, at, u, a, s, d in rows]

    # ------------------------------------------------------------------ sessions (serve)

    def session_put(self, id_sha256: str, user: str, csrf: str, expires: float) -> None:
        """Store a logged-in session (by the hash of its id), dropping expired ones on the way."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute("DELETE FROM sessions WHERE expires < ?", (time.time(),))
            self._db.execute("INSERT OR REPLACE INTO sessions (id_sha256, user, csrf, expires) VALUES (?, ?, ?, ?)",
                             (id_sha256, user, csrf, expires))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def session_get(self, id_sha256: str) -> tuple[str, str, float] | None:
        """(user, csrf, expires) of a stored session, or None (expiry is the caller's check)."""
        row = self._db.execute("SELECT user, csrf, expires FROM sessions WHERE id_sha256=?", (id_sha256,)).fetchone()
        return (row[0], row[1], float(row[2])) if row else None

    def session_delete(self, id_sha256: str) -> None:
        self._db.execute("DELETE FROM sessions WHERE id_sha256=?", (id_sha256,))


def needs_another_look(decision: dict[str, Any] | None, record: dict[str, Any]) -> bool:
    """True when the document's verdict now differs from the verdict its decision was made on
    (a re-scan with another model or policy changed it): the decision may no longer hold."""
    return decision is not None and decision.get("verdict") != record.get("verdict")


def _dated_records(rows: Any) -> list[dict[str, Any]]:
    """Records from (record JSON, first_seen, screened_at) rows, each with `received` (when its
    bytes were first seen) and `screened_at` (when this record was made) added."""
    out = []
    for text, first_seen, screened_at in rows:
        rec = json.loads(text)
        rec["received"] = first_seen
        rec["screened_at"] = screened_at
        out.append(rec)
    return out
