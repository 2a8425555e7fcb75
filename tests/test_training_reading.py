"""Training and evaluation read a labelled file exactly as `scan` reads it (issue 13).

Why a test: extract.model.data used the library's bare parse_path (no OCR), so a scanned
training document was skipped as no_text while the scan that screens such documents read it,
and a `bundle.zip!member` row (training_data/README.md) was "file not found".
"""

from __future__ import annotations

from pathlib import Path

from filegen import docx_bytes, zip_bytes
from test_ocr import ENGLISH, _latin_font, needs_tesseract, pdf_of, scan_image

from extract.intake.screen import ScanConfig, screen_path
from extract.model.data import load_labelled, skipped_lines

HEADER = "file,label,language,source,notes\n"


def _folder(tmp_path: Path, rows: list[str]) -> Path:
    (tmp_path / "labels.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_archive_member_rows_are_read_and_every_skip_has_its_reason(tmp_path: Path) -> None:
    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "bundle.zip").write_bytes(zip_bytes({
        "01-quotation.docx": docx_bytes(paragraphs=["Quotation", "Item 1: Huawei S5735-L24T4S-A switch, 10 units"]),
        "02-chairs.txt": b"Supply of 200 office chairs.\n",
    }))
    (docs / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj garbage\n")
    data = load_labelled(_folder(tmp_path, [
        "documents/bundle.zip!01-quotation.docx,restricted_vendor_named,en,test,",
        "documents/bundle.zip!02-chairs.txt,out_of_scope,en,test,",
        "documents/bundle.zip!03-gone.txt,out_of_scope,en,test,",
        "documents/broken.pdf,out_of_scope,en,test,",
        "documents/missing.txt,out_of_scope,en,test,",
    ]))
    assert [r["file"] for r in data.rows] == ["documents/bundle.zip!01-quotation.docx", "documents/bundle.zip!02-chairs.txt"]
    assert "Huawei" in data.docs[0].text and {m.entity for m in data.mentions[0]} >= {"huawei"}
    assert data.file_hashes[0] == data.docs[0].sha256  # a member is hashed by its own bytes
    lines = skipped_lines(data.skipped)
    assert len(lines) == 3
    assert lines[0].startswith("documents/bundle.zip!03-gone.txt: error: cannot read file: no member 03-gone.txt")
    assert lines[1].startswith("documents/broken.pdf: error: ") and "labels.csv:5" in lines[1]
    assert lines[2].startswith("documents/missing.txt: file not found")


@needs_tesseract
def test_a_scanned_training_document_is_read_with_ocr_as_the_scan_reads_it(tmp_path: Path) -> None:
    scanned = tmp_path / "scanned.pdf"
    scanned.write_bytes(pdf_of([scan_image(ENGLISH, _latin_font())]))
    data = load_labelled(_folder(tmp_path, ["scanned.pdf,restricted_vendor_named,en,test,"]))
    (record,) = screen_path(str(scanned), ScanConfig(model_dir="rules"))
    assert record["status"] == "ok" and data.skipped == []
    assert data.docs[0].pages[0].ocr and "Hikvision" in data.docs[0].text
    assert data.docs[0].sha256 == record["sha256"] and data.docs[0].text.count("\n") >= 2
    assert {m.entity for m in data.mentions[0] if m.entity} == set(record["entities"]) == {"hikvision"}


def test_skipped_lines_name_file_reason_and_label_line() -> None:
    assert skipped_lines([{"file": "a.pdf", "reason": "file not found", "_where": "labels.csv:3"},
                          {"file": "b.txt", "reason": "listed twice"}]) == [
        "a.pdf: file not found (labels.csv:3)", "b.txt: listed twice"]
