"""Zip archives: members as Documents, nesting, hostile names, bombs and limits, all in memory."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile

import filegen
from extract.limits import Limits
from extract.parse import parse_bytes, parse_path


def test_members_become_documents_with_own_hashes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = filegen.boq_pdf()
    note = "Offer valid 90 days".encode()
    path = tmp_path / "bid.zip"
    path.write_bytes(filegen.zip_bytes({"offer/boq.pdf": pdf, "offer/": b"", "note.txt": note}))
    docs = parse_path(path)
    assert [d.path for d in docs] == [f"{path}!offer/boq.pdf", f"{path}!note.txt"]  # directory skipped
    assert [d.format for d in docs] == ["pdf", "text"]
    assert docs[0].sha256 == hashlib.sha256(pdf).hexdigest() and docs[0].size == len(pdf)
    assert "Hikvision" in docs[0].text and docs[1].text == "Offer valid 90 days"


def test_nested_zips_and_office_members() -> None:
    inner = filegen.zip_bytes({"c.pdf": filegen.boq_pdf(), "d.docx": filegen.docx_bytes(paragraphs=["Annex"])})
    outer = filegen.zip_bytes({"b.zip": inner, "e.xlsx": filegen.xlsx_bytes({"S": [("ZTE", "MF286D")]})})
    docs = parse_bytes(outer, "a.zip")
    assert [(d.path, d.format, d.status) for d in docs] == [
        ("a.zip!b.zip!c.pdf", "pdf", "ok"),
        ("a.zip!b.zip!d.docx", "docx", "ok"),
        ("a.zip!e.xlsx", "xlsx", "ok"),
    ]


def test_nesting_depth_limit() -> None:
    data = b"deep text"
    for level in range(3):
        data = filegen.zip_bytes({f"l{level}.zip" if level else "x.txt": data})
    docs = parse_bytes(data, "top.zip", limits=Limits(zip_max_depth=1))
    assert len(docs) == 1 and docs[0].status == "error"
    assert docs[0].path == "top.zip!l2.zip!l1.zip" and docs[0].error.startswith("archive nesting limit")
    ok = parse_bytes(data, "top.zip", limits=Limits(zip_max_depth=3))
    assert [(d.path, d.text) for d in ok] == [("top.zip!l2.zip!l1.zip!x.txt", "deep text")]


def test_zip_bomb_member_is_an_error_and_the_rest_parse() -> None:
    bomb = b"\0" * (20 * 1024 * 1024)  # deflates about 1000:1
    data = filegen.zip_bytes({"a.txt": b"first", "bomb.bin": bomb, "z.txt": b"last"})
    assert len(data) < 100_000
    docs = parse_bytes(data, "b.zip")
    assert [d.path for d in docs] == ["b.zip!a.txt", "b.zip!bomb.bin", "b.zip!z.txt"]
    assert docs[1].status == "error" and docs[1].error.startswith("compression ratio limit")
    assert [docs[0].text, docs[2].text] == ["first", "last"]


def test_lying_header_is_caught_while_inflating() -> None:
    payload = b"\0" * (3 * 1024 * 1024)
    data = bytearray(filegen.zip_bytes({"small.txt": payload}))
    # Rewrite the declared uncompressed size (local header and central directory) to 10 bytes.
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(sig)
        data[at + offset : at + offset + 4] = (10).to_bytes(4, "little")
    docs = parse_bytes(bytes(data), "liar.zip")
    assert len(docs) == 1 and docs[0].status == "error"
    assert "limit" in docs[0].error or "damaged" in docs[0].error


def test_too_many_members_is_an_archive_error() -> None:
    data = filegen.zip_bytes({f"m{i}.txt": b"x" for i in range(12)})
    docs = parse_bytes(data, "many.zip", limits=Limits(zip_max_members=10))
    assert [(d.path, d.status) for d in docs] == [("many.zip", "error")]
    assert docs[0].error == "archive member limit: 12 members > 10"


def test_total_size_limit_is_an_archive_error() -> None:
    data = filegen.zip_bytes({"a.txt": b"a" * 600, "b.txt": b"b" * 600})
    docs = parse_bytes(data, "big.zip", limits=Limits(zip_max_total_bytes=1000))
    assert [(d.path, d.status) for d in docs] == [("big.zip", "error")]
    assert docs[0].error.startswith("archive size limit")


def test_traversal_name_is_only_text(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    data = filegen.zip_bytes({"../../etc/passwd": b"root:x:0:0", "/abs/evil.txt": b"abs"})
    before = sorted(os.listdir(tmp_path))
    docs = parse_bytes(data, "evil.zip")
    assert [d.path for d in docs] == ["evil.zip!../../etc/passwd", "evil.zip!/abs/evil.txt"]
    assert docs[0].text == "root:x:0:0"
    assert sorted(os.listdir(tmp_path)) == before


def test_encrypted_member_is_encrypted_and_others_parse() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("open.txt", "readable")
        zf.writestr("locked.pdf", b"%PDF-1.4 fake")
    data = bytearray(buf.getvalue())
    # Set the "encrypted" flag bit on the second member (local header and central directory).
    local = data.find(b"PK\x03\x04", 1)
    data[local + 6] |= 1
    central = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 1)
    data[central + 8] |= 1
    docs = parse_bytes(bytes(data), "mixed.zip")
    assert [(d.path, d.status) for d in docs] == [("mixed.zip!open.txt", "ok"), ("mixed.zip!locked.pdf", "encrypted")]


def test_empty_and_damaged_archives() -> None:
    (empty,) = parse_bytes(filegen.zip_bytes({}), "empty.zip")
    assert (empty.status, empty.error) == ("error", "empty zip archive: no files inside")
    data = filegen.zip_bytes({"a.txt": b"hello world " * 100})
    (cut,) = parse_bytes(data[:40], "cut.zip")
    assert cut.status == "error"


# --------------------------------------------------------------------------- member paths (issue 13)


def _bundle(tmp_path):  # type: ignore[no-untyped-def]
    inner = filegen.zip_bytes({"c.txt": b"inner member", "d.txt": b"its neighbour"})
    path = tmp_path / "bundle.zip"
    path.write_bytes(filegen.zip_bytes({"01-quotation.docx": filegen.docx_bytes(paragraphs=["Quotation: Huawei S5735"]),
                                        "b.zip": inner, "x!y.txt": b"a bang in the name", "z.txt": b"last"}))
    return path


def test_a_member_path_reads_that_member_only(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = _bundle(tmp_path)
    from extract import parse

    seen = []
    real = parse._parse_one
    monkeypatch.setattr(parse, "_parse_one", lambda data, fmt, *a: seen.append(fmt) or real(data, fmt, *a))
    (doc,) = parse_path(f"{path}!01-quotation.docx")
    assert doc.path == f"{path}!01-quotation.docx" and doc.ok and "Huawei" in doc.text
    assert seen == ["docx"]  # the neighbours were not parsed
    assert [d.path for d in parse_path(f"{path}!b.zip!c.txt")] == [f"{path}!b.zip!c.txt"]
    assert [d.path for d in parse_path(f"{path}!b.zip")] == [f"{path}!b.zip!c.txt", f"{path}!b.zip!d.txt"]
    assert [d.text for d in parse_path(f"{path}!x!y.txt")] == ["a bang in the name"]
    # The same document, byte for byte, as the whole archive's parse gives it.
    whole = {d.path: d for d in parse_path(path)}
    assert parse_path(f"{path}!b.zip!c.txt")[0] == whole[f"{path}!b.zip!c.txt"]


def test_a_missing_member_or_archive_is_an_error_document(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from extract.parse import input_exists, split_member_path

    path = _bundle(tmp_path)
    (doc,) = parse_path(f"{path}!nothing.pdf")
    assert doc.status == "error" and doc.error == f"cannot read file: no member nothing.pdf in {path}"
    assert parse_path(f"{tmp_path}/gone.zip!a.txt")[0].error.startswith("cannot read file:")
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    (doc,) = parse_path(f"{damaged}!a.txt")
    assert doc.path == str(damaged) and doc.status == "error"  # the archive's own error says why
    assert split_member_path(f"{path}!b.zip!c.txt") == (str(path), f"{path}!b.zip!c.txt")
    real_bang = tmp_path / "really!named.txt"
    real_bang.write_text("a file with a bang", encoding="utf-8")
    assert split_member_path(real_bang) == (str(real_bang), None)
    assert input_exists(f"{path}!anything") and input_exists(real_bang) and not input_exists(tmp_path / "no!pe")
