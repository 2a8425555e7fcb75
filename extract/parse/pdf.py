"""PDF text and tables, page by page, with two engines.

"auto" (the default, see ../shared/PERFORMANCE.md) takes each page's text from pypdfium2, which is
about 40x faster than pdfminer and decodes glyphs pdfminer cannot, and calls pdfplumber's table
finder only for pages whose drawing looks like a ruled table (counted with pdfium's page-object
API). pdfplumber is opened lazily, the first time such a page turns up, so a text-only PDF never
pays for a pdfminer parse. "pdfplumber" is the reference engine: `extract_text()` plus
`find_tables()` on every page.

In both engines each table row is kept in `Page.tables` and also appended after the page text
as one line (non-empty cells joined by " | ", cells with line breaks joined by spaces), so a
bill-of-quantities row (item | manufacturer | model | quantity) is one searchable line. The
cell text therefore appears twice on such a page (once in reading order, once as a row): that
is deliberate, replacing the table region in pdfium's text is not reliable across rotations
and crop boxes.

Pages are loaded, read and closed one at a time, so a 1,400-page price list never holds more
than one page's objects in memory. pypdfium2 is not thread-safe: parallelism is by process.
"""

from __future__ import annotations

import ctypes
import io
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extract.limits import Deadline, Limits
from extract.parse.common import (
    MIN_PAGE_CHARS,
    ParseFailure,
    Parsed,
    check_page_count,
    clean_row,
    clean_text,
    make_page,
    real_chars,
    table_lines,
)
from extract.parse.sniff import pdf_offset
from extract.types import Page, Status

log = logging.getLogger(__name__)

ENGINES = ("auto", "pdfplumber")

Table = list[tuple[str, ...]]


# --------------------------------------------------------------------------- OCR seam (issue 6)


def recover_textless_page(pdf: pdfium.PdfDocument, index: int, limits: Limits) -> Page | None:
    """Text for a page that has no usable text layer, or None.

    This is the seam where OCR plugs in (issue 6): it receives the open pdfium document and the
    0-based page index (render with `pdf[index].render(scale=...)`), and returns a Page with
    `ocr=True` and a confidence, counting against `limits.ocr_max_pages`. Until then every such
    page stays empty and is listed in the document's `pages_without_text` metadata.
    """
    return None


# --------------------------------------------------------------------------- ruled-table detection

_LINE_MAX_THICKNESS = 2.5  # points: a rule is thinner than this in one direction ...
_LINE_MIN_LENGTH = 8.0  # ... and at least this long in the other
_MIN_RULES = 6  # separate rule/cell objects on a page before it is worth looking for a table
_GRID_MIN_SEGMENTS = 12  # one path drawing a whole grid: this many straight segments

#: Ruled pages per document that get pdfplumber's table finder in the "auto" engine. Each costs
#: a full pdfminer parse of the page (0.1-0.6 s); a 1,408-page price list ruled on every page
#: would take many minutes. Later ruled pages keep pdfium's text (every word is still there,
#: rows are just not joined) and are counted in the `table_pages_skipped` metadata.
MAX_TABLE_PAGES = 60


def _bounds(obj: Any) -> tuple[float, float, float, float] | None:
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return None
    return left.value, bottom.value, right.value, top.value


def _straight_grid(obj: Any) -> bool:
    """A single path made only of straight segments, many of them: a grid drawn in one go."""
    n = pdfium_c.FPDFPath_CountSegments(obj)
    if n < _GRID_MIN_SEGMENTS:
        return False
    for i in range(min(n, 400)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        if pdfium_c.FPDFPathSegment_GetType(seg) == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return False
    return True


def _iter_objects(container: Any, is_form: bool, depth: int = 0) -> Iterator[Any]:
    count = pdfium_c.FPDFFormObj_CountObjects(container) if is_form else pdfium_c.FPDFPage_CountObjects(container)
    get = pdfium_c.FPDFFormObj_GetObject if is_form else pdfium_c.FPDFPage_GetObject
    for i in range(max(count, 0)):
        obj = get(container, i)
        if not obj:
            continue
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
            yield from _iter_objects(obj, True, depth + 1)
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            yield obj


def looks_ruled(page: pdfium.PdfPage) -> bool:
    """Whether the page draws enough straight rules or cell boxes to hold a ruled table.

    Cheap (no text layout): counts thin horizontal/vertical path objects and cell-sized
    rectangles, or one straight-segment path with many segments (a grid drawn as one path).
    Curves (logos, text drawn as outlines) do not count.
    """
    rules = 0
    for obj in _iter_objects(page.raw, False):
        box = _bounds(obj)
        if box is None:
            continue
        width, height = box[2] - box[0], box[3] - box[1]
        thin = min(width, height) <= _LINE_MAX_THICKNESS
        if thin and max(width, height) >= _LINE_MIN_LENGTH:
            rules += 1
        elif not thin and width >= _LINE_MIN_LENGTH and height >= _LINE_MIN_LENGTH:
            segments = pdfium_c.FPDFPath_CountSegments(obj)
            if 4 <= segments <= 6:  # a rectangle: a cell border or background
                rules += 1
            elif _straight_grid(obj):
                return True
        if rules >= _MIN_RULES:
            return True
    return False


# --------------------------------------------------------------------------- pdfplumber helpers


def _plumber_tables(page: Any) -> list[Table]:
    tables = []
    for table in page.find_tables():
        rows = [clean_row(r) for r in table.extract()]
        rows = [r for r in rows if any(r)]
        if rows:
            tables.append(rows)
    return tables


def _with_tables(text: str, tables: list[Table]) -> str:
    lines = table_lines(tables)
    if not lines:
        return text
    return (text + "\n" if text else "") + "\n".join(lines)


def _tidy(text: str) -> str:
    return "\n".join(line.rstrip() for line in clean_text(text).split("\n")).strip("\n")


class _LazyPlumber:
    """pdfplumber opened on first use only, then reused for later table pages."""

    def __init__(self, data: bytes):
        self.data = data
        self.pdf: Any = None

    def page(self, index: int) -> Any:
        if self.pdf is None:
            import pdfplumber

            self.pdf = pdfplumber.open(io.BytesIO(self.data), password="")
        return self.pdf.pages[index]

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


# --------------------------------------------------------------------------- engines

#: A document is "no_text" when at least this share of its pages has no text layer. Not only
#: when every page is blank: a 26-page scan with one typed page of hints appended (corpus r066)
#: must not be classified, and cleared, on that one page. A few scanned pages (a signed form)
#: in a text document stay "ok" and are listed in `pages_without_text`.
NO_TEXT_SHARE = 0.8


def _finish(pages: list[Page], textless: list[int], damaged: list[int], extra: list[tuple[str, str]]) -> Parsed:
    meta = list(extra)
    if damaged:
        meta.append(("damaged_pages", ",".join(map(str, damaged))))
    if textless:
        meta.append(("pages_without_text", ",".join(map(str, textless))))
    if pages and len(damaged) == len(pages):
        raise ParseFailure(f"truncated or damaged PDF: none of its {len(pages)} pages could be read")
    if pages and len(textless) >= NO_TEXT_SHARE * len(pages):
        which = "any of" if len(textless) == len(pages) else f"{len(textless)} of"
        return Parsed(
            pages=tuple(pages),
            status=Status.NO_TEXT.value,
            error=f"no text layer on {which} {len(pages)} pages (scanned or drawn as outlines; OCR needed)",
            metadata=tuple(meta),
        )
    if not pages:
        raise ParseFailure("truncated or damaged PDF: no pages")
    return Parsed(pages=tuple(pages), metadata=tuple(meta))


def _open_pdfium(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ParseFailure("encrypted PDF: a password is required to open it", Status.ENCRYPTED.value) from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ParseFailure("encrypted PDF: unsupported security handler", Status.ENCRYPTED.value) from exc
        raise ParseFailure(f"truncated or damaged PDF: {exc}") from exc


def _parse_auto(data: bytes, limits: Limits, deadline: Deadline) -> Parsed:
    pdf = _open_pdfium(data)
    plumber = _LazyPlumber(data)
    pages: list[Page] = []
    textless: list[int] = []
    damaged: list[int] = []
    table_pages: list[int] = []
    finder_runs = 0
    skipped = 0
    try:
        count = len(pdf)
        check_page_count(count, limits)
        for index in range(count):
            deadline.check("document")
            number = index + 1
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                damaged.append(number)
                textless.append(number)
                pages.append(Page(number=number, text=""))
                continue
            try:
                textpage = page.get_textpage()
                try:
                    text = _tidy(textpage.get_text_range())
                finally:
                    textpage.close()
                has_text = real_chars(text) >= MIN_PAGE_CHARS
                tables: list[Table] = []
                if has_text and looks_ruled(page):
                    if finder_runs < MAX_TABLE_PAGES:
                        finder_runs += 1
                        tables = _page_tables(plumber, index, number)
                        if tables:
                            table_pages.append(number)
                    else:
                        skipped += 1
            finally:
                page.close()
            if not has_text:
                recovered = recover_textless_page(pdf, index, limits)
                if recovered is not None:
                    pages.append(recovered)
                    continue
                textless.append(number)
            pages.append(make_page(number, _with_tables(text, tables), tables, limits))
    finally:
        plumber.close()
        pdf.close()
    extra = [("engine", "pdfium")]
    if table_pages:
        extra.append(("table_pages", ",".join(map(str, table_pages))))
    if skipped:
        extra.append(("table_pages_skipped", str(skipped)))
    return _finish(pages, textless, damaged, extra)


def _page_tables(plumber: _LazyPlumber, index: int, number: int) -> list[Table]:
    """pdfplumber's tables for one page; a failure there loses the rows, not the page text."""
    try:
        page = plumber.page(index)
        try:
            return _plumber_tables(page)
        finally:
            page.close()
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on odd files
        log.debug("table finder failed on page %d: %s", number, exc)
        return []


def _is_password_error(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if "Password" in type(seen).__name__ or "PDFPasswordIncorrect" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _parse_pdfplumber(data: bytes, limits: Limits, deadline: Deadline) -> Parsed:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data), password="")
        count = len(pdf.pages)
    except Exception as exc:  # noqa: BLE001
        if _is_password_error(exc):
            raise ParseFailure("encrypted PDF: a password is required to open it", Status.ENCRYPTED.value) from exc
        raise ParseFailure(f"truncated or damaged PDF: {type(exc).__name__}: {exc}") from exc
    pages: list[Page] = []
    textless: list[int] = []
    table_pages: list[int] = []
    try:
        check_page_count(count, limits)
        for index, page in enumerate(pdf.pages):
            deadline.check("document")
            number = index + 1
            try:
                text = _tidy(page.extract_text() or "")
                tables = _plumber_tables(page) if real_chars(text) >= MIN_PAGE_CHARS else []
            finally:
                page.close()
            if real_chars(text) < MIN_PAGE_CHARS:
                textless.append(number)
            if tables:
                table_pages.append(number)
            pages.append(make_page(number, _with_tables(text, tables), tables, limits))
    finally:
        pdf.close()
    extra = [("engine", "pdfplumber")]
    if table_pages:
        extra.append(("table_pages", ",".join(map(str, table_pages))))
    return _finish(pages, textless, [], extra)


_ENGINES: dict[str, Callable[[bytes, Limits, Deadline], Parsed]] = {
    "auto": _parse_auto,
    "pdfium": _parse_auto,
    "pdfplumber": _parse_pdfplumber,
}


def parse_pdf(data: bytes, *, limits: Limits, deadline: Deadline, engine: str = "auto") -> Parsed:
    """Parse PDF bytes (possibly preceded by junk such as multipart upload headers)."""
    if engine not in _ENGINES:
        raise ValueError(f"unknown pdf_engine {engine!r}; choose one of {', '.join(ENGINES)}")
    offset = pdf_offset(data)
    if offset > 0:
        data = data[offset:]
    parsed = _ENGINES[engine](data, limits, deadline)
    if offset > 0:
        meta = parsed.metadata + (("leading_junk_bytes", str(offset)),)
        return Parsed(parsed.pages, parsed.status, parsed.error, meta, parsed.format)
    return parsed
