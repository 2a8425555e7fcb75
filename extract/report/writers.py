"""Writers for scan records (JSONL, CSV, HTML), the per-mention CSV, and the run summary.

Every format starts from the contract record built by `extract.record.build_record`, so they
cannot drift apart. JSONL and CSV are written incrementally (one document at a time, flushed, so
a killed run leaves everything finished so far); the HTML report needs every record to order the
review queue, so it is rendered when the writer closes.

CSV formula injection: a spreadsheet treats a cell starting with `=`, `+`, `-`, `@`, a tab or a
carriage return as a formula, and a bid's file name or text could carry one
(`=HYPERLINK("http://evil", "open")`). Every text cell that starts with one of these characters
gets a leading apostrophe (`'=HYPERLINK(...)`), which spreadsheets show as text. Numbers are left
alone. Readers that need the raw value strip one leading apostrophe from such cells.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from extract.errors import TriageError
from extract.intake.record import CONTRACT_FIELDS
from extract.settings import OUTPUT_FORMATS
from extract.types import URGENCY
from extract.report.html import Summary as HtmlSummary, urgency_key, write_html

#: Output formats of `scan` and `report`.
FORMATS = OUTPUT_FORMATS

#: Verdicts in review order: most urgent first (the HTML queue and the summary use it).

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Columns of the per-document CSV: the contract fields (mentions summarised) and additions.
DOCUMENT_COLUMNS = tuple(f for f in CONTRACT_FIELDS if f != "mentions") + (
    "mentions",
    "mention_entities",
    "format",
    "size",
    "threshold",
    "reasons",
    "seconds",
)

#: Columns of the per-mention CSV (`--mentions-csv`).
MENTION_COLUMNS = (
    "path",
    "sha256",
    "verdict",
    "entity",
    "kind",
    "text",
    "page",
    "line",
    "start",
    "end",
    "role",
    "regimes",
    "category",
    "rule",
    "snippet",
)

LIST_SEPARATOR = "; "

# --------------------------------------------------------------------------- CSV cells


def csv_safe(value: Any) -> Any:
    """Neutralise a spreadsheet formula in a text cell (see the module docstring)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    return csv_safe(value)


def document_row(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV row for a document: lists joined with "; ", mentions as a count and entities."""
    mentions = record.get("mentions") or []
    entities_in_order = list(dict.fromkeys(m.get("entity") for m in mentions if m.get("entity")))
    row = {col: record.get(col) for col in DOCUMENT_COLUMNS}
    row["mentions"] = len(mentions)
    row["mention_entities"] = entities_in_order
    return {k: _cell(v) for k, v in row.items()}


def mention_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """One CSV row per mention of a document, with the document's path, hash and verdict."""
    rows = []
    for m in record.get("mentions") or []:
        row = {col: m.get(col) for col in MENTION_COLUMNS}
        row["path"] = record.get("path")
        row["sha256"] = record.get("sha256")
        row["verdict"] = record.get("verdict")
        rows.append({k: _cell(v) for k, v in row.items()})
    return rows


def _csv_text(rows: list[dict[str, Any]], columns: tuple[str, ...], header: bool) -> str:
    """Rows as CSV text through pandas (object dtype keeps ints as ints and None as empty)."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns), dtype=object)
    buf = io.StringIO()
    frame.to_csv(buf, index=False, header=header, lineterminator="\n")
    return buf.getvalue()

# --------------------------------------------------------------------------- writers


class RecordWriter:
    """Base: `write(record)` per document, `close()` once (closes the stream only if it owns it)."""

    def __init__(self, stream: IO[str], *, own: bool = False):
        self.stream = stream
        self.own = own

    def write(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()
        if self.own:
            self.stream.close()

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class JsonlWriter(RecordWriter):
    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.stream.flush()


class CsvWriter(RecordWriter):
    """One row per document (`DOCUMENT_COLUMNS`), header first, flushed per row."""

    def __init__(self, stream: IO[str], *, own: bool = False):
        super().__init__(stream, own=own)
        self._header = True

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(_csv_text([document_row(record)], DOCUMENT_COLUMNS, self._header))
        self.stream.flush()
        self._header = False

    def close(self) -> None:
        if self._header:  # no documents: still a valid CSV with its header
            self.stream.write(_csv_text([], DOCUMENT_COLUMNS, True))
        super().close()


class MentionsCsvWriter(CsvWriter):
    """One row per mention (`MENTION_COLUMNS`); documents without mentions add no row."""

    def write(self, record: dict[str, Any]) -> None:
        rows = mention_rows(record)
        if rows or self._header:
            self.stream.write(_csv_text(rows, MENTION_COLUMNS, self._header))
            self.stream.flush()
            self._header = False

    def close(self) -> None:
        RecordWriter.close(self)


class HtmlWriter(RecordWriter):
    """Spools records to an anonymous temporary file and renders the HTML report on close.

    Why spool: the report lists documents in urgency order, which is known only at the end, and
    a back-scan can hold hundreds of thousands of records (each with its mentions and snippets).
    Memory keeps one sort key and offset per record; the file is unlinked on creation (nothing
    is left behind, even if the process is killed) and gone when closed.
    """

    def __init__(
        self, stream: IO[str], *, own: bool = False, title: str = "tender-triage review queue", generated_at: str | None = None,
        regimes: Mapping[str, Any] | None = None, entity_names: Mapping[str, str] | None = None,
    ):
        """`regimes` ({key: Regime}) and `entity_names` ({id: name}) come from the policy the scan
        used, so the report cites regimes as the review service does ("US FAR 52.204-25 / NDAA
        s.889"), not by key."""
        super().__init__(stream, own=own)
        self.title = title
        self.generated_at = generated_at
        self.regimes = regimes
        self.entity_names = entity_names
        self._spool = tempfile.TemporaryFile()
        self._index: list[tuple[tuple[int, float, str], int, int, int]] = []  # (key, seq, offset, length)
        self._summary = HtmlSummary()

    def write(self, record: dict[str, Any]) -> None:
        blob = json.dumps(record, ensure_ascii=False).encode("utf-8")
        offset = self._spool.seek(0, io.SEEK_END)
        self._spool.write(blob)
        self._index.append((urgency_key(record), len(self._index), offset, len(blob)))
        self._summary.add(record)

    def _ordered(self) -> Iterator[dict[str, Any]]:
        for _key, _seq, offset, length in sorted(self._index):
            self._spool.seek(offset)
            yield json.loads(self._spool.read(length).decode("utf-8"))

    def close(self) -> None:
        try:
            write_html(self.stream, _Reread(self._ordered), self._summary, title=self.title,
                       generated_at=self.generated_at, regimes=self.regimes, entity_names=self.entity_names)
        finally:
            self._spool.close()
        super().close()


class _Reread:
    """An iterable that reads the spool again each time it is iterated: write_html walks the
    records twice (summary table, then documents) without holding them."""

    def __init__(self, source: Callable[[], Iterator[dict[str, Any]]]):
        self._source = source

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self._source()


def prepare_output(path: str | os.PathLike[str]) -> None:
    """Make `path` writable before anything is read: create the folders above it.

    Why: intake jobs write to a fresh dated folder every day (`-o out/2026-12-02/queue.html`), and
    a missing folder used to surface as a FileNotFoundError traceback after the whole batch had
    been read. What cannot be fixed by creating folders (a parent that is a file, a path that is a
    folder, no permission) raises TriageError with one sentence: a usage error, exit 2.
    """
    target = os.path.abspath(os.fspath(path))
    if os.path.isdir(target):
        raise TriageError(f"cannot write {os.fspath(path)}: it is a folder, not a file")
    parent = os.path.dirname(target)
    _no_file_above(path, parent)
    try:
        os.makedirs(parent, exist_ok=True)
    except OSError as exc:
        raise TriageError(f"cannot create the folder {parent} for {os.fspath(path)}: "
                          f"{exc.strerror or type(exc).__name__}") from None


def _no_file_above(path: str | os.PathLike[str], folder: str) -> None:
    """TriageError when the nearest existing ancestor of `folder` (itself included) is a file."""
    blocker = folder
    while not os.path.exists(blocker) and os.path.dirname(blocker) != blocker:
        blocker = os.path.dirname(blocker)  # up to the nearest ancestor that exists
    if os.path.exists(blocker) and not os.path.isdir(blocker):
        raise TriageError(f"cannot write {os.fspath(path)}: {blocker} is a file, not a folder")


def check_output_folder(path: str | os.PathLike[str]) -> None:
    """TriageError (exit 2) now when the folder `path` could never be created (a file in the way).

    For outputs that are folders written at the end of a long run (`train --out`): the mistake
    is reported before the run, not as a NotADirectoryError traceback after it. Nothing is created.
    """
    _no_file_above(path, os.path.abspath(os.fspath(path)))


def open_output(path: str | os.PathLike[str]) -> IO[str]:
    """`path` opened for writing text (created or truncated), its folders created first.

    Errors are one-sentence TriageErrors (see `prepare_output`), never an OSError traceback.
    """
    prepare_output(path)
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise TriageError(f"cannot write {os.fspath(path)}: {exc.strerror or type(exc).__name__}") from None


def open_writer(fmt: str, path: str | None, *, stdout: IO[str] | None = None, policy: Any = None) -> RecordWriter:
    """A writer for `fmt` on `path` (created/truncated, folders created), or on `stdout` when path
    is None. `policy` (the scan's Policy) gives the HTML report its regime citations and entity
    names; the other formats carry keys and ids only (the output contract)."""
    classes = {"jsonl": JsonlWriter, "csv": CsvWriter, "html": HtmlWriter}
    if fmt not in classes:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    extra: dict[str, Any] = {}
    if fmt == "html" and policy is not None:
        from extract.report.view import policy_labels

        regimes, names = policy_labels(policy)
        extra = {"regimes": regimes, "entity_names": names}
    if path is None:
        import sys

        return classes[fmt](stdout or sys.stdout, own=False, **extra)
    return classes[fmt](open_output(path), own=True, **extra)


def open_mentions_writer(path: str | None) -> MentionsCsvWriter | None:
    """The `--mentions-csv` writer on `path` (folders created), or None when no path was given."""
    return MentionsCsvWriter(open_output(path), own=True) if path else None


def write_records(records: Iterable[dict[str, Any]], fmt: str, path: str | None = None) -> int:
    """Write all `records` in `fmt`; returns how many were written."""
    n = 0
    with open_writer(fmt, path) as writer:
        for rec in records:
            writer.write(rec)
            n += 1
    return n

# --------------------------------------------------------------------------- summary


@dataclass
class Summary:
    """Counts for the end-of-run line on stderr. `add` one record at a time."""

    documents: int = 0
    from_ledger: int = 0
    unreadable: int = 0
    pages: int = 0  # pages of documents screened in this run (not those read from the ledger)
    by_verdict: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    def add(self, record: dict[str, Any], *, cached: bool = False) -> None:
        self.documents += 1
        self.by_verdict[record.get("verdict")] += 1
        if record.get("status") != "ok":
            self.unreadable += 1
        if cached:
            self.from_ledger += 1
        else:
            self.pages += int(record.get("pages") or 0)

    def finish(self) -> Summary:
        self.finished = time.monotonic()
        return self

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "by_verdict": {v: self.by_verdict.get(v, 0) for v in URGENCY},
            "unreadable": self.unreadable,
            "from_ledger": self.from_ledger,
            "pages": self.pages,
            "seconds": round(self.seconds, 3),
            "pages_per_second": round(self.pages_per_second, 2),
        }

    def format(self) -> str:
        verdicts = ", ".join(f"{v} {self.by_verdict.get(v, 0)}" for v in URGENCY)
        ledger = f" ({self.from_ledger} from the ledger)" if self.from_ledger else ""
        return (
            f"{self.documents} documents{ledger}: {verdicts}; {self.unreadable} unreadable; "
            f"{self.pages} pages screened in {self.seconds:.1f} s ({self.pages_per_second:.1f} pages/s)"
        )

# --------------------------------------------------------------------------- explain (terminal)


def _one_line(text: Any, limit: int = 160) -> str:
    """Terminal-safe: control characters (ANSI escapes from a hostile document) become spaces."""
    s = "".join(ch if ch.isprintable() else " " for ch in str(text if text is not None else ""))
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def format_explanation(record: dict[str, Any], explanation: Any | None = None, threshold: float | None = None) -> str:
    """A readable account of one document for `tender-triage explain`.

    Document text is printed with control characters removed, so a crafted file cannot send
    escape sequences to the reviewer's terminal.
    """
    lines = [f"{_one_line(record.get('path'), 400)}"]
    status = record.get("status")
    lines.append(f"  status    {status}" + (f": {_one_line(record.get('error'))}" if record.get("error") else ""))
    lines.append(f"  pages     {record.get('pages') if record.get('pages') is not None else 'n/a'}")
    verdict = record.get("verdict")
    lines.append(f"  verdict   {verdict}  ({'FLAGGED for review' if record.get('flag') else 'not flagged'})")
    score = record.get("score")
    threshold = threshold if threshold is not None else record.get("threshold")
    if score is None:
        lines.append("  score     n/a (not read)")
    elif threshold is not None:
        side = ">=" if float(score) >= float(threshold) else "<"
        lines.append(f"  score     {float(score):.3f} {side} threshold {float(threshold):.3f}")
    else:
        lines.append(f"  score     {float(score):.3f}")
    lines.append(f"  model     {record.get('model')}   policy {record.get('policy')}")
    lines.append(f"  entities  {', '.join(record.get('entities') or []) or 'none'}")
    lines.append(f"  categories {', '.join(record.get('categories') or []) or 'none'}")
    mentions = record.get("mentions") or []
    lines.append(f"  mentions  {len(mentions)}")
    for m in mentions:
        who = m.get("entity") or m.get("category") or "-"
        regimes = ", ".join(m.get("regimes") or []) or "-"
        lines.append(
            f"    p{m.get('page')} l{m.get('line')}  {m.get('kind')}  {who}  [{m.get('role')}]  "
            f"{_one_line(m.get('text'), 60)!s}  regimes: {regimes}"
        )
        lines.append(f"        {_one_line(m.get('snippet'))}")
    if explanation is not None:
        lines.append("  what moved the score (each input taken away; evidence can only raise it):")
        for name, value in getattr(explanation, "supporting", ()) or ():
            lines.append(f"    +{float(value):.4f}  {_one_line(name, 80)}")
        for name, value in getattr(explanation, "opposing", ()) or ():
            lines.append(f"    {float(value):.4f}  {_one_line(name, 80)}")
        if not getattr(explanation, "supporting", ()) and not getattr(explanation, "opposing", ()):
            lines.append("    (nothing: the score is the model's base rate)")
        terms = getattr(explanation, "terms", ()) or ()
        if terms:
            lines.append("  words the text model read most (weight; mentions are cut out of its text):")
            lines.extend(f"    {float(w):+.4f}  {_one_line(g, 60)}" for g, w in terms)
    elif status == "ok":
        lines.append("  rules only (--model rules): the verdict comes from the mention rules")
    reasons = record.get("reasons") or []
    if reasons:
        lines.append("  reasons:")
        lines.extend(f"    - {_one_line(r)}" for r in reasons)
    return "\n".join(lines)
