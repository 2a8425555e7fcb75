"""Receiving uploads: a streaming multipart reader that enforces the scan limits while it reads.

Why not the framework's form parser: it spools every file part to a temporary file before the
application sees it, so a 300 MB upload would be written to disk before it could be refused.
Here the request is refused with 413 before anything is read when its Content-Length is over the
limit, and otherwise bytes are counted as they stream in (a client may lie or send chunked), per
file and per request; a refused upload's partial files are deleted before the answer goes out.

Limits come from the same `Limits` as `scan` (extract/limits.py): a file may be at most
`max_bytes` (what scan refuses, the server refuses), a request may carry at most
`zip_max_members` files (the count a scan accepts in one package) and at most `max_bytes` plus
1 MB of multipart framing in total (so Content-Length alone can refuse an oversized file).

Where files go: `<storage>/<sha[:2]>/<sha256>`, named by the hash of their bytes only; its
modification time is when those bytes were last uploaded (extract.serve.retention removes files
older than the retention setting whose documents are all decided). The name
the client gave is never used as a path (a `../../etc/passwd` filename is stored as its hash); it
survives only as text, reduced to its last component without control characters, and is what
the records call the document.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.limits import MB, Limits

FILE_FIELDS = (b"file", b"files")
MAX_FIELDS = 20
MAX_FIELD_BYTES = 4096
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_FRAMING = 1 * MB

#: Held while a stored file is created, re-dated or removed (extract.serve.retention): a clean-up
#: cannot delete bytes an upload of the same file has just found already stored.
STORE_LOCK = threading.Lock()


class UploadRefused(Exception):
    """The upload is refused; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class UploadLimits:
    max_file_bytes: int
    max_files: int
    max_request_bytes: int

    @classmethod
    def from_limits(cls, limits: Limits) -> UploadLimits:
        return cls(max_file_bytes=limits.max_bytes, max_files=limits.zip_max_members,
                   max_request_bytes=limits.max_bytes + _FRAMING)


@dataclass(frozen=True, slots=True)
class StoredUpload:
    """One received file: the name to show, the hash it is stored under, where, how big."""

    name: str
    sha256: str
    path: str
    size: int


def display_name(filename: str | None, fallback: str) -> str:
    """The client's file name as text to show: last path component, no control characters."""
    name = _CONTROL.sub("", (filename or "").replace("\\", "/")).rsplit("/", 1)[-1].strip()
    if name in ("", ".", ".."):
        return fallback
    return name[:200]


def stored_path(storage: Path, sha256: str) -> Path:
    """Where the bytes with this hash live. Only hex digits reach the path."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise ValueError("not a sha256 hex digest")
    return storage / sha256[:2] / sha256


@dataclass
class _Part:
    headers: dict[bytes, bytes] = field(default_factory=dict)
    field_name: bytes = b""
    filename: str | None = None
    tmp: Path | None = None
    fh: Any = None
    digest: Any = None
    size: int = 0
    value: bytearray | None = None  # a plain form field (the browser form's CSRF token)


class _Reader:
    """python-multipart callbacks writing file parts to temporary files under `incoming/`."""

    def __init__(self, storage: Path, limits: UploadLimits):
        self.storage = storage
        self.limits = limits
        self.incoming = storage / "incoming"
        self.done: list[_Part] = []
        self.part: _Part | None = None
        self._hfield = b""
        self._hvalue = b""
        self.files = 0
        self.fields: dict[str, str] = {}

    # header callbacks ------------------------------------------------------------
    def on_part_begin(self) -> None:
        self.part = _Part()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._hfield += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._hvalue += data[start:end]

    def on_header_end(self) -> None:
        assert self.part is not None
        self.part.headers[self._hfield.strip().lower()] = self._hvalue.strip()
        self._hfield = self._hvalue = b""

    def on_headers_finished(self) -> None:
        from python_multipart.multipart import parse_options_header

        part = self.part
        assert part is not None
        _, params = parse_options_header(part.headers.get(b"content-disposition", b""))
        part.field_name = params.get(b"name", b"")
        raw = params.get(b"filename")
        if part.field_name in FILE_FIELDS and raw is not None:
            self.files += 1
            if self.files > self.limits.max_files:
                raise UploadRefused(413, f"too many files in one upload (at most {self.limits.max_files})")
            part.filename = raw.decode("utf-8", "replace")
            self.incoming.mkdir(parents=True, exist_ok=True)
            part.tmp = self.incoming / f"{secrets.token_hex(16)}.part"
            part.fh = open(part.tmp, "xb")  # noqa: SIM115 - closed in on_part_end or cleanup()
            part.digest = hashlib.sha256()
        else:
            if len(self.fields) >= MAX_FIELDS:
                raise UploadRefused(400, f"too many form fields (at most {MAX_FIELDS})")
            part.value = bytearray()

    # data callbacks ------------------------------------------------------------
    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        part = self.part
        if part is None:
            return
        if part.value is not None:  # a plain form field: kept, small
            part.value += data[start:end]
            if len(part.value) > MAX_FIELD_BYTES:
                raise UploadRefused(413, f"form field over {MAX_FIELD_BYTES} bytes")
            return
        if part.fh is None:
            return
        n = end - start
        part.size += n
        if part.size > self.limits.max_file_bytes:
            raise UploadRefused(413, f"file over the size limit of {self.limits.max_file_bytes / MB:g} MB")
        chunk = data[start:end]
        part.digest.update(chunk)
        part.fh.write(chunk)

    def on_part_end(self) -> None:
        part = self.part
        if part is not None and part.value is not None:
            self.fields[part.field_name.decode("utf-8", "replace")] = part.value.decode("utf-8", "replace")
        if part is not None and part.fh is not None:
            part.fh.close()
            part.fh = None
            self.done.append(part)
        self.part = None

    def cleanup(self) -> None:
        """Delete every temporary file (a refused or failed upload keeps nothing)."""
        parts = list(self.done) + ([self.part] if self.part is not None else [])
        for part in parts:
            if part.fh is not None:
                part.fh.close()
                part.fh = None
            if part.tmp is not None:
                part.tmp.unlink(missing_ok=True)

    def keep(self) -> list[StoredUpload]:
        """Move the finished files to their hash names; return what was stored."""
        out = []
        for i, part in enumerate(self.done):
            assert part.tmp is not None
            sha = part.digest.hexdigest()
            final = stored_path(self.storage, sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            with STORE_LOCK:
                if final.exists():
                    part.tmp.unlink(missing_ok=True)  # same bytes already stored:
                    os.utime(final)  # uploaded again now, so retention counts from now
                else:
                    os.replace(part.tmp, final)
            part.tmp = None
            out.append(StoredUpload(name=display_name(part.filename, f"upload-{i + 1}"), sha256=sha, path=str(final),
                                    size=part.size))
        return out


async def receive_uploads(request: Any, storage: Path, limits: UploadLimits,
                          check: Callable[[dict[str, str]], None] | None = None) -> list[StoredUpload]:
    """Read a multipart/form-data request's file parts (field `file` or `files`) into `storage`.

    `check(fields)` sees the small plain fields (the browser form's CSRF token) once the body is
    read and before any file is kept; it raises UploadRefused to refuse the lot.
    Raises UploadRefused (413 over a limit, 400 malformed, 415 not multipart, or what `check`
    raises); then nothing of the request is left on disk.
    """
    from python_multipart.exceptions import MultipartParseError
    from python_multipart.multipart import MultipartParser, parse_options_header

    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or not params.get(b"boundary"):
        raise UploadRefused(415, "send the documents as multipart/form-data, field 'file'")
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise UploadRefused(400, "invalid Content-Length") from None
        if size > limits.max_request_bytes:
            raise UploadRefused(413, f"upload of {size / MB:.1f} MB is over the limit of "
                                     f"{limits.max_file_bytes / MB:g} MB")
    reader = _Reader(storage, limits)
    callbacks = {name: getattr(reader, name) for name in (
        "on_part_begin", "on_header_field", "on_header_value", "on_header_end", "on_headers_finished",
        "on_part_data", "on_part_end")}
    parser = MultipartParser(params[b"boundary"], callbacks)  # type: ignore[arg-type]
    total = 0
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > limits.max_request_bytes:
                raise UploadRefused(413, f"upload over the limit of {limits.max_file_bytes / MB:g} MB")
            parser.write(chunk)
        parser.finalize()
        if reader.part is not None:
            raise UploadRefused(400, "the multipart body ended inside a part")
        if check is not None:
            check(reader.fields)
        if not reader.done:
            raise UploadRefused(400, "no file in the upload (multipart field 'file')")
        return reader.keep()
    except MultipartParseError as exc:
        reader.cleanup()
        raise UploadRefused(400, f"malformed multipart body ({exc})") from None
    except BaseException:
        reader.cleanup()
        raise
