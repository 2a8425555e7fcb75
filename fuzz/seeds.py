"""Seed files for the fuzzer: small real documents of every format the parser reads.

Mutating real files (rather than random bytes) gets the fuzzer past the magic-byte sniffing and
into the parsers' deep code: a PDF with one damaged xref entry, a DOCX with a broken XML part, a
zip whose central directory lies. Seeds are built with the same builders the tests use
(tests/filegen.py), plus the shipped examples/, so they are real, current, and need no download.
Building them takes a few seconds (reportlab), so callers build them once per run.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: Tender prose with restricted names, categories and a CPV code, so mentions and roles run.
TENDER_TEXT = (
    "Invitation to tender: supply of network switches and IP cameras (CPV 32420000-3).\n"
    "Lot 1: Huawei CloudEngine S6730-H48X6C core switch, 2 units.\n"
    "Lot 2: Hikvision DS-2CD2043G2-I IP camera, 40 units.\n"
    "Equipment from Kaspersky or ZTE shall not be provided (NDAA section 889).\n"
)


def _filegen():
    sys.path.insert(0, str(REPO / "tests"))
    try:
        import filegen  # tests/filegen.py: the project's own builders of real files
    finally:
        sys.path.pop(0)
    return filegen


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compression) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buf.getvalue()


def build_seeds(include_examples: bool = True) -> dict[str, bytes]:
    """name -> bytes. The name's extension is the seed's real format (the parser ignores it)."""
    fg = _filegen()
    seeds: dict[str, bytes] = {}
    seeds["boq.pdf"] = fg.boq_pdf()
    seeds["tender-3p.pdf"] = fg.tender_pdf(3, seed=1)
    seeds["scan.pdf"] = fg.image_only_pdf(1)
    seeds["encrypted.pdf"] = fg.encrypt_pdf(fg.boq_pdf(fg.BOQ_ITEMS[:3]), "secret")
    seeds["tender.docx"] = fg.docx_bytes(
        header="Ministry of Works", paragraphs=TENDER_TEXT.splitlines(),
        table=[list(r) for r in fg.boq_rows(fg.BOQ_ITEMS[:4])], page_break_before=["Annex B"],
    )
    seeds["boq.xlsx"] = fg.xlsx_bytes({"BoQ": fg.boq_rows(fg.BOQ_ITEMS[:6]), "Notes": [["Prices exclude VAT", None, 3]]})
    seeds["tender.odt"] = fg.odt_bytes("Tender", TENDER_TEXT.splitlines())
    seeds["tender.html"] = (
        "<!doctype html><html><head><meta charset='utf-8'><title>RFQ</title></head><body>"
        "<h1>RFQ surveillance</h1><p>" + TENDER_TEXT.replace("\n", "</p><p>") + "</p>"
        "<table><tr><td>1</td><td>Dahua</td><td>DHI-NVR5216-16P-I</td></tr></table>"
        "<script>var x = '<Huawei>';</script></body></html>"
    ).encode("utf-8")
    seeds["tender.xml"] = ("<?xml version='1.0'?><tender><item vendor='ZTE'>MF286D router</item>"
                           "<note>" + TENDER_TEXT + "</note></tender>").encode("utf-8")
    seeds["tender-utf8.txt"] = TENDER_TEXT.encode("utf-8")
    seeds["tender-utf16.txt"] = ("\ufeff" + TENDER_TEXT).encode("utf-16-le")
    seeds["tender-cp1252.txt"] = ("Ausschreibung: Überwachungskameras, Hikvision ausgeschlossen.\n" + TENDER_TEXT).encode("cp1252")
    seeds["caigou-gb18030.txt"] = "采购项目：网络交换机，华为 S5735 交换机 10 台；禁止使用海康威视摄像机。\n".encode("gb18030")
    seeds["nyusatsu-sjis.txt"] = "入札公告：ネットワーク機器一式。ファーウェイ製品を除く。\n".encode("shift_jis")
    seeds["boq.csv"] = "Item;Manufacturer;Model;Qty\n1;Huawei;S5735-L24P4X-A;10\n2;Hytera;PD985;25\n".encode("utf-8")
    inner = _zip({"rfq.txt": TENDER_TEXT.encode(), "boq.pdf": seeds["boq.pdf"]})
    seeds["bundle.zip"] = _zip({"tender.docx": seeds["tender.docx"], "notes.txt": TENDER_TEXT.encode(), "boq.xlsx": seeds["boq.xlsx"]})
    seeds["nested.zip"] = _zip({"level1.zip": _zip({"level2.zip": inner}), "readme.txt": b"see level1"})
    seeds["stored.zip"] = _zip({"a.txt": TENDER_TEXT.encode(), "b.html": seeds["tender.html"]}, zipfile.ZIP_STORED)
    seeds["hostile-names.zip"] = _zip({
        "../../etc/passwd": b"root:x:0:0:Huawei router admin\n",
        "/abs/path.txt": TENDER_TEXT.encode(),
        "dir\\..\\..\\evil.txt": b"ZTE MF286D",
        "nul\x00name.txt": b"NUL in name",
    })
    _mail_and_picture_seeds(fg, seeds)
    if include_examples:
        examples = REPO / "examples"
        if examples.is_dir():
            for f in sorted(examples.iterdir()):
                if f.is_file() and f.stat().st_size < 2_000_000:
                    seeds[f"example-{f.name}"] = f.read_bytes()
    return seeds


def _mail_and_picture_seeds(fg, seeds: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    """E-mail (.eml with a quote, a forwarded mail and a zip; Outlook .msg), pictures (a JPEG
    photo, a 2-page TIFF, both small so OCR stays quick), .xls, RTF and a real Word 97 .doc
    (read by whichever converter is installed) (issue 13)."""
    from PIL import Image, ImageDraw

    sys.path.insert(0, str(REPO / "tests"))
    try:
        import msgfile
    finally:
        sys.path.pop(0)
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    inner = fg.eml_bytes(subject="Original offer", attachments=[("quote.docx", fg.quote_docx(), docx)])
    seeds["mail.eml"] = fg.eml_bytes(
        html="<p>Quote attached: <b>Hikvision</b> cameras</p>", messages=[inner],
        attachments=[("bundle.zip", _zip({"rfq.txt": TENDER_TEXT.encode()}), "application/zip"),
                     ("notes.txt", TENDER_TEXT.encode(), "text/plain")],
    )
    seeds["mail.msg"] = msgfile.msg_bytes(attachments=[("quote.docx", fg.quote_docx()), ("notes.txt", TENDER_TEXT.encode())])

    def picture(line: str):  # type: ignore[no-untyped-def]
        img = Image.new("L", (420, 60), 250)
        ImageDraw.Draw(img).text((10, 20), line, fill=20)
        return img

    buf = io.BytesIO()
    picture("Lot 2: Hikvision DS-2CD2043G2-I, 40 units").convert("RGB").save(buf, "JPEG", quality=75)
    seeds["photo.jpg"] = buf.getvalue()
    buf = io.BytesIO()
    picture("Page 1: Dahua recorder").save(buf, "TIFF", save_all=True, append_images=[picture("Page 2: Hytera radios")])
    seeds["fax.tiff"] = buf.getvalue()
    try:
        import xlwt
    except ImportError:  # the test extra writes .xls; without it that seed is left out
        xlwt = None
    if xlwt is not None:
        book = xlwt.Workbook()
        sheet = book.add_sheet("BoQ")
        for r, row in enumerate(fg.boq_rows(fg.BOQ_ITEMS[:5])):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
        buf = io.BytesIO()
        book.save(buf)
        seeds["boq.xls"] = buf.getvalue()
    legacy_doc = REPO / "tests" / "files" / "legacy" / "itt-radios.doc"  # a real Word 97 file (LibreOffice)
    if legacy_doc.is_file():
        seeds["itt.doc"] = legacy_doc.read_bytes()
    seeds["offer.rtf"] = (rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\f0 Angebot: Hikvision Kamera f\'fcr die Schule"
                          rb"\par Lot 1: Huawei S5735 switch\par}")


def seed_format(name: str) -> str:
    """The seed's format family from its name (for choosing structure-aware mutators)."""
    ext = name.rsplit(".", 1)[-1].lower()
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        return "zip"
    if ext == "pdf":
        return "pdf"
    if ext in ("html", "xml", "htm"):
        return "markup"
    if ext == "eml":
        return "mail"
    if ext in ("jpg", "jpeg", "png", "tif", "tiff", "msg", "xls"):
        return "binary"
    return "text"
