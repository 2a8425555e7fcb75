"""The parse stage: bytes or a path in, `Document`s out, never an exception for bad input.

    sniff(data) -> format name          (from the bytes, never the file name)
    parse_bytes(data, path, ...) -> [Document]
    parse_path(path, ...) -> [Document]

A list because a zip archive gives one Document per member (path "package.zip!member.pdf",
recursively "a.zip!b.zip!c.pdf") and an e-mail one for its body and one per attachment
("mail.eml!quote.docx"); every other input gives exactly one. Each format lives in its own
module (pdf, word, sheet, odf, markup, text, archive, mail, image, legacy); this module only
dispatches and turns whatever went wrong into a Document with status "error" (or "encrypted")
and a one-line message.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from extract.errors import LimitExceeded
from extract.limits import DEFAULT_LIMITS, NO_DEADLINE, Deadline, Limits
from extract.parse.ocr import NO_OCR, OcrOptions
from extract.parse.common import ParseFailure, Parsed, one_line
from extract.parse.pdf import ENGINES as PDF_ENGINES
from extract.parse.sniff import DESCRIPTIONS, sniff
from extract.types import Document, Status

__all__ = ["sniff", "parse_bytes", "parse_path", "split_member_path", "input_exists", "read_input", "SCAN_OCR",
           "PDF_ENGINES"]

#: Pictures read by OCR like scanned pages (extract.parse.image; listed here so that a parse-only
#: caller does not import Pillow).
IMAGE_FORMATS = ("jpeg", "png", "tiff", "bmp", "gif", "webp")

_UNSUPPORTED_HINTS = {
    "ole2": "legacy Microsoft Office (OLE2) format is not supported; save as .docx/.xlsx",
}


def _document(data: bytes, path: str, fmt: str, parsed: Parsed) -> Document:
    return Document(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        format=parsed.format or fmt,
        status=parsed.status,
        error=one_line(parsed.error) if parsed.error else None,
        pages=parsed.pages,
        size=len(data),
        metadata=parsed.metadata,
    )


def _failed(data: bytes, path: str, fmt: str, message: str, status: str = Status.ERROR.value) -> Document:
    return _document(data, path, fmt, Parsed(pages=(), status=status, error=message))


def _parse_one(data: bytes, fmt: str, limits: Limits, deadline: Deadline, pdf_engine: str, ocr: OcrOptions) -> Parsed:
    # Imports are local so that a parse-only caller does not load every format's libraries.
    if fmt == "pdf":
        from extract.parse.pdf import parse_pdf

        return parse_pdf(data, limits=limits, deadline=deadline, engine=pdf_engine, ocr=ocr)
    if fmt == "docx":
        from extract.parse.word import parse_docx

        return parse_docx(data, limits=limits, deadline=deadline, ocr=ocr)
    if fmt == "xlsx":
        from extract.parse.sheet import parse_xlsx

        return parse_xlsx(data, limits=limits, deadline=deadline)
    if fmt in ("odt", "ods"):
        from extract.parse.odf import parse_odf

        return parse_odf(data, fmt, limits=limits)
    if fmt == "html":
        from extract.parse.markup import parse_html

        return parse_html(data, limits=limits)
    if fmt == "xml":
        from extract.parse.markup import parse_xml

        return parse_xml(data, limits=limits)
    if fmt == "text":
        from extract.parse.text import parse_text

        return parse_text(data, limits=limits)
    if fmt == "xls":
        from extract.parse.legacy import parse_xls

        return parse_xls(data, limits=limits, deadline=deadline)
    if fmt in ("doc", "ppt"):
        from extract.parse.legacy import parse_converted

        return parse_converted(data, fmt, limits=limits, deadline=deadline)
    if fmt == "rtf":
        from extract.parse.legacy import parse_rtf

        return parse_rtf(data, limits=limits)
    if fmt in IMAGE_FORMATS:
        from extract.parse.image import parse_image

        return parse_image(data, fmt, limits=limits, deadline=deadline, ocr=ocr)
    if fmt == "empty":
        raise ParseFailure("empty file (0 bytes)")
    if fmt == "unknown":
        raise ParseFailure("binary data, not text (detected: unknown)")
    if fmt in _UNSUPPORTED_HINTS:
        raise ParseFailure(_UNSUPPORTED_HINTS[fmt])
    raise ParseFailure(f"unsupported format: detected {DESCRIPTIONS.get(fmt, fmt)}")


def parse_bytes(
    data: bytes,
    path: str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    deadline: Deadline = NO_DEADLINE,
    pdf_engine: str = "auto",
    depth: int = 0,
    ocr: OcrOptions = NO_OCR,
    select: str | None = None,
) -> list[Document]:
    """Parse `data` (whose name is `path`, used only for reporting) into Documents.

    `select` (a member path below `path`, e.g. "bundle.zip!a.docx") reads only that member of an
    archive (see extract.parse.archive.parse_zip); other formats ignore it.

    `depth` is the archive nesting level of `data` (0 for a file given by the user); zip members
    are parsed at depth + 1. Bad input never raises: it gives a Document with status "error",
    "encrypted" or "no_text" and a one-line message. Only a caller mistake (an unknown
    `pdf_engine`) raises ValueError. `ocr` (issue 6) reads scanned PDF pages and image-only
    DOCX files; the library default is no OCR (the `scan` command's default is auto).
    """
    if pdf_engine not in PDF_ENGINES and pdf_engine != "pdfium":
        raise ValueError(f"unknown pdf_engine {pdf_engine!r}; choose one of {', '.join(PDF_ENGINES)}")
    fmt = "unknown"
    try:
        fmt = sniff(data)
        if len(data) > limits.max_bytes:
            raise LimitExceeded(f"size limit: {len(data):,} bytes > {limits.max_bytes:,}")
        if fmt == "zip":
            from extract.parse.archive import parse_zip

            return parse_zip(data, path, limits=limits, deadline=deadline, pdf_engine=pdf_engine, depth=depth,
                             parse_member=parse_bytes, ocr=ocr, select=select)
        if fmt in ("eml", "msg"):
            from extract.parse.mail import parse_mail

            docs = parse_mail(data, path, fmt, limits=limits, deadline=deadline, pdf_engine=pdf_engine, depth=depth,
                              parse_member=parse_bytes, ocr=ocr)
            if select is None:
                return docs
            # a record path inside a message (mail.eml!quote.docx): that part and what is inside it
            chosen = [d for d in docs if d.path == select or d.path.startswith(select + "!")]
            return chosen or [_failed(b"", select, "unknown", f"not found in {path}: {select[len(path) + 1:]}")]
        return [_document(data, path, fmt, _parse_one(data, fmt, limits, deadline, pdf_engine, ocr))]
    except ParseFailure as exc:
        return [_failed(data, path, fmt, str(exc), exc.status)]
    except LimitExceeded as exc:
        return [_failed(data, path, fmt, str(exc))]
    except MemoryError:
        return [_failed(data, path, fmt, f"{fmt} parse failed: out of memory")]
    except RecursionError:
        return [_failed(data, path, fmt, f"{fmt} parse failed: structure nested too deeply")]
    except Exception as exc:  # noqa: BLE001 - any parser bug or library error is about this document
        return [_failed(data, path, fmt, f"{fmt} parse failed: {type(exc).__name__}: {exc}")]


def split_member_path(path: str | os.PathLike[str]) -> tuple[str, str | None]:
    """(file on disk, member path or None) for a path as records carry it.

    A record of an archive member says `bundle.zip!01-quotation.docx` (nested:
    `a.zip!b.zip!c.docx`); that is not a file on disk. A path that exists is always itself
    (a file may have '!' in its name); otherwise the shortest prefix before a '!' that is a file
    is the archive, and the whole path is the member to select in it. With no such prefix the
    path is returned as is, with None.
    """
    name = str(path)
    if "!" not in name or os.path.lexists(name):
        return name, None
    at = name.find("!")
    while at != -1:
        if os.path.isfile(name[:at]):
            return name[:at], name
        at = name.find("!", at + 1)
    return name, None


def input_exists(path: str | os.PathLike[str]) -> bool:
    """Whether `path` names something to read: a file or folder, or a member of an archive file."""
    outer, member = split_member_path(path)
    return member is not None or os.path.exists(outer)


def parse_path(
    path: str | os.PathLike[str],
    *,
    limits: Limits = DEFAULT_LIMITS,
    deadline: Deadline = NO_DEADLINE,
    pdf_engine: str = "auto",
    ocr: OcrOptions = NO_OCR,
) -> list[Document]:
    """Read the file at `path` and parse it; a file over `limits.max_bytes` is never read whole.

    The Document's path is `str(path)` as given. `path` may also be an archive member as records
    name it (`bundle.zip!01-quotation.docx`, see `split_member_path`): then the archive is read
    and only that member (with what it holds) is parsed, by the same zip reader a scan uses, so
    `explain` and training read a member exactly as the scan that reported it did.
    """
    outer, member = split_member_path(path)
    if member is None:
        return _parse_file(outer, limits=limits, deadline=deadline, pdf_engine=pdf_engine, ocr=ocr)
    docs = _parse_file(outer, limits=limits, deadline=deadline, pdf_engine=pdf_engine, ocr=ocr, select=member)
    chosen = [d for d in docs if d.path == member or d.path.startswith(member + "!")]
    if chosen:
        return chosen
    # The archive itself failed (damaged, over a limit): its error says why the member is unread.
    around = [d for d in docs if not d.ok and member.startswith(d.path + "!")]
    if around:
        return around
    return [Document(path=member, sha256="", format="unknown", status=Status.ERROR.value,
                     error=f"cannot read file: no member {member[len(outer) + 1:]} in {outer}")]


#: How a scan reads a file unless told otherwise: OCR where a page has no text layer (the `scan`
#: command's --ocr default and ScanConfig's), where the library's parse_path does no OCR.
SCAN_OCR = OcrOptions(mode="auto")


def read_input(
    path: str | os.PathLike[str],
    *,
    limits: Limits = DEFAULT_LIMITS,
    deadline: Deadline | None = None,
    pdf_engine: str = "auto",
    ocr: OcrOptions = SCAN_OCR,
) -> list[Document]:
    """Read one input as a scan does: `parse_path` with OCR auto and a per-file time limit.

    Why one function: training and evaluation must see a document as the scan that screens it
    will (the same dispatcher, OCR, limits and archive members, `bundle.zip!member` paths
    included); a model trained on text the scan never produces is measured on the wrong thing.
    `deadline` defaults to `limits.max_seconds` from now.
    """
    if deadline is None:
        deadline = Deadline(limits.max_seconds)
    return parse_path(path, limits=limits, deadline=deadline, pdf_engine=pdf_engine, ocr=ocr)


def _parse_file(
    name: str, *, limits: Limits, deadline: Deadline, pdf_engine: str, ocr: OcrOptions, select: str | None = None,
) -> list[Document]:
    try:
        size = os.stat(name).st_size
        if Path(name).is_dir():
            return [_failed(b"", name, "unknown", "cannot read file: it is a directory")]
        if size > limits.max_bytes:
            return [_too_big(Path(name), name, size, limits, deadline)]
        with open(name, "rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return [_failed(b"", name, "unknown", f"cannot read file: {reason}")]
    return parse_bytes(data, name, limits=limits, deadline=deadline, pdf_engine=pdf_engine, ocr=ocr, select=select)


def _too_big(path: Path, name: str, size: int, limits: Limits, deadline: Deadline) -> Document:
    """An error Document for an oversized file: hashed in chunks, never held in memory."""
    digest = hashlib.sha256()
    fmt = "unknown"
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 16)
            fmt = sniff(head)
            digest.update(head)
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
                if deadline.expired():
                    digest = hashlib.sha256(b"")  # unknown: do not report a partial hash as the file's
                    break
    except OSError:
        pass
    return Document(
        path=name,
        sha256=digest.hexdigest(),
        format=fmt,
        status=Status.ERROR.value,
        error=f"size limit: {size:,} bytes > {limits.max_bytes:,}",
        size=size,
    )
