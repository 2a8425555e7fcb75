"""Legacy Office files: Excel 97-2003 (.xls), Word 97-2003 (.doc), PowerPoint 97-2003 (.ppt), RTF.

Agencies still publish forms and price lists in these formats, and suppliers answer in them.
.xls is read in-process by xlrd and RTF by striprtf (both pure Python, installed with the tool).
.doc and .ppt have no maintained pure-Python reader, so an installed converter does the work:
antiword or catdoc for .doc, catppt (from catdoc) for .ppt, LibreOffice headless for either.
Where none is installed the document is an `error` record (verdict unreadable, flagged) whose
message says what to install, as scans without Tesseract are handled: never silently cleared.

A converter reads a path, so the bytes go to a file in a private temporary directory that is
removed when the call returns, whatever happens; the converter runs with the document's time
left as its timeout, without a shell, and its output is decoded as UTF-8.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from extract.errors import LimitExceeded
from extract.limits import NO_DEADLINE, Deadline, Limits, check_markup_size
from extract.parse.common import (
    MIN_PAGE_CHARS,
    Parsed,
    ParseFailure,
    check_page_count,
    clean_row,
    clean_text,
    make_page,
    real_chars,
    row_line,
)
from extract.types import Status

#: Converters tried in order, per format: (program, arguments before the file name).
CONVERTERS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "doc": (("antiword", ("-m", "UTF-8.txt", "-w", "0")), ("catdoc", ("-d", "utf-8", "-w"))),
    "ppt": (("catppt", ("-d", "utf-8")),),
}
OFFICE = ("soffice", "libreoffice")

INSTALL_HINTS = {
    "doc": "apt-get install antiword (or catdoc, or libreoffice-writer-nogui)",
    "ppt": "apt-get install catdoc (it brings catppt; or libreoffice-impress-nogui)",
}
#: Said when the installed converters ran but read nothing: files written by some programs
#: (LibreOffice's own .ppt export, for one) hold their text where catppt does not look.
OFFICE_HINTS = {"doc": "libreoffice-writer-nogui", "ppt": "libreoffice-impress-nogui"}
NAMES = {"doc": "Word 97-2003 document (.doc)", "ppt": "PowerPoint 97-2003 presentation (.ppt)"}

#: Seconds a converter may take when the document has no deadline of its own.
CONVERTER_SECONDS = 120.0


def available_tools() -> str:
    """The converters found on PATH, e.g. "antiword,catdoc" (for the ledger's reading key:
    installing one re-screens the files that waited for it)."""
    names = [name for tools in CONVERTERS.values() for name, _ in tools] + list(OFFICE)
    return ",".join(sorted({n for n in names if shutil.which(n)}))


# --------------------------------------------------------------------------- .xls


def _xls_cell(cell, datemode: int) -> str:  # type: ignore[no-untyped-def]
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        value = float(cell.value)
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else str(value)
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            when = xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return str(cell.value)
        return when.date().isoformat() if when.time() == dt.time(0) else when.isoformat()
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return ""
    return str(cell.value)


def parse_xls(data: bytes, *, limits: Limits, deadline: Deadline = NO_DEADLINE) -> Parsed:
    """One page per worksheet, each non-empty row a line and a table row (as .xlsx)."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise ParseFailure("encrypted Excel workbook: a password is required", Status.ENCRYPTED.value) from exc
        raise ParseFailure(f"damaged Excel 97-2003 workbook: {exc}") from exc
    try:
        names = book.sheet_names()
        check_page_count(len(names), limits, unit="sheets")
        pages = []
        for number, name in enumerate(names, start=1):
            deadline.check("document")
            sheet = book.sheet_by_index(number - 1)
            if sheet.nrows > limits.max_rows_per_sheet:
                raise LimitExceeded(f"row limit: sheet {name!r} has more than {limits.max_rows_per_sheet:,} rows")
            rows = []
            for r in range(sheet.nrows):
                row = clean_row(_xls_cell(c, book.datemode) for c in sheet.row(r))
                if any(row):
                    rows.append(row)
            book.unload_sheet(number - 1)
            pages.append(make_page(number, "\n".join(row_line(r) for r in rows), (rows,), limits))
    finally:
        book.release_resources()
    return Parsed(pages=tuple(pages), metadata=(("sheets", ",".join(names)),))


# --------------------------------------------------------------------------- RTF


def parse_rtf(data: bytes, *, limits: Limits) -> Parsed:
    """RTF's text with striprtf: control words dropped, \\'xx escapes in the code page the file
    declares (\\ansicpgNNNN; cp1252 when it declares none), \\uN escapes as Unicode."""
    import re

    from striprtf.striprtf import rtf_to_text

    check_markup_size(len(data), limits, "RTF document")
    head = data[:4096]
    m = re.search(rb"\\ansicpg(\d{3,5})", head)
    codepage = f"cp{m.group(1).decode()}" if m else "cp1252"
    try:
        "".encode(codepage)
    except LookupError:
        codepage = "cp1252"
    text = rtf_to_text(data.decode("latin-1"), encoding=codepage, errors="replace")
    text = clean_text(text).strip("\n")
    if real_chars(text, MIN_PAGE_CHARS) < MIN_PAGE_CHARS:
        raise ParseFailure("empty RTF document (no text)")
    return Parsed(pages=(make_page(1, text, (), limits),), metadata=(("encoding", codepage),))


# --------------------------------------------------------------------------- .doc / .ppt via converters


def _timeout(deadline: Deadline) -> float:
    left = deadline.remaining()
    if left is not None and left <= 1.0:
        raise LimitExceeded("time limit: no time left to convert the document")
    return CONVERTER_SECONDS if left is None else min(CONVERTER_SECONDS, left)


def _run(argv: list[str], deadline: Deadline, cwd: str) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", ""), "HOME": cwd, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    try:
        return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, timeout=_timeout(deadline), check=False,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise LimitExceeded(f"time limit: {Path(argv[0]).name} did not finish converting the document in time") from exc


def _office(fmt: str, program: str, source: Path, folder: str, deadline: Deadline, limits: Limits) -> Parsed:
    """LibreOffice headless: .doc to text, .ppt to PDF (read by the PDF parser)."""
    target = "txt:Text (encoded):UTF8" if fmt == "doc" else "pdf"
    profile = Path(folder, "profile").as_uri()
    done = _run([program, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", target,
                 "--outdir", folder, str(source)], deadline, folder)
    out = source.with_suffix(".txt" if fmt == "doc" else ".pdf")
    if done.returncode != 0 or not out.is_file():
        raise ParseFailure(f"{NAMES[fmt]}: LibreOffice could not convert it (exit {done.returncode})")
    if fmt == "doc":
        text = clean_text(out.read_bytes().decode("utf-8", "replace"))
        return Parsed(pages=(make_page(1, text.strip("\n"), (), limits),), metadata=(("converter", Path(program).name),))
    from extract.parse.pdf import parse_pdf

    parsed = parse_pdf(out.read_bytes(), limits=limits, deadline=deadline)
    return Parsed(pages=parsed.pages, status=parsed.status, error=parsed.error,
                  metadata=(*parsed.metadata, ("converter", Path(program).name)))


def parse_converted(data: bytes, fmt: str, *, limits: Limits, deadline: Deadline = NO_DEADLINE) -> Parsed:
    """Text of a .doc or .ppt from the first converter installed; an error naming what to
    install when there is none. A converter that fails hands over to the next one."""
    tools = [(shutil.which(name), args) for name, args in CONVERTERS[fmt]]
    tools = [(path, args) for path, args in tools if path]
    office = next((p for p in (shutil.which(n) for n in OFFICE) if p), None)
    if not tools and not office:
        raise ParseFailure(f"{NAMES[fmt]}: no converter installed to read it; install with: {INSTALL_HINTS[fmt]}")
    failures = []
    with tempfile.TemporaryDirectory(prefix="tt-legacy-") as folder:
        source = Path(folder, f"document.{fmt}")
        source.write_bytes(data)
        for program, args in tools:
            done = _run([program, *args, str(source)], deadline, folder)
            text = clean_text(done.stdout.decode("utf-8", "replace")).strip("\n")
            if done.returncode == 0 and real_chars(text, MIN_PAGE_CHARS) >= MIN_PAGE_CHARS:
                # catdoc/catppt and antiword mark page and slide breaks with form feeds
                chunks = [c.strip("\n") for c in done.stdout.decode("utf-8", "replace").split("\f")]
                chunks = [clean_text(c) for c in chunks if c.strip()] or [text]
                check_page_count(len(chunks), limits)
                pages = tuple(make_page(i, c, (), limits) for i, c in enumerate(chunks, start=1))
                return Parsed(pages=pages, metadata=(("converter", Path(program).name),))
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
            failures.append(f"{Path(program).name}: {reason[-1] if reason else f'exit {done.returncode}, no text'}")
        if office:
            return _office(fmt, office, source, folder, deadline, limits)
    hint = f"; LibreOffice reads more of these files: apt-get install {OFFICE_HINTS[fmt]}" if not office else ""
    raise ParseFailure(f"{NAMES[fmt]}: could not be read ({'; '.join(failures)}){hint}")
