"""Seeded, structure-aware mutations of seed files.

Each mutator takes (data, rng) and returns new bytes; `mutate` chains one to three of them and
returns the names of what it did, so a finding can be explained and replayed from (seed, run).
Generic mutators (byte flips, truncation, chunk duplication/deletion, inserted magic bytes,
splices) reach the sniffer and the top of every parser; the structural ones aim at the places
where parsers trust the file: a zip's central directory and local headers, the XML parts inside
office files, a PDF's xref table, object numbers, /Length, /Count and page tree.

A plain seeded loop rather than atheris: runs are reproducible from `--seed` alone, need no
compiled extension, and the mutators know the formats (coverage guidance would mostly rediscover
the magic bytes the structural mutators already start from).
"""

from __future__ import annotations

import io
import random
import re
import struct
import warnings
import zipfile
from collections.abc import Callable

Mutator = Callable[[bytes, random.Random], bytes]

MAGIC = (
    b"%PDF-1.7\n", b"PK\x03\x04", b"PK\x05\x06", b"PK\x01\x02", b"<html>", b"<?xml version='1.0'?>",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"{\\rtf1", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\x89PNG\r\n\x1a\n", b"%%EOF", b"trailer", b"xref\n0 1\n", b"endobj", b"stream\n", b"\x00" * 16,
    b"<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", b"\xc3\x28", b"\xed\xa0\x80", b"\x1b[31m", b"\r\r\r\n",
)

HOSTILE_NAMES = ("../../etc/passwd", "/etc/shadow", "..\\..\\win.ini", "a\x00b.txt", "C:/boot.ini", "....//x")


def _pos(data: bytes, rng: random.Random) -> int:
    return rng.randrange(len(data) + 1) if data else 0


# --------------------------------------------------------------------------- generic


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    buf = bytearray(data)
    for _ in range(rng.choice((1, 2, 4, 16, 64))):
        i = rng.randrange(len(buf))
        buf[i] = rng.randrange(256) if rng.random() < 0.5 else buf[i] ^ (1 << rng.randrange(8))
    return bytes(buf)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: _pos(data, rng)] if rng.random() < 0.7 else data[_pos(data, rng):]


def duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.choice((1, 16, 256, 4096)))
    times = rng.choice((1, 2, 10, 100))
    at = _pos(data, rng)
    return data[:at] + data[a:b] * times + data[at:]


def delete_chunk(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    a = rng.randrange(len(data))
    return data[:a] + data[a + rng.choice((1, 8, 64, 1024)):]


def insert_magic(data: bytes, rng: random.Random) -> bytes:
    magic = rng.choice(MAGIC)
    at = 0 if rng.random() < 0.3 else _pos(data, rng)
    if rng.random() < 0.5:  # overwrite rather than insert
        return data[:at] + magic + data[at + len(magic):]
    return data[:at] + magic + data[at:]


def random_run(data: bytes, rng: random.Random) -> bytes:
    at = _pos(data, rng)
    run = bytes(rng.randrange(256) for _ in range(rng.choice((4, 32, 512))))
    return data[:at] + run + data[at + len(run):]


# --------------------------------------------------------------------------- zip


def _find_all(data: bytes, sig: bytes) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(sig), data)]


_U32_EXTREMES = (0, 1, 0x7FFFFFFF, 0xFFFFFFFF, 0xFFFFFFFE)
_U16_EXTREMES = (0, 1, 0x7FFF, 0xFFFF)


def zip_central_directory(data: bytes, rng: random.Random) -> bytes:
    """Lie in the end-of-central-directory or a central header: counts, sizes, offsets, methods."""
    buf = bytearray(data)
    eocd = _find_all(data, b"PK\x05\x06")
    cds = _find_all(data, b"PK\x01\x02")
    choices = []
    if eocd:
        e = eocd[-1]
        # entries on disk (+8), total entries (+10), cd size (+12), cd offset (+16), comment len (+20)
        choices += [(e + 8, "H"), (e + 10, "H"), (e + 12, "I"), (e + 16, "I"), (e + 20, "H")]
    for c in cds:
        # flags (+8), method (+10), crc (+16), csize (+20), usize (+24), name len (+28), extra len (+30), local offset (+42)
        choices += [(c + 8, "H"), (c + 10, "H"), (c + 16, "I"), (c + 20, "I"), (c + 24, "I"), (c + 28, "H"), (c + 30, "H"), (c + 42, "I")]
    if not choices:
        return flip_bytes(data, rng)
    for _ in range(rng.choice((1, 1, 2, 3))):
        off, fmt = rng.choice(choices)
        size = struct.calcsize("<" + fmt)
        if off + size > len(buf):
            continue
        if fmt == "H":
            value = rng.choice(_U16_EXTREMES + (rng.randrange(1 << 16), 8, 12, 14, 99))
        else:
            value = rng.choice(_U32_EXTREMES + (rng.randrange(1 << 32),))
        struct.pack_into("<" + fmt, buf, off, value)
    return bytes(buf)


def zip_local_header(data: bytes, rng: random.Random) -> bytes:
    """Damage a local file header: encrypted flag, unknown method, sizes, name length."""
    heads = _find_all(data, b"PK\x03\x04")
    if not heads:
        return flip_bytes(data, rng)
    buf = bytearray(data)
    h = rng.choice(heads)
    off, fmt, value = rng.choice((
        (6, "H", 1), (6, "H", 0x0008), (8, "H", rng.choice((1, 9, 12, 14, 93, 99))), (18, "I", 0xFFFFFFFF),
        (22, "I", rng.randrange(1 << 32)), (26, "H", 0xFFFF), (28, "H", 0xFFFF),
    ))
    if h + off + 4 <= len(buf):
        struct.pack_into("<" + fmt, buf, h + off, value)
    return bytes(buf)


def zip_hostile_name(data: bytes, rng: random.Random) -> bytes:
    """Rename a member (local and central headers alike) to a traversal / absolute / NUL name."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if not infos:
                return data
            victim = rng.choice(infos)
            members = [(i, zf.read(i)) for i in infos]
    except Exception:  # noqa: BLE001 - already broken: fall back to a byte-level rename
        return _rename_in_place(data, rng)
    hostile = (rng.choice(HOSTILE_NAMES) + ("/" + victim.filename.rsplit("/", 1)[-1] if rng.random() < 0.5 else "")).encode()
    # zipfile cuts names at NUL and rewrites separators, so write a placeholder of the same
    # length and swap the raw bytes in the local and central headers afterwards.
    placeholder = (b"\x7fZ" * len(hostile))[: len(hostile)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zw:
        for info, body in members:
            name = placeholder.decode() if info is victim else info.filename
            zw.writestr(zipfile.ZipInfo(name, date_time=info.date_time), body, compress_type=info.compress_type)
    return out.getvalue().replace(placeholder, hostile)


def _rename_in_place(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for sig, name_len_at, name_at in ((b"PK\x03\x04", 26, 30), (b"PK\x01\x02", 28, 46)):
        for h in _find_all(data, sig):
            if h + name_at > len(buf):
                continue
            n = struct.unpack_from("<H", buf, h + name_len_at)[0]
            new = (rng.choice(HOSTILE_NAMES).encode("utf-8") * 4)[:n]
            buf[h + name_at: h + name_at + len(new)] = new
    return bytes(buf)


_XML_ATTACKS = (
    # entity expansion (billion laughs), external entity (XXE), deep nesting, broken encoding
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;">]><l>&e;&e;&e;</l>',
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>',
    b"<a>" * 5000 + b"Huawei" + b"</a>" * 5000,
    b'<?xml version="1.0" encoding="utf-16"?><x>ZTE</x>',
    b'<?xml version="1.0" encoding="no-such-codec"?><x/>',
)


def zip_member_content(data: bytes, rng: random.Random) -> bytes:
    """Mutate one member's content and re-zip it: broken or hostile XML inside a DOCX/XLSX/ODT,
    a damaged nested document inside an archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            members = [(i, zf.read(i)) for i in infos]
    except Exception:  # noqa: BLE001
        return zip_central_directory(data, rng)
    if not members:
        return data
    xml_like = [k for k, (i, _) in enumerate(members) if i.filename.endswith((".xml", ".rels"))]
    k = rng.choice(xml_like) if xml_like and rng.random() < 0.7 else rng.randrange(len(members))
    info, body = members[k]
    if rng.random() < 0.3:
        body = rng.choice(_XML_ATTACKS)
    else:
        body = rng.choice(GENERIC)(body, rng)
    members[k] = (info, body)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zw:
        for i, b in members:
            zw.writestr(zipfile.ZipInfo(i.filename, date_time=i.date_time), b, compress_type=i.compress_type)
    return out.getvalue()


# --------------------------------------------------------------------------- pdf


def _sub_random_match(data: bytes, rng: random.Random, pattern: bytes, repl: Callable[[re.Match[bytes]], bytes]) -> bytes:
    matches = list(re.finditer(pattern, data))
    if not matches:
        return flip_bytes(data, rng)
    m = rng.choice(matches)
    return data[: m.start()] + repl(m) + data[m.end():]


def _weird_int(rng: random.Random) -> bytes:
    return rng.choice((b"-1", b"0", b"99999999999", b"2147483648", b"-2147483649", b"1e9", b"3.5", b"", b"NaN"))


def pdf_xref(data: bytes, rng: random.Random) -> bytes:
    """Wrong offsets in the xref table or startxref, or the xref table removed."""
    choice = rng.randrange(3)
    if choice == 0:
        return _sub_random_match(data, rng, rb"\d{10} \d{5} [nf]", lambda m: b"%010d" % rng.randrange(10**10) + m.group()[10:])
    if choice == 1:
        return _sub_random_match(data, rng, rb"startxref\s+\d+", lambda m: b"startxref\n" + _weird_int(rng))
    return _sub_random_match(data, rng, rb"xref\s", lambda m: b"xrek ")


def pdf_objects(data: bytes, rng: random.Random) -> bytes:
    """Damaged objects: wrong /Length, /Count, page-tree loops, missing endobj, bad filters."""
    choice = rng.randrange(7)
    if choice == 0:
        return _sub_random_match(data, rng, rb"/Length \d+", lambda m: b"/Length " + _weird_int(rng))
    if choice == 1:
        return _sub_random_match(data, rng, rb"/Count \d+", lambda m: b"/Count " + _weird_int(rng))
    if choice == 2:  # a page's /Parent or a /Kids entry pointing back at itself: a loop
        return _sub_random_match(data, rng, rb"/Kids \[\s*(\d+) 0 R", lambda m: m.group().replace(b"[ " + m.group(1), b"[ 1").replace(b"[" + m.group(1), b"[1"))
    if choice == 3:
        return _sub_random_match(data, rng, rb"endobj", lambda m: b"")
    if choice == 4:
        return _sub_random_match(data, rng, rb"/Filter\s*/\w+", lambda m: rng.choice((b"/Filter /LZWDecode", b"/Filter /JBIG2Decode", b"/Filter /Nope", b"/Filter [/FlateDecode /FlateDecode]")))
    if choice == 5:  # deeply nested array in a dictionary
        return _sub_random_match(data, rng, rb"<<", lambda m: b"<< /Junk " + b"[" * 20000 + b"]" * 20000 + b" ")
    return _sub_random_match(data, rng, rb"\d+ 0 obj", lambda m: rng.choice((b"0 0 obj", b"-3 0 obj", b"99999999 0 obj", m.group() + b" " + m.group())))


def pdf_stream(data: bytes, rng: random.Random) -> bytes:
    """Garbage inside a content stream (compressed or not)."""
    matches = list(re.finditer(rb"stream\r?\n", data))
    if not matches:
        return flip_bytes(data, rng)
    m = rng.choice(matches)
    at = m.end() + rng.randrange(64)
    junk = bytes(rng.randrange(256) for _ in range(rng.choice((1, 8, 128))))
    return data[:at] + junk + data[at + len(junk):]


# --------------------------------------------------------------------------- text and markup


_ENCODINGS = ("utf-8", "utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1", "gb18030", "shift_jis", "euc-kr", "koi8-r", "big5", "cp437")


def reencode(data: bytes, rng: random.Random) -> bytes:
    """Decode loosely and re-encode in another encoding (with or without a BOM), or mix two."""
    text = data.decode("utf-8", errors="replace")
    enc = rng.choice(_ENCODINGS)
    out = text.encode(enc, errors="replace")
    if rng.random() < 0.3:  # a second encoding spliced in the middle
        half = len(out) // 2
        out = out[:half] + text[len(text) // 2:].encode(rng.choice(_ENCODINGS), errors="replace")
    return out


def markup_attack(data: bytes, rng: random.Random) -> bytes:
    attack = rng.choice((
        b"<div>" * 3000, b"<table>" + b"<tr><td>x" * 2000, b"<meta charset='x-no-such'>", b"<meta charset='utf-16'>",
        b"<script>alert(1)</script><img src=x onerror=alert(1)>", b"<!--" + b"-" * 5000, b"<![CDATA[" + b"]" * 100,
        b"&#0;&#x110000;&#xD800;&#99999999999;", _XML_ATTACKS[0],
    ))
    at = _pos(data, rng)
    return data[:at] + attack + data[at:]


# --------------------------------------------------------------------------- e-mail

_MAIL_HEAD = b"From: a@b.test\r\nTo: c@d.test\r\nSubject: fwd\r\nMessage-ID: <f@b.test>\r\nMIME-Version: 1.0\r\n"
_BAD_CHARSETS = (b"x-no-such-charset", b"utf-7", b"utf-16", b"unicode-1-1-utf-7", b"\x00\xff", b"", b"cp65001",
                 b"iso-2022-jp-2004", b"a" * 300)


def mail_nesting(data: bytes, rng: random.Random) -> bytes:
    """The mail forwarded inside itself many times (message/rfc822), or buried in multiparts."""
    depth = rng.choice((4, 12, 60, 400))
    if rng.random() < 0.5:
        for _ in range(depth):
            data = _MAIL_HEAD + b"Content-Type: message/rfc822\r\n\r\n" + data
        return data
    opening = b"".join(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(depth))
    return _MAIL_HEAD + opening + data


def mail_huge_base64(data: bytes, rng: random.Random) -> bytes:
    """An attachment of megabytes of base64 (zeros: it would inflate nothing, but decodes big)."""
    import base64

    size = rng.choice((1 << 20, 3 << 20, 6 << 20))
    encoded = base64.encodebytes(bytes(size))
    part = (b"--HUGE\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
            b"Content-Disposition: attachment; filename=zeros.bin\r\n\r\n" + encoded + b"\r\n--HUGE--\r\n")
    return _MAIL_HEAD + b"Content-Type: multipart/mixed; boundary=HUGE\r\n\r\n--HUGE\r\nContent-Type: text/plain\r\n\r\n" \
        + data[:2000] + b"\r\n" + part


def mail_bad_charset(data: bytes, rng: random.Random) -> bytes:
    """Every declared charset (body parts, RFC 2231 file names, encoded words) made unknown or hostile."""
    bad = rng.choice(_BAD_CHARSETS)
    data = re.sub(rb'charset="?[A-Za-z0-9_.:-]+"?', b'charset="' + bad + b'"', data)
    data = re.sub(rb"=\?[A-Za-z0-9_.:-]+\?", b"=?" + bad + b"?", data)
    return re.sub(rb"filename=\"?([^\";\r\n]*)\"?", b"filename*=" + bad + b"''%FF%FE%00" + rb"\1", data, count=1)


def mail_hostile_name(data: bytes, rng: random.Random) -> bytes:
    """An attachment's file name replaced by a traversal, absolute or NUL-bearing name."""
    name = rng.choice(HOSTILE_NAMES).encode("utf-8", "replace")
    replacement = b'filename="' + name + b'"'
    return re.sub(rb'filename="?[^";\r\n]*"?', lambda _m: replacement, data, count=1)  # names hold backslashes


def splice(data: bytes, rng: random.Random, others: list[bytes] | None = None) -> bytes:
    if not others:
        return duplicate_chunk(data, rng)
    other = rng.choice(others)
    return data[: _pos(data, rng)] + other[_pos(other, rng):]


GENERIC: tuple[Mutator, ...] = (flip_bytes, truncate, duplicate_chunk, delete_chunk, insert_magic, random_run)
BY_FORMAT: dict[str, tuple[Mutator, ...]] = {
    "zip": (zip_central_directory, zip_local_header, zip_hostile_name, zip_member_content, zip_member_content),
    "pdf": (pdf_xref, pdf_objects, pdf_objects, pdf_stream),
    "markup": (markup_attack, reencode),
    "text": (reencode, reencode),
    "mail": (mail_nesting, mail_huge_base64, mail_bad_charset, mail_hostile_name),
    "binary": (truncate, flip_bytes),  # pictures, Outlook and Excel 97 files: cut or damaged
}


def mutate(data: bytes, fmt: str, rng: random.Random, others: list[bytes] | None = None) -> tuple[bytes, list[str]]:
    """One to three mutations, structure-aware about half the time; returns (bytes, names)."""
    with warnings.catch_warnings():  # zipfile warns about the duplicate names we make on purpose
        warnings.simplefilter("ignore")
        return _mutate(data, fmt, rng, others)


def _mutate(data: bytes, fmt: str, rng: random.Random, others: list[bytes] | None) -> tuple[bytes, list[str]]:
    ops: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        r = rng.random()
        if r < 0.5 and fmt in BY_FORMAT:
            fn = rng.choice(BY_FORMAT[fmt])
            data = fn(data, rng)
        elif r < 0.55:
            fn = splice
            data = splice(data, rng, others)
        else:
            fn = rng.choice(GENERIC)
            data = fn(data, rng)
        ops.append(fn.__name__)
    return data, ops
