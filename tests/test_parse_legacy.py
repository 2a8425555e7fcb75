"""Legacy Office: .xls (xlrd), RTF (striprtf), .doc and .ppt through an installed converter, or an
unreadable record that says what to install.

Fixtures: .xls written with xlwt (test extra), RTF by hand, and two kinds of .doc/.ppt:
- real Word 97 and PowerPoint 97 files in tests/files/legacy/, written by LibreOffice from text
  invented for them (tests/files/legacy/make_legacy.py says how), read by the real converters:
  antiword, catdoc and catppt (CI installs them) and LibreOffice headless where it is installed;
- Compound Files holding a bare WordDocument / PowerPoint Document stream (tests/msgfile.py's
  writer), read by stand-in programs put first on PATH, to pin down the converter order and the
  page splitting whatever is installed; absence is simulated by a PATH without any converter.
Each real-converter test puts only the converters it names on PATH (symlinks), so it shows
which one did the reading, and skips with the apt package to install where one is missing.
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


LEGACY = Path(__file__).parent / "files" / "legacy"
APT = {"antiword": "antiword", "catdoc": "catdoc", "catppt": "catdoc"}


def _only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *programs: str) -> None:
    """PATH holding just `programs` (symlinks to the installed ones); skip when one is missing."""
    bin_dir = tmp_path / "only"
    bin_dir.mkdir()
    for name in programs:
        real = shutil.which(name)
        if not real:
            pytest.skip(f"{name} is not installed (apt-get install {APT[name]})")
        (bin_dir / name).symlink_to(real)
    monkeypatch.setenv("PATH", str(bin_dir))


@pytest.mark.parametrize("converter", ["antiword", "catdoc"])
def test_a_real_word97_file_is_read_by_each_installed_converter(
    converter: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _only(tmp_path, monkeypatch, converter)
    (doc,) = parse_bytes((LEGACY / "itt-radios.doc").read_bytes(), "itt-radios.doc")
    assert doc.status == "ok" and doc.format == "doc" and doc.meta("converter") == converter
    text = "\n".join(p.text for p in doc.pages)
    assert "Lot 1: 40 x Hytera PD985 DMR portable radios with chargers" in text
    assert text.index("INVITATION TO TENDER") < text.index("Annex B: delivery and acceptance")


def test_a_real_word97_bid_is_screened_like_any_other_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _only(tmp_path, monkeypatch, "antiword")
    [rec] = screen_path(str(LEGACY / "itt-radios.doc"), ScanConfig(model_dir="rules"))
    assert rec["status"] == "ok" and rec["format"] == "doc"
    assert rec["verdict"] == "restricted_vendor_named" and rec["entities"] == ["hytera"]
    hits = [m for m in rec["mentions"] if m["entity"] == "hytera"]  # the maker and its model number
    assert hits and all(m["role"] == "offered" and "Hytera PD985" in m["snippet"] for m in hits)


def test_a_powerpoint_catppt_cannot_read_is_unreadable_and_says_libreoffice_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # LibreOffice's own .ppt export keeps its text where catppt does not look: catppt exits 0
    # with no text. Never cleared: an error record naming what would read it.
    _only(tmp_path, monkeypatch, "catppt")
    (doc,) = parse_bytes((LEGACY / "bid-wan.ppt").read_bytes(), "bid-wan.ppt")
    assert doc.status == "error"
    assert doc.error == ("PowerPoint 97-2003 presentation (.ppt): could not be read (catppt: exit 0, no text); "
                         "LibreOffice reads more of these files: apt-get install libreoffice-impress-nogui")


def test_libreoffice_reads_real_word_and_powerpoint_97_files(monkeypatch: pytest.MonkeyPatch) -> None:
    # soffice is a shell script that needs the system PATH, so the converters are narrowed in
    # the table instead: catppt first (it reads nothing here), then LibreOffice takes over.
    from extract.parse import legacy

    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui libreoffice-impress-nogui)")
    monkeypatch.setitem(legacy.CONVERTERS, "doc", ())
    monkeypatch.setitem(legacy.CONVERTERS, "ppt", (("catppt", ("-d", "utf-8")),))
    (deck,) = parse_bytes((LEGACY / "bid-wan.ppt").read_bytes(), "bid-wan.ppt")
    assert deck.status == "ok" and deck.meta("converter") == "soffice" and deck.page_count == 2
    assert deck.pages[0].text.startswith("Bid presentation")
    assert "12 x Cisco Catalyst 9300 access switches" in deck.pages[1].text
    (doc,) = parse_bytes((LEGACY / "itt-radios.doc").read_bytes(), "itt-radios.doc")  # no antiword/catdoc on PATH
    assert doc.status == "ok" and doc.meta("converter") == "soffice"
    assert "Lot 1: 40 x Hytera PD985 DMR portable radios with chargers" in doc.pages[0].text
