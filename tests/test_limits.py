"""Every per-document limit gives an `error` record naming the limit, and the batch goes on.

Each test builds a real file just over one limit (with the limit set small, so the files stay
tiny), screens it the way the batch does (`screen_path`), and checks the record: status error,
verdict unreadable, flag true, a message naming the limit. The batch test then runs `run_scan`
over a folder holding one over-limit file of each kind between good files, and checks that the
good files come out exactly as they do alone.
"""

from __future__ import annotations

import hashlib
import struct
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import filegen  # noqa: E402

from extract.intake.screen import ScanConfig, screen_path
from extract.intake.batch import run_scan
from extract.errors import LimitExceeded  # noqa: E402
from extract.limits import Deadline, Limits  # noqa: E402
from extract.parse import parse_bytes  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fuzz.invariants import check_input_records  # noqa: E402

TEXT = "Tender: supply of IP cameras and network switches. Huawei S5735 offered.\n"


def _screen(tmp_path: Path, name: str, data: bytes, **limits) -> list[dict]:
    path = tmp_path / name
    path.write_bytes(data)
    records = screen_path(str(path), ScanConfig(limits=Limits(**limits), model_dir="rules"))
    assert check_input_records(records, str(path), data) == []
    return records


def _only_error(records: list[dict], *words: str) -> dict:
    assert len(records) == 1, [r["path"] for r in records]
    rec = records[0]
    assert (rec["status"], rec["verdict"], rec["flag"]) == ("error", "unreadable", True), rec["error"]
    for w in words:
        assert w in rec["error"], rec["error"]
    return rec


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    return filegen.zip_bytes(members, compression=compression)


# --------------------------------------------------------------------------- one limit each


def test_file_size_limit(tmp_path):
    data = (TEXT * 100).encode()
    rec = _only_error(_screen(tmp_path, "big.txt", data, max_bytes=len(data) - 1), "size limit", f"{len(data):,} bytes")
    assert rec["sha256"] == hashlib.sha256(data).hexdigest()  # hashed, though never read whole
    assert _screen(tmp_path, "fits.txt", data, max_bytes=len(data))[0]["status"] == "ok"


def test_page_limit_pdf(tmp_path):
    data = filegen.tender_pdf(4, seed=2)
    _only_error(_screen(tmp_path, "long.pdf", data, max_pages=3), "page limit", "4 pages > 3")
    assert _screen(tmp_path, "ok.pdf", data, max_pages=4)[0]["pages"] == 4


def test_page_limit_spreadsheet_sheets(tmp_path):
    data = filegen.xlsx_bytes({f"S{i}": [["Item", "Huawei switch", i]] for i in range(4)})
    _only_error(_screen(tmp_path, "sheets.xlsx", data, max_pages=3), "page limit", "4 sheets > 3")


def test_page_limit_docx(tmp_path):
    data = filegen.docx_bytes(paragraphs=["Lot 1"], page_break_before=["Annex A", "Annex B", "Annex C"])
    assert _screen(tmp_path, "ok.docx", data)[0]["pages"] == 4
    _only_error(_screen(tmp_path, "long.docx", data, max_pages=3), "page limit")


@pytest.mark.parametrize(
    "name, build",
    [
        ("long.txt", lambda: (TEXT * 40).encode()),
        ("long.html", lambda: ("<html><body><p>" + TEXT * 40 + "</p></body></html>").encode()),
        ("long.pdf", lambda: filegen.pdf_bytes([[TEXT * 30]])),
        ("long.docx", lambda: filegen.docx_bytes(paragraphs=[TEXT * 40])),
        ("long.xlsx", lambda: filegen.xlsx_bytes({"BoQ": [[TEXT]] * 40})),
    ],
)
def test_characters_per_page_limit(tmp_path, name, build):
    _only_error(_screen(tmp_path, name, build(), max_chars_per_page=1000), "character limit", "page 1", "> 1,000")


def test_zip_member_limit_is_one_archive_record(tmp_path):
    data = _zip({f"m{i}.txt": TEXT.encode() for i in range(5)})
    rec = _only_error(_screen(tmp_path, "many.zip", data, zip_max_members=4), "archive member limit", "5 members > 4")
    assert rec["path"] == str(tmp_path / "many.zip")
    assert len(_screen(tmp_path, "fine.zip", data, zip_max_members=5)) == 5


def test_zip_total_uncompressed_limit(tmp_path):
    data = _zip({f"m{i}.txt": (TEXT * 5000).encode() for i in range(3)})  # 3 x ~370 KB, compresses well
    _only_error(_screen(tmp_path, "fat.zip", data, zip_max_total_bytes=1_000_000), "archive size limit", "1,000,000")


def test_zip_header_that_understates_sizes_is_never_trusted(tmp_path):
    """Central and local headers claim 10 bytes per member; the members inflate to ~370 KB."""
    raw = bytearray(_zip({f"m{i}.txt": (TEXT * 5000).encode() for i in range(3)}))
    for sig, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (h := raw.find(sig, start)) >= 0:
            struct.pack_into("<I", raw, h + at, 10)
            start = h + 4
    records = _screen(tmp_path, "liar.zip", bytes(raw), zip_max_total_bytes=1_000_000)
    assert records  # each member is an error (bad size/CRC) or at most its declared 10 bytes
    for rec in records:
        assert rec["status"] == "error" or rec["pages"] == 1


def test_compression_ratio_limit_is_per_member(tmp_path):
    bomb = b"0" * 5_000_000  # deflates ~1000x
    data = _zip({"tender.txt": TEXT.encode(), "zeros.txt": bomb})
    records = _screen(tmp_path, "bomb.zip", data)
    by_member = {r["path"].split("!", 1)[1]: r for r in records}
    assert by_member["tender.txt"]["status"] == "ok"  # the good member still parses
    _only_error([by_member["zeros.txt"]], "compression ratio limit", "zeros.txt", "zip bomb")


def test_nesting_depth_limit(tmp_path):
    data = TEXT.encode()
    for level in range(5):
        data = _zip({f"level{level}.zip" if level else "tender.txt": data})
    rec = _only_error(_screen(tmp_path, "deep.zip", data, zip_max_depth=3), "archive nesting limit", "more than 3")
    assert rec["path"].count("!") == 4  # the record names the archive where the limit was crossed
    (ok,) = _screen(tmp_path, "deep-ok.zip", data, zip_max_depth=4)
    assert ok["status"] == "ok" and ok["path"].endswith("!tender.txt")


def test_time_limit_cooperative_between_pdf_pages(tmp_path, monkeypatch):
    import extract.parse.pdf as pdf

    original = pdf._tidy

    def slow(text):
        time.sleep(0.3)
        return original(text)

    monkeypatch.setattr(pdf, "_tidy", slow)
    rec = _only_error(_screen(tmp_path, "slow.pdf", filegen.tender_pdf(8, seed=3), max_seconds=1.0), "time limit", "1 s")
    assert rec["pages"] is None


def test_time_limit_alarm_stops_a_call_that_never_returns(tmp_path, monkeypatch):
    import extract.parse.text as text

    def stuck(data, *, limits):
        time.sleep(30)  # one call, no page boundary to check a deadline at
        raise AssertionError("the alarm did not fire")

    monkeypatch.setattr(text, "parse_text", stuck)
    t0 = time.monotonic()
    _only_error(_screen(tmp_path, "stuck.txt", TEXT.encode(), max_seconds=0.5), "time limit")
    assert time.monotonic() - t0 < 25  # stopped by the alarm, not by the sleep ending


# --------------------------------------------------------------------------- the batch goes on


def test_batch_over_limit_files_among_good_ones(tmp_path):
    limits = Limits(max_bytes=6_000_000, max_pages=3, max_chars_per_page=5_000, zip_max_members=4,
                    zip_max_total_bytes=4_000_000, zip_max_depth=2)
    good = {
        "a-boq.pdf": filegen.boq_pdf(),
        "c-tender.txt": TEXT.encode(),
        "e-boq.xlsx": filegen.xlsx_bytes({"BoQ": filegen.boq_rows(filegen.BOQ_ITEMS[:3])}),
        "g-bundle.zip": _zip({"rfq.txt": TEXT.encode(), "notes.html": b"<p>Hikvision cameras</p>"}),
    }
    nested = TEXT.encode()
    for level in range(4):
        nested = _zip({f"l{level}.zip" if level else "t.txt": nested})
    bad = {
        "b-huge.txt": b"x" * 6_500_000,
        "d-long.pdf": filegen.tender_pdf(4, seed=4),
        "f-wide.txt": (TEXT * 100).encode(),
        "h-many.zip": _zip({f"m{i}.txt": b"hello" for i in range(6)}),
        "i-fat.zip": _zip({f"m{i}.txt": b"y" * 1_100_000 for i in range(4)}),
        "j-deep.zip": nested,
        "k-bomb.zip": _zip({"zeros.bin": b"\0" * 3_000_000}),
    }
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in {**good, **bad}.items():
        (folder / name).write_bytes(data)
    config = ScanConfig(limits=limits, model_dir="rules")
    records = list(run_scan([folder], config, jobs=1))
    by_file = {}
    for r in records:
        by_file.setdefault(Path(r["path"].split("!", 1)[0]).name, []).append(r)
    assert sorted(by_file) == sorted({**good, **bad})
    expected = {"b-huge.txt": "size limit", "d-long.pdf": "page limit", "f-wide.txt": "character limit",
                "h-many.zip": "archive member limit", "i-fat.zip": "archive size limit",
                "j-deep.zip": "archive nesting limit", "k-bomb.zip": "compression ratio limit"}
    for name, words in expected.items():
        assert any(r["status"] == "error" and words in r["error"] and r["flag"] for r in by_file[name]), by_file[name]
    for name in good:
        alone = screen_path(str(folder / name), config)
        assert [_strip(r) for r in by_file[name]] == [_strip(r) for r in alone]
        assert all(r["status"] == "ok" for r in alone)


def _strip(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "seconds"}


def test_limits_are_frozen_and_replaceable():
    base = Limits()
    tighter = replace(base, max_pages=3)
    assert tighter.max_pages == 3 and base.max_pages != 3
    with pytest.raises(AttributeError):
        base.max_pages = 1  # type: ignore[misc]


# --------------------------------------------------------------------------- crash fixtures (tests/files/crashes)

CRASHES = Path(__file__).resolve().parent / "files" / "crashes"
CRASH_FILES = sorted(p for p in CRASHES.glob("*") if p.suffix != ".md")


@pytest.mark.parametrize("fixture", CRASH_FILES, ids=lambda p: p.name)
def test_every_crash_fixture_gives_contract_records(fixture):
    records = screen_path(str(fixture), ScanConfig(limits=Limits(max_seconds=3.0), model_dir="rules"))
    assert check_input_records(records, str(fixture), fixture.read_bytes()) == []


class _ExpiresOnSecondCheck(Deadline):
    """A deadline that is spent from its second check on: shows whether a parser checks it
    again after starting a sheet, without any timing in the test."""

    def __init__(self):
        super().__init__(None)
        self.calls = 0

    def check(self, what: str = "document") -> None:
        self.calls += 1
        if self.calls > 1:
            raise LimitExceeded(f"time limit: {what} (test deadline)")


def test_xlsx_huge_dimension_checks_the_deadline_within_a_sheet():
    """xlsx-huge-dimension-stalls-row-loop.xlsx: 5 KB, one sheet declaring A1:XFD1048576 with a
    cell in the last row, so openpyxl yields a million rows padded to 16,384 columns. The sheet
    loop used to check the deadline only between sheets, so this ran until the row limit (minutes)
    unless the runner's alarm fired; a Dask worker thread, which has no alarm, was stuck."""
    data = (CRASHES / "xlsx-huge-dimension-stalls-row-loop.xlsx").read_bytes()
    deadline = _ExpiresOnSecondCheck()
    (doc,) = parse_bytes(data, "wide.xlsx", limits=Limits(max_rows_per_sheet=2000), deadline=deadline)
    assert doc.status == "error"
    assert "time limit" in doc.error, doc.error  # not "row limit": the clock was read inside the sheet


def test_xlsx_declared_dimension_is_not_materialised(monkeypatch):
    """The same fixture: only the cells the sheet holds are read, not the 16,384 x 1,048,576
    its dimension declares, so it reaches the row limit at once instead of after minutes."""
    import extract.parse.sheet as sheet

    seen = []
    original = sheet._cell
    monkeypatch.setattr(sheet, "_cell", lambda v: seen.append(v) or original(v))
    data = (CRASHES / "xlsx-huge-dimension-stalls-row-loop.xlsx").read_bytes()
    (doc,) = parse_bytes(data, "wide.xlsx", limits=Limits(max_rows_per_sheet=50))
    assert "row limit" in doc.error
    assert len(seen) < 100  # the cells present (and empty rows), not 50 rows x 16,384 padded columns
    small = filegen.xlsx_bytes({"BoQ": filegen.boq_rows(filegen.BOQ_ITEMS[:3])})
    (ok,) = parse_bytes(small, "boq.xlsx")
    assert ok.status == "ok" and ok.pages[0].tables[0][1][2] == "Huawei"


@pytest.mark.parametrize(
    "name, body",
    [
        ("big.txt", b"plain tender text line\n" * 600),
        ("big.html", b"<html><body>" + b"<p>tender text</p>" * 800 + b"</body></html>"),
        ("big.xml", b"<notice>" + b"<item>tender text</item>" * 600 + b"</notice>"),
    ],
)
def test_text_and_markup_have_their_own_byte_limit(name, body):
    """Text and markup expand several-fold in memory, so they stop at max_markup_bytes,
    well below the limit for binary formats, before anything is decoded."""
    limits = replace(Limits(), max_markup_bytes=10_000)
    assert len(body) > limits.max_markup_bytes
    (doc,) = parse_bytes(body, name, limits=limits)
    assert doc.status == "error"
    assert "size limit" in doc.error and "text and markup" in doc.error
    (small,) = parse_bytes(body[:2000] if name.endswith(".txt") else body, name, limits=replace(limits, max_markup_bytes=len(body)))
    assert small.status == "ok"
