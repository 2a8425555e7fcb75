"""Ruled tables from pdfium's own page objects, without a second PDF parser.

Why: pdfplumber's table finder needs pdfminer's full parse of the page (0.1-0.6 s), and on real
tenders almost every page draws rules, so calling it per page made the fast engine only ~3x
faster than pdfplumber. The rules are already in pdfium's page objects: this module reads them
(thin paths, rectangle edges, grids drawn as one path), snaps near-equal coordinates, joins
collinear pieces, groups crossing rules into lattices, cuts each lattice into rows and cells,
and puts each character of the text page in the cell that holds its box centre. Same idea as
pdfplumber's "lines" strategy (snap 3 pt, join 3 pt, intersect within 3 pt), so both engines
find the same tables on ruled bills of quantities.

    find_grids(page) -> [Grid]                          geometry only (page coordinates, y up)
    split_tables(text, textpage, grids) -> (text, tables)
        characters go to the cell holding their box centre, a word as a whole; the table's
        characters leave the page text and its rows (cells joined by " | ", wrapped lines by
        spaces) take their place, so a bill-of-quantities row is one line and is counted once

Cost (the reason for the shapes of the code below): pdfium is reached one call per object, path
segment or character box (two per object, two more per path, four per segment of a many-segment
path: 1.15 million on the corpus PDFs under 100 pages), and through ctypes the Python side of a
call costs more than pdfium's side. So those two loops, the object walk (`page_spans`) and the
character boxes (`_Boxes.fetch`), run in C where the extension extract/parse/_pdfwalk.c was built
at install (0.12 s instead of 1.4 s for the walk over those PDFs, 2026-12-05); it calls the same
pdfium functions pypdfium2 loaded, in the same order, with the same arithmetic. The Python loops
below are the reference and the fallback (`walk_engine()` says which runs; tests/test_pdfwalk.py
holds both to the same rules and boxes): calls declared with plain integer arguments (`_plain`),
a page's objects walked once. Either way boxes are asked for only on pages with a grid and
there only at word ends (`_assign`).
With those loops in C, the work around them became the cost: the grid finder after the walk
(`_grids`: snap, join, crossings, lattices) and the cell assignment (`_assign`, `_Cells`, the
reading-order grouping of `split_tables`) are a few hundred small Python and numpy steps per
ruled page, about 0.4 s and 0.6 s over those PDFs. Both run in C as well (`page_grids`,
`split_cells`; walk and finder 0.13 s instead of 0.51 s, split_tables 0.14 s instead of 0.62 s,
2026-12-05), by the same rules step for step; `python_grids` and `python_split_cells` are their
references and fallbacks, held to the same grids, cells and box requests (tests/test_pdfwalk.py).
Cleaning the cells and joining the lines stays in Python, shared by both (`_tables_in_text`).
Driving the Python walk with `map` and turning boxes into rules with numpy was tried (2026-12-04):
the same rules on every corpus page, but 5-9% slower, because a page's arrays are small (97 paths
on average) and the calls themselves are the floor; hence C.

Coordinates are PDF user space of the page (origin bottom left), the same space pdfium's text
page uses for character boxes, so rotation and crop boxes need no special handling.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extract.parse.common import clean_cell, clean_row, table_lines
from extract.settings import optional_extension

SNAP = 3.0  # points: rules closer than this are one rule (pdfplumber's snap_tolerance)
JOIN = 3.0  # points: collinear pieces with a gap up to this are one rule (join_tolerance)
CROSS = 3.0  # points: a horizontal and a vertical rule within this of each other meet
THIN = 2.5  # points: a filled box thinner than this is a rule, not a cell
MIN_LENGTH = 3.0  # points: shorter strokes are glyph decoration, not rules
MIN_CELL = 1.0  # points: a row lower or a cell narrower than this is a sliver, not a cell
NESTED = 1.0  # points: a table whose box lies within this of another table's box is nested in it
MAX_OBJECTS = 20_000  # path objects looked at per page (a vector map is not a table)
MAX_SEGMENTS = 2_000  # segments read from one path (a grid drawn in one go)

_NEWLINE = re.compile(r"\r\n|[\r\n]")

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Rule:
    """An axis-parallel rule: `pos` is y for a horizontal rule, x for a vertical one."""

    horizontal: bool
    pos: float
    lo: float
    hi: float


@dataclass(frozen=True, slots=True)
class Grid:
    """One ruled table: its outer box and, per row from the top, the cell boxes from the left.

    Boxes are (left, bottom, right, top). Every point of `bbox` lies in exactly one cell, so no
    text inside the table is lost when the table's text is taken from its cells.
    """

    bbox: tuple[float, float, float, float]
    rows: tuple[tuple[tuple[float, float, float, float], ...], ...]

    def contains(self, x: float, y: float, tol: float = 1.0) -> bool:
        left, bottom, right, top = self.bbox
        return left - tol <= x <= right + tol and bottom - tol <= y <= top + tol


# --------------------------------------------------------------------------- pdfium calls


def _plain(fn: Any, restype: Any, *argtypes: Any) -> Any:
    """`fn` (a pypdfium2.raw function) declared again with plain integer handles and addresses.

    Why: ctypes spends most of a call converting pypdfium2's typed pointer arguments and building
    a typed pointer for each returned handle. A page has hundreds of objects and a ruled page
    thousands of characters, so the per-call cost is the cost: with c_void_p/int arguments a
    character box costs ~0.5 us instead of ~0.7 us, an object handle ~0.2 us instead of ~0.6 us
    (measured on this machine, pypdfium2 5.15). Same function, same library, same results.
    """
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)


_P, _INT = ctypes.c_void_p, ctypes.c_int
_page_count = _plain(pdfium_c.FPDFPage_CountObjects, _INT, _P)
_page_object = _plain(pdfium_c.FPDFPage_GetObject, _P, _P, _INT)
_form_count = _plain(pdfium_c.FPDFFormObj_CountObjects, _INT, _P)
_form_object = _plain(pdfium_c.FPDFFormObj_GetObject, _P, _P, ctypes.c_ulong)
_object_type = _plain(pdfium_c.FPDFPageObj_GetType, _INT, _P)
_object_bounds = _plain(pdfium_c.FPDFPageObj_GetBounds, _INT, _P, _P, _P, _P, _P)
_object_matrix = _plain(pdfium_c.FPDFPageObj_GetMatrix, _INT, _P, _P)
_path_segments = _plain(pdfium_c.FPDFPath_CountSegments, _INT, _P)
_path_segment = _plain(pdfium_c.FPDFPath_GetPathSegment, _P, _P, _INT)
_segment_type = _plain(pdfium_c.FPDFPathSegment_GetType, _INT, _P)
_segment_point = _plain(pdfium_c.FPDFPathSegment_GetPoint, _INT, _P, _P, _P)
_segment_close = _plain(pdfium_c.FPDFPathSegment_GetClose, _INT, _P)
_char_box = _plain(pdfium_c.FPDFText_GetCharBox, _INT, _P, _INT, _P, _P, _P, _P)
_PATH, _FORM = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
_LINETO, _MOVETO = pdfium_c.FPDF_SEGMENT_LINETO, pdfium_c.FPDF_SEGMENT_MOVETO


def _handle(obj: Any) -> int:
    """The address behind a pypdfium2 handle (page, text page) or a pypdfium2.raw function, for
    the plain calls above and the C walk below."""
    return ctypes.cast(obj, ctypes.c_void_p).value or 0


# --------------------------------------------------------------------------- the same loops in C

#: The pdfium functions the C walk calls, in the order of its `Api` struct (_pdfwalk.c).
FUNCTIONS = (pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFFormObj_CountObjects,
             pdfium_c.FPDFFormObj_GetObject, pdfium_c.FPDFPageObj_GetType, pdfium_c.FPDFPageObj_GetBounds,
             pdfium_c.FPDFPageObj_GetMatrix, pdfium_c.FPDFPath_CountSegments, pdfium_c.FPDFPath_GetPathSegment,
             pdfium_c.FPDFPathSegment_GetType, pdfium_c.FPDFPathSegment_GetPoint, pdfium_c.FPDFPathSegment_GetClose)


def _load_native() -> Any:
    """extract.parse._pdfwalk, the object walk and the character boxes in C, or None.

    Why: through ctypes the Python side of each pdfium call is the cost (see the module
    docstring); in C the walk over the corpus PDFs under 100 pages takes 0.12 s instead of 1.4 s
    (2026-12-05, this machine). The extension is built by `pip install` where a C compiler is
    found (setup.py, `optional=True`); without it the Python loops below do the same work, give
    the same results (tests/test_pdfwalk.py) and only take longer. `TENDER_TRIAGE_PDFWALK=python`
    chooses the Python loops (the tests compare both).
    """
    return optional_extension("extract.parse._pdfwalk", "TENDER_TRIAGE_PDFWALK")


_native = _load_native()
_FUNCTION_ADDRESSES = tuple(_handle(f) for f in FUNCTIONS)
_CHAR_BOX_ADDRESS = _handle(pdfium_c.FPDFText_GetCharBox)
_KINDS = (_PATH, _FORM, _LINETO, _MOVETO)


def _walk_limits() -> tuple[int, int, float, float]:
    """The walk's limits as the C walk takes them, read when called (tests change them)."""
    return (MAX_OBJECTS, MAX_SEGMENTS, THIN, MIN_LENGTH)


#: Whether this Python's sum() of floats is compensated (Neumaier's summation, CPython 3.12 on)
#: or adds left to right (before): `_cluster` averages with sum(), and the C finder must add the
#: same way to give the same means. Asked of sum() itself: plain addition loses the two 1.0s.
_SUM_COMPENSATES = sum([1.0, 1e100, 1.0, -1e100]) == 2.0


def _grid_params() -> tuple[float, float, float, float, float, float, bool]:
    """The grid finder's constants as the C finder takes them, read when called: one definition
    (the module's), so the two finders cannot drift apart."""
    return (SNAP, JOIN, CROSS, MIN_LENGTH, MIN_CELL, NESTED, _SUM_COMPENSATES)


def walk_engine() -> str:
    """"c" when the C walk is in use, else "python" (benchmarks print it)."""
    return "python" if _native is None else "c"


# --------------------------------------------------------------------------- reading rules

# Rules are gathered as (pos, lo, hi) tuples in two lists, horizontal and vertical: a ruled page
# yields hundreds of them and a tuple is several times cheaper to make and read than a Rule.
Span = tuple[float, float, float]


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix that applies `inner` then `outer` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _matrix(obj: int) -> Matrix:
    fs = pdfium_c.FS_MATRIX()
    if not _object_matrix(obj, ctypes.addressof(fs)):
        return IDENTITY
    return (fs.a, fs.b, fs.c, fs.d, fs.e, fs.f)


def _box_to_page(box: tuple[float, float, float, float], m: Matrix) -> tuple[float, float, float, float]:
    if m == IDENTITY:
        return box
    xs, ys = zip(*(_apply(m, x, y) for x in (box[0], box[2]) for y in (box[1], box[3])))
    return min(xs), min(ys), max(xs), max(ys)


def _box_rules(left: float, bottom: float, right: float, top: float, hs: list[Span], vs: list[Span]) -> None:
    width, height = right - left, top - bottom
    if height <= THIN and width >= MIN_LENGTH:
        hs.append(((top + bottom) / 2, left, right))
    elif width <= THIN and height >= MIN_LENGTH:
        vs.append(((left + right) / 2, bottom, top))
    elif width >= MIN_LENGTH and height >= MIN_LENGTH:  # a cell box: its four edges
        hs.append((top, left, right))
        hs.append((bottom, left, right))
        vs.append((left, bottom, top))
        vs.append((right, bottom, top))


def _segment_rules(obj: int, m: Matrix, n: int, hs: list[Span], vs: list[Span]) -> None:
    """Straight axis-parallel pieces of one many-segment path (curves are skipped).

    A grid drawn as one path has hundreds of segments and each costs four pdfium calls, so the
    loop keeps everything in locals and applies the matrix inline."""
    a, b, c, d, e, f = _compose(_matrix(obj), m)
    xy = (ctypes.c_float * 2)()
    x_at = ctypes.addressof(xy)
    y_at = x_at + ctypes.sizeof(ctypes.c_float)
    get, kind_of, point_of, closes = _path_segment, _segment_type, _segment_point, _segment_close
    lineto, moveto = _LINETO, _MOVETO
    start: tuple[float, float] | None = None
    prev: tuple[float, float] | None = None
    for i in range(min(n, MAX_SEGMENTS)):
        seg = get(obj, i)
        kind = kind_of(seg)
        point_of(seg, x_at, y_at)
        x, y = xy[0], xy[1]
        point = (a * x + c * y + e, b * x + d * y + f)
        if kind == lineto and prev is not None:
            _line(prev, point, hs, vs)
        elif kind == moveto:
            start = point
        prev = point
        if closes(seg) and start is not None:
            _line(point, start, hs, vs)


def _line(a: tuple[float, float], b: tuple[float, float], hs: list[Span], vs: list[Span]) -> None:
    (x0, y0), (x1, y1) = a, b
    if abs(y0 - y1) <= 0.5 and abs(x1 - x0) >= MIN_LENGTH:
        hs.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) <= 0.5 and abs(y1 - y0) >= MIN_LENGTH:
        vs.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _collect(
    container: int, is_form: bool, m: Matrix, depth: int, hs: list[Span], vs: list[Span], seen: int
) -> int:
    """Rules of the path objects in `container` (a page, or a form XObject placed by `m`, the
    matrix from the form's space to page space), descending into nested forms. Returns how many
    path objects have been looked at so far (at most MAX_OBJECTS per page)."""
    count = _form_count(container) if is_form else _page_count(container)
    get = _form_object if is_form else _page_object
    bounds = (ctypes.c_float * 4)()
    at = ctypes.addressof(bounds)
    size = ctypes.sizeof(ctypes.c_float)
    left_at, bottom_at, right_at, top_at = at, at + size, at + 2 * size, at + 3 * size
    # Most objects of a page are text: the loop does two pdfium calls for each and nothing else.
    type_of, segments_of, bounds_of, path, form = _object_type, _path_segments, _object_bounds, _PATH, _FORM
    identity = m == IDENTITY
    for i in range(max(count, 0)):
        obj = get(container, i)
        kind = type_of(obj) if obj else -1
        if kind == path:
            if seen >= MAX_OBJECTS:
                return seen
            seen += 1
            n = segments_of(obj)
            if n > 6:
                _segment_rules(obj, m, n, hs, vs)
            elif bounds_of(obj, left_at, bottom_at, right_at, top_at):
                if identity:
                    _box_rules(*bounds[:], hs, vs)
                else:
                    _box_rules(*_box_to_page((bounds[0], bounds[1], bounds[2], bounds[3]), m), hs, vs)
        elif kind == form and depth < 4:
            seen = _collect(obj, True, _compose(_matrix(obj), m), depth + 1, hs, vs, seen)
    return seen


def page_spans(page: pdfium.PdfPage) -> tuple[list[Span], list[Span]]:
    """Every horizontal and vertical rule the page draws, in page coordinates, as (pos, lo, hi).

    One bounds call per path object covers the common cases (a stroked line, a thin filled box,
    a rectangle); only a path with many segments (a whole grid drawn as one path) is walked
    segment by segment. Curved paths of four to six segments (rounded boxes) count as boxes.
    Form XObjects are entered (up to four deep) with the matrix that places them.
    """
    if _native is not None:
        return _native.page_spans(_handle(page.raw), _FUNCTION_ADDRESSES, _KINDS, _walk_limits())
    return python_page_spans(page)


def python_page_spans(page: pdfium.PdfPage) -> tuple[list[Span], list[Span]]:
    """`page_spans` by the Python loops: the reference the C walk is tested against."""
    hs: list[Span] = []
    vs: list[Span] = []
    _collect(_handle(page.raw), False, IDENTITY, 0, hs, vs, 0)
    return hs, vs


def page_rules(page: pdfium.PdfPage) -> list[Rule]:
    """`page_spans` as Rule objects (horizontal ones first)."""
    hs, vs = page_spans(page)
    return [Rule(True, *h) for h in hs] + [Rule(False, *v) for v in vs]


# --------------------------------------------------------------------------- merging


def _cluster(values: list[float], tol: float) -> dict[float, float]:
    """Map each value to the mean of its cluster (values within `tol` of their neighbour)."""
    out: dict[float, float] = {}
    group: list[float] = []
    for v in sorted(set(values)):
        if group and v - group[-1] > tol:
            mean = sum(group) / len(group)
            out.update((g, mean) for g in group)
            group = []
        group.append(v)
    if group:
        mean = sum(group) / len(group)
        out.update((g, mean) for g in group)
    return out


def _merge(spans: list[Span], snap: float, join: float) -> list[Span]:
    """Spans of one orientation with near-equal positions snapped together and collinear pieces
    that touch or overlap joined (in the order their snapped positions first appear)."""
    snapped = _cluster([s[0] for s in spans], snap)
    by_pos: dict[float, list[tuple[float, float]]] = {}
    for pos, lo, hi in spans:
        by_pos.setdefault(snapped[pos], []).append((lo, hi))
    merged: list[Span] = []
    for pos, pieces in by_pos.items():
        pieces.sort()
        lo, hi = pieces[0]
        for a, b in pieces[1:]:
            if a <= hi + join:
                if b > hi:
                    hi = b
            else:
                merged.append((pos, lo, hi))
                lo, hi = a, b
        merged.append((pos, lo, hi))
    return merged


def merge_rules(rules: list[Rule], snap: float = SNAP, join: float = JOIN) -> list[Rule]:
    """Snap near-equal positions together, then join collinear pieces that touch or overlap."""
    merged: list[Rule] = []
    for horizontal in (True, False):
        spans = [(r.pos, r.lo, r.hi) for r in rules if r.horizontal == horizontal]
        merged.extend(Rule(horizontal, *s) for s in _merge(spans, snap, join))
    return merged


# --------------------------------------------------------------------------- lattices


def _components(hs: list[Span], vs: list[Span]) -> list[tuple[list[Span], list[Span]]]:
    """Groups of rules connected through crossings.

    The crossing test runs on all horizontal/vertical pairs at once (numpy); labels then spread
    along crossings until they settle, each group keeping its smallest label. A page with a
    few hundred rules costs well under a millisecond (pure-Python pairs took ~5 ms).
    """
    import numpy as np

    h = np.array(hs, dtype=float)
    v = np.array(vs, dtype=float)
    cross = (
        (h[:, 1:2] - CROSS <= v[None, :, 0])
        & (v[None, :, 0] <= h[:, 2:3] + CROSS)
        & (v[None, :, 1] - CROSS <= h[:, 0:1])
        & (h[:, 0:1] <= v[None, :, 2] + CROSS)
    )
    big = len(hs) + len(vs)
    h_label = np.arange(len(hs))
    v_label = np.where(cross, h_label[:, None], big).min(axis=0)
    while True:
        new_h = np.minimum(h_label, np.where(cross, v_label[None, :], big).min(axis=1))
        new_v = np.minimum(v_label, np.where(cross, new_h[:, None], big).min(axis=0))
        if np.array_equal(new_h, h_label) and np.array_equal(new_v, v_label):
            break
        h_label, v_label = new_h, new_v
    groups: dict[int, tuple[list[Span], list[Span]]] = {}
    for rule, label in zip(hs, h_label.tolist()):
        groups.setdefault(label, ([], []))[0].append(rule)
    for rule, label in zip(vs, v_label.tolist()):
        if label < big:  # a vertical that crosses nothing is in no table
            groups.setdefault(label, ([], []))[1].append(rule)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _lattice(hs: list[Span], vs: list[Span]) -> Grid | None:
    """Rows between consecutive horizontal rules; in each row, cells between the vertical rules
    that cross the whole row (plus the table's outer edges, so every point is in some cell)."""
    ys = sorted({h[0] for h in hs}, reverse=True)
    xs = sorted({v[0] for v in vs})
    left, right, top, bottom = xs[0], xs[-1], ys[0], ys[-1]
    if right - left < MIN_LENGTH or top - bottom < MIN_LENGTH:
        return None
    inner = [v for v in vs if left < v[0] < right]
    rows = []
    for upper, lower in zip(ys, ys[1:]):
        if upper - lower < MIN_CELL:
            continue
        cuts = {pos for pos, lo, hi in inner if lo <= lower + CROSS and hi >= upper - CROSS}
        edges = [left, *sorted(cuts), right]
        rows.append(tuple((a, lower, b, upper) for a, b in zip(edges, edges[1:]) if b - a >= MIN_CELL))
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None  # a framed paragraph or a page border, not a table
    return Grid(bbox=(left, bottom, right, top), rows=tuple(rows))


def _grids(hs: list[Span], vs: list[Span]) -> list[Grid]:
    """Tables from a page's raw horizontal and vertical spans, top first (in C where built)."""
    if _native is not None:
        found = _native.grids(hs, vs, _grid_params())
        if found is not None:
            return [Grid(bbox, rows) for bbox, rows in found]
    return python_grids(hs, vs)


def python_grids(hs: list[Span], vs: list[Span]) -> list[Grid]:
    """`_grids` by the Python code: the reference the C finder is tested against, and the one
    that runs on spans the C declines (a NaN, or values that are not floats)."""
    if len(hs) < 2 or len(vs) < 2:
        return []  # no lattice possible: skip the merging too
    hs = _merge(hs, SNAP, JOIN)
    vs = _merge(vs, SNAP, JOIN)
    if len(hs) < 2 or len(vs) < 2:
        return []
    grids = [g for g in (_lattice(h, v) for h, v in _components(hs, vs)) if g is not None]
    # A table nested inside another table's cell is read as part of the outer one.
    outer = [g for g in grids if not any(o is not g and _inside(g.bbox, o.bbox, NESTED) for o in grids)]
    return sorted(outer, key=lambda g: -g.bbox[3])


def grids_from_rules(rules: list[Rule]) -> list[Grid]:
    """Tables (at least two rows, and two cells in some row) from a page's rules, top first."""
    return _grids([(r.pos, r.lo, r.hi) for r in rules if r.horizontal], [(r.pos, r.lo, r.hi) for r in rules if not r.horizontal])


def _inside(a: tuple[float, float, float, float], b: tuple[float, float, float, float], tol: float = NESTED) -> bool:
    return a[0] >= b[0] - tol and a[1] >= b[1] - tol and a[2] <= b[2] + tol and a[3] <= b[3] + tol


def find_grids(page: pdfium.PdfPage) -> list[Grid]:
    """The ruled tables on one pdfium page (cheap: object bounds, no text layout)."""
    if _native is not None:
        found = _native.page_grids(_handle(page.raw), _FUNCTION_ADDRESSES, _KINDS, _walk_limits(), _grid_params())
        if found is not None:
            return [Grid(bbox, rows) for bbox, rows in found]
    return _grids(*page_spans(page))


# --------------------------------------------------------------------------- cell text

#: A cell's number is row * CELL_ROW + column.
CELL_ROW = 1000
#: Points: the least margin around two characters outside every table when asking whether they
#: come near one (`_Cells.near`; their joint box is widened by its height, at least this).
NEAR = 1.0


@lru_cache(maxsize=1)
def _whitespace() -> Any:
    """A table over code points up to U+3000: True where `str.isspace()` is (none lies above)."""
    import numpy as np

    return np.array([chr(c).isspace() for c in range(0x3001)] + [False], dtype=bool)


def _is_space(codes: Any) -> Any:
    import numpy as np

    return _whitespace()[np.minimum(codes, 0x3001)]


class _Boxes:
    """Character boxes of one text page, asked from pdfium only for the indices that need one.

    pdfium has no call that returns many boxes at once, and one call per character was half of
    the parse time of a ruled page. Boxes land in one numpy array (left, right, bottom, top per
    character, NaN where pdfium has none); `calls` counts the characters asked for.
    """

    def __init__(self, textpage: pdfium.PdfTextPage, count: int):
        import numpy as np

        self.handle = _handle(textpage.raw)
        self.boxes = np.full((count, 4), np.nan)
        self.calls = 0

    def fetch(self, indices: Any) -> None:
        if _native is not None:
            import numpy as np

            wanted = np.ascontiguousarray(indices, dtype=np.int64)
            _native.char_boxes(_CHAR_BOX_ADDRESS, self.handle, wanted.ctypes.data, len(wanted), self.boxes.ctypes.data,
                               len(self.boxes))
            self.calls += len(wanted)
            return
        self.python_fetch(indices)

    def python_fetch(self, indices: Any) -> None:
        """`fetch` by a Python loop over ctypes calls (the reference for the C loop)."""
        base, handle, get = self.boxes.ctypes.data, self.handle, _char_box
        for i in indices.tolist():
            at = base + 32 * i  # four doubles per character
            get(handle, i, at, at + 8, at + 16, at + 24)
        self.calls += len(indices)

    def centres(self, indices: Any) -> tuple[Any, Any]:
        b = self.boxes[indices]
        return (b[:, 0] + b[:, 1]) / 2, (b[:, 2] + b[:, 3]) / 2


class _Cells:
    """The grids of a page as arrays, to find the cell holding each of many points at once."""

    def __init__(self, grids: list[Grid]):
        import numpy as np

        self.grids = grids
        self.index = []
        inf = float("inf")
        for grid in grids:
            rows = grid.rows
            width = max(len(row) for row in rows)
            # Cells padded to the widest row; the padding (left +inf, right -inf) holds no point.
            lefts = np.array([[cell[0] for cell in row] + [inf] * (width - len(row)) for row in rows])
            rights = np.array([[cell[2] for cell in row] + [-inf] * (width - len(row)) for row in rows])
            minus_lowers = np.array([-row[0][1] for row in rows])  # ascending, for searchsorted
            uppers = np.array([row[0][3] for row in rows])
            self.index.append((grid.bbox, minus_lowers, uppers, lefts, rights))

    def locate(self, xs: Any, ys: Any) -> tuple[Any, Any]:
        """Per point: the first grid with a cell holding it (-1 for none) and the cell's number.

        A point on the edge between two rows belongs to the upper row; a point in a sliver that
        is no cell (narrower than 1 pt) belongs to no cell of that grid. NaN is nowhere.
        """
        import numpy as np

        n = len(xs)
        grid_of = np.full(n, -1)
        cell_of = np.full(n, -1)
        for g, ((left, bottom, right, top), minus_lowers, uppers, lefts, rights) in enumerate(self.index):
            idx = np.flatnonzero((grid_of < 0) & (xs >= left) & (xs <= right) & (ys >= bottom) & (ys <= top))
            if not idx.size:
                continue
            x, y = xs[idx], ys[idx]
            row = np.searchsorted(minus_lowers, -y, side="left")  # rows whose lower edge is above y
            row_c = np.minimum(row, len(uppers) - 1)
            col = (lefts[row_c] <= x[:, None]).sum(axis=1) - 1
            ok = (row < len(uppers)) & (y <= uppers[row_c]) & (col >= 0)
            ok &= x <= rights[row_c, np.maximum(col, 0)]
            grid_of[idx[ok]] = g
            cell_of[idx[ok]] = row[ok] * CELL_ROW + col[ok]
        return grid_of, cell_of

    def near(self, boxes: Any, a: Any, b: Any) -> Any:
        """Whether the box spanning characters a and b, widened by its height, touches a grid:
        characters between two outside a table may then still be inside it."""
        import numpy as np

        ba, bb = boxes[a], boxes[b]
        left = np.minimum(ba[:, 0], bb[:, 0])
        right = np.maximum(ba[:, 1], bb[:, 1])
        bottom = np.minimum(ba[:, 2], bb[:, 2])
        top = np.maximum(ba[:, 3], bb[:, 3])
        margin = np.maximum(top - bottom, NEAR)
        out = np.zeros(len(a), dtype=bool)
        for (g_left, g_bottom, g_right, g_top), *_rest in self.index:
            out |= (
                (left - margin <= g_right)
                & (right + margin >= g_left)
                & (bottom - margin <= g_top)
                & (top + margin >= g_bottom)
            )
        return out


def _assign(codes: Any, boxes: _Boxes, cells: _Cells) -> tuple[Any, Any]:
    """Per character: the grid whose cell holds its box centre (-1 for none) and the cell number;
    line breaks are left at -1 (they follow the character before them).

    Why not every character's box: a word (a run without whitespace) lies in one cell, so the
    boxes of its first and last character decide it, and the spaces between two words of one
    cell go with them. Only where that does not settle it is each character asked for: a word
    whose ends lie in different cells (pdfium glued two cells' text together), whitespace at a
    line's ends or between cells, and text outside every table that comes near one. On real
    ruled pages this asks pdfium for about a third of the boxes.
    """
    import numpy as np

    n = len(codes)
    space = _is_space(codes)
    brk = (codes == 10) | (codes == 13)
    word = ~space
    start_mask = word.copy()
    start_mask[1:] &= space[:-1]
    end_mask = word.copy()
    end_mask[:-1] &= space[1:]
    starts = np.flatnonzero(start_mask)
    ends = np.flatnonzero(end_mask)
    grid_of = np.full(n, -1)
    cell_of = np.full(n, -1)
    known = brk.copy()
    if starts.size:
        edges = np.flatnonzero(start_mask | end_mask)
        boxes.fetch(edges)
        grid_of[edges], cell_of[edges] = cells.locate(*boxes.centres(edges))
        known[edges] = True

        def agree(a: Any, b: Any) -> Any:
            same = (grid_of[a] == grid_of[b]) & (cell_of[a] == cell_of[b])
            outside = same & (grid_of[a] < 0)
            if outside.any():
                same[outside] = ~cells.near(boxes.boxes, a[outside], b[outside])
            return same

        run_of = np.cumsum(start_mask) - 1  # a word character's run; whitespace: the run before
        # whole words
        whole = agree(starts, ends)
        inside = word & whole[np.maximum(run_of, 0)]
        first = starts[run_of[inside]]
        grid_of[inside], cell_of[inside] = grid_of[first], cell_of[first]
        known |= inside
        # whitespace between two words of one line
        gap = np.flatnonzero(space & ~brk)
        run = run_of[gap]
        between = (run >= 0) & (run + 1 < len(starts))
        gap, run = gap[between], run[between]
        before, after = ends[run], starts[run + 1]
        line = np.cumsum(brk)
        settled = (line[before] == line[after]) & agree(before, after)
        gap, before = gap[settled], before[settled]
        grid_of[gap], cell_of[gap] = grid_of[before], cell_of[before]
        known[gap] = True
    rest = np.flatnonzero(~known)
    if rest.size:
        boxes.fetch(rest)
        grid_of[rest], cell_of[rest] = cells.locate(*boxes.centres(rest))
    return grid_of, cell_of


def _decode(codes: Any) -> str:
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def split_tables(text: str, textpage: pdfium.PdfTextPage, grids: list[Grid]) -> tuple[str, list[list[tuple[str, ...]]]]:
    """Take the tables out of a page's text and put their rows in their place.

    `text` is the text page's raw `get_text_range()` (one character per pdfium character).
    Every character whose box centre falls in a grid cell goes to that cell, in pdfium's reading
    order (line breaks follow the character before them and become spaces in a cell); the
    first such character of each table is replaced by the table's rows, one line per row with
    non-empty cells joined by " | ", and the table's other characters are dropped. Characters
    outside every cell stay where they were, so nothing on the page is lost and a table's text
    is counted once (as rows), not twice. Returns (text, tables as lists of row tuples).
    Which boxes pdfium is asked for: `_assign`. The per-character work runs in C where the
    extension is built (`_native.split_cells`, the same rule step for step: a numpy call costs
    microseconds and a ruled page made a few hundred of them), else `python_split_cells`.
    """
    if not grids or not text:
        return text, []
    if _native is not None:
        found = _native.split_cells(text, _handle(textpage.raw), _CHAR_BOX_ADDRESS, grids, (CELL_ROW, NEAR), 0, 0)
        if found is not None:
            return _tables_in_text(found[0], found[1])
    return _tables_in_text(*python_split_cells(text, textpage, grids))


def python_split_cells(
    text: str, textpage: pdfium.PdfTextPage, grids: list[Grid]
) -> tuple[list[list[tuple[str, ...]]], list[Any]]:
    """`split_tables`' per-character work by numpy: the reference for the C and the fallback.

    Returns per grid its rows, each a tuple of the raw text of its cells ("" for an empty one),
    and the page text without the tables' characters as [text, grid, text, ..., grid, text]:
    each grid's number stands where its first character was.
    """
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    n = len(codes)
    grid_of, cell_of = _assign(codes, _Boxes(textpage, n), _Cells(grids))
    # Line breaks take the grid and cell of the character before them.
    brk = (codes == 10) | (codes == 13)
    last = np.maximum.accumulate(np.where(brk, -1, np.arange(n)))
    where = np.where(last >= 0, grid_of[np.maximum(last, 0)], -1)
    cell = np.where(last >= 0, cell_of[np.maximum(last, 0)], -1)
    # Each cell's characters in reading order (a stable sort by grid, then cell). A line break
    # becomes one space in its cell (the \n of a \r\n pair adds nothing: clean_cell would
    # fold the two spaces into one anyway, and single-spaced cells skip its regexes).
    second = np.zeros(n, dtype=bool)
    second[1:] = (codes[1:] == 10) & (codes[:-1] == 13)
    taken = np.flatnonzero((where >= 0) & ~second)
    key = where[taken].astype(np.int64) * (1 << 40) + cell[taken]
    order = np.argsort(key, kind="stable")
    key = key[order]
    chars = np.where(brk, np.uint32(32), codes)[taken[order]]
    cuts = [0, *(np.flatnonzero(key[1:] != key[:-1]) + 1).tolist()]
    joined = _decode(chars)  # one code point per element, so positions carry over
    cells: list[dict[int, str]] = [{} for _ in grids]
    for a, b, k in zip(cuts, [*cuts[1:], len(key)], key[cuts].tolist() if len(key) else []):
        cells[k >> 40][k & ((1 << 40) - 1)] = joined[a:b]
    rows = [[tuple(cells[g].get(r * CELL_ROW + c, "") for c in range(len(row))) for r, row in enumerate(grid.rows)]
            for g, grid in enumerate(grids)]
    # The page text without the tables' characters, each table's number where its first one was.
    taken = np.flatnonzero(where >= 0)
    keep = where < 0
    kept = codes[keep]
    before = np.cumsum(keep) - keep  # kept characters before each position
    present, first = np.unique(where[taken], return_index=True)
    pieces: list[Any] = []
    done = 0
    for p, g in sorted(zip(taken[first].tolist(), present.tolist())):
        upto = int(before[p])
        pieces += [_decode(kept[done:upto]), g]
        done = upto
    pieces.append(_decode(kept[done:]))
    return rows, pieces


def _tables_in_text(rows: list[list[tuple[str, ...]]], pieces: list[Any]) -> tuple[str, list[list[tuple[str, ...]]]]:
    """`split_tables`' result from the raw cells and text pieces of either way of making them:
    cells cleaned (`clean_row`), empty rows and tables dropped, each table's rows as lines where
    its number stands, blank lines dropped.

    The cleaning of the cells and the dropping of blank lines run in C where the extension is
    built (`_native.clean_rows`, `_native.nonblank_lines`; tests/test_pdfwalk.py holds them to
    `clean_row` and `_python_nonblank_lines`): a Python call per cell and a list of every line
    were most of this function's 0.08 s over the ruled pages of the 43-PDF benchmark (0.01 s in C)."""
    if _native is not None:
        tables = [[row for row in _native.clean_rows(raw, clean_cell) if row] for raw in rows]
    else:
        tables = [[row for row in map(clean_row, raw) if any(row)] for raw in rows]
    out = [pieces[0]]
    for k in range(1, len(pieces), 2):
        lines = table_lines([tables[pieces[k]]])
        if lines:
            out.append("\n" + "\n".join(lines) + "\n")
        out.append(pieces[k + 1])
    merged = "".join(out)
    text = _python_nonblank_lines(merged) if _native is None else _native.nonblank_lines(merged)
    return text, [t for t in tables if t]


def _python_nonblank_lines(text: str) -> str:
    """The lines of `text` that hold something besides white space, joined by "\\n"."""
    return "\n".join(ln for ln in _NEWLINE.split(text) if ln.strip())
