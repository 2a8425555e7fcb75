"""Pictures (JPEG, PNG, TIFF...) are read like scanned pages: OCR per frame, bombs refused.

The pictures are made here with Pillow (text drawn, turned a little, noise added, as
tests/test_ocr.py's scan_image does); tests that need an OCR engine skip when none is usable.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from test_ocr import ENGLISH, _latin_font, scan_image

from extract.intake.screen import ScanConfig, screen_path
from extract.parse import ocr, parse_bytes, sniff
from extract.parse.ocr import OcrOptions, available

OK, WHY = available()
needs_ocr = pytest.mark.skipif(not OK, reason=f"no OCR engine usable here: {WHY}")


def _jpeg_photo() -> bytes:
    """A phone 'photo' of a printed quote: tilted 2 degrees, specks, JPEG at quality 70."""
    image = scan_image(ENGLISH, _latin_font(), angle=2.0, seed=5).convert("RGB")
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def _tiff(pages: list[list[str]]) -> bytes:
    frames = [scan_image(lines, _latin_font(), size=(1000, 220), seed=i) for i, lines in enumerate(pages)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate")
    return buf.getvalue()


def _png_declaring(width: int, height: int) -> bytes:
    """A valid PNG header for `width` x `height` pixels with almost no image data: a bomb's shape."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@needs_ocr
def test_jpeg_photo_of_a_printed_quote_is_read_and_screened(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(_jpeg_photo())
    (rec,) = screen_path(str(path), ScanConfig(model_dir="rules"))
    assert rec["status"] == "ok", rec["error"]
    assert rec["format"] == "jpeg" and rec["pages"] == 1 and rec["ocr_pages"] == [1]
    found = {(m["entity"], m["kind"]) for m in rec["mentions"] if m.get("ocr")}
    assert ("hikvision", "vendor") in found
    assert rec["verdict"] == "restricted_vendor_named" and rec["flag"] is True


@needs_ocr
def test_every_page_of_a_multi_page_tiff_is_read() -> None:
    pages = [["Fax page one: network switches"], ["Page two: Dahua recorder, 2 units"], ["Page three: delivery in 30 days"]]
    (doc,) = parse_bytes(_tiff(pages), "fax.tiff", ocr=OcrOptions())
    assert doc.status == "ok" and doc.format == "tiff", doc.error
    assert [p.number for p in doc.pages] == [1, 2, 3] and all(p.ocr for p in doc.pages)
    assert "Dahua" in doc.pages[1].text and "delivery" in doc.pages[2].text.lower()
    assert doc.meta("ocr_pages") == "1,2,3"


def test_without_ocr_a_picture_is_no_text_with_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_probe", lambda: (None, frozenset(), "tesseract is not installed"))
    monkeypatch.setattr(ocr, "_rapid_probe", lambda: (None, "rapidocr-onnxruntime is not installed"))
    (doc,) = parse_bytes(_jpeg_photo(), "photo.jpg", ocr=OcrOptions())
    assert doc.status == "no_text" and "OCR needed" in doc.error and "install" in doc.error
    (off,) = parse_bytes(_tiff([["a"], ["b"]]), "fax.tif", ocr=OcrOptions(mode="never"))
    assert off.status == "no_text" and off.page_count == 2 and "--ocr never" in off.error


def test_decompression_bomb_is_refused_before_decoding() -> None:
    data = _png_declaring(60_000, 60_000)
    assert sniff(data) == "png" and len(data) < 200
    (doc,) = parse_bytes(data, "bomb.png", ocr=OcrOptions())
    assert doc.status == "error" and doc.error.startswith("image size limit") and "decompression bomb" in doc.error


def test_truncated_jpeg_is_an_error_record() -> None:
    data = _jpeg_photo()
    (doc,) = parse_bytes(data[: len(data) // 3], "cut.jpg", ocr=OcrOptions())
    assert doc.status == "error" and "damaged JPEG image" in doc.error
    (junk,) = parse_bytes(b"\xff\xd8\xff" + b"\x00" * 50, "junk.jpg", ocr=OcrOptions())
    assert junk.status == "error" and junk.error
