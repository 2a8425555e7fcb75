"""The hostile batch: 450 small varied clean documents and 50 broken or hostile ones.

Shared by tests/test_hostile_batch.py (500 records, clean ones unchanged) and
benchmarks/bench_hostile.py (memory per worker), so both measure the same set. Everything is
generated (seeded): truncated and garbled PDFs, zip bombs at archive and member level, text cut
mid-character, random bytes, empty files, encrypted PDFs, and zips whose member names try to
escape (traversal, absolute, backslashes, NUL).
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from fuzz.seeds import _filegen

REPO = Path(__file__).resolve().parents[1]


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
    fg = _filegen()
    docs: dict[str, bytes] = {}
    for i in range(150):
        docs[f"c{i:03d}-note.txt"] = "\n".join(_sentence(rng) for _ in range(rng.randrange(1, 6))).encode(
            rng.choice(("utf-8", "utf-8", "cp1252")))
    for i in range(75):
        body = "".join(f"<p>{_sentence(rng)}</p>" for _ in range(3))
        docs[f"c{i:03d}-page.html"] = f"<html><head><meta charset='utf-8'><title>RFQ {i}</title></head><body>{body}</body></html>".encode()
    pdfs = [fg.pdf_bytes([[_sentence(rng) for _ in range(4)]]) for _ in range(8)] + [fg.boq_pdf(fg.BOQ_ITEMS[:4])]
    for i in range(75):  # a comment after %%EOF: the same text, new bytes
        docs[f"c{i:03d}-rfq.pdf"] = pdfs[i % len(pdfs)] + f"\n% copy {i}\n".encode()
    bases = [fg.docx_bytes(paragraphs=[_sentence(rng) for _ in range(3)]) for _ in range(3)]
    for i in range(75):
        docs[f"c{i:03d}-itt.docx"] = _with_zip_comment(bases[i % 3], f"copy {i}".encode())
    sheets = [fg.xlsx_bytes({"BoQ": fg.boq_rows(rng.sample(fg.BOQ_ITEMS, 3))}) for _ in range(3)]
    for i in range(75):
        docs[f"c{i:03d}-boq.xlsx"] = _with_zip_comment(sheets[i % 3], f"copy {i}".encode())
    assert len(docs) == 450
    return docs


def hostile_documents(rng: random.Random, escape_targets: list[str]) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """(broken, hostile-but-readable): 45 inputs that cannot be read, 5 zips with dangerous names.

    `escape_targets`: [a relative file name, an absolute path] the traversal names point at,
    so a caller can check afterwards that nothing was created there.
    """
    fg = _filegen()
    pdf = fg.boq_pdf()
    broken: dict[str, bytes] = {}
    for i in range(8):
        broken[f"h{i}-truncated.pdf"] = pdf[: rng.randrange(20, len(pdf) // 2)]
    for i in range(6):  # the header survives, the structure does not
        buf = bytearray(pdf)
        for _ in range(400):
            buf[rng.randrange(20, len(buf))] = rng.randrange(256)
        broken[f"h{i}-garbled.pdf"] = bytes(buf[: len(buf) // 3])
    for i in range(3):  # declares far more than the archive limit: one archive-level record
        broken[f"h{i}-bomb-total.zip"] = fg.zip_bytes({f"z{k}.txt": b"\0" * 8_000_000 for k in range(3)})
    for i in range(3):  # one member that inflates ~1000x: one member record
        broken[f"h{i}-bomb-ratio.zip"] = fg.zip_bytes({"zeros.txt": b"0" * (3_000_000 + i)})
    for i in range(6):  # UTF-16 without a BOM, odd length (as cut off by a mail gateway)
        broken[f"h{i}-bad-encoding.txt"] = ("Tender " * (20 + i) + "Huawei").encode("utf-16-le")[:-1]
    for i in range(8):
        broken[f"h{i}-random.bin"] = rng.randbytes(rng.randrange(100, 5000))
    for i in range(6):
        broken[f"h{i}-zero.pdf"] = b""
    for i in range(5):
        broken[f"h{i}-encrypted.pdf"] = fg.encrypt_pdf(fg.boq_pdf(fg.BOQ_ITEMS[i:i + 2]), f"pw{i}")
    assert len(broken) == 45
    readable: dict[str, bytes] = {}
    names = ["../../" + escape_targets[0], escape_targets[1], "..\\..\\" + escape_targets[0], "sub/../../../" + escape_targets[0]]
    for i, name in enumerate(names):
        readable[f"h{i}-traversal.zip"] = fg.zip_bytes({name: f"Hikvision camera offer {i}".encode()})
    # a NUL in the name (zipfile cuts at NUL when writing, so the bytes are patched in)
    raw = fg.zip_bytes({"nulXname.txt": b"ZTE router offer"})
    readable["h4-nul-name.zip"] = raw.replace(b"nulXname.txt", b"nul\x00name.txt")
    return broken, readable


def hostile_mail_and_images(escape_targets: list[str]) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """(broken, hostile-but-readable) e-mails and pictures (issue 13).

    Broken, each must give at least one record that is flagged with a status and a message:
    MIME parts nested 60 deep, a mail forwarded inside itself 8 times (past the nesting limit),
    an attachment whose base64 decodes past the total size limit the test sets (2 MB), a PNG
    declaring 60,000 x 60,000 pixels (a decompression bomb) and a JPEG cut short. Readable:
    charsets no codec knows (body and RFC 2231 file name), and attachments named with `..`
    traversals and an absolute path pointing at `escape_targets` (nothing may appear there).
    """
    import base64
    import struct
    import zlib

    from PIL import Image, ImageDraw

    fg = _filegen()
    head = "From: a@b.test\r\nTo: c@d.test\r\nSubject: {}\r\nMessage-ID: <h@b.test>\r\nMIME-Version: 1.0\r\n"
    broken: dict[str, bytes] = {}
    opening = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(60))
    broken["m0-deep-mime.eml"] = (head.format("deep") + opening + "Content-Type: text/plain\r\n\r\nHuawei\r\n").encode()
    forwarded = fg.eml_bytes(subject="level 0", body="Offer: ZTE MF286D routers")
    for level in range(1, 9):
        forwarded = fg.eml_bytes(subject=f"level {level}", messages=[forwarded])
    broken["m1-forwarded-8-deep.eml"] = forwarded
    payload = base64.encodebytes(bytes(3_000_000)).decode("ascii")
    broken["m2-huge-base64.eml"] = (
        head.format("huge") + "Content-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\n"
        "see attachment\r\n--X\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: attachment; filename=zeros.bin\r\n\r\n{payload}\r\n--X--\r\n").encode("ascii")

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    broken["i0-bomb.png"] = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60_000, 60_000, 1, 0, 0, 0, 0))
                             + chunk(b"IDAT", zlib.compress(bytes(64))) + chunk(b"IEND", b""))
    image = Image.new("RGB", (600, 200), (250, 250, 250))
    ImageDraw.Draw(image).text((20, 80), "Offer: Dahua recorders", fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    broken["i1-truncated.jpg"] = out.getvalue()[: len(out.getvalue()) // 3]
    readable: dict[str, bytes] = {}
    readable["m3-bad-charset.eml"] = (
        head.format("=?x-no-such?Q?Angebot?=") + "Content-Type: multipart/mixed; boundary=Y\r\n\r\n"
        "--Y\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\nOffer: Hikvision caf\xe9\r\n"
        "--Y\r\nContent-Type: text/plain; charset=utf-7\r\nContent-Disposition: attachment; filename*=x-bogus''%FF%FEquote.txt\r\n"
        "\r\nLot 1: Hytera PD985\r\n--Y--\r\n").encode("latin-1")
    readable["m4-traversal.eml"] = fg.eml_bytes(attachments=[
        ("../../" + escape_targets[0], b"Hikvision camera offer", "text/plain"),
        (escape_targets[1], b"ZTE router offer", "text/plain"),
    ])
    return broken, readable
