"""A batch of 500 documents, 50 of them broken or hostile: 500 records, nothing else disturbed.

The clean 450 are screened alone first; then the hostile 50 join them in the same folder and
the whole folder is screened with two worker processes. Every input must give exactly its
records (one each; a hostile zip is one record, whether it errors at archive level or holds one
oddly named member), the broken ones status not ok with a one-line message and flag true, and
every clean record identical to the clean run's except for timing. Meanwhile nothing may be
left in the temp folder and nothing created where a hostile member name points.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import uuid
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
import filegen  # noqa: E402

from extract.intake.screen import ScanConfig
from extract.intake.batch import run_scan
from extract.limits import Limits  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fuzz.hostile_set import clean_documents, hostile_documents, hostile_mail_and_images  # noqa: E402
from fuzz.invariants import check_record  # noqa: E402

LIMITS = Limits(max_seconds=30.0, zip_max_total_bytes=20_000_000)
TIMING = {"seconds"}


def _strip(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k not in TIMING}


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def _escape_trap(tmp_path, monkeypatch):
    """A private temp folder and a deep working folder, plus a marker file name and the absolute
    path a hostile archive or attachment name would write it to: after the run, no file named
    `marker` may exist anywhere (a member name must never become a path we write)."""
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    cwd = tmp_path / "cwd" / "a" / "b"
    cwd.mkdir(parents=True)
    monkeypatch.chdir(cwd)
    marker = f"tt-escape-{uuid.uuid4().hex}.txt"
    return private_tmp, marker, os.path.join(tempfile.gettempdir(), "abs", marker)


def test_500_documents_10_percent_hostile(tmp_path, monkeypatch):
    rng = random.Random(8)
    private_tmp, marker, absolute = _escape_trap(tmp_path, monkeypatch)
    clean = clean_documents(rng)
    broken, readable = hostile_documents(rng, [marker, absolute])
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in clean.items():
        (folder / name).write_bytes(data)
    config = ScanConfig(limits=LIMITS, model_dir="rules")

    clean_run = {r["path"]: r for r in run_scan([folder], config, jobs=1)}
    assert len(clean_run) == 450

    for name, data in {**broken, **readable}.items():
        (folder / name).write_bytes(data)
    before_tree = _tree(tmp_path)
    records = list(run_scan([folder], config, jobs=2))

    # exactly 500 records: one per input (hostile zips are one record each)
    assert len(records) == 500
    by_input: dict[str, list[dict]] = {}
    for r in records:
        by_input.setdefault(Path(r["path"].split("!", 1)[0]).name, []).append(r)
    assert sorted(by_input) == sorted({**clean, **broken, **readable})
    assert all(len(v) == 1 for v in by_input.values())
    problems = [p for r in records for p in check_record(r)]
    assert problems == []

    # the broken ones: not ok, flagged, a clear one-line message
    for name in broken:
        (rec,) = by_input[name]
        assert rec["status"] in ("error", "encrypted"), (name, rec["status"])
        assert rec["verdict"] == "unreadable" and rec["flag"] is True
        assert rec["error"] and len(rec["error"]) < 300 and "\n" not in rec["error"]
        assert "internal error" not in rec["error"] and "worker process died" not in rec["error"]
    assert all("password" in by_input[n][0]["error"] for n in broken if "encrypted" in n)
    assert all("zip bomb" in by_input[n][0]["error"] for n in broken if "bomb-ratio" in n)
    assert all("archive size limit" in by_input[n][0]["error"] for n in broken if "bomb-total" in n)
    assert all("empty file" in by_input[n][0]["error"] for n in broken if "zero" in n)

    # hostile names are reported as text in the record's path, never used as file paths
    for name in readable:
        (rec,) = by_input[name]
        assert rec["status"] == "ok" and "!" in rec["path"]
    assert not any((base / marker).exists() for base in (tmp_path / "cwd", tmp_path, tmp_path.parent))
    assert not os.path.exists(absolute)
    assert _tree(tmp_path) == before_tree  # nothing created anywhere under the test's folders
    assert list(private_tmp.iterdir()) == []  # and no temporary file left behind

    # the clean documents come out exactly as in the clean run (timing aside)
    mixed_clean = {r["path"]: r for r in records if Path(r["path"]).name in clean}
    assert mixed_clean.keys() == clean_run.keys()
    differing = [p for p in clean_run if _strip(clean_run[p]) != _strip(mixed_clean[p])]
    assert differing == []
    assert sum(r["status"] == "ok" for r in clean_run.values()) == 450


def test_hostile_mail_and_pictures_become_records(tmp_path, monkeypatch):
    """Issue 13's hostile seeds: every one gives records that keep the contract, the broken ones a
    flagged record with a status and a one-line message, and no attachment name writes a file."""
    private_tmp, marker, absolute = _escape_trap(tmp_path, monkeypatch)
    broken, readable = hostile_mail_and_images([marker, absolute])
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in {**broken, **readable}.items():
        (folder / name).write_bytes(data)
    config = ScanConfig(limits=Limits(max_seconds=30.0, zip_max_total_bytes=2_000_000), model_dir="rules")
    records = list(run_scan([folder], config, jobs=1))
    assert [p for r in records for p in check_record(r)] == []
    by_input: dict[str, list[dict]] = {}
    for r in records:
        by_input.setdefault(Path(r["path"].split("!", 1)[0]).name, []).append(r)
    assert sorted(by_input) == sorted({**broken, **readable})
    expected = {"m0-deep-mime.eml": "nested more than", "m1-forwarded-8-deep.eml": "archive nesting limit",
                "m2-huge-base64.eml": "archive size limit", "i0-bomb.png": "decompression bomb",
                "i1-truncated.jpg": "damaged JPEG image"}
    for name, words in expected.items():
        flagged = [r for r in by_input[name] if r["status"] != "ok"]
        assert flagged, name
        for rec in flagged:
            assert rec["verdict"] == "unreadable" and rec["flag"] is True
            assert rec["error"] and "\n" not in rec["error"] and "internal error" not in rec["error"]
        assert any(words in r["error"] for r in flagged), (name, [r["error"] for r in flagged])
    charset = by_input["m3-bad-charset.eml"]
    assert all(r["status"] == "ok" for r in charset) and len(charset) == 2
    assert charset[0]["entities"] == ["hikvision"] and charset[1]["entities"] == ["hytera"]
    traversal = by_input["m4-traversal.eml"]
    assert [r["path"].split("!", 1)[1] for r in traversal[1:]] == ["../../" + marker, absolute]
    assert all(r["status"] == "ok" for r in traversal)
    assert not any((base / marker).exists() for base in (tmp_path / "cwd", tmp_path, tmp_path.parent))
    assert not os.path.exists(absolute)
    assert list(private_tmp.iterdir()) == []


# --------------------------------------------------------------------------- outputs neutralise document text

HOSTILE_TEXT = (
    "Tender notice for network equipment (plain text, not HTML).\n"
    "<script>alert('pwned')</script> Lot 1: Huawei S5735 switch <img src=x onerror=alert(2)>\n"
    '=HYPERLINK("http://evil.example","open") Hikvision DS-2CD2043G2-I camera\n'
    "+cmd|' /C calc'!A0 ZTE MF286D router\n"
    "-2+3 Dahua NVR recorder\n"
    "@SUM(1+1) Hytera PD985 radio\n"
    "\t=1+1 Kaspersky endpoint security\n"
    "\r=2+2 Huawei router\n"
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _hostile_inputs(folder: Path) -> list[str]:
    """Files whose names and text carry markup and spreadsheet formulas; returns the PATH args."""
    names = ["<img src=x onerror=alert(1)>.txt", "=1+2 Huawei.txt", "+SUM(1).txt", "-2+3.txt", "@SUM(1).txt"]
    for n in names:
        (folder / n).write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "<svg onload=alert(4)>.pdf").write_bytes(b"")  # an error record carrying the name
    (folder / "bundle.zip").write_bytes(filegen.zip_bytes({"<script>alert(3)</script>.txt": HOSTILE_TEXT.encode()}))
    return names + ["<svg onload=alert(4)>.pdf", "bundle.zip"]


def _scan(tmp_path, monkeypatch, fmt: str, *extra: str) -> tuple[int, Path]:
    from extract.cli import main

    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    args = _hostile_inputs(folder)
    monkeypatch.chdir(folder)  # relative paths, so a record's path starts with the file name
    out = tmp_path / f"out.{fmt}"
    code = main(["scan", "--format", fmt, "--output", str(out), "--no-model", "--jobs", "1", "--quiet", *extra, "--", *args])
    return code, out


def test_html_report_escapes_names_and_text(tmp_path, monkeypatch):
    from html.parser import HTMLParser

    code, out = _scan(tmp_path, monkeypatch, "html")
    assert code == 1  # the empty PDF is unreadable
    page = out.read_text(encoding="utf-8")

    class Elements(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags: list[tuple[str, list]] = []
            self.scripts: list[str] = []
            self.text: list[str] = []
            self._in_script = False

        def handle_starttag(self, tag, attrs):
            self.tags.append((tag, attrs))
            self._in_script = tag == "script"

        def handle_endtag(self, tag):
            self._in_script = False

        def handle_data(self, data):
            (self.scripts if self._in_script else self.text).append(data)

    p = Elements()
    p.feed(page)
    tags = {t for t, _ in p.tags}
    assert not tags & {"img", "svg", "iframe", "object", "embed"}, tags
    assert [t for t, _ in p.tags if t == "script"] == ["script", "script"]  # the report's own two
    assert not any(name.startswith("on") for _, attrs in p.tags for name, _ in attrs)
    assert not any("alert" in s for s in p.scripts)
    shown = "".join(p.text)  # the reviewer still sees exactly what the document said
    assert "<img src=x onerror=alert(1)>.txt" in shown
    assert "<svg onload=alert(4)>.pdf" in shown
    assert "bundle.zip!<script>alert(3)</script>.txt" in shown
    assert "<script>alert('pwned')</script> Lot 1: " in shown
    assert "<img src=x onerror=alert(2)>" in shown


def _csv_cells(path: Path) -> list[list[str]]:
    import csv

    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def test_csv_outputs_neutralise_formulas(tmp_path, monkeypatch):
    mentions_csv = tmp_path / "mentions.csv"
    code, out = _scan(tmp_path, monkeypatch, "csv", "--mentions-csv", str(mentions_csv))
    assert code == 1
    documents, mentions = _csv_cells(out), _csv_cells(mentions_csv)
    assert len(documents) == 1 + 7 and len(mentions) > 7  # header + one row per document
    dangerous = [(f.name, c) for f, rows in ((out, documents), (mentions_csv, mentions)) for row in rows for c in row
                 if c.startswith(FORMULA_STARTS)]
    assert dangerous == []
    paths = [row[0] for row in documents[1:]]
    for name in ("=1+2 Huawei.txt", "+SUM(1).txt", "-2+3.txt", "@SUM(1).txt"):
        assert "'" + name in paths  # kept, but as text
    snippets = {c for row in mentions[1:] for c in row}
    assert any(c.startswith("'=HYPERLINK(") for c in snippets)
    assert any(c.startswith("'\t=1+1") for c in snippets) or any(c.startswith("'=1+1") for c in snippets)
