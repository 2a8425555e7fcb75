"""The C walk (extract/parse/_pdfwalk.c) gives what grid.py's Python loops give, number for number.

extract.parse.grid reads every page object, path segment and (on ruled pages) character box
through pdfium. The C extension does those loops without ctypes; the Python loops stay as the
reference and the fallback where no compiler was found at install. These tests hold the two to
the same rules in the same order, the same boxes, on drawings made to exercise every branch
(lines, one-path grids, thin and cell rectangles, curves, closed paths, form XObjects placed by a
matrix, rotated pages) and on every page of the corpus PDFs when ../shared/corpus is present.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

import filegen
from extract.parse import grid

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _compiler_present() -> bool:
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    return headers.exists() and any(shutil.which(cc) for cc in ("cc", "gcc", "clang"))


def test_the_extension_is_built_where_it_can_be() -> None:
    """A compiler and Python's headers are here, so `pip install` must have built the C walk:
    a build that quietly stopped producing it would only show as a slower scan."""
    if not _compiler_present():
        pytest.skip("no C compiler or Python headers: the Python loops are the walk here")
    assert grid.walk_engine() == "c", "extract.parse._pdfwalk was not built or does not import"


def test_the_environment_can_choose_the_python_loops() -> None:
    code = "from extract.parse import grid; print(grid.walk_engine())"
    env = {**os.environ, "TENDER_TRIAGE_PDFWALK": "python"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "python"


needs_c = pytest.mark.skipif(grid._native is None, reason="the C walk is not built here (see the test above)")


def _drawings() -> bytes:
    """One page per drawing style grid.py reads, plus a form placed by a rotation and a scale."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    xs, ys = (50, 150, 300, 420), (700, 680, 660, 640)
    # 1: separate lines, a thin filled box, a framed paragraph
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[-1], x, ys[0])
    c.rect(60, 500, 300, 1.5, stroke=0, fill=1)
    c.rect(40, 300, 500, 150)
    c.drawString(60, 690, "Item")
    c.showPage()
    # 2: one path with many segments, curves in it, a closed sub-path
    p = c.beginPath()
    rows = [(xs[0], y, xs[-1], y) for y in ys]
    columns = [(x, ys[-1], x, ys[0]) for x in xs]
    for x0, y0, x1, y1 in rows + columns:
        p.moveTo(x0, y0)
        p.lineTo(x1, y1)
    p.moveTo(100, 400)
    p.curveTo(120, 450, 180, 450, 200, 400)
    p.lineTo(200, 300)
    p.lineTo(100, 300)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.roundRect(300, 200, 150, 80, 10)
    c.showPage()
    # 3: cell rectangles
    for r in range(3):
        for col in range(3):
            c.rect(xs[col], ys[r + 1], xs[col + 1] - xs[col], ys[r] - ys[r + 1], stroke=1, fill=0)
    c.showPage()
    # 4: a grid in a form XObject, placed translated, then rotated and scaled
    c.beginForm("grid")
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[-1], x, ys[0])
    c.rect(xs[0], 600, 200, 1, stroke=0, fill=1)
    c.endForm()
    c.saveState()
    c.translate(0, -300)
    c.doForm("grid")
    c.restoreState()
    c.saveState()
    c.translate(500, 100)
    c.rotate(90)
    c.scale(0.7, 0.7)
    c.doForm("grid")
    c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def _pages(data: bytes):  # type: ignore[no-untyped-def]
    pdf = pdfium.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                yield index, page
            finally:
                page.close()
    finally:
        pdf.close()


def _same_spans(data: bytes) -> int:
    """Asserts both walks give the same spans on every page of `data`; returns the spans seen."""
    seen = 0
    for index, page in _pages(data):
        c_spans = grid.page_spans(page)
        py_spans = grid.python_page_spans(page)
        assert c_spans == py_spans, f"page {index + 1}"
        seen += len(py_spans[0]) + len(py_spans[1])
    return seen


@needs_c
def test_same_rules_on_every_drawing_style() -> None:
    assert _same_spans(_drawings()) > 40  # the page set draws rules, so equality means something


@needs_c
def test_same_rules_on_rotated_and_generated_tenders() -> None:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(filegen.boq_pdf()))
    writer = PdfWriter()
    for rotation in (0, 90, 180, 270):
        page = writer.add_page(reader.pages[0])
        page.rotate(rotation)
    out = io.BytesIO()
    writer.write(out)
    assert _same_spans(out.getvalue()) > 0
    _same_spans(filegen.tender_pdf(5, seed=3))


@needs_c
def test_the_object_limit_stops_both_walks_at_the_same_object(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grid, "MAX_OBJECTS", 5)
    monkeypatch.setattr(grid, "MAX_SEGMENTS", 3)
    assert _same_spans(_drawings()) > 0


def _boxes_both_ways(data: bytes) -> int:
    checked = 0
    for index, page in _pages(data):
        textpage = page.get_textpage()
        try:
            n = textpage.count_chars()
            wanted = np.arange(n, dtype=np.int64)[::2]
            c_boxes, py_boxes = grid._Boxes(textpage, n), grid._Boxes(textpage, n)
            c_boxes.fetch(wanted)
            py_boxes.python_fetch(wanted)
            np.testing.assert_array_equal(c_boxes.boxes, py_boxes.boxes, err_msg=f"page {index + 1}")
            assert c_boxes.calls == py_boxes.calls == len(wanted)
            checked += len(wanted)
        finally:
            textpage.close()
    return checked


@needs_c
def test_same_character_boxes() -> None:
    assert _boxes_both_ways(filegen.boq_pdf()) > 100


@needs_c
def test_an_index_outside_the_page_is_refused_before_anything_is_written() -> None:
    pdf = pdfium.PdfDocument(filegen.boq_pdf())
    try:
        textpage = pdf[0].get_textpage()
        n = textpage.count_chars()
        boxes = grid._Boxes(textpage, n)
        for bad in (n, -1):
            with pytest.raises(IndexError):
                boxes.fetch(np.array([0, bad], dtype=np.int64))
            assert np.isnan(boxes.boxes).all()
        textpage.close()
    finally:
        pdf.close()


@needs_c
@pytest.mark.corpus
def test_same_rules_and_text_on_every_corpus_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page of every corpus PDF under 100 pages: the same spans, and the same parsed pages
    (text and tables) when the whole parse runs on either walk."""
    from extract.parse import parse_path

    if not (CORPUS / "files").is_dir():
        pytest.skip(f"real corpus not found at {CORPUS}")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        from bench_parse import corpus_pdfs  # the set the speed figures are measured on
    finally:
        sys.path.pop(0)
    pdfs = corpus_pdfs(CORPUS, max_pages=100)
    assert len(pdfs) > 20
    for path in pdfs:
        _same_spans(path.read_bytes())
    c_pages = [[(p.number, p.text, p.tables) for d in parse_path(f) for p in d.pages] for f in pdfs]
    monkeypatch.setattr(grid, "_native", None)
    py_pages = [[(p.number, p.text, p.tables) for d in parse_path(f) for p in d.pages] for f in pdfs]
    assert c_pages == py_pages
