"""OCR engines (issue 13): Tesseract when installed, RapidOCR (a pip dependency, models in its
wheel) otherwise, either on request; the README's first command reads the scanned example with
no system package at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_ocr import ENGLISH, _latin_font, pdf_of, scan_image

from extract.parse import ocr, parse_bytes
from extract.parse.ocr import OcrOptions, available, engine_for

REPO = Path(__file__).resolve().parents[1]
RAPID_OK, RAPID_WHY = available("rapidocr")
needs_rapid = pytest.mark.skipif(not RAPID_OK, reason=f"RapidOCR not usable here: {RAPID_WHY}")


def _no_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_probe", lambda: (None, frozenset(), "tesseract is not installed"))


def test_auto_takes_tesseract_when_installed_else_rapidocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_probe", lambda: ("5.3.0", frozenset({"eng", "osd"}), ""))
    monkeypatch.setattr(ocr, "_rapid_probe", lambda: ("1.4.4", ""))
    assert engine_for("auto")[0] == "tesseract" and engine_for("rapidocr")[0] == "rapidocr"
    _no_tesseract(monkeypatch)
    engine, message = engine_for("auto")
    assert engine == "rapidocr" and "Tesseract not used: tesseract is not installed" in message
    assert engine_for("tesseract") == (None, f"OCR unavailable: tesseract is not installed; install with: {ocr.INSTALL_HINT}")
    monkeypatch.setattr(ocr, "_rapid_probe", lambda: (None, "rapidocr-onnxruntime is not installed (ImportError)"))
    ok, message = available()
    assert not ok and ocr.INSTALL_HINT in message and ocr.RAPID_HINT in message
    with pytest.raises(ValueError, match="OCR engine"):
        OcrOptions(engine="paddle")


@needs_rapid
def test_rapidocr_reads_a_scanned_pdf_page_when_asked() -> None:
    (doc,) = parse_bytes(pdf_of([scan_image(ENGLISH, _latin_font())]), "scan.pdf", ocr=OcrOptions(engine="rapidocr"))
    assert doc.status == "ok", doc.error
    assert doc.meta("ocr_engine").startswith("rapidocr-onnxruntime") and doc.meta("ocr_languages") == ocr.RAPID_LANGUAGES
    assert "Hikvision" in doc.text and "Delivery within 30 days" in doc.text
    assert doc.pages[0].ocr and 50 <= doc.pages[0].ocr_confidence <= 100


def _shipped_model_loads() -> bool:
    from extract.errors import ModelError
    from extract.intake.screen import ScanConfig, prepare

    try:
        prepare(ScanConfig())
    except ModelError:
        return False
    return True


@needs_rapid
@pytest.mark.slow
def test_readme_first_command_reads_the_scanned_example_without_tesseract(tmp_path: Path) -> None:
    """`tender-triage scan examples/ --format html --output report.html` with a PATH that holds no
    program at all (so no Tesseract): exit 0, which means every document was read, the scanned
    form in bid-package-firewall.zip included (RapidOCR from the pip install)."""
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    empty = tmp_path / "bin"
    empty.mkdir()
    script = Path(sys.executable).with_name("tender-triage")
    program = [str(script)] if script.is_file() else [sys.executable, "-m", "extract"]
    command = [*program, "scan", "examples/", "--format", "html", "--output", "report.html"]
    if not _shipped_model_loads():
        # models/CURRENT does not load on this branch's base (pickled before the package split):
        # screen with the rules so the test still shows what it is about, the OCR.
        command += ["--model", "rules"]
    env = {**os.environ, "PATH": str(empty), "PYTHONPATH": str(REPO)}
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "formulaire-signe.pdf" in report and "no text layer" not in report


@needs_rapid
def test_scan_option_chooses_the_engine_and_the_record_names_it(tmp_path: Path) -> None:
    import json

    from extract.cli import main

    picture = tmp_path / "quote.png"
    scan_image(ENGLISH, _latin_font()).save(picture)
    out = tmp_path / "out.jsonl"
    assert main(["scan", str(picture), "--model", "rules", "--ocr-engine", "rapidocr", "-j", "1", "-q", "-o", str(out)]) == 0
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["ocr_pages"] == [1] and record["ocr_engine"].startswith("rapidocr-onnxruntime")
    assert "hikvision" in record["entities"]
