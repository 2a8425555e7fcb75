"""ZIP archives: every member becomes its own Document(s), in memory only.

Nothing is ever extracted to disk and member names are never used as file paths: a member
called "../../etc/passwd" is just the text in "bundle.zip!../../etc/passwd". Limits are enforced
per archive (member count, total declared and actually inflated bytes) and per member (size,
compression ratio, read in chunks so a lying header cannot exhaust memory). A member that
crosses a limit gets its own error Document and the others still parse; crossing an
archive-wide limit gives one error Document for the archive and stops there.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable

from extract.errors import LimitExceeded
from extract.limits import Deadline, Limits
from extract.parse.ocr import NO_OCR, OcrOptions
from extract.parse.common import ArchiveBudgetExceeded, check_member_count, check_nesting, one_line, read_member
from extract.types import Document, Status


def _error(path: str, message: str, data: bytes = b"", fmt: str = "zip", status: str = Status.ERROR.value,
           size: int | None = None) -> Document:
    return Document(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        status=status,
        error=one_line(message),
        size=len(data) if size is None else size,
    )


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member name as its creator meant it: names without the UTF-8 flag were decoded as
    cp437 by zipfile, but are often UTF-8 (or the local code page) in practice."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            return name
        for codec in ("utf-8", "gb18030", "cp932"):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                continue
    return name


def parse_zip(
    data: bytes, path: str, *, limits: Limits, deadline: Deadline, pdf_engine: str, depth: int,
    parse_member: Callable[..., list[Document]], ocr: OcrOptions = NO_OCR, select: str | None = None,
) -> list[Document]:
    """One Document per member, each read by `parse_member` (the dispatcher, extract.parse.parse_bytes,
    handed in by its caller: a zip holds any format, zips included, and this module must not import
    the dispatcher that imports it).

    `select`, a record path (`bundle.zip!b.zip!c.docx`), reads only the members on the way to it
    and below it, so `explain` or training on one member does not parse (or OCR) its neighbours;
    archive-wide checks and limits apply as for the whole archive."""
    try:
        check_nesting(depth, limits)
    except LimitExceeded as exc:
        return [_error(path, str(exc), data)]
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return [_error(path, f"damaged zip archive: {exc}", data)]
    docs: list[Document] = []
    with zf:
        members = [i for i in zf.infolist() if not i.is_dir()]
        if not members:
            return [_error(path, "empty zip archive: no files inside", data)]
        try:
            check_member_count(len(members), limits)
        except LimitExceeded as exc:
            return [_error(path, str(exc), data)]
        declared = sum(i.file_size for i in members)
        if declared > limits.zip_max_total_bytes:
            return [_error(path, f"archive size limit: members declare {declared:,} bytes > {limits.zip_max_total_bytes:,}", data)]
        budget = limits.zip_max_total_bytes
        for info in members:
            member_path = f"{path}!{_member_name(info)}"
            if select is not None and not _on_the_way(member_path, select):
                continue
            try:
                deadline.check("archive")
            except LimitExceeded as exc:
                docs.append(_error(path, str(exc), data))
                break
            if info.flag_bits & 0x1:
                docs.append(_error(member_path, "encrypted archive member: a password is required", fmt="unknown",
                                   status=Status.ENCRYPTED.value, size=info.file_size))
                continue
            try:
                member = read_member(zf, info, limits, budget)
            except ArchiveBudgetExceeded as exc:
                docs.append(_error(path, str(exc), data))
                break
            except LimitExceeded as exc:
                docs.append(_error(member_path, str(exc), fmt="unknown", size=info.file_size))
                continue
            except NotImplementedError as exc:
                docs.append(_error(member_path, f"unsupported zip compression: {exc}", fmt="unknown", size=info.file_size))
                continue
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
                docs.append(_error(member_path, f"damaged zip member: {exc}", fmt="unknown", size=info.file_size))
                continue
            budget -= len(member)
            chosen = {} if select is None else {"select": select}
            docs.extend(parse_member(member, member_path, limits=limits, deadline=deadline,
                                     pdf_engine=pdf_engine, depth=depth + 1, ocr=ocr, **chosen))
    return docs


def _on_the_way(member_path: str, select: str) -> bool:
    """Whether a member is the selected one, an archive holding it, or inside it."""
    return member_path == select or select.startswith(member_path + "!") or member_path.startswith(select + "!")
