"""Format sniffing and the non-PDF parsers: DOCX, XLSX, ODF, HTML, XML, text encodings, CSV, junk."""

from __future__ import annotations

import hashlib
import os
import random

import pytest

import filegen
from extract.limits import Limits
from extract.parse import parse_bytes, parse_path, sniff

JA = "入札説明書：本件はネットワーク機器（スイッチ及びルータ）の調達であり、華為技術の製品は除く。"
ZH = "本项目采购网络交换机和路由器，投标人不得提供华为技术有限公司的产品。"


def _one(data: bytes, name: str = "f", **kw):  # type: ignore[no-untyped-def]
    docs = parse_bytes(data, name, **kw)
    assert len(docs) == 1
    return docs[0]


# --------------------------------------------------------------------------- sniffing


def test_sniff_by_content_not_name() -> None:
    assert sniff(b"") == "empty"
    assert sniff(filegen.boq_pdf()) == "pdf"
    assert sniff(filegen.docx_bytes(paragraphs=["x"])) == "docx"
    assert sniff(filegen.xlsx_bytes({"S": [("a",)]})) == "xlsx"
    assert sniff(filegen.odt_bytes("t", ["p"])) == "odt"
    assert sniff(filegen.ods_bytes({"S": [("a",)]})) == "ods"
    assert sniff(filegen.zip_bytes({"a.txt": b"hello"})) == "zip"
    assert sniff(b"<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert sniff(b'<?xml version="1.0"?><notice><title>x</title></notice>') == "xml"
    assert sniff("Plain text with ümlauts".encode()) == "text"
    assert sniff(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20) == "png"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20) == "ole2"
    assert sniff(bytes(range(256)) * 4) == "unknown"


def test_html_saved_as_pdf_is_html(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tender.pdf"
    path.write_bytes(b"<!DOCTYPE html><html><head><title>Viewer</title></head><body><p>Loading your file</p></body></html>")
    (doc,) = parse_path(path)
    assert doc.format == "html" and doc.status == "ok"
    assert doc.pages[0].text.split("\n") == ["Viewer", "Loading your file"]


# --------------------------------------------------------------------------- DOCX / XLSX / ODF


def test_docx_header_paragraphs_table_footer_in_order() -> None:
    data = filegen.docx_bytes(
        header="Ministry of Transport - RFQ 2024/17",
        footer="Page footer: confidential",
        paragraphs=["Scope of supply", "The bidder shall supply the following."],
        table=[("Item", "Manufacturer", "Model"), ("1", "Hikvision", "DS-2CD2043G2-I")],
        after_table=["Delivery within 60 days."],
        sections=3,  # three sections share one header: it must appear once
    )
    doc = _one(data, "rfq.docx")
    assert doc.status == "ok" and doc.format == "docx"
    lines = doc.text.split("\n")
    order = ["Ministry of Transport - RFQ 2024/17", "Scope of supply", "The bidder shall supply the following.",
             "Item | Manufacturer | Model", "1 | Hikvision | DS-2CD2043G2-I", "Delivery within 60 days.",
             "Page footer: confidential"]
    assert [lines.index(x) for x in order] == sorted(lines.index(x) for x in order)
    assert doc.text.count("Ministry of Transport") == 1
    assert doc.pages[0].tables == ((("Item", "Manufacturer", "Model"), ("1", "Hikvision", "DS-2CD2043G2-I")),)


def test_docx_splits_pages_on_explicit_page_breaks() -> None:
    doc = _one(filegen.docx_bytes(paragraphs=["Cover page"], page_break_before=["Annex A", "Annex B"]))
    assert [p.text for p in doc.pages] == ["Cover page", "Annex A", "Annex B"]
    assert [p.number for p in doc.pages] == [1, 2, 3]


def test_docx_without_text_is_no_text() -> None:
    doc = _one(filegen.docx_bytes(paragraphs=["", " "]))
    assert doc.status == "no_text" and "OCR" in doc.error


def test_xlsx_one_page_per_sheet_rows_as_lines() -> None:
    data = filegen.xlsx_bytes({
        "Prices": [("Item", "Manufacturer", "Model", "Qty"), (1, "Dahua", "SD49425XB-HNR", 6.0), (None, None), (2, "ZTE", "MF286D", 4)],
        "Notes": [("Delivery to the central warehouse",)],
    })
    doc = _one(data, "prices.xlsx")
    assert doc.status == "ok" and doc.page_count == 2 and doc.meta("sheets") == "Prices,Notes"
    assert doc.pages[0].text.split("\n") == ["Item | Manufacturer | Model | Qty", "1 | Dahua | SD49425XB-HNR | 6", "2 | ZTE | MF286D | 4"]
    assert doc.pages[0].tables[0][1] == ("1", "Dahua", "SD49425XB-HNR", "6")
    assert doc.pages[1].text == "Delivery to the central warehouse"


def test_xlsx_row_limit() -> None:
    data = filegen.xlsx_bytes({"S": [(i, "x") for i in range(50)]})
    doc = _one(data, limits=Limits(max_rows_per_sheet=10))
    assert doc.status == "error" and doc.error.startswith("row limit:")


def test_odt_and_ods() -> None:
    odt = _one(filegen.odt_bytes("Tender notice", ["Supply of radios."], [("Maker", "Model"), ("Hytera", "PD985")]))
    assert odt.format == "odt" and odt.pages[0].text.split("\n") == ["Tender notice", "Supply of radios.", "Maker | Model", "Hytera | PD985"]
    ods = _one(filegen.ods_bytes({"BOQ": [("Maker", "Model"), ("Huawei", "AR6120")], "Other": [("x",)]}))
    # the huge repeated empty tail of a real sheet is not expanded
    assert ods.page_count == 2 and ods.pages[0].tables == ((("Maker", "Model"), ("Huawei", "AR6120")),)


# --------------------------------------------------------------------------- HTML / XML


def test_html_visible_text_only() -> None:
    page = b"""<!DOCTYPE html><html><head><title>RFQ &amp; specs</title><meta charset="windows-1252">
    <meta name="description" content="Huawei hidden meta"><style>.x{content:"ZTE"}</style>
    <script>var vendor = "Kaspersky";</script></head><body>
    <!-- internal note: Dahua -->
    <h1>Caf\xe9 CCTV &ndash; Lot&nbsp;1</h1><p>Supply of <b>IP cameras</b><br>and recorders.</p>
    <template><p>Hikvision template</p></template><noscript>Enable JS</noscript>
    <table><tr><th>Maker</th><th>Model</th></tr><tr><td>Axis</td><td>P3265-LVE<br>(or equal)</td></tr></table>
    <div>End of document</div></body></html>"""
    doc = _one(page, "rfq.html")
    text = doc.pages[0].text
    assert text.split("\n") == ["RFQ & specs", "Café CCTV – Lot 1", "Supply of IP cameras", "and recorders.",
                                "Maker | Model", "Axis | P3265-LVE (or equal)", "End of document"]
    for hidden in ("Huawei", "ZTE", "Kaspersky", "Dahua", "Hikvision", "Enable JS"):
        assert hidden not in text
    assert doc.pages[0].tables == ((("Maker", "Model"), ("Axis", "P3265-LVE (or equal)")),)
    assert doc.meta("title") == "RFQ & specs"


def test_xml_notice_text_nodes_one_per_line() -> None:
    xml = '<?xml version="1.0" encoding="UTF-8"?><ContractNotice><Title>Overvåking av nett</Title><Lot><CPV>32412000</CPV><Desc> Switches\n and routers </Desc></Lot></ContractNotice>'
    doc = _one(xml.encode(), "notice.xml")
    assert doc.format == "xml" and doc.pages[0].text.split("\n") == ["Overvåking av nett", "32412000", "Switches and routers"]


def test_xml_external_entities_are_not_resolved(tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    xml = f'<?xml version="1.0"?><!DOCTYPE n [<!ENTITY x SYSTEM "file://{secret}">]><n>a&x;b</n>'
    doc = _one(xml.encode())
    assert "TOPSECRET" not in doc.text


# --------------------------------------------------------------------------- text, encodings, CSV


@pytest.mark.parametrize(("text", "codec"), [(JA, "shift_jis"), (JA, "cp932"), (ZH, "gb18030"), (ZH[:10], "gb18030"), (JA[:12], "shift_jis")])
def test_legacy_cjk_encodings_decode_exactly(text: str, codec: str) -> None:
    doc = _one(text.encode(codec), "notice.txt")
    assert doc.status == "ok" and doc.pages[0].text == text


def test_utf8_with_bom_and_crlf() -> None:
    doc = _one("\ufeffLicitación pública\r\nSegunda línea".encode("utf-8"))
    assert doc.pages[0].text == "Licitación pública\nSegunda línea"
    assert doc.meta("encoding") == "utf-8 (BOM)"


def test_utf16_with_bom() -> None:
    doc = _one("Ausschreibung: Netzwerk-Switches".encode("utf-16"))
    assert doc.status == "ok" and doc.pages[0].text == "Ausschreibung: Netzwerk-Switches"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_not_called_binary(codec: str) -> None:
    text = "Angebot: 24 Huawei S5735-L24P4X-A Switches\nLieferung bis 30.06.2027, Zürich"
    doc = _one(text.encode(codec), "angebot.txt")
    assert doc.status == "ok", doc.error
    assert doc.pages[0].text == text
    assert doc.meta("encoding") == f"{codec} (no BOM)"


def test_utf16_without_bom_cut_off_mid_character_is_an_error_not_binary() -> None:
    doc = _one(("Tender " * 20 + "Huawei").encode("utf-16-le")[:-1], "cut.txt")
    assert doc.status == "error" and "cut off mid-character" in doc.error


def test_html_in_utf16_without_bom_is_sniffed_as_html() -> None:
    page = "<!DOCTYPE html><html><body><p>Suministro de 40 c\u00e1maras IP</p><script>x=1</script></body></html>"
    doc = _one(page.encode("utf-16-le"), "aviso.bin")
    assert doc.format == "html" and doc.status == "ok", doc.error
    assert "Suministro de 40 cámaras IP" in doc.pages[0].text and "x=1" not in doc.pages[0].text


def test_nuls_on_both_byte_sides_stay_binary() -> None:
    junk = bytes(range(256)) * 8 + b"\x00\x01\x00\x00\x02\x00" * 50
    doc = _one(junk, "data.txt")
    assert doc.status == "error" and doc.error.startswith("binary data, not text")


def test_csv_rows_become_tables_and_lines() -> None:
    data = 'item;maker;model\n1;Hikvision;"DS-2CD2043G2-I\n4MP"\n2;Axis;P3265\n'.encode()
    doc = _one(data, "boq.csv")
    assert doc.format == "csv"
    assert doc.pages[0].tables[0] == (("item", "maker", "model"), ("1", "Hikvision", "DS-2CD2043G2-I 4MP"), ("2", "Axis", "P3265"))
    assert doc.pages[0].text.split("\n")[1] == "1 | Hikvision | DS-2CD2043G2-I 4MP"


def test_prose_with_commas_stays_text() -> None:
    prose = "Bids, in sealed envelopes, are due on Monday.\nLate bids will be rejected.\nQuestions go to the officer, by email.\n"
    doc = _one(prose.encode())
    assert doc.format == "text" and doc.pages[0].tables == ()
    assert doc.pages[0].text == prose


# --------------------------------------------------------------------------- errors


def test_zero_byte_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    (doc,) = parse_path(path)
    assert (doc.status, doc.error, doc.format, doc.size) == ("error", "empty file (0 bytes)", "empty", 0)
    assert doc.sha256 == hashlib.sha256(b"").hexdigest()


@pytest.mark.parametrize("name", ["bid.pdf", "bid.docx", "bid.txt", "bid.xlsx"])
def test_random_bytes_are_an_error_whatever_the_name(tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    data = random.Random(name).randbytes(5000)
    path = tmp_path / name
    path.write_bytes(data)
    (doc,) = parse_path(path)
    assert doc.status == "error" and doc.pages == ()
    assert doc.error == "binary data, not text (detected: unknown)"
    assert doc.sha256 == hashlib.sha256(data).hexdigest() and doc.size == 5000


@pytest.mark.parametrize(("data", "message"), [
    # pictures are read by OCR now (tests/test_parse_image.py); broken ones say so
    (b"GIF89a" + bytes(50), "damaged GIF image: Pillow cannot identify it"),
    (b"\x89PNG\r\n\x1a\n" + bytes(50), "damaged PNG image: Pillow cannot identify it"),
    (b"Rar!\x1a\x07\x00" + bytes(50), "unsupported format: detected RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(50), "legacy Microsoft Office (OLE2) format is not supported; save as .docx/.xlsx"),
])
def test_unsupported_formats_are_named(data: bytes, message: str) -> None:
    doc = _one(data, "x.doc")
    assert (doc.status, doc.error) == ("error", message)


def test_damaged_docx_is_an_error_not_an_exception() -> None:
    data = filegen.docx_bytes(paragraphs=["hello"])
    doc = _one(data[: len(data) // 2], "cut.docx")
    assert doc.status == "error" and doc.error


def test_oversized_file_is_not_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    (doc,) = parse_path(path, limits=Limits(max_bytes=1000))
    assert doc.status == "error" and doc.error == "size limit: 5,000 bytes > 1,000"
    assert doc.sha256 == hashlib.sha256(b"a" * 5000).hexdigest()


def test_missing_file_is_an_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (doc,) = parse_path(tmp_path / "nope.pdf")
    assert doc.status == "error" and doc.error.startswith("cannot read file:")
    assert not os.path.exists(tmp_path / "nope.pdf")


_CELL_ALPHABET = [" ", "\n", "\r", "\t", "\u00a0", "\u2000", "\u200b", "\u202f", "\u3000", "\x85", "\u2028", "\u2029",
                  "\x0b", "\x0c", "\x00", "\x1f", "\x7f", "\ufffe", "a", "Z", "9", "é", "华", "-", "|"]


def test_a_cells_fast_paths_give_what_the_regexes_give() -> None:
    """clean_cell skips its regexes for a printable cell (or one printable once its line feeds are
    spaces); the result is the full computation's on any mix of spaces, breaks and controls."""
    from hypothesis import given, settings as hsettings, strategies as st

    from extract.parse.common import _SPACES, clean_cell, clean_text

    def full(value: str) -> str:
        return _SPACES.sub(" ", clean_text(value).replace("\n", " ")).strip()

    @hsettings(max_examples=2000, deadline=None)
    @given(st.lists(st.sampled_from(_CELL_ALPHABET), max_size=16).map("".join))
    def check(value: str) -> None:
        assert clean_cell(value) == full(value)

    check()
    assert clean_cell("  Router \n  model\nX ") == "Router model X"
    assert clean_cell(None) == "" and clean_cell(12) == "12"


def test_clean_text_equals_the_single_substitution_on_any_breaks() -> None:
    """clean_text replaces "\\r\\n" first and runs the break regex only when another break is
    left: the same text as the one substitution it stands for."""
    from hypothesis import given, settings as hsettings, strategies as st

    from extract.parse.common import _CONTROL, _NEWLINES, clean_text

    @hsettings(max_examples=2000, deadline=None)
    @given(st.lists(st.sampled_from(["\r", "\n", "\r\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\x00", "\t", " ",
                                     "a", "é", "华"]), max_size=20).map("".join))
    def check(text: str) -> None:
        assert clean_text(text) == _CONTROL.sub("", _NEWLINES.sub("\n", text))

    check()
    assert clean_text("a\r\r\nb\rc\u2028d\x00") == "a\n\nb\nc\nd"
