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
from test_ocr import ENGLISH, _latin_font, scan_image

from extract.parse import ocr
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


def _in_a_fresh_process(code: str, tmp_path: Path, env: dict[str, str] | None = None) -> dict:
    """Run `code` (which prints one JSON object) in its own Python process.

    Why: RapidOCR imports OpenCV and onnxruntime (about 450 MB of address space), and joblib/loky
    workers import what their parent has imported, so a test that ran RapidOCR inside the pytest
    process would make every later capped worker of the session that much larger
    (tests/test_batch.py's memory-cap test failed that way).
    """
    import json

    env = {**os.environ, **(env or {}), "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")])}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@needs_rapid
def test_rapidocr_reads_a_scanned_pdf_page_when_asked(tmp_path: Path) -> None:
    found = _in_a_fresh_process(
        "import json\n"
        "from test_ocr import ENGLISH, _latin_font, pdf_of, scan_image\n"
        "from extract.parse import parse_bytes\n"
        "from extract.parse.ocr import OcrOptions\n"
        "(doc,) = parse_bytes(pdf_of([scan_image(ENGLISH, _latin_font())]), 'scan.pdf', ocr=OcrOptions(engine='rapidocr'))\n"
        "print(json.dumps({'status': doc.status, 'error': doc.error, 'engine': doc.meta('ocr_engine'),\n"
        "    'langs': doc.meta('ocr_languages'), 'text': doc.text, 'ocr': doc.pages[0].ocr, 'conf': doc.pages[0].ocr_confidence}))\n",
        tmp_path)
    assert found["status"] == "ok", found["error"]
    assert found["engine"].startswith("rapidocr-onnxruntime") and found["langs"] == ocr.RAPID_LANGUAGES
    assert "Hikvision" in found["text"] and "Delivery within 30 days" in found["text"]
    assert found["ocr"] and 50 <= found["conf"] <= 100


@needs_rapid
def test_rapidocr_leaves_no_telemetry_behind(tmp_path: Path) -> None:
    """onnxruntime would start a telemetry session (a `.ses` file in $TMPDIR, a database under
    ~/.cache/Microsoft); screening must write nothing outside its own outputs."""
    home, temp, work = tmp_path / "home", tmp_path / "tmp", tmp_path / "work"
    for d in (home, temp, work):
        d.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env.update(HOME=str(home), TMPDIR=str(temp), XDG_CACHE_HOME=str(home / ".cache"))
    found = _in_a_fresh_process(
        "import json, os\n"
        "os.environ.pop('ORT_DISABLE_TELEMETRY', None)\n"
        "from test_ocr import ENGLISH, _latin_font, pdf_of, scan_image\n"
        "from extract.parse import parse_bytes\n"
        "from extract.parse.ocr import OcrOptions\n"
        "(doc,) = parse_bytes(pdf_of([scan_image(ENGLISH, _latin_font())]), 'scan.pdf', ocr=OcrOptions(engine='rapidocr'))\n"
        "print(json.dumps({'status': doc.status, 'ocr': doc.pages[0].ocr}))\n",
        work, env=env)
    assert found == {"status": "ok", "ocr": True}
    left = sorted(str(p.relative_to(tmp_path)) for d in (home, temp) for p in d.rglob("*"))
    assert left == []


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
    env = {**os.environ, "PATH": str(empty), "PYTHONPATH": str(REPO)}
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "formulaire-signe.pdf" in report and "no text layer" not in report


@needs_rapid
def test_scan_option_chooses_the_engine_and_the_record_names_it(tmp_path: Path) -> None:
    scan_image(ENGLISH, _latin_font()).save(tmp_path / "quote.png")
    record = _in_a_fresh_process(
        "import json\n"
        "from extract.cli import main\n"
        "code = main(['scan', 'quote.png', '--model', 'rules', '--ocr-engine', 'rapidocr', '-j', '1', '-q', '-o', 'out.jsonl'])\n"
        "record = json.loads(open('out.jsonl', encoding='utf-8').read())\n"
        "print(json.dumps({**record, 'exit': code}))\n",
        tmp_path)
    assert record["exit"] == 0
    assert record["ocr_pages"] == [1] and record["ocr_engine"].startswith("rapidocr-onnxruntime")
    assert "hikvision" in record["entities"]
