"""The pdfium table grid: rules from real drawings, merging, lattices, cell text in place."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

import filegen
from extract.parse.grid import Rule, find_grids, grids_from_rules, merge_rules, split_tables


def _canvas_pdf(draw) -> bytes:  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _split(data: bytes) -> tuple[str, list]:  # type: ignore[type-arg]
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    textpage = page.get_textpage()
    try:
        return split_tables(textpage.get_text_range(), textpage, find_grids(page))
    finally:
        textpage.close()
        page.close()
        pdf.close()


@pytest.fixture(autouse=True, params=["c", "python"])
def walk(request, monkeypatch):  # type: ignore[no-untyped-def]
    """Every test here runs on the C walk (where it is built) and on grid.py's Python loops."""
    from extract.parse import grid

    if request.param == "python":
        monkeypatch.setattr(grid, "_native", None)
    elif grid._native is None:
        pytest.skip("the C walk is not built here (tests/test_pdfwalk.py says whether it should be)")
    return request.param


XS = (50, 150, 300, 420)  # column edges
YS = (700, 680, 660, 640)  # row edges, top down
CELLS = (("Maker", "Model", "Qty"), ("Huawei", "S5720-28X", "4"), ("Hikvision", "DS-2CD2143G0-I", "12"))


def _write_cells(c) -> None:  # type: ignore[no-untyped-def]
    for r, row in enumerate(CELLS):
        for col, value in enumerate(row):
            c.drawString(XS[col] + 4, YS[r] - 14, value)


def test_merge_snaps_near_equal_rules_and_joins_touching_pieces() -> None:
    rules = [Rule(True, 100.0, 0, 50), Rule(True, 101.5, 51, 120), Rule(True, 100.4, 200, 220), Rule(False, 10, 0, 5)]
    merged = merge_rules(rules)
    horizontal = sorted((r.lo, r.hi) for r in merged if r.horizontal)
    assert horizontal == [(0, 120), (200, 220)]  # a 1 pt gap joins, an 80 pt gap does not
    assert len({r.pos for r in merged if r.horizontal}) == 1


def test_a_box_alone_is_not_a_table_but_a_ruled_lattice_is() -> None:
    frame = [Rule(True, 800, 20, 580), Rule(True, 20, 20, 580), Rule(False, 20, 20, 800), Rule(False, 580, 20, 800)]
    assert grids_from_rules(frame) == []  # a page border: one cell
    lattice = [Rule(True, y, XS[0], XS[-1]) for y in YS] + [Rule(False, x, YS[-1], YS[0]) for x in XS]
    (grid,) = grids_from_rules(lattice)
    assert grid.bbox == (XS[0], YS[-1], XS[-1], YS[0])
    assert [len(r) for r in grid.rows] == [3, 3, 3]


def test_grid_drawn_as_separate_lines() -> None:
    def draw(c):  # type: ignore[no-untyped-def]
        c.drawString(50, 760, "Offer schedule")
        for y in YS:
            c.line(XS[0], y, XS[-1], y)
        for x in XS:
            c.line(x, YS[-1], x, YS[0])
        _write_cells(c)
        c.drawString(50, 600, "Signed by the bidder")

    text, tables = _split(_canvas_pdf(draw))
    assert tables == [list(CELLS)]
    assert text.split("\n") == [
        "Offer schedule",
        "Maker | Model | Qty",
        "Huawei | S5720-28X | 4",
        "Hikvision | DS-2CD2143G0-I | 12",
        "Signed by the bidder",
    ]


def test_grid_drawn_as_one_path_and_as_cell_rectangles() -> None:
    def one_path(c):  # type: ignore[no-untyped-def]
        p = c.beginPath()
        for y in YS:
            p.moveTo(XS[0], y)
            p.lineTo(XS[-1], y)
        for x in XS:
            p.moveTo(x, YS[-1])
            p.lineTo(x, YS[0])
        c.drawPath(p, stroke=1, fill=0)
        _write_cells(c)

    def rectangles(c):  # type: ignore[no-untyped-def]
        c.setFillGray(0.9)
        for r in range(3):
            for col in range(3):
                c.rect(XS[col], YS[r + 1], XS[col + 1] - XS[col], YS[r] - YS[r + 1], stroke=1, fill=1)
        c.setFillGray(0)
        _write_cells(c)

    for draw in (one_path, rectangles):
        _text, tables = _split(_canvas_pdf(draw))
        assert tables == [list(CELLS)], draw.__name__


def test_grid_inside_a_form_xobject_is_placed_by_the_form_matrix() -> None:
    def draw(c):  # type: ignore[no-untyped-def]
        c.beginForm("grid")
        for y in YS:
            c.line(XS[0], y, XS[-1], y)
        for x in XS:
            c.line(x, YS[-1], x, YS[0])
        c.endForm()
        c.saveState()
        c.translate(0, -300)  # the form is drawn 300 pt lower than its own coordinates
        c.doForm("grid")
        c.restoreState()
        for r, row in enumerate(CELLS):
            for col, value in enumerate(row):
                c.drawString(XS[col] + 4, YS[r] - 14 - 300, value)

    _text, tables = _split(_canvas_pdf(draw))
    assert tables == [list(CELLS)]


def test_wrapped_cells_join_with_spaces_and_keep_maker_and_model_on_one_line() -> None:
    items = [("Network video recorder, 16 channels, 2 HDD bays, rack mountable", "Dahua",
              "DHI-NVR5216-16P-I with extended warranty pack", "2", "690.00")]
    text, tables = _split(filegen.boq_pdf(items))
    row = tables[0][1]
    assert row == ("1", *items[0])
    line = next(ln for ln in text.split("\n") if "Dahua" in ln)
    assert "DHI-NVR5216-16P-I with extended warranty pack" in line


def test_text_beside_a_table_stays_in_the_page_text() -> None:
    def draw(c):  # type: ignore[no-untyped-def]
        for y in YS:
            c.line(XS[0], y, XS[-1], y)
        for x in XS:
            c.line(x, YS[-1], x, YS[0])
        _write_cells(c)
        c.drawString(440, YS[1] - 14, "ZTE note")  # same baseline as a row, outside the grid

    text, tables = _split(_canvas_pdf(draw))
    assert tables == [list(CELLS)]
    assert "ZTE note" in text
    assert text.count("Huawei") == 1


@pytest.mark.parametrize("rotation", [0, 90])
def test_rotated_page_keeps_its_table(rotation: int) -> None:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(filegen.boq_pdf()))
    writer = PdfWriter()
    page = reader.pages[0]
    if rotation:
        page.rotate(rotation)
    writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    _text, tables = _split(out.getvalue())
    assert tables[0][0] == filegen.BOQ_HEADER
    assert len(tables[0]) == len(filegen.BOQ_ITEMS) + 1


def _lattice(c) -> None:  # type: ignore[no-untyped-def]
    for y in YS:
        c.line(XS[0], y, XS[-1], y)
    for x in XS:
        c.line(x, YS[-1], x, YS[0])


@pytest.fixture
def box_calls(monkeypatch, walk):  # type: ignore[no-untyped-def]
    """Records the character boxes the grid reader asks pdfium for: on the Python path what
    `_Boxes.fetch` is handed, on the C path what `split_cells` reports it asked for (both ask
    for the same indices in the same order, tests/test_pdfwalk.py)."""
    import numpy as np

    from extract.parse import grid

    asked: list[int] = []
    real = grid._Boxes.fetch

    def recording(self, indices):  # type: ignore[no-untyped-def]
        asked.extend(int(i) for i in indices)
        return real(self, indices)

    monkeypatch.setattr(grid._Boxes, "fetch", recording)
    if grid._native is not None:
        native = grid._native

        class Recording:
            def __getattr__(self, name):  # type: ignore[no-untyped-def]
                return getattr(native, name)

            def split_cells(self, text, textpage, char_box, grids, params, _at, _cap):  # type: ignore[no-untyped-def]
                slots = np.full(len(text), -1, dtype=np.int64)
                found = native.split_cells(text, textpage, char_box, grids, params, slots.ctypes.data, len(slots))
                if found is not None:
                    assert found[2] <= len(slots), "more boxes asked for than there are characters"
                    asked.extend(slots[: found[2]].tolist())
                return found

        monkeypatch.setattr(grid, "_native", Recording())
    return asked


def test_rules_that_form_no_grid_ask_for_no_character_boxes(box_calls) -> None:  # type: ignore[no-untyped-def]
    from extract.parse import parse_bytes

    def draw(c):  # type: ignore[no-untyped-def]
        c.drawString(50, 760, "Terms of delivery")
        c.line(50, 755, 300, 755)  # an underline
        c.rect(40, 500, 500, 200)  # a framed paragraph: one cell, not a table
        c.drawString(50, 680, "Deliver to the warehouse within 30 days.")
        c.line(50, 450, 550, 450)  # a separator

    data = _canvas_pdf(draw)
    pdf = pdfium.PdfDocument(data)
    assert find_grids(pdf[0]) == []
    pdf.close()
    (doc,) = parse_bytes(data, "t.pdf")
    assert "Deliver to the warehouse within 30 days." in doc.pages[0].text
    assert doc.pages[0].tables == ()
    assert box_calls == []


def test_on_a_ruled_page_boxes_are_asked_for_word_ends_not_every_character(box_calls) -> None:  # type: ignore[no-untyped-def]
    data = filegen.boq_pdf()
    pdf = pdfium.PdfDocument(data)
    raw = pdf[0].get_textpage().get_text_range()
    pdf.close()
    _text, tables = _split(data)
    assert len(tables[0]) == len(filegen.BOQ_ITEMS) + 1
    assert 0 < len(box_calls) < len(raw) / 2
    assert len(set(box_calls)) == len(box_calls)  # no character asked twice


def test_a_tall_glyph_over_a_row_rule_stays_with_its_word() -> None:
    # "À" reaches higher than "H", "N" and "G": drawn close under the rule, its box centre lies in
    # the row above while theirs do not. A word is one cell's: "HÀNG" stays whole (character by
    # character it read "TT À" above and "HNG" below).
    def draw(c):  # type: ignore[no-untyped-def]
        _lattice(c)
        c.setFont("Helvetica", 10)
        c.drawString(54, YS[0] - 14, "TT")
        c.drawString(154, YS[0] - 14, "Model")
        c.drawString(54, YS[1] - 4.1, "HÀNG MUC")
        c.drawString(154, YS[1] - 14, "S5720")
        c.drawString(54, YS[2] - 14, "ZTE")
        c.drawString(154, YS[2] - 14, "F660")

    data = _canvas_pdf(draw)
    pdf = pdfium.PdfDocument(data)
    textpage = pdf[0].get_textpage()
    raw = textpage.get_text_range()
    def centre_y(ch: str) -> float:
        _left, bottom, _right, top = textpage.get_charbox(raw.index(ch))
        return (bottom + top) / 2

    assert centre_y("À") > YS[1] > centre_y("H")  # the premise: the rule passes between them
    pdf.close()
    _text, tables = _split(data)
    assert tables == [[("TT", "Model"), ("HÀNG MUC", "S5720"), ("ZTE", "F660")]]


def test_text_glued_across_two_cells_is_cut_at_the_rule() -> None:
    # Each maker ends right at the column rule and its model starts there, so pdfium's text has
    # no space between them ("HuaweiS5720"): the word's ends lie in different cells, and it is
    # then cut character by character.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rows = (("Maker", "Model"), ("Huawei", "S5720"), ("ZTE", "F660"))

    def draw(c):  # type: ignore[no-untyped-def]
        _lattice(c)
        for r, (maker, model) in enumerate(rows):
            t = c.beginText(XS[1] - stringWidth(maker, "Helvetica", 12) - 0.5, YS[r] - 14)
            t.setFont("Helvetica", 12)
            t.textOut(maker)
            t.textOut(model)
            c.drawText(t)

    data = _canvas_pdf(draw)
    pdf = pdfium.PdfDocument(data)
    assert "HuaweiS5720" in pdf[0].get_textpage().get_text_range()  # the premise
    pdf.close()
    text, tables = _split(data)
    assert tables == [[tuple(r) for r in rows]]
    assert "Huawei | S5720" in text.split("\n")


def test_a_word_running_through_a_table_is_cut_by_cell_and_loses_nothing() -> None:
    # Dot leaders from the left margin to past the table's right edge: both ends lie outside the
    # table, the middle inside; the cells take their dots, the margins keep theirs.
    def draw(c):  # type: ignore[no-untyped-def]
        _lattice(c)
        c.setFont("Helvetica", 10)
        c.drawString(54, YS[0] - 14, "Maker")
        c.drawString(154, YS[0] - 14, "Model")
        c.drawString(20, YS[1] - 14, "." * 120)
        c.drawString(54, YS[2] - 14, "ZTE")
        c.drawString(154, YS[2] - 14, "F660")

    text, tables = _split(_canvas_pdf(draw))
    row = tables[0][1]
    assert len(row) == 3 and all(set(cell) == {"."} for cell in row)
    table_dots = sum(len(cell) for cell in row)
    outside = text.replace("Maker | Model", "").replace("ZTE | F660", "")
    outside = outside.replace(" | ".join(row), "")
    assert table_dots + outside.count(".") == 120
    assert outside.count(".") > 0
