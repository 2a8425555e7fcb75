"""Legacy Office: .xls (xlrd), RTF (striprtf), .doc and .ppt through an installed converter, or an
unreadable record that says what to install.

Fixtures: .xls written with xlwt (test extra), RTF by hand, and .doc/.ppt as Compound Files
holding a WordDocument / PowerPoint Document stream (tests/msgfile.py's writer): no tool in
PyPI writes real Word or PowerPoint 97 files, so the converter branch runs a stand-in program put
first on PATH (it prints what antiword or catppt would), and absence is simulated by a PATH
without any converter. Where the real antiword is installed, it is also run on the stand-in file
to show that a converter's refusal is an error record, not a crash.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import msgfile
import pytest

from extract.intake.screen import ScanConfig, screen_path
from extract.parse import parse_bytes, sniff


def _xls() -> bytes:
    xlwt = pytest.importorskip("xlwt", reason="xlwt (test extra) writes the .xls fixture")
    book = xlwt.Workbook()
    sheet = book.add_sheet("BoQ")
    rows = [("Item", "Manufacturer", "Model", "Qty"), (1, "Hikvision", "DS-2CD2043G2-I", 24), (2, "Cisco", "C9200L-24P-4G-E", 2.5)]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.write(1, 4, dt.date(2025, 3, 4), xlwt.easyxf(num_format_str="YYYY-MM-DD"))
    book.add_sheet("Notes").write(0, 0, "Prices exclude VAT")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _ole(stream: str) -> bytes:
    root = msgfile._Node("Root Entry")
    root.add(msgfile._Node(stream, b"\xec\xa5" + bytes(600)))
    return msgfile._compound_file(root)


def _tool(folder: Path, name: str, output: str, code: int = 0) -> None:
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text(f"#!/bin/sh\nprintf '{output}'\nexit {code}\n", encoding="utf-8")
    script.chmod(0o755)


def test_xls_sheets_rows_and_dates_are_read(tmp_path: Path) -> None:
    data = _xls()
    assert sniff(data) == "xls"
    (doc,) = parse_bytes(data, "boq.xls")
    assert doc.status == "ok" and doc.format == "xls" and doc.meta("sheets") == "BoQ,Notes"
    assert doc.pages[0].text.split("\n") == ["Item | Manufacturer | Model | Qty",
                                             "1 | Hikvision | DS-2CD2043G2-I | 24 | 2025-03-04",
                                             "2 | Cisco | C9200L-24P-4G-E | 2.5"]
    assert doc.pages[1].text == "Prices exclude VAT"
    path = tmp_path / "boq.xls"
    path.write_bytes(data)
    (rec,) = screen_path(str(path), ScanConfig(model_dir="rules"))
    assert rec["verdict"] == "restricted_vendor_named" and rec["entities"] == ["hikvision"]


def test_damaged_xls_is_an_error_record() -> None:
    data = _xls()
    (doc,) = parse_bytes(data[: len(data) // 2], "cut.xls")
    assert doc.status == "error" and doc.error


def test_rtf_is_read_in_its_code_page() -> None:
    rtf = rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\f0 Angebot: Hikvision Kamera f\'fcr die Schule\par Menge 12\par}"
    (doc,) = parse_bytes(rtf, "offer.rtf")
    assert doc.status == "ok" and doc.format == "rtf"
    assert doc.text == "Angebot: Hikvision Kamera f\u00fcr die Schule\nMenge 12"
    (empty,) = parse_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}}", "empty.rtf")
    assert empty.status == "error" and "empty RTF" in empty.error


@pytest.mark.parametrize(("fmt", "stream", "hint"), [
    ("doc", "WordDocument", "apt-get install antiword"),
    ("ppt", "PowerPoint Document", "apt-get install catdoc"),
])
def test_without_a_converter_the_record_is_unreadable_with_an_install_hint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, stream: str, hint: str) -> None:
    data = _ole(stream)
    assert sniff(data) == fmt
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    path = tmp_path / f"old.{fmt}"
    path.write_bytes(data)
    (rec,) = screen_path(str(path), ScanConfig(model_dir="rules"))
    assert rec["status"] == "error" and rec["verdict"] == "unreadable" and rec["flag"] is True
    assert "no converter installed" in rec["error"] and hint in rec["error"]


def test_doc_is_read_by_the_first_converter_that_gives_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    _tool(bin_dir, "antiword", "", code=1)  # refuses: the next converter is asked
    _tool(bin_dir, "catdoc", "Bill of quantities\\nItem 1: Hikvision DS-2CD2043G2-I, 24 units\\fAnnex B: delivery")
    monkeypatch.setenv("PATH", str(bin_dir))
    (doc,) = parse_bytes(_ole("WordDocument"), "old.doc")
    assert doc.status == "ok" and doc.format == "doc" and doc.meta("converter") == "catdoc"
    assert [p.text for p in doc.pages] == ["Bill of quantities\nItem 1: Hikvision DS-2CD2043G2-I, 24 units", "Annex B: delivery"]


def test_ppt_is_read_by_catppt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    _tool(bin_dir, "catppt", "Slide 1: Campus network\\fSlide 2: Huawei S5735 switches, 10 units")
    monkeypatch.setenv("PATH", str(bin_dir))
    (doc,) = parse_bytes(_ole("PowerPoint Document"), "deck.ppt")
    assert doc.status == "ok" and doc.page_count == 2 and "Huawei S5735" in doc.pages[1].text


def test_a_real_converter_refusing_the_file_gives_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = shutil.which("antiword")
    if not real:
        pytest.skip("antiword is not installed (apt-get install antiword)")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "antiword").symlink_to(real)
    monkeypatch.setenv("PATH", str(bin_dir))
    (doc,) = parse_bytes(_ole("WordDocument"), "fake.doc")  # a WordDocument stream with no Word inside
    assert doc.status == "error" and doc.error.startswith("Word 97-2003 document (.doc): could not be read (antiword")
