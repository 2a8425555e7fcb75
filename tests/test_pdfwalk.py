"""The C walk (extract/parse/_pdfwalk.c) gives what grid.py's Python loops give, number for number.

extract.parse.grid reads every page object, path segment and (on ruled pages) character box
through pdfium, finds the grids and puts each character in its cell. The C extension does all of
that without ctypes or numpy; the Python code stays as the reference and the fallback where no
compiler was found at install. These tests hold the two to the same rules in the same order, the
same boxes, the same grids (bit for bit), the same cells and page text and the same box requests,
on drawings made to exercise every branch (lines, one-path grids, thin and cell rectangles,
curves, closed paths, form XObjects placed by a matrix, rotated pages), on edge cases and
generated inputs, and on every page of the corpus PDFs when ../shared/corpus is present.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import filegen
import numpy as np
import pypdfium2 as pdfium
import pytest
from c_build import compiler_present, engine_with

from extract.parse import grid

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def test_the_extension_is_built_where_it_can_be() -> None:
    """A compiler and Python's headers are here, so `pip install` must have built the C walk:
    a build that quietly stopped producing it would only show as a slower scan."""
    if not compiler_present():
        pytest.skip("no C compiler or Python headers: the Python loops are the walk here")
    assert grid.walk_engine() == "c", "extract.parse._pdfwalk was not built or does not import"


def test_the_environment_can_choose_the_python_loops() -> None:
    code = "from extract.parse import grid; print(grid.walk_engine())"
    assert engine_with("TENDER_TRIAGE_PDFWALK", "python", code) == "python"


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


def _rotated_boq() -> bytes:
    """The generated bill of quantities' page four times, turned 0, 90, 180 and 270 degrees: the
    walk must place rules through the page's rotation as pdfium lays out its text."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(filegen.boq_pdf()))
    writer = PdfWriter()
    for rotation in (0, 90, 180, 270):
        writer.add_page(reader.pages[0]).rotate(rotation)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@needs_c
def test_same_rules_on_rotated_and_generated_tenders() -> None:
    rotated = _rotated_boq()
    assert _same_spans(rotated) > 0
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


# --------------------------------------------------------------------------- the grid finder in C
# find_grids runs the walk and the whole grid finder (snap, join, crossings, lattices, nested
# tables, order) in C; grid.python_grids is the reference. Grids are compared as the hex form of
# every number, so "equal" means the same bits (0.0 and -0.0, or a last-bit difference in a
# cluster's mean, would show), in the same order.

def _exact(grids: list[grid.Grid]) -> list:  # type: ignore[type-arg]
    return [(tuple(map(float.hex, g.bbox)), tuple(tuple(tuple(map(float.hex, c)) for c in row) for row in g.rows))
            for g in grids]


def _same_grids(data: bytes) -> int:
    """Asserts the C finder gives the Python finder's grids on every page; returns how many."""
    found = 0
    for index, page in _pages(data):
        py = grid.python_grids(*grid.python_page_spans(page))
        assert _exact(grid.find_grids(page)) == _exact(py), f"page {index + 1}"
        found += len(py)
    return found


def _c_grids(hs: list, vs: list) -> list[grid.Grid] | None:  # type: ignore[type-arg]
    found = grid._native.grids(hs, vs, grid._grid_params())
    return None if found is None else [grid.Grid(bbox, rows) for bbox, rows in found]


def _lattice_spans(xs, ys) -> tuple[list, list]:  # type: ignore[no-untyped-def, type-arg]
    return [(float(y), float(xs[0]), float(xs[-1])) for y in ys], [(float(x), float(ys[-1]), float(ys[0])) for x in xs]


@needs_c
def test_same_grids_on_every_drawing_style() -> None:
    assert _same_grids(_drawings()) >= 4  # pages 1-3 and the two placed forms of page 4


@needs_c
def test_same_grids_on_rotated_and_generated_tenders() -> None:
    rotated = _rotated_boq()
    assert _same_grids(rotated) == 4
    assert _same_grids(filegen.tender_pdf(9, seed=5)) >= 3


@needs_c
def test_same_grids_on_the_example_pdfs() -> None:
    import zipfile

    examples = Path(__file__).resolve().parents[1] / "examples"
    datas = [p.read_bytes() for p in sorted(examples.glob("*.pdf"))]
    for archive in sorted(examples.glob("*.zip")):
        with zipfile.ZipFile(archive) as z:
            datas += [z.read(name) for name in z.namelist() if name.lower().endswith(".pdf")]
    assert len(datas) >= 2
    for data in datas:
        _same_grids(data)


@needs_c
def test_the_object_limit_stops_both_finders_at_the_same_object(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grid, "MAX_OBJECTS", 12)
    monkeypatch.setattr(grid, "MAX_SEGMENTS", 9)
    _same_grids(_drawings())
    assert _same_grids(filegen.boq_pdf()) == 0  # too few objects read for a lattice: the limit bites


_XS, _YS = (50.0, 150.0, 300.0, 420.0), (700.0, 680.0, 660.0, 640.0)
_H, _V = _lattice_spans(_XS, _YS)
_INNER_H, _INNER_V = _lattice_spans((160.0, 200.0, 240.0), (676.0, 670.0, 664.0))
_EDGE_CASES = {
    "no spans": ([], []),
    "one rule": ([(100.0, 0.0, 300.0)], []),
    "one of each": ([(100.0, 0.0, 300.0)], [(50.0, 0.0, 200.0)]),
    "a lattice": (_H, _V),
    "a frame": (_H[::3], _V[::3]),
    # the verticals end exactly CROSS short of the top rule (they meet it) or just beyond that
    "touching within CROSS": (_H, [(x, 640.0, 697.0) for x, _lo, _hi in _V]),
    "touching, not crossing": (_H[:1] + [(660.0, 50.0, 420.0)], [(x, 600.0, 696.99) for x, _lo, _hi in _V]),
    # collinear pieces: a gap of exactly JOIN joins, a wider one does not
    "pieces": ([(700.0, 50.0, 200.0), (700.0, 203.0, 420.0), (640.0, 50.0, 200.0), (640.0, 203.01, 420.0),
                (670.0, 50.0, 420.0)],
               [(x, 640.0, 700.0) for x in _XS]),
    "a nested table": (_H + _INNER_H, _V + _INNER_V),
    "two tables side by side": (_H + [(y, 500.0, 560.0) for y in (700.0, 650.0, 600.0)],
                                _V + [(x, 600.0, 700.0) for x in (500.0, 530.0, 560.0)]),
    "near-equal positions snap": ([(700.0, 50.0, 420.0), (701.9, 50.0, 420.0), (698.5, 60.0, 400.0), (640.0, 50.0, 420.0),
                                   (660.0, 50.0, 420.0)], [(49.0, 640.0, 700.0), (51.5, 640.0, 700.0), (420.0, 640.0, 700.0),
                                                           (300.0, 640.0, 700.0)]),
    "one column of verticals": (_H, [(100.0, 640.0, 700.0), (100.0, 500.0, 600.0)]),
    "signed zeros": ([(0.0, 0.0, 300.0), (-0.0, -0.0, 300.0), (100.0, -0.0, 300.0), (50.0, 0.0, 300.0)],
                     [(-0.0, 0.0, 100.0), (0.0, -0.0, 100.0), (300.0, 0.0, 100.0), (150.0, -0.0, 100.0)]),
    "infinities": ([(700.0, float("-inf"), 420.0), (640.0, 50.0, float("inf")), (float("inf"), 0.0, 1.0), (660.0, 50.0, 420.0)],
                   [(50.0, 640.0, float("inf")), (float("-inf"), 0.0, 1.0), (420.0, float("-inf"), 700.0), (300.0, 640.0, 700.0)]),
    "reversed pieces": ([(700.0, 420.0, 50.0), (640.0, 50.0, 420.0), (680.0, 50.0, 420.0)], [(x, 700.0, 640.0) for x in _XS]),
}


@needs_c
@pytest.mark.parametrize("case", sorted(_EDGE_CASES))
def test_same_grids_on_edge_cases(case: str) -> None:
    hs, vs = _EDGE_CASES[case]
    c = _c_grids(hs, vs)
    assert c is not None
    assert _exact(c) == _exact(grid.python_grids(hs, vs))
    assert _exact(grid._grids(hs, vs)) == _exact(c)


def test_the_edge_cases_exercise_what_they_name() -> None:
    """The premises of the cases above, on the Python finder, so their equality means something."""
    def count(case: str) -> int:
        return len(grid.python_grids(*_EDGE_CASES[case]))

    assert count("a lattice") == 1 and count("a frame") == 0 and count("one of each") == 0
    assert count("touching within CROSS") == 1 and count("touching, not crossing") == 0
    assert count("two tables side by side") == 2 and count("a nested table") == 1
    (nested,) = grid.python_grids(*_EDGE_CASES["a nested table"])
    assert nested.bbox == (50.0, 640.0, 420.0, 700.0)
    assert [s[1:] for s in grid._merge(_EDGE_CASES["pieces"][0], grid.SNAP, grid.JOIN)] == [
        (50.0, 420.0), (50.0, 200.0), (203.01, 420.0), (50.0, 420.0)]  # a 3 pt gap joins, 3.01 pt does not
    assert count("pieces") == 1
    (snapped,) = grid.python_grids(*_EDGE_CASES["near-equal positions snap"])
    assert snapped.bbox[3] == (698.5 + 700.0 + 701.9) / 3 and snapped.bbox[0] == (49.0 + 51.5) / 2


@needs_c
def test_slivers_narrower_than_a_cell_are_dropped_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    # With a finer snap and crossing tolerance, rules under 1 pt apart survive as positions: rows
    # and cells thinner than MIN_CELL are dropped (exactly MIN_CELL is kept), and a row whose
    # cells are all slivers stays as an empty row.
    monkeypatch.setattr(grid, "SNAP", 0.1)
    monkeypatch.setattr(grid, "CROSS", 0.1)
    hs = [(y, 0.0, 3.0) for y in (100.0, 99.5, 90.0, 89.0, 80.0, 70.0)]
    vs = [(0.0, 70.0, 100.0), (3.0, 70.0, 100.0), (1.5, 70.0, 100.0), (0.75, 90.0, 100.0), (2.25, 90.0, 100.0),
          (2.5, 70.0, 90.0)]
    (py,) = grid.python_grids(hs, vs)
    assert [[c[2] - c[0] for c in r] for r in py.rows] == [[], [1.5, 1.0], [1.5, 1.0], [1.5, 1.0]]  # the premise
    assert [r[0][3] - r[0][1] for r in py.rows[1:]] == [1.0, 9.0, 10.0]
    assert _exact(_c_grids(hs, vs)) == _exact([py])


@needs_c
@pytest.mark.parametrize("top", [701.0, 701.0 + 2**-40])
def test_a_table_within_nested_of_another_is_dropped_alike(monkeypatch: pytest.MonkeyPatch, top: float) -> None:
    # The inner table pokes out of the outer one's top through a gap in its top rule, by exactly
    # NESTED (nested: dropped) or a hair more (kept); nothing of it crosses the outer rules.
    monkeypatch.setattr(grid, "SNAP", 0.1)
    monkeypatch.setattr(grid, "CROSS", 0.1)
    hs = [(700.0, 50.0, 150.0), (700.0, 300.0, 420.0), (640.0, 50.0, 420.0), (600.0, 50.0, 420.0)]
    vs = [(x, 600.0, 700.0) for x in (50.0, 150.0, 300.0, 420.0)]
    hs += [(y, 160.0, 240.0) for y in (top, 680.0, 650.0)]
    vs += [(x, 650.0, top) for x in (160.0, 200.0, 240.0)]
    py = grid.python_grids(hs, vs)
    assert len(py) == (1 if top == 701.0 else 2)  # the premise
    assert _exact(_c_grids(hs, vs)) == _exact(py)


@needs_c
def test_spans_the_c_finder_cannot_order_go_to_the_python_finder() -> None:
    nan = float("nan")
    for hs, vs in (
        (_H + [(nan, 0.0, 1.0)], _V),
        (_H, _V + [(100.0, nan, 700.0)]),
        ([(700, 50, 420), (640, 50, 420)], [(50, 640, 700), (420, 640, 700)]),  # integers
        ([list(s) for s in _H], _V),
    ):
        assert grid._native.grids(hs, vs, grid._grid_params()) is None
        assert _exact(grid._grids(hs, vs)) == _exact(grid.python_grids(hs, vs))


@needs_c
def test_cluster_means_add_as_this_pythons_sum() -> None:
    # sum() of these four adds to 2806.1000000000004 left to right (CPython < 3.12) and to
    # 2806.1 compensated (3.12 on); the C finder must average as this interpreter's sum() does.
    ys = [700.09, 700.66, 702.61, 702.74]
    plain = 0.0
    for y in ys:
        plain += y
    assert (plain == sum(ys)) != grid._SUM_COMPENSATES
    hs = [(y, 50.0, 420.0) for y in ys] + [(670.0, 50.0, 420.0), (640.0, 50.0, 420.0)]
    vs = [(x, 640.0, 700.0) for x in _XS]
    py = grid.python_grids(hs, vs)
    assert py[0].bbox[3] == sum(ys) / 4
    assert _exact(_c_grids(hs, vs)) == _exact(py)
    other = (*grid._grid_params()[:-1], not grid._SUM_COMPENSATES)
    (wrong,) = grid._native.grids(hs, vs, other)
    assert wrong[0][3] != py[0].bbox[3]  # the other way of adding gives another mean: the test can fail


def _page_spans():  # type: ignore[no-untyped-def]
    """(horizontal, vertical) spans: a lattice on shared positions, its rules jittered (some within
    SNAP of each other), cut into pieces (some gaps within JOIN), some left out, plus stray rules
    anywhere (infinities and huge values too), all in any order."""
    from hypothesis import strategies as st

    near = st.sampled_from([0.0, 1.0, 2.9, 3.0, 3.1, 6.0, 40.0, 97.0, 100.0, 101.5, 103.0, 200.0, 202.99])
    coord = near | st.floats(-10.0, 310.0) | st.floats(allow_nan=False)
    jitter = st.sampled_from([0.0, 0.0, 0.0, 0.5, -1.4, 2.0, 2.5, 3.0, 4.0])

    @st.composite
    def spans(draw):  # type: ignore[no-untyped-def]
        xs = draw(st.lists(near | st.floats(0.0, 300.0), min_size=2, max_size=6))
        ys = draw(st.lists(near | st.floats(0.0, 300.0), min_size=2, max_size=6))
        out: tuple[list, list] = ([], [])  # type: ignore[type-arg]
        for horizontal, positions, across in ((True, ys, xs), (False, xs, ys)):
            lo, hi = min(across), max(across)
            for pos in positions:
                if draw(st.integers(0, 5)) == 0:
                    continue  # a rule left out
                pos += draw(jitter)
                cut = draw(st.sampled_from([None, None, 0.3, 0.5]))
                if cut is None:
                    out[not horizontal].append((pos, lo + draw(jitter), hi - draw(jitter)))
                else:
                    mid = lo + (hi - lo) * cut
                    out[not horizontal].append((pos, lo, mid))
                    out[not horizontal].append((pos, mid + draw(jitter), hi))
        for extra in out:
            extra += draw(st.lists(st.tuples(coord, coord, coord), max_size=4))
        return draw(st.permutations(out[0])), draw(st.permutations(out[1]))

    return spans()


@needs_c
def test_same_grids_on_any_spans() -> None:
    from hypothesis import given, settings

    seen = {"grids": 0}

    @settings(max_examples=1000, deadline=None, derandomize=True)
    @given(_page_spans())
    def check(spans) -> None:  # type: ignore[no-untyped-def]
        hs, vs = spans
        py = grid.python_grids(hs, vs)
        seen["grids"] += len(py)
        assert _exact(_c_grids(hs, vs)) == _exact(py)

    check()
    assert seen["grids"] > 100  # the examples build tables (about 200-290), so equality is not only of empty lists


@needs_c
@pytest.mark.corpus
def test_same_grids_on_every_page_of_every_corpus_pdf() -> None:
    if not (CORPUS / "files").is_dir():
        pytest.skip(f"real corpus not found at {CORPUS}")
    found = pages = 0
    for path in sorted((CORPUS / "files").glob("*.pdf")):
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            continue  # damaged: no page to compare
        pages += len(pdf)
        pdf.close()
        found += _same_grids(path.read_bytes())
    assert pages > 1000 and found > 100


# --------------------------------------------------------------------------- cell text in C
# split_tables' per-character work (which boxes are asked for, which cell each character goes
# to, each cell's text in reading order, the page text without the tables) runs in C; grid.
# python_split_cells is the reference. Compared: the raw cells and text pieces (exact strings),
# the character indices pdfium is asked about (same indices, same order), and split_tables'
# result with the C and with the Python path.

def _python_cells_and_asked(text: str, textpage: pdfium.PdfTextPage, grids: list[grid.Grid]) -> tuple[Any, Any, list[int]]:
    """python_split_cells' rows and pieces, and the character indices it asked pdfium boxes for,
    in order."""
    asked: list[int] = []
    real = grid._Boxes.fetch

    def recording(self, indices):  # type: ignore[no-untyped-def]
        asked.extend(int(i) for i in indices)
        return real(self, indices)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(grid._Boxes, "fetch", recording)
        rows, pieces = grid.python_split_cells(text, textpage, grids)
    return rows, pieces, asked


def _cells_both_ways(text: str, textpage: pdfium.PdfTextPage, grids: list[grid.Grid]) -> int:
    """Asserts both ways give the same cells, pieces and box requests; returns the boxes asked."""
    slots = np.full(2 * len(text) + 1, -1, dtype=np.int64)
    found = grid._native.split_cells(text, grid._handle(textpage.raw), grid._CHAR_BOX_ADDRESS, grids,
                                      (grid.CELL_ROW, grid.NEAR), slots.ctypes.data, len(slots))
    assert found is not None
    rows, pieces, asked = _python_cells_and_asked(text, textpage, grids)
    assert found[0] == rows
    assert found[1] == pieces
    assert found[2] == len(asked) and slots[: found[2]].tolist() == asked
    with_c = grid.split_tables(text, textpage, grids)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(grid, "_native", None)
        assert grid.split_tables(text, textpage, grids) == with_c
    return len(asked)


def _same_cells(data: bytes) -> int:
    """Asserts both ways agree on every page of `data` with a grid; returns how many such pages."""
    tabled = 0
    for _index, page in _pages(data):
        grids = grid.find_grids(page)
        if not grids:
            continue
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
            if text:
                _cells_both_ways(text, textpage, grids)
                tabled += 1
        finally:
            textpage.close()
    return tabled


def _hard_cells() -> bytes:
    """Pages where the cell rule has to work: a tall glyph over a row rule, two cells' text glued
    into one word, dot leaders through a table, text beside a table on a row's baseline, text
    just outside a table, wrapped cells, two tables and a nested one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    xs, ys = (50, 150, 300, 420), (700, 680, 660, 640)

    def lattice(dy: float = 0) -> None:
        for y in ys:
            c.line(xs[0], y + dy, xs[-1], y + dy)
        for x in xs:
            c.line(x, ys[-1] + dy, x, ys[0] + dy)

    lattice()
    c.setFont("Helvetica", 10)
    c.drawString(54, ys[1] - 4.1, "HÀNG MUC")  # the À reaches into the row above
    c.drawString(154, ys[0] - 14, "Model name")
    c.drawString(20, ys[2] - 14, "." * 120)  # through the whole table
    c.drawString(440, ys[1] - 14, "ZTE note")  # beside it
    c.drawString(50, ys[0] + 2, "Just above the table")
    c.drawString(421, ys[3] + 2, "x y")  # at its corner
    for r, (maker, model) in enumerate((("Maker", "Model"), ("Huawei", "S5720"))):
        t = c.beginText(xs[1] - stringWidth(maker, "Helvetica", 12) - 0.5, ys[r] - 14 - 200)
        t.setFont("Helvetica", 12)
        t.textOut(maker)
        t.textOut(model)
        c.drawText(t)
    lattice(-200)
    c.showPage()
    c.setFont("Helvetica", 9)
    lattice()
    lattice(-300)
    for r in range(3):
        for col in range(3):
            c.drawString(xs[col] + 3, ys[r] - 8, f"cell {r} {col} with words")
            c.drawString(xs[col] + 3, ys[r] - 17, "wrapped  on two lines")
            c.drawString(xs[col] + 3, ys[r] - 308, f"second {r}{col}")
    for x0 in (160, 200, 240):  # a small table inside the top one's middle cell
        c.line(x0, 644, x0, 656)
    for y0 in (656, 650, 644):
        c.line(160, y0, 240, y0)
    c.drawString(162, 651, "in")
    c.showPage()
    c.save()
    return buf.getvalue()


@needs_c
def test_same_cells_on_hard_pages_drawings_and_generated_tenders() -> None:
    assert _same_cells(_hard_cells()) == 2
    assert _same_cells(_drawings()) == 1  # the one page with text on it
    assert _same_cells(filegen.boq_pdf()) == 1
    assert _same_cells(filegen.tender_pdf(12, seed=9)) >= 4


@needs_c
def test_same_cells_on_rotated_pages_and_the_example_pdfs() -> None:
    import zipfile

    rotated = _rotated_boq()
    assert _same_cells(rotated) == 4
    examples = Path(__file__).resolve().parents[1] / "examples"
    datas = [p.read_bytes() for p in sorted(examples.glob("*.pdf"))]
    for archive in sorted(examples.glob("*.zip")):
        with zipfile.ZipFile(archive) as z:
            datas += [z.read(name) for name in z.namelist() if name.lower().endswith(".pdf")]
    for data in datas:
        _same_cells(data)


def _first_page(data: bytes):  # type: ignore[no-untyped-def]
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    return pdf, page, page.get_textpage()


@needs_c
def test_same_cells_for_any_text_and_any_grids_on_a_real_page() -> None:
    """Any text (line breaks of every kind, every whitespace, surrogates, astral characters; as
    long as the page, shorter, or longer, whose extra characters have no box: NaN) over any
    grids (shifted, cut, overlapping, one inside another) on the hard page's real boxes."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pdf, page, textpage = _first_page(_hard_cells())
    real = textpage.get_text_range()
    (table, *_rest) = grid.find_grids(page)
    alphabet = st.sampled_from(list("ab.|1 \t\r\n\x0b\x0c\x1c\x85\xa0\u2028\u3000\u3001\ud800\U0001f600"))
    shift = st.sampled_from([0.0, 0.0, -7.5, 13.0, 100.0, -0.25])
    seen = {"cells": 0, "asked": 0}

    @st.composite
    def grids(draw):  # type: ignore[no-untyped-def]
        out = []
        for _ in range(draw(st.integers(1, 3))):
            dx, dy = draw(shift), draw(shift)
            keep = draw(st.lists(st.booleans(), min_size=len(table.rows), max_size=len(table.rows)))
            rows = tuple(
                tuple((c[0] + dx, c[1] + dy, c[2] + dx, c[3] + dy) for c in row[: draw(st.integers(1, len(row)))])
                for row, k in zip(table.rows, keep) if k or row is table.rows[0]
            )
            left, bottom, right, top = table.bbox
            out.append(grid.Grid((left + dx, bottom + dy, right + dx, top + dy), rows))
        return out

    # Characters' box centres as grid.py computes them, for grids whose edges pass exactly
    # through some of them (a point on an edge: the comparisons' boundaries).
    boxes = [textpage.get_charbox(i) for i in range(len(real))]
    centres = [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in boxes if b[2] > b[0]]

    @st.composite
    def on_centres(draw):  # type: ignore[no-untyped-def]
        picks = st.lists(st.sampled_from(centres), min_size=2, max_size=6)
        xs = sorted({x for x, _y in draw(picks)})
        ys = sorted({y for _x, y in draw(picks)}, reverse=True)
        if len(xs) < 2 or len(ys) < 2:
            return []
        rows = tuple(tuple((a, lower, b, upper) for a, b in zip(xs, xs[1:])) for upper, lower in zip(ys, ys[1:]))
        return [grid.Grid((xs[0], ys[-1], xs[-1], ys[0]), rows)]

    @settings(max_examples=400, deadline=None, derandomize=True)
    @given(st.data())
    def check(data) -> None:  # type: ignore[no-untyped-def]
        how = data.draw(st.sampled_from(["real", "edited", "shorter", "longer"]))
        text = real
        if how == "edited":
            spots = data.draw(st.lists(st.tuples(st.integers(0, len(real) - 1), alphabet), max_size=40))
            chars = list(real)
            for at, ch in spots:
                chars[at] = ch
            text = "".join(chars)
        elif how == "shorter":
            text = real[: data.draw(st.integers(1, len(real)))]
        elif how == "longer":
            text = real + "".join(data.draw(st.lists(alphabet, min_size=1, max_size=30)))
        gs = data.draw(grids()) + data.draw(on_centres())
        seen["asked"] += _cells_both_ways(text, textpage, gs)
        seen["cells"] += sum(len(row) for rows in grid.python_split_cells(text, textpage, gs)[0] for row in rows)

    try:
        check()
    finally:
        textpage.close()
        page.close()
        pdf.close()
    assert seen["cells"] > 1000 and seen["asked"] > 10_000


@needs_c
def test_a_word_lower_than_the_least_margin_is_near_a_table_within_that_margin() -> None:
    # A word in a 0.5 pt font, 0.8 pt right of the table: its box is lower than NEAR, so NEAR
    # is the margin and the word comes near the table: its middle characters are asked for too.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for y in (700, 680, 660):
        c.line(50, y, 420, y)
    for x in (50, 150, 420):
        c.line(x, 660, x, 700)
    c.drawString(54, 686, "Maker")
    c.setFont("Helvetica", 0.5)
    c.drawString(420.8, 670, "abcdef")
    c.showPage()
    c.save()
    pdf, page, textpage = _first_page(buf.getvalue())
    try:
        text = textpage.get_text_range()
        at = text.index("abcdef")
        _left, bottom, _right, top = textpage.get_charbox(at)
        assert top - bottom < grid.NEAR  # the premise
        asked = _python_cells_and_asked(text, textpage, grid.find_grids(page))[2]
        assert at + 2 in asked  # the premise: near, so asked character by character
        _cells_both_ways(text, textpage, grid.find_grids(page))
    finally:
        textpage.close()
        page.close()
        pdf.close()


@needs_c
def test_characters_without_a_box_are_in_no_cell_and_near_no_table() -> None:
    # Characters past the text page's own have no box (NaN): a word running from the page's last
    # real character into them is nowhere, and not near the table 5 pt right of its start.
    pdf, page, textpage = _first_page(filegen.boq_pdf())
    try:
        real = textpage.get_text_range()
        text = real + "QQQ"
        start = len(real) - len(real.split()[-1])
        left, bottom, right, top = textpage.get_charbox(start)
        x0, y0 = right + 5, bottom - 20
        rows = tuple(((x0, y0 + 20 - 20 * r, x0 + 40, y0 + 40 - 20 * r), (x0 + 40, y0 + 20 - 20 * r, x0 + 80,
                      y0 + 40 - 20 * r)) for r in range(2))
        grids = [grid.Grid((x0, y0, x0 + 80, y0 + 40), rows)]
        asked = _python_cells_and_asked(text, textpage, grids)[2]
        assert start in asked and len(text) - 1 in asked and start + 1 not in asked  # the premise
        _cells_both_ways(text, textpage, grids)
    finally:
        textpage.close()
        page.close()
        pdf.close()


@needs_c
def test_grids_the_c_cannot_read_go_to_the_python_code() -> None:
    pdf, page, textpage = _first_page(filegen.boq_pdf())
    try:
        text = textpage.get_text_range()
        (g,) = grid.find_grids(page)
        nan = float("nan")
        empty_row = grid.Grid(g.bbox, ((), *g.rows))
        odd = [
            (g,),  # a tuple of grids, not a list
            [grid.Grid((nan, *g.bbox[1:]), g.rows)],
            [grid.Grid(g.bbox, ((g.rows[0][0][:3] + (nan,), *g.rows[0][1:]), *g.rows[1:]))],
            [grid.Grid(tuple(int(v) for v in g.bbox), g.rows)],
            [grid.Grid(g.bbox, g.rows[::-1])],  # rows from the bottom up
            [empty_row],
        ]
        for grids in odd:
            assert grid._native.split_cells(text, grid._handle(textpage.raw), grid._CHAR_BOX_ADDRESS, grids,
                                            (grid.CELL_ROW, grid.NEAR), 0, 0) is None
        for grids in odd[:-1]:
            with_c = grid.split_tables(text, textpage, grids)
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(grid, "_native", None)
                assert grid.split_tables(text, textpage, grids) == with_c
        # An empty row fails numpy's cell index (the page then keeps its text, no rows: pdf.py);
        # declined by the C, it fails the same way there.
        with pytest.raises(IndexError):
            grid.split_tables(text, textpage, [empty_row])
    finally:
        textpage.close()
        page.close()
        pdf.close()


@needs_c
@pytest.mark.corpus
def test_same_cells_on_every_page_of_every_corpus_pdf() -> None:
    if not (CORPUS / "files").is_dir():
        pytest.skip(f"real corpus not found at {CORPUS}")
    tabled = 0
    for path in sorted((CORPUS / "files").glob("*.pdf")):
        try:
            pdfium.PdfDocument(path).close()
        except pdfium.PdfiumError:
            continue  # damaged: no page to compare
        tabled += _same_cells(path.read_bytes())
    assert tabled > 1000


_CELL_CHARS = " \n\r\t\x00\x07\x1c\x7f\x85\u00a0\u2028\u200b\u3000ab|\u00e9\u4e2d\U0001f600"


@needs_c
def test_the_c_cell_and_line_cleaning_equal_the_python_rules() -> None:
    """`clean_rows` gives `clean_row` of each row on any cells (every kind of white space, control
    characters, each character width; cells that are not str go to the Python rule), and
    `nonblank_lines` the Python's lines (\\r\\n, \\r, \\n; blank lines of any white space dropped)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from extract.parse.common import clean_cell, clean_row

    cell = st.text(alphabet=_CELL_CHARS, max_size=12) | st.text(max_size=8) | st.none() | st.integers(0, 99)

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.lists(cell, max_size=6), max_size=5))
    def rows_alike(rows: list[list[Any]]) -> None:
        got = grid._native.clean_rows(rows, clean_cell)
        assert got == [clean_row(r) for r in rows]
        assert all(type(r) is tuple for r in got)

    @settings(max_examples=500, deadline=None)
    @given(st.text(alphabet=_CELL_CHARS, max_size=40) | st.text(max_size=30))
    def lines_alike(text: str) -> None:
        assert grid._native.nonblank_lines(text) == grid._python_nonblank_lines(text)

    rows_alike()
    lines_alike()
    assert grid._native.clean_rows([("a", " b  c ", "", "")], clean_cell) == [("a", "b c")]


@needs_c
def test_the_c_page_tidying_equals_the_python_rule() -> None:
    """`tidy_text` gives `_python_tidy` (clean_text's line breaks and dropped controls, each line
    rstripped, no line feed at either end) on any text, and is what the PDF parser uses."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from extract.parse import pdf

    alphabet = _CELL_CHARS + "\x0c\x0e\x1f\u2029\u1680\ufffe\uffff"

    @settings(max_examples=1000, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=40) | st.text(max_size=30))
    def alike(text: str) -> None:
        assert grid._native.tidy_text(text) == pdf._python_tidy(text)

    alike()
    assert pdf._tidy is grid._native.tidy_text
    assert grid._native.tidy_text("\n\n Lot 1 \t\r\nrouter\x00s\r\r  \n") == " Lot 1\nrouters"
