"""Per-document resource limits.

A bid comes from outside the agency: a crafted PDF or zip must not hang the nightly batch, fill
memory or hide from review. Parsers check these limits as they go (cooperatively, page by page
and member by member) and raise `LimitExceeded`; the runner also arms a wall-clock alarm as a
backstop for time spent inside C code. Crossing any limit gives an `error` record whose message
names the limit, and the batch goes on.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from extract.errors import LimitExceeded

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """The resource limits one document is parsed under (bytes, pages, characters, archive members,
    time): a document over one becomes a flagged record instead of stalling or sinking the batch."""

    max_bytes: int = 256 * MB  # one input file, or one archive member once inflated
    # Text, CSV, HTML and XML expand several-fold once decoded and parsed (a 250 MB text file
    # took a worker past 1.6 GB): they get a lower byte limit than binary formats.
    max_markup_bytes: int = 32 * MB
    max_pages: int = 5000  # pages (or sheets) per document
    max_chars_per_page: int = 2_000_000  # text kept from one page
    max_seconds: float = 300.0  # wall time per document, parse through classify
    zip_max_members: int = 2000  # members per archive (nested archives count separately)
    zip_max_total_bytes: int = 1024 * MB  # uncompressed bytes per archive, all members
    zip_max_ratio: float = 200.0  # uncompressed / compressed, per member
    zip_max_depth: int = 3  # archives inside archives
    max_rows_per_sheet: int = 200_000  # spreadsheet rows read per sheet
    ocr_max_pages: int = 50  # pages OCR'd per document (issue 6)


DEFAULT_LIMITS = Limits()


def check_markup_size(size: int, limits: Limits, what: str) -> None:
    """Raise LimitExceeded when a text/markup input is over `limits.max_markup_bytes`."""
    if size > limits.max_markup_bytes:
        raise LimitExceeded(
            f"size limit: {what} of {size / MB:.1f} MB is over the {limits.max_markup_bytes / MB:g} MB "
            "limit for text and markup (they expand several-fold in memory)"
        )


class Deadline:
    """A wall-clock budget that parsers check between pages/members.

    `check()` raises LimitExceeded once the budget is spent. Cheap enough to call per page.
    """

    __slots__ = ("seconds", "_end")

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self._end = None if seconds is None else time.monotonic() + seconds

    def remaining(self) -> float | None:
        return None if self._end is None else self._end - time.monotonic()

    def expired(self) -> bool:
        return self._end is not None and time.monotonic() > self._end

    def check(self, what: str = "document") -> None:
        if self.expired():
            raise LimitExceeded(f"time limit: {what} took longer than {self.seconds:g} s")


NO_DEADLINE = Deadline(None)
