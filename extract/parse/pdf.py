"""PDF text and tables, page by page, with two engines.

"auto" (the default, see ../shared/PERFORMANCE.md and benchmarks/RESULTS.md) uses pypdfium2
only: each page's text from pdfium's text page, which is about 40x faster than pdfminer and
decodes glyphs pdfminer cannot, and ruled tables from pdfium's own path objects
(`extract.parse.grid`: rules -> lattice -> cells, each word put in the cell that holds its
characters' box centres; boxes are read only on pages whose rules form a grid; the object walk,
the grid finder, the boxes and the cell assignment run in C where extract/parse/_pdfwalk.c was
built). No page is parsed twice: on the corpus PDFs the whole parse costs about 1.1x pdfium's
bare text (2026-12-05, 43 PDFs under 100 pages; 1.4x with only the walk and the boxes in C, 1.9x
with grid.py's Python code). "pdfplumber" is the reference engine: `extract_text()` plus
`find_tables()` on every page (select it with `--pdf-engine pdfplumber`).

Tables replace their region of the page text in both engines: the characters inside a table
leave the reading-order text and the table's rows take their place, one line per row with
non-empty cells joined by " | " (wrapped cell lines joined by spaces). A bill-of-quantities row
(item | description | manufacturer | model | quantity) is one searchable line, and a vendor
named in a cell is counted once, not once in the running text and again in the row (the old
"append rows after the text" layout counted every table mention twice). Characters outside
every cell stay where they were, so nothing is lost. Rows are also kept in `Page.tables`.

Pages are loaded, read and closed one at a time, so a 1,400-page price list never holds more
than one page's objects in memory. pypdfium2 is not thread-safe: parallelism is by process.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extract.limits import Deadline, Limits
from extract.parse.ocr import NO_OCR, OcrOptions, OcrSession
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
from extract.parse.pdf_ocr import recover_textless_page as _ocr_page
from extract.parse.pdf_ocr import ALMOST_NO_TEXT, wants_ocr
from extract.parse.grid import find_grids, split_tables
from extract.parse.sniff import pdf_offset
from extract.settings import optional_extension
from extract.types import Page, Status

log = logging.getLogger(__name__)

ENGINES = ("auto", "pdfplumber")

Table = list[tuple[str, ...]]


# --------------------------------------------------------------------------- OCR seam (issue 6)


def recover_textless_page(pdf: pdfium.PdfDocument, index: int, session: OcrSession) -> Page | None:
    """Text for a page that has no usable text layer, or None: OCR (issue 6, `pdf_ocr`).

    Receives the open pdfium document, the 0-based page index and the document's OCR session
    (options, page cap, deadline); returns a Page with `ocr=True` and the mean word confidence.
    Pages it cannot recover stay empty and are listed in `pages_without_text`.
    """
    return _ocr_page(pdf, index, session)


# --------------------------------------------------------------------------- pdfplumber helpers


def _plumber_found(page: Any) -> list[tuple[tuple[float, float, float, float], Table]]:
    """pdfplumber's tables with their boxes, kept by the same rule as `grid`: two rows or more
    and two columns or more (a framed paragraph or a page border is not a table)."""
    found = []
    for table in page.find_tables():
        raw = table.extract()
        if len(raw) < 2 or max(len(r) for r in raw) < 2:
            continue
        rows = [r for r in (clean_row(x) for x in raw) if any(r)]
        if rows:
            found.append((table.bbox, rows))
    return found


def _plumber_tables(page: Any) -> list[Table]:
    return [rows for _bbox, rows in _plumber_found(page)]


def _plumber_page(page: Any) -> tuple[str, list[Table], bool]:
    """(text, tables, has_text) of one pdfplumber page, tables in place of their region.

    Characters whose centre lies in a table's box leave the text; the table's rows go in before
    the first remaining line below the table's top edge (pdfplumber's y grows downwards).
    """
    text = _tidy(page.extract_text() or "")
    if real_chars(text) < MIN_PAGE_CHARS:
        return text, [], False
    found = sorted(_plumber_found(page), key=lambda f: f[0][1])
    if not found:
        return text, [], True
    boxes = [bbox for bbox, _rows in found]

    def outside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    out: list[str] = []
    pending = list(found)
    for line in page.filter(outside).extract_text_lines():
        while pending and pending[0][0][1] <= line["top"]:
            out.extend(table_lines([pending.pop(0)[1]]))
        out.append(line["text"])
    for _bbox, rows in pending:
        out.extend(table_lines([rows]))
    return _tidy("\n".join(out)), [rows for _bbox, rows in found], True


def _python_tidy(text: str) -> str:
    """A page's text as the parser keeps it: `clean_text`, each line's trailing white space
    dropped, no line feed at either end."""
    return "\n".join([line.rstrip() for line in clean_text(text).split("\n")]).strip("\n")


#: `_python_tidy`, in one C pass where extract.parse._pdfwalk is built (its `tidy_text`; the
#: tests hold the two equal on any text). Why: a list of every line and a call per line cost
#: about 0.04 s over the 1,019 pages of the 43-PDF benchmark.
_tidy: Callable[[str], str] = getattr(optional_extension("extract.parse._pdfwalk", "TENDER_TRIAGE_PDFWALK"), "tidy_text",
                                       _python_tidy)


# --------------------------------------------------------------------------- engines

#: A document is "no_text" when at least this share of its pages has no text layer. Not only
#: when every page is blank: a 26-page scan with one typed page of hints appended (corpus r066)
#: must not be classified, and cleared, on that one page. A few scanned pages (a signed form)
#: in a text document stay "ok" and are listed in `pages_without_text`.
NO_TEXT_SHARE = 0.8


def _finish(
    pages: list[Page],
    textless: list[int],
    damaged: list[int],
    extra: list[tuple[str, str]],
    session: OcrSession | None = None,
) -> Parsed:
    meta = list(extra) + (session.metadata() if session is not None else [])
    if damaged:
        meta.append(("damaged_pages", ",".join(map(str, damaged))))
    if textless:
        meta.append(("pages_without_text", ",".join(map(str, textless))))
    if pages and len(damaged) == len(pages):
        raise ParseFailure(f"truncated or damaged PDF: none of its {len(pages)} pages could be read")
    if pages and len(textless) >= NO_TEXT_SHARE * len(pages):
        which = "any of" if len(textless) == len(pages) else f"{len(textless)} of"
        hint = session.no_text_hint() if session is not None else ""
        return Parsed(
            pages=tuple(pages),
            status=Status.NO_TEXT.value,
            error=f"no text layer on {which} {len(pages)} pages (scanned or drawn as outlines; OCR needed)"
            + (f"; {hint}" if hint else ""),
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


def _pdfium_page(page: pdfium.PdfPage, number: int) -> tuple[str, list[Table], bool]:
    """(text, tables, has_text) of one pdfium page; tables come from the page's own rules."""
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        if real_chars(raw, MIN_PAGE_CHARS) < MIN_PAGE_CHARS:
            return _tidy(raw), [], False
        tables: list[Table] = []
        try:
            grids = find_grids(page)
            if grids:
                raw, tables = split_tables(raw, textpage, grids)
        except Exception as exc:  # noqa: BLE001 - odd drawings lose the rows, never the text
            log.debug("grid finder failed on page %d: %s", number, exc)
        return _tidy(raw), tables, True
    finally:
        textpage.close()


def _parse_auto(data: bytes, limits: Limits, deadline: Deadline, ocr: OcrOptions = NO_OCR) -> Parsed:
    pdf = _open_pdfium(data)
    session = OcrSession(ocr, limits, deadline)
    pending: list[int] = []  # 0-based indexes of pages for OCR, read once the text layer is known
    pages: list[Page] = []
    textless: list[int] = []
    damaged: list[int] = []
    table_pages: list[int] = []
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
                text, tables, has_text = _pdfium_page(page, number)
                if session.enabled and wants_ocr(page, real_chars(text, ALMOST_NO_TEXT), ocr.mode):
                    pending.append(index)
            finally:
                page.close()
            if not has_text:
                textless.append(number)
            if tables:
                table_pages.append(number)
            pages.append(make_page(number, text, tables, limits))
        # OCR last, so its languages can be guessed from the whole text layer. A recovered
        # page replaces the text layer's page (in --ocr always, tables too). The text layer is
        # handed to the session only when some page needs OCR (most documents: none).
        if pending:
            without = set(textless)
            for read in pages:
                if read.number not in without:
                    session.add_text(read.text)
        for index in pending:
            recovered = recover_textless_page(pdf, index, session)
            if recovered is not None:
                pages[index] = recovered
                if recovered.number in textless:
                    textless.remove(recovered.number)
    finally:
        pdf.close()
    extra = [("engine", "pdfium")]
    if table_pages:
        extra.append(("table_pages", ",".join(map(str, table_pages))))
    return _finish(pages, textless, damaged, extra, session)


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
                text, tables, has_text = _plumber_page(page)
            finally:
                page.close()
            if not has_text:
                textless.append(number)
            if tables:
                table_pages.append(number)
            pages.append(make_page(number, text, tables, limits))
    finally:
        pdf.close()
    extra = [("engine", "pdfplumber")]
    if table_pages:
        extra.append(("table_pages", ",".join(map(str, table_pages))))
    return _finish(pages, textless, [], extra)


_ENGINES: dict[str, Callable[..., Parsed]] = {
    "auto": _parse_auto,
    "pdfium": _parse_auto,
    "pdfplumber": _parse_pdfplumber,
}


def parse_pdf(
    data: bytes, *, limits: Limits, deadline: Deadline, engine: str = "auto", ocr: OcrOptions = NO_OCR
) -> Parsed:
    """Parse PDF bytes (possibly preceded by junk such as multipart upload headers).

    `ocr` (issue 6) reads pages without a usable text layer; only the auto engine does OCR,
    the pdfplumber reference engine leaves such pages empty.
    """
    if engine not in _ENGINES:
        raise ValueError(f"unknown pdf_engine {engine!r}; choose one of {', '.join(ENGINES)}")
    offset = pdf_offset(data)
    if offset > 0:
        data = data[offset:]
    if engine == "pdfplumber":
        parsed = _parse_pdfplumber(data, limits, deadline)
    else:
        parsed = _ENGINES[engine](data, limits, deadline, ocr)
    if offset > 0:
        meta = parsed.metadata + (("leading_junk_bytes", str(offset)),)
        return Parsed(parsed.pages, parsed.status, parsed.error, meta, parsed.format)
    return parsed
