"""OpenDocument text (ODT) and spreadsheets (ODS) from content.xml.

ODT gives one page (its page breaks are layout hints), ODS one page per sheet. Paragraphs and
headings are lines; tables are rows, each also a " | " line where the table stood. Repeated
rows and cells (ODS compresses empty runs as "repeat 16384 times") are expanded only while they
hold text, so a crafted repeat count cannot blow up memory.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from extract.errors import LimitExceeded
from extract.limits import Limits
from extract.parse.common import ParseFailure, Parsed, check_page_count, clean_cell, make_page, read_member, row_line
from extract.types import Page

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_t, _tb, _o = f"{{{TEXT}}}", f"{{{TABLE}}}", f"{{{OFFICE}}}"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
_MAX_REPEAT = 1000  # a repeated non-empty cell or row is expanded at most this often


def _inline(el: etree._Element) -> str:
    """Text of a paragraph/heading/cell paragraph, honouring text:s, text:tab and text:line-break."""
    out = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == f"{_t}s":
            out.append(" " * int(child.get(f"{_t}c", "1") or 1))
        elif tag == f"{_t}tab":
            out.append("\t")
        elif tag == f"{_t}line-break":
            out.append("\n")
        elif tag in (f"{_t}note", f"{_o}annotation"):
            out.append(" " + " ".join(_inline(p) for p in child.iter(f"{_t}p")))
        else:
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def _table_rows(table: etree._Element, limits: Limits) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for tr in table.iter(f"{_tb}table-row"):
        cells: list[str] = []
        for tc in tr:
            if tc.tag not in (f"{_tb}table-cell", f"{_tb}covered-table-cell"):
                continue
            text = clean_cell(" ".join(_inline(p) for p in tc.iter(f"{_t}p", f"{_t}h")))
            repeat = int(tc.get(f"{_tb}number-columns-repeated", "1") or 1)
            cells.extend([text] * (min(repeat, _MAX_REPEAT) if text else min(repeat, 1)))
        while cells and not cells[-1]:
            cells.pop()
        if not any(cells):
            continue
        repeat = min(int(tr.get(f"{_tb}number-rows-repeated", "1") or 1), _MAX_REPEAT)
        rows.extend([tuple(cells)] * repeat)
        if len(rows) > limits.max_rows_per_sheet:
            raise LimitExceeded(f"row limit: table has more than {limits.max_rows_per_sheet:,} rows")
    return rows


def _walk_text(el: etree._Element, lines: list[str], tables: list[list[tuple[str, ...]]], limits: Limits) -> None:
    for child in el:
        tag = child.tag
        if tag in (f"{_t}p", f"{_t}h"):
            lines.extend(part.strip() for part in _inline(child).split("\n"))
        elif tag == f"{_tb}table":
            rows = _table_rows(child, limits)
            if rows:
                tables.append(rows)
                lines.extend(row_line(r) for r in rows)
        elif isinstance(tag, str):
            _walk_text(child, lines, tables, limits)


def parse_odf(data: bytes, fmt: str, *, limits: Limits) -> Parsed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            root = etree.fromstring(read_member(zf, zf.getinfo("content.xml"), limits), parser=_PARSER)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise ParseFailure(f"damaged {fmt.upper()}: {exc}") from exc
    body = root.find(f"{_o}body")
    if body is None:
        raise ParseFailure(f"damaged {fmt.upper()}: no office:body in content.xml")
    pages: list[Page] = []
    if fmt == "ods":
        sheets = list(body.iter(f"{_tb}table"))
        sheets = [s for s in sheets if s.getparent() is not None and s.getparent().tag == f"{_o}spreadsheet"]
        check_page_count(len(sheets), limits, unit="sheets")
        for number, sheet in enumerate(sheets, start=1):
            rows = _table_rows(sheet, limits)
            pages.append(make_page(number, "\n".join(row_line(r) for r in rows), (rows,), limits))
        meta = (("sheets", ",".join(s.get(f"{_tb}name", "") for s in sheets)),)
    else:
        lines: list[str] = []
        tables: list[list[tuple[str, ...]]] = []
        _walk_text(body, lines, tables, limits)
        pages.append(make_page(1, "\n".join(ln for ln in lines if ln), tables, limits))
        meta = ()
    return Parsed(pages=tuple(pages), metadata=meta)
