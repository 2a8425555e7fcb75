"""One `scan` over a folder holding every kind of fixture, good and bad, as a real subprocess.

Issue 2's bar: one record per document, exit code 1 (some documents unreadable), and no
traceback on stderr whatever the inputs are.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import filegen

JA = "入札公告：庁舎ネットワーク機器（L3スイッチ、無線LANアクセスポイント）の調達\n"
ZH = "采购公告：城区视频监控扩容项目，采购网络摄像机和硬盘录像机。\n"


def _bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.txt", b"0" * (40 * 1024 * 1024))
    return buf.getvalue()


def _fixtures(folder: Path) -> dict[str, int]:
    """Write the fixture files; return how many records each should give."""
    rng = random.Random(7)
    good_pdf = filegen.boq_pdf()
    inner = filegen.zip_bytes({"spec.txt": "Supply of 24 PoE switches\n".encode(), "boq.pdf": good_pdf})
    files = {
        "boq.pdf": (good_pdf, 1),
        "tender.docx": (filegen.docx_bytes(header="ITT 42", paragraphs=["Supply of Wi-Fi access points"],
                                           table=[["Item", "Qty"], ["Access point", "40"]]), 1),
        "lv.xlsx": (filegen.xlsx_bytes({"LV": [["Pos", "Text", "Menge"], ["1", "Netzwerk-Switch", 4]]}), 1),
        "notice.html": (b"<html><body><script>x()</script><p>CCTV &amp; NVR tender</p></body></html>", 1),
        "ja-sjis.txt": (JA.encode("shift_jis"), 1),
        "zh-gb18030.txt": (ZH.encode("gb18030"), 1),
        "package.zip": (filegen.zip_bytes({"a.txt": b"Router tender", "b.pdf": good_pdf}), 2),
        "nested.zip": (filegen.zip_bytes({"inner.zip": inner, "note.txt": b"cover letter"}), 3),
        "bomb.zip": (_bomb(), 1),
        "encrypted.pdf": (filegen.encrypt_pdf(good_pdf, "s3cret"), 1),
        "scan.pdf": (filegen.image_only_pdf(1), 1),
        "truncated.pdf": (good_pdf[: len(good_pdf) // 2], 1),
        "empty.txt": (b"", 1),
    }
    for name in ("random.pdf", "random.docx", "random.txt", "random.xlsx"):
        files[name] = (bytes(rng.getrandbits(8) for _ in range(4096)), 1)
    expected = {}
    for name, (data, n) in files.items():
        (folder / name).write_bytes(data)
        expected[name] = n
    return expected


def test_one_scan_over_every_fixture(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    expected = _fixtures(docs)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run(
        [sys.executable, "-m", "extract", "scan", str(docs), "--no-model", "--jobs", "2", "--ocr", "never",
         "--format", "jsonl", "--output", str(out)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    per_file: dict[str, int] = {}
    for rec in records:
        per_file[Path(rec["path"].split("!")[0]).name] = per_file.get(Path(rec["path"].split("!")[0]).name, 0) + 1
    assert per_file == expected
    assert len({r["path"] for r in records}) == len(records)  # one record per document
    by_name = {os.path.relpath(r["path"].split("!")[0], docs): r for r in records if "!" not in r["path"]}
    bomb = [r for r in records if r["path"].startswith(str(docs / "bomb.zip"))]
    assert by_name["encrypted.pdf"]["status"] == "encrypted"
    assert by_name["scan.pdf"]["status"] == "no_text"
    assert [r["status"] for r in bomb] == ["error"] and "limit" in bomb[0]["error"]
    assert by_name["empty.txt"]["status"] == "error"
    for name in ("random.pdf", "random.docx", "random.txt", "random.xlsx", "truncated.pdf"):
        assert by_name[name]["status"] == "error" and by_name[name]["error"], name
    for name in ("boq.pdf", "tender.docx", "lv.xlsx", "notice.html", "ja-sjis.txt", "zh-gb18030.txt"):
        assert by_name[name]["status"] == "ok", (name, by_name[name]["error"])
    for rec in records:
        assert rec["flag"] is True or rec["status"] == "ok"
        if rec["status"] != "ok":
            assert rec["verdict"] == "unreadable" and "\n" not in rec["error"]
