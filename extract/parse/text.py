"""Plain text, Markdown and CSV: decode reliably or refuse.

Order of evidence: a BOM, then strict UTF-8 (which almost never decodes legacy-encoded text by
accident), then charset-normalizer. Binary junk is an error, never garbage text: a mojibake
page would be "read" and silently cleared.
"""

from __future__ import annotations

import csv
import io

from charset_normalizer import from_bytes

from extract.errors import LimitExceeded
from extract.limits import Limits, check_markup_size
from extract.parse.common import ParseFailure, Parsed, clean_row, clean_text, make_page, row_line
from extract.parse.sniff import looks_binary, utf16_without_bom

_BOM_CODECS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

#: Western and Cyrillic code pages, preferred in this order when charset-normalizer finds several
#: equally plausible (short texts often decode cleanly in many single-byte code pages).
_SINGLE_BYTE_PREFERENCE = ("cp1252", "iso8859_15", "iso8859_1", "cp1251", "koi8_r", "cp1250", "iso8859_2")
_NEVER_WITHOUT_BOM = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _share(text: str, good) -> float:  # type: ignore[no-untyped-def]
    wide = [c for c in text if ord(c) > 127]
    return sum(1 for c in wide if good(c)) / len(wide) if wide else 0.0


def _japanese(c: str) -> bool:
    o = ord(c)
    return 0x3000 <= o <= 0x30FF or 0xFF01 <= o <= 0xFF5E or (0x4E00 <= o <= 0x9FFF and _encodable(c, "euc_jp"))


def _korean(c: str) -> bool:
    return 0xAC00 <= ord(c) <= 0xD7A3 or 0x3000 <= ord(c) <= 0x303F


def _simplified(c: str) -> bool:
    return _encodable(c, "gb2312")


def _traditional(c: str) -> bool:
    return not (0xE000 <= ord(c) <= 0xF8FF)


#: East Asian legacy encodings, tried in this order, each accepted only when the decoded text is
#: made of the characters that language actually uses. Short CJK texts defeat statistical
#: detectors (a seven-character GB18030 title decodes "cleanly" as Thai or UTF-16), while the
#: byte structure plus a character-set check is decisive: Japanese mis-read as GB18030 gives
#: rare hanzi outside GB2312, GB2312 mis-read as Shift_JIS gives half-width katakana, and so on.
_CJK_CANDIDATES = (
    ("cp932", _japanese, 0.9),
    ("cp949", _korean, 0.9),
    ("gb18030", _simplified, 0.95),
    ("big5", _traditional, 0.98),
)


def _decode_cjk(data: bytes) -> tuple[str, str] | None:
    sample = data[:200_000]
    if sum(1 for b in sample if b > 127) < 2:
        return None
    for codec, good, threshold in _CJK_CANDIDATES:
        try:
            text = sample.decode(codec) if len(sample) == len(data) else data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _share(text[:50_000], good) >= threshold:
            return text, codec
    return None


def _decode_statistical(data: bytes) -> tuple[str, str] | None:
    matches = from_bytes(data[:1_000_000], cp_exclusion=_NEVER_WITHOUT_BOM)
    if not matches:
        return None
    best_chaos = min(m.chaos for m in matches)
    tied = [m.encoding for m in matches if m.chaos <= best_chaos + 0.01]
    ranked = sorted(tied, key=lambda e: _SINGLE_BYTE_PREFERENCE.index(e) if e in _SINGLE_BYTE_PREFERENCE else 99)
    for encoding in ranked:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name). Raises ParseFailure when the bytes are not coherent text.

    `declared` is an encoding named by the document itself (an HTML <meta charset>); it is
    used when it decodes without errors.
    """
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError as exc:
                raise ParseFailure(f"text with a {codec} byte-order mark does not decode: {exc}") from exc
    sample = data[:65536]
    codec = utf16_without_bom(sample) if b"\x00" in sample else None
    if codec:
        if len(data) % 2:  # cut off mid-character: incomplete, so not "ok" (same as with a BOM)
            raise ParseFailure(f"text looks like {codec} without a byte-order mark but is cut off mid-character (odd length)")
        try:
            return data.decode(codec), codec + " (no BOM)"
        except UnicodeDecodeError as exc:
            raise ParseFailure(f"text looks like {codec} without a byte-order mark but does not decode: {exc}") from exc
    if b"\x00" in sample or looks_binary(sample):  # NULs that are not UTF-16: binary (looks_binary would say so again)
        raise ParseFailure("binary data, not text (detected: unknown)")
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    found = _decode_cjk(data) or _decode_statistical(data)
    if found:
        return found
    raise ParseFailure("binary data, not text (no coherent text encoding found)")


def _csv_rows(text: str, limits: Limits) -> list[tuple[str, ...]] | None:
    """Rows if `text` is a delimited table (every sampled line has the same field count), else None.

    Strict on purpose: prose with commas must stay prose.
    """
    lines = [ln for ln in text[:20000].split("\n")[:50] if ln.strip()]
    if len(lines) < 2:
        return None
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=",;\t")
    except csv.Error:
        return None
    sample = list(csv.reader(io.StringIO("\n".join(lines[:-1] if len(lines) > 2 else lines)), dialect))
    widths = {len(r) for r in sample}
    if len(widths) != 1 or widths.pop() < 2:
        return None
    rows = []
    for i, row in enumerate(csv.reader(io.StringIO(text), dialect)):
        if i >= limits.max_rows_per_sheet:
            raise LimitExceeded(f"row limit: CSV has more than {limits.max_rows_per_sheet:,} rows")
        cleaned = clean_row(row)
        if cleaned:
            rows.append(cleaned)
    return rows


def parse_text(data: bytes, *, limits: Limits) -> Parsed:
    check_markup_size(len(data), limits, "text file")
    text, encoding = decode(data)
    text = clean_text(text)
    meta = (("encoding", encoding),)
    rows = _csv_rows(text, limits)
    if rows:
        page = make_page(1, "\n".join(row_line(r) for r in rows), (rows,), limits)
        return Parsed(pages=(page,), metadata=meta, format="csv")
    return Parsed(pages=(make_page(1, text, (), limits),), metadata=meta)
