"""PDF parsing on generated files: text, ruled BOQ tables, engines, encryption, scans, damage, limits."""

from __future__ import annotations

import pytest

import filegen
from extract.limits import Deadline, Limits
from extract.parse import parse_bytes, parse_path, sniff


def _one(data: bytes, name: str = "t.pdf", **kw):  # type: ignore[no-untyped-def]
    docs = parse_bytes(data, name, **kw)
    assert len(docs) == 1
    return docs[0]


@pytest.fixture(scope="module")
def boq() -> bytes:
    return filegen.boq_pdf()


@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
def test_boq_rows_are_single_lines_with_manufacturer_and_model(boq: bytes, engine: str) -> None:
    doc = _one(boq, pdf_engine=engine)
    assert doc.status == "ok" and doc.format == "pdf" and doc.page_count == 1
    page = doc.pages[0]
    assert "bill of quantities" in page.text
    lines = page.text.split("\n")
    for _desc, maker, model, _qty, _price in filegen.BOQ_ITEMS:
        row_lines = [ln for ln in lines if " | " in ln and maker in ln and model in ln]
        assert row_lines, f"no single line holds {maker} and {model}"
    (table,) = page.tables
    assert table[0] == filegen.BOQ_HEADER
    assert ("4", "PTZ dome camera 32x", "Dahua", "SD49425XB-HNR", "6", "1,480.00") in table
    assert doc.meta("engine") == ("pdfium" if engine == "auto" else "pdfplumber")


def test_auto_and_pdfplumber_engines_agree_on_table_rows() -> None:
    data = filegen.tender_pdf(6, seed=3)
    fast = _one(data, pdf_engine="auto")
    ref = _one(data, pdf_engine="pdfplumber")
    assert fast.page_count == ref.page_count == 6
    assert [p.tables for p in fast.pages] == [p.tables for p in ref.pages]
    assert sum(len(p.tables) for p in fast.pages) == 2  # pages 3 and 6 carry a BOQ
    assert fast.meta("table_pages") == "3,6"


def test_text_only_pages_never_open_the_table_finder() -> None:
    doc = _one(filegen.pdf_bytes([["Plain prose page one."], ["Plain prose page two."]]))
    assert doc.meta("table_pages") is None
    assert all(p.tables == () for p in doc.pages)


def test_multi_page_numbering_and_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pages = [[f"This is page number {i} of the tender."] for i in range(1, 6)]
    path = tmp_path / "five.pdf"
    path.write_bytes(filegen.pdf_bytes(pages))
    (doc,) = parse_path(path)
    assert doc.path == str(path)
    assert [p.number for p in doc.pages] == [1, 2, 3, 4, 5]
    for page in doc.pages:
        assert f"This is page number {page.number} of the tender." in page.text
    assert doc.text.count("\f") == 4


def test_encrypted_with_user_password_is_encrypted(boq: bytes) -> None:
    for engine in ("auto", "pdfplumber"):
        doc = _one(filegen.encrypt_pdf(boq, "s3cret"), pdf_engine=engine)
        assert doc.status == "encrypted", engine
        assert "password" in doc.error and doc.pages == ()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_encrypted_with_empty_user_password_opens(boq: bytes, algorithm: str) -> None:
    doc = _one(filegen.encrypt_pdf(boq, "", algorithm=algorithm))
    assert doc.status == "ok"
    assert "Hikvision" in doc.pages[0].text


def test_image_only_pdf_is_no_text() -> None:
    doc = _one(filegen.image_only_pdf(3))
    assert doc.status == "no_text"
    assert doc.error == "no text layer on any of 3 pages (scanned or drawn as outlines; OCR needed)"
    assert doc.page_count == 3 and doc.meta("pages_without_text") == "1,2,3"


def test_mostly_text_pdf_lists_pages_without_text() -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for source in (filegen.pdf_bytes([["Typed page A."], ["Typed page B."], ["Typed page C."]]), filegen.image_only_pdf(1)):
        for page in PdfReader(io.BytesIO(source)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    doc = _one(out.getvalue())
    assert doc.status == "ok"
    assert doc.meta("pages_without_text") == "4"


def test_truncated_pdf_is_an_error_naming_the_damage() -> None:
    data = filegen.tender_pdf(6)
    # reportlab writes the page tree and cross-reference table at the end: half a file has
    # neither, so no engine can find a page.
    doc = _one(data[: len(data) // 2])
    assert doc.status == "error"
    assert doc.error.startswith("truncated or damaged PDF:")
    assert doc.sha256 != _one(data).sha256


def test_pdf_behind_upload_junk_is_parsed_from_the_header(boq: bytes) -> None:
    junk = b'------WebKitFormBoundaryX1\r\nContent-Disposition: form-data; name="file"; filename="b.pdf"\r\n\r\n'
    data = junk + boq
    assert sniff(data) == "pdf"
    doc = _one(data)
    assert doc.status == "ok" and doc.meta("leading_junk_bytes") == str(len(junk))
    assert "Hytera" in doc.pages[0].text


def test_page_limit_is_an_error() -> None:
    doc = _one(filegen.tender_pdf(4), limits=Limits(max_pages=3))
    assert doc.status == "error" and doc.error.startswith("page limit:")
    assert "4 pages > 3" in doc.error


def test_deadline_is_an_error() -> None:
    expired = Deadline(0.0)
    doc = _one(filegen.tender_pdf(3), deadline=expired)
    assert doc.status == "error" and doc.error.startswith("time limit:")


def test_chars_per_page_limit_is_an_error() -> None:
    doc = _one(filegen.tender_pdf(2), limits=Limits(max_chars_per_page=100))
    assert doc.status == "error" and doc.error.startswith("character limit: page 1")


def test_unknown_engine_is_a_caller_error(boq: bytes) -> None:
    with pytest.raises(ValueError):
        parse_bytes(boq, "x.pdf", pdf_engine="magic")


@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
def test_table_rows_replace_the_table_region_so_cells_are_counted_once(boq: bytes, engine: str) -> None:
    text = _one(boq, pdf_engine=engine).pages[0].text
    for _desc, _maker, model, _qty, _price in filegen.BOQ_ITEMS:
        assert text.count(model) == 1, model
    # the rows sit where the table was: after the heading, before the closing line
    assert text.index("bill of quantities") < text.index("Item | Description") < text.index("Prices exclude VAT.")


def test_auto_engine_finds_tables_without_pdfplumber(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    monkeypatch.setitem(sys.modules, "pdfplumber", None)  # any import of it now raises
    doc = _one(filegen.tender_pdf(6, seed=3))
    assert doc.meta("table_pages") == "3,6"
    assert len(doc.pages[2].tables[0]) == 9  # header and eight line items


def test_letter_count_can_stop_at_a_threshold() -> None:
    from extract.parse.common import real_chars

    text = "ab, 12 " * 1000
    assert real_chars(text) == 4000
    assert real_chars(text, 3) == 3  # enough to say "has a text layer"; the rest is not walked
    assert real_chars("a-b", 40) == 2  # fewer than asked: the true count
    assert real_chars(text, 0) == 0


def test_ocr_language_sample_is_the_text_layer_and_only_taken_when_a_page_needs_ocr(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io

    from pypdf import PdfReader, PdfWriter

    from extract.parse.ocr import OcrOptions, OcrSession
    from extract.parse import pdf as pdf_module

    sampled: list[str] = []
    monkeypatch.setattr(OcrSession, "add_text", lambda self, text: sampled.append(text))
    monkeypatch.setattr(pdf_module, "recover_textless_page", lambda pdf, index, session: None)  # no Tesseract run

    typed = filegen.pdf_bytes([["Typed page A."], ["Typed page B."]])
    _one(typed, ocr=OcrOptions(mode="auto"))
    assert sampled == []  # nothing to OCR: no sample taken

    writer = PdfWriter()
    for source in (typed, filegen.image_only_pdf(1)):
        for page in PdfReader(io.BytesIO(source)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    doc = _one(out.getvalue(), ocr=OcrOptions(mode="auto"))
    assert doc.meta("pages_without_text") == "3"
    assert [t.strip() for t in sampled] == ["Typed page A.", "Typed page B."]  # text pages, in order
