"""Helpers shared by the format parsers: the intermediate result, failures, text hygiene.

Each format module turns bytes into a `Parsed` (pages, status, message, metadata); only the
dispatcher in `extract.parse` wraps it into a `Document`, so path, hash, size and format are
filled in one place and no parser has to know where its bytes came from.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extract.errors import LimitExceeded
from extract.limits import Limits
from extract.types import Page, Status

#: A page with fewer letters/digits than this has no usable text (a scan, or text as outlines).
MIN_PAGE_CHARS = 3

CELL_SEPARATOR = " | "


class ParseFailure(Exception):
    """A problem with one document that the parser understood; the message is shown as is.

    Anything else a parser raises is reported as "<format> parse failed: <exception>".
    """

    def __init__(self, message: str, status: str = Status.ERROR.value):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a format parser hands back to the dispatcher."""

    pages: tuple[Page, ...]
    status: str = Status.OK.value
    error: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    format: str | None = None  # set when parsing refines the sniffed format (text -> csv)


# Control characters that mean nothing in running text (unmapped glyphs, NULs). Tab and line
# feed stay; carriage returns are turned into line feeds before this is applied.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_OTHER_BREAKS = re.compile(r"[\r\x0b\x0c\x85\u2028\u2029]")  # what _NEWLINES turns into "\n" once "\r\n" is done
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")


def clean_text(text: str) -> str:
    """Normalise line breaks to "\\n" and drop control characters; keep everything else as is.

    Offsets of mentions point into this text, so it must not be rewritten further here
    (normalisation for matching is `extract.normalize`'s job).
    """
    # "\r\n", what PDF text layers end their lines with, in C rather than a regex substitution
    # per line; when any other break is left (a lone "\r" among them), the regex does it all
    lf = text.replace("\r\n", "\n")
    text = lf if _OTHER_BREAKS.search(lf) is None else _NEWLINES.sub("\n", text)
    return _CONTROL.sub("", text)


def clean_cell(value: object) -> str:
    """One table cell as a single line: internal line breaks and runs of spaces become one space."""
    if value is None:
        return ""
    if isinstance(value, str):
        # Every character the regexes below touch is unprintable except the plain space, and the
        # plain space is the only white space a printable text holds: such a cell (most cells,
        # and most of the rest once their line feeds are spaces) needs only its runs of spaces
        # made one and its ends stripped, which str.split() and join do.
        if value.isprintable():
            return value.strip() if "  " not in value else " ".join(value.split())
        spaced = value.replace("\n", " ")
        if spaced.isprintable():
            return " ".join(spaced.split())
    return _SPACES.sub(" ", clean_text(str(value)).replace("\n", " ")).strip()


def clean_row(cells: Iterable[object]) -> tuple[str, ...]:
    """A row of cells with trailing empty cells removed (spreadsheets pad rows to the widest)."""
    row = [clean_cell(c) for c in cells]
    while row and not row[-1]:
        row.pop()
    return tuple(row)


def row_line(row: Sequence[str]) -> str:
    """The searchable one-line form of a table row: non-empty cells joined by " | "."""
    return CELL_SEPARATOR.join(filter(None, row))


def table_lines(tables: Sequence[Sequence[Sequence[str]]]) -> list[str]:
    return [line for table in tables for line in (row_line(r) for r in table) if line]


def real_chars(text: str, enough: int | None = None) -> int:
    """Letters and digits, the measure of whether a page has a usable text layer.

    With `enough`, counting stops there (the answer is then min(count, enough)): callers that
    only compare with a threshold need not walk a whole page (~1.5 us per 1,000 characters
    saved on every page of every PDF).
    """
    if enough is None:
        return sum(1 for c in text if c.isalnum())
    n = 0
    if n >= enough:
        return n
    for c in text:
        if c.isalnum():
            n += 1
            if n >= enough:
                break
    return n


def check_page_chars(text: str, number: int, limits: Limits) -> None:
    if len(text) > limits.max_chars_per_page:
        raise LimitExceeded(
            f"character limit: page {number} has {len(text):,} characters > {limits.max_chars_per_page:,}"
        )


def check_page_count(count: int, limits: Limits, unit: str = "pages") -> None:
    if count > limits.max_pages:
        raise LimitExceeded(f"page limit: document has {count:,} {unit} > {limits.max_pages:,}")


def make_page(
    number: int,
    text: str,
    tables: Sequence[Sequence[Sequence[str]]] = (),
    limits: Limits | None = None,
) -> Page:
    """A Page from text and tables; the caller decides where table lines already sit in `text`."""
    if limits is not None:
        check_page_chars(text, number, limits)
    frozen = tuple(tuple(tuple(r) for r in t if any(r)) for t in tables)
    return Page(number=number, text=text, tables=tuple(t for t in frozen if t))


def one_line(message: str, limit: int = 300) -> str:
    """Messages go into one JSON field and one terminal line."""
    message = " ".join(str(message).split())
    return message if len(message) <= limit else message[: limit - 3] + "..."


class ArchiveBudgetExceeded(LimitExceeded):
    """The archive as a whole inflated past `zip_max_total_bytes` (not one member's fault)."""


# --------------------------------------------------------------------------- container limits
#
# Zip archives and e-mails are both containers: documents inside documents, nested at will by
# whoever sent them. They share one set of limits (Limits.zip_*) and these checks, so a mail
# holding a zip holding a mail is counted the same way at every level and an operator tunes one
# set of numbers. The zip reader and the mail reader call them; neither has its own copy.


def check_nesting(depth: int, limits: Limits, what: str = "archives inside archives") -> None:
    """Raise LimitExceeded when a container sits deeper than `limits.zip_max_depth`.

    `depth` is the container's own level (0 for a file the user gave); its members are read at
    depth + 1, whatever container they are (a zip in a mail counts like a zip in a zip).
    """
    if depth > limits.zip_max_depth:
        raise LimitExceeded(f"archive nesting limit: more than {limits.zip_max_depth} {what}")


def check_member_count(count: int, limits: Limits, unit: str = "members") -> None:
    """Raise LimitExceeded when one container holds more than `limits.zip_max_members` documents."""
    if count > limits.zip_max_members:
        raise LimitExceeded(f"archive member limit: {count:,} {unit} > {limits.zip_max_members:,}")


def check_member_bytes(name: str, size: int, limits: Limits, budget: int, packed: int | None = None) -> None:
    """Raise when a member's `size` bytes (so far, once inflated or decoded) cross a limit.

    The member alone may not pass `limits.max_bytes`; all members of the container together may
    not pass `budget` (what is left of `zip_max_total_bytes`: ArchiveBudgetExceeded, which stops
    the whole container); and a member stored in `packed` bytes may not grow more than
    `zip_max_ratio` times once past 1 MB (a zip bomb; base64 and quoted-printable shrink, so in a
    mail this check never fires but costs nothing). Called per chunk while inflating, so a lying
    header cannot make us read further than the limits.
    """
    if size > limits.max_bytes:
        raise LimitExceeded(f"size limit: member {name!r} inflates beyond {limits.max_bytes:,} bytes")
    if size > budget:
        raise ArchiveBudgetExceeded(f"archive size limit: members inflate past {limits.zip_max_total_bytes:,} bytes")
    if packed is not None and size > limits.zip_max_ratio * max(packed, 1) and size > 1_000_000:
        raise LimitExceeded(
            f"compression ratio limit: member {name!r} inflates more than {limits.zip_max_ratio:g}x (zip bomb?)"
        )


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: int | None = None) -> bytes:
    """A zip member's bytes, read in chunks and never more than the limits allow.

    The declared size and compression ratio are checked first, then the actual bytes as they
    inflate (a header can lie about the size). `budget` caps the bytes still allowed for the
    whole archive. Raises LimitExceeded naming the limit and the member.
    """
    budget = limits.zip_max_total_bytes if budget is None else budget
    ratio_cap = limits.zip_max_ratio * max(info.compress_size, 1)
    name = info.filename
    if info.file_size > limits.max_bytes:
        raise LimitExceeded(f"size limit: member {name!r} declares {info.file_size:,} bytes > {limits.max_bytes:,}")
    if info.compress_size and info.file_size > ratio_cap and info.file_size > 1_000_000:
        raise LimitExceeded(
            f"compression ratio limit: member {name!r} inflates {info.file_size / info.compress_size:,.0f}x "
            f"> {limits.zip_max_ratio:g}x (zip bomb?)"
        )
    chunks: list[bytes] = []
    total = 0
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 20):
            total += len(chunk)
            check_member_bytes(name, total, limits, budget, info.compress_size)
            chunks.append(chunk)
    return b"".join(chunks)
