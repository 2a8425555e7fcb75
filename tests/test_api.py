"""The library API (`extract.screen`, `extract.screen_many`): the records `scan` writes, same defaults.

The model is not the point here: TENDER_TRIAGE_MODEL=rules keeps these fast.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import extract

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXT = "Quotation\nItem 1: Hikvision DS-2CD2143G2 IP camera, 12 units, supplied and installed.\n"


@pytest.fixture(autouse=True)
def _rules(monkeypatch):
    monkeypatch.setenv("TENDER_TRIAGE_MODEL", "rules")


def test_import_extract_loads_neither_sklearn_nor_the_api():
    code = "import sys, extract; print(json.dumps(['sklearn' in sys.modules, 'extract.api' in sys.modules]))"
    out = subprocess.run([sys.executable, "-c", "import json; " + code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [False, False]


def test_screen_bytes_gives_a_contract_record_named_as_asked():
    [rec] = extract.screen(TEXT.encode(), name="quote.txt")
    assert rec["path"] == "quote.txt"
    assert rec["verdict"] == "restricted_vendor_named" and rec["flag"] is True
    assert rec["entities"] == ["hikvision"]
    assert rec["model"] == "rules"
    assert rec["sha256"] == __import__("hashlib").sha256(TEXT.encode()).hexdigest()


def test_screen_path_matches_the_scan_command(tmp_path):
    f = tmp_path / "quote.txt"
    f.write_text(TEXT, encoding="utf-8")
    [rec] = extract.screen(f)
    out = subprocess.run([sys.executable, "-m", "extract", "scan", str(f), "-j", "1", "-q"],
                         capture_output=True, text=True, check=True)
    cli = json.loads(out.stdout)
    for key in ("path", "sha256", "verdict", "score", "entities", "categories", "mentions", "model", "policy"):
        assert rec[key] == cli[key], key


def test_a_zip_gives_one_record_per_member_under_the_given_name():
    data = (EXAMPLES / "bid-package-firewall.zip").read_bytes()
    records = extract.screen(data, name="upload.zip")
    assert len(records) > 1
    assert all(r["path"].startswith("upload.zip!") for r in records)


def test_a_stored_file_is_reported_under_its_name_not_its_storage_path(tmp_path):
    f = tmp_path / ("ab" * 32)
    f.write_text(TEXT, encoding="utf-8")
    [rec] = extract.screen(f, name="bid.txt")
    assert rec["path"] == "bid.txt"


def test_unreadable_input_is_a_record_not_an_exception(tmp_path):
    [rec] = extract.screen(b"%PDF-1.7 garbage", name="broken.pdf")
    assert rec["status"] == "error" and rec["verdict"] == "unreadable" and rec["flag"] is True
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7 garbage")
    [rec] = extract.screen(tmp_path / "broken.pdf")
    assert rec["verdict"] == "unreadable"


def test_a_missing_path_is_the_callers_mistake_and_raises_before_anything_is_read(tmp_path):
    from extract.errors import InputNotFound, TriageError
    from extract.intake.batch import run_scan

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    missing = tmp_path / "missing.pdf"
    with pytest.raises(FileNotFoundError, match="no such file or folder: .*missing.pdf"):
        extract.screen(missing)
    db = tmp_path / "ledger.sqlite"
    # screen_many refuses at the call (not at the first next()), and reads nothing: no ledger.
    with pytest.raises(InputNotFound, match="missing.pdf"):
        extract.screen_many([tmp_path / "a.txt", missing], db=db)
    assert not db.exists()
    with pytest.raises(TriageError):
        list(run_scan([tmp_path / "a.txt", missing], extract.scan_config(model="rules")))


def test_screen_many_walks_folders_and_uses_a_ledger(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Cleaning services for the town hall.\n", encoding="utf-8")
    db = tmp_path / "ledger.sqlite"
    first = list(extract.screen_many([tmp_path / "in"], db=db))
    again = list(extract.screen_many([tmp_path / "in"], db=db))
    assert sorted(r["path"] for r in first) == sorted(r["path"] for r in again)
    assert {r["verdict"] for r in first} == {"restricted_vendor_named", "out_of_scope"}


def test_default_model_is_the_cli_default(monkeypatch):
    monkeypatch.delenv("TENDER_TRIAGE_MODEL")
    from extract import settings

    assert extract.scan_config().model_dir == str(settings.model_dir(None))
    assert extract.scan_config(model="rules").model_dir == "rules"
