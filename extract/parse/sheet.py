"""XLSX: one page per worksheet, each non-empty row one line and one table row.

openpyxl in read-only mode streams rows (a 100k-row price list is never a DOM) and with
data_only=True gives the values Excel last computed, not formulas. Row counts are checked as
rows arrive: the sheet's declared dimension can lie.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile

from extract.errors import LimitExceeded
from extract.limits import Deadline, Limits
from extract.parse.common import ParseFailure, Parsed, check_page_count, clean_row, make_page, read_member, row_line


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _check_parts(data: bytes, limits: Limits) -> None:
    """Refuse an XLSX whose parts would inflate past the limits, before openpyxl inflates them."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        budget = limits.zip_max_total_bytes
        for info in zf.infolist():
            if info.file_size > limits.max_bytes or (
                info.file_size > 1_000_000 and info.file_size > limits.zip_max_ratio * max(info.compress_size, 1)
            ):
                read_member(zf, info, limits)  # raises with the precise message
            budget -= info.file_size
        if budget < 0:
            raise LimitExceeded(f"archive size limit: XLSX parts declare more than {limits.zip_max_total_bytes:,} bytes")


def parse_xlsx(data: bytes, *, limits: Limits, deadline: Deadline) -> Parsed:
    import openpyxl

    try:
        _check_parts(data, limits)
    except zipfile.BadZipFile as exc:
        raise ParseFailure(f"damaged XLSX (not a readable zip): {exc}") from exc
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises KeyError, ValueError, ...
            raise ParseFailure(f"damaged XLSX: {type(exc).__name__}: {exc}") from exc
        try:
            sheets = wb.worksheets
            check_page_count(len(sheets), limits, unit="sheets")
            pages = []
            for number, ws in enumerate(sheets, start=1):
                deadline.check("document")
                if hasattr(ws, "reset_dimensions"):  # do not pad rows to the width the sheet declares
                    ws.reset_dimensions()  # (a 5 KB file can declare 16,384 x 1,048,576 cells)
                rows = []
                for i, values in enumerate(ws.iter_rows(values_only=True)):
                    if i >= limits.max_rows_per_sheet:
                        raise LimitExceeded(
                            f"row limit: sheet {ws.title!r} has more than {limits.max_rows_per_sheet:,} rows"
                        )
                    if i % 100 == 99:  # a tiny sheet can declare 16,384 padded columns: check the clock within it
                        deadline.check("document")
                    row = clean_row(_cell(v) for v in values)
                    if any(row):
                        rows.append(row)
                pages.append(make_page(number, "\n".join(row_line(r) for r in rows), (rows,), limits))
            names = ",".join(ws.title for ws in sheets)
        finally:
            wb.close()
    return Parsed(pages=tuple(pages), metadata=(("sheets", names),))
