"""A batch of 500 documents, 50 of them broken or hostile: 500 records, nothing else disturbed.

The clean 450 are screened alone first; then the hostile 50 join them in the same folder and
the whole folder is screened with two worker processes. Every input must give exactly its
records (one each; a hostile zip is one record, whether it errors at archive level or holds one
oddly named member), the broken ones status not ok with a one-line message and flag true, and
every clean record identical to the clean run's except for timing. Meanwhile nothing may be
left in the temp folder and nothing created where a hostile member name points.
"""

from __future__ import annotations

import io
import os
import random
import sys
import tempfile
import uuid
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import filegen  # noqa: E402

from extract.batch import ScanConfig, run_scan  # noqa: E402
from extract.limits import Limits  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fuzz.invariants import check_record  # noqa: E402

LIMITS = Limits(max_seconds=30.0, zip_max_total_bytes=20_000_000)
TIMING = {"seconds"}
VENDORS = ("Huawei", "Cisco", "Hikvision", "Axis", "Dahua", "Hytera", "Motorola", "ZTE", "Kaspersky", "Dell")
ITEMS = ("core switch", "IP camera", "two-way radio", "office chairs", "firewall", "cleaning services", "laptop", "router")


def _sentence(rng: random.Random) -> str:
    return (f"Lot {rng.randrange(1, 40)}: supply of {rng.randrange(1, 500)} {rng.choice(ITEMS)} units, "
            f"manufacturer {rng.choice(VENDORS)}, delivery within {rng.randrange(10, 90)} days.")


def _with_zip_comment(data: bytes, comment: bytes) -> bytes:
    """The same office file with a different archive comment: new bytes, same content."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.comment = comment
    return out.getvalue()


def clean_documents(rng: random.Random) -> dict[str, bytes]:
    """450 small, varied, readable documents (text, HTML, PDF, DOCX, XLSX)."""
    docs: dict[str, bytes] = {}
    for i in range(150):
        docs[f"c{i:03d}-note.txt"] = "\n".join(_sentence(rng) for _ in range(rng.randrange(1, 6))).encode(
            rng.choice(("utf-8", "utf-8", "cp1252")))
    for i in range(75):
        body = "".join(f"<p>{_sentence(rng)}</p>" for _ in range(3))
        docs[f"c{i:03d}-page.html"] = f"<html><head><meta charset='utf-8'><title>RFQ {i}</title></head><body>{body}</body></html>".encode()
    pdfs = [filegen.pdf_bytes([[_sentence(rng) for _ in range(4)]]) for _ in range(8)] + [filegen.boq_pdf(filegen.BOQ_ITEMS[:4])]
    for i in range(75):  # a comment after %%EOF: the same text, new bytes
        docs[f"c{i:03d}-rfq.pdf"] = pdfs[i % len(pdfs)] + f"\n% copy {i}\n".encode()
    bases = [filegen.docx_bytes(paragraphs=[_sentence(rng) for _ in range(3)]) for _ in range(3)]
    for i in range(75):
        docs[f"c{i:03d}-itt.docx"] = _with_zip_comment(bases[i % 3], f"copy {i}".encode())
    sheets = [filegen.xlsx_bytes({"BoQ": filegen.boq_rows(rng.sample(filegen.BOQ_ITEMS, 3))}) for _ in range(3)]
    for i in range(75):
        docs[f"c{i:03d}-boq.xlsx"] = _with_zip_comment(sheets[i % 3], f"copy {i}".encode())
    assert len(docs) == 450
    return docs


def hostile_documents(rng: random.Random, escape_targets: list[str]) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """(broken, hostile-but-readable): 45 inputs that cannot be read, 5 zips with dangerous names."""
    pdf = filegen.boq_pdf()
    broken: dict[str, bytes] = {}
    for i in range(8):
        broken[f"h{i}-truncated.pdf"] = pdf[: rng.randrange(20, len(pdf) // 2)]
    for i in range(6):  # the header survives, the structure does not
        buf = bytearray(pdf)
        for _ in range(400):
            buf[rng.randrange(20, len(buf))] = rng.randrange(256)
        broken[f"h{i}-garbled.pdf"] = bytes(buf[: len(buf) // 3])
    for i in range(3):  # declares far more than the archive limit: one archive-level record
        broken[f"h{i}-bomb-total.zip"] = filegen.zip_bytes({f"z{k}.txt": b"\0" * 8_000_000 for k in range(3)})
    for i in range(3):  # one member that inflates ~1000x: one member record
        broken[f"h{i}-bomb-ratio.zip"] = filegen.zip_bytes({"zeros.txt": b"0" * (3_000_000 + i)})
    for i in range(6):  # UTF-16 without a BOM, odd length (as cut off by a mail gateway)
        broken[f"h{i}-bad-encoding.txt"] = ("Tender " * (20 + i) + "Huawei").encode("utf-16-le")[:-1]
    for i in range(8):
        broken[f"h{i}-random.bin"] = rng.randbytes(rng.randrange(100, 5000))
    for i in range(6):
        broken[f"h{i}-zero.pdf"] = b""
    for i in range(5):
        broken[f"h{i}-encrypted.pdf"] = filegen.encrypt_pdf(filegen.boq_pdf(filegen.BOQ_ITEMS[i:i + 2]), f"pw{i}")
    assert len(broken) == 45
    readable: dict[str, bytes] = {}
    names = ["../../" + escape_targets[0], escape_targets[1], "..\\..\\" + escape_targets[0], "sub/../../../" + escape_targets[0]]
    for i, name in enumerate(names):
        readable[f"h{i}-traversal.zip"] = filegen.zip_bytes({name: f"Hikvision camera offer {i}".encode()})
    # a NUL in the name (zipfile cuts at NUL when writing, so the bytes are patched in)
    raw = filegen.zip_bytes({"nulXname.txt": b"ZTE router offer"})
    readable["h4-nul-name.zip"] = raw.replace(b"nulXname.txt", b"nul\x00name.txt")
    return broken, readable


def _strip(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k not in TIMING}


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_500_documents_10_percent_hostile(tmp_path, monkeypatch):
    rng = random.Random(8)
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    cwd = tmp_path / "cwd" / "a" / "b"
    cwd.mkdir(parents=True)
    monkeypatch.chdir(cwd)
    marker = f"tt-escape-{uuid.uuid4().hex}.txt"
    absolute = os.path.join(tempfile.gettempdir(), "abs", marker)
    clean = clean_documents(rng)
    broken, readable = hostile_documents(rng, [marker, absolute])
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in clean.items():
        (folder / name).write_bytes(data)
    config = ScanConfig(limits=LIMITS)

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
