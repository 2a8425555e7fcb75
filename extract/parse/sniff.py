"""Format detection from the bytes alone.

File names lie (an HTML page saved as .pdf, a PDF behind multipart upload headers, a .xls that
is really a .xlsx), so the extension is never consulted. Office formats are zips and are told
apart by the parts they hold before anything is treated as a plain archive.
"""

from __future__ import annotations

import io
import re
import zipfile

#: How far into the file a PDF header may start (upload junk, BOMs, mail headers).
PDF_SEARCH_BYTES = 8192
_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"BM", "bmp"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"{\\rtf", "rtf"),
    (b"\x7fELF", "elf"),
    (b"MZ", "exe"),
    (b"OggS", "ogg"),
    (b"ID3", "mp3"),
    (b"\x00\x00\x01\x00", "ico"),
    (b"wOFF", "woff"),
)

#: Human names for formats we recognise but do not read (used in error messages).
DESCRIPTIONS = {
    "ole2": "legacy Microsoft Office (OLE2) file",
    "eml": "e-mail message",
    "msg": "Outlook message (.msg)",
    "xls": "Excel 97-2003 workbook (.xls)",
    "doc": "Word 97-2003 document (.doc)",
    "ppt": "PowerPoint 97-2003 presentation (.ppt)",
    "png": "PNG image",
    "gif": "GIF image",
    "jpeg": "JPEG image",
    "tiff": "TIFF image",
    "bmp": "BMP image",
    "webp": "WebP image",
    "rar": "RAR archive",
    "7z": "7-Zip archive",
    "gzip": "gzip archive",
    "bzip2": "bzip2 archive",
    "xz": "xz archive",
    "tar": "tar archive",
    "rtf": "RTF document",
    "elf": "ELF executable",
    "exe": "Windows executable",
    "ogg": "Ogg media",
    "mp3": "MP3 audio",
    "mp4": "MP4/QuickTime media",
    "ico": "icon image",
    "woff": "web font",
    "pptx": "PowerPoint presentation (.pptx)",
    "odp": "OpenDocument presentation (.odp)",
    "epub": "EPUB e-book",
    "unknown": "unknown binary data",
}

_ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.presentation": "odp",
    b"application/vnd.oasis.opendocument.text-template": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet-template": "ods",
    b"application/epub+zip": "epub",
}

_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|script|style|link)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANY = re.compile(rb"<(?:html|body|head)\b", re.IGNORECASE)
_XML_START = re.compile(rb"^\s*<(?:\?xml|[A-Za-z_][\w.:-]*[\s>/])")

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def pdf_offset(data: bytes) -> int:
    """Where the PDF header starts within the first few KB, or -1."""
    m = _PDF_HEADER.search(data, 0, PDF_SEARCH_BYTES)
    return m.start() if m else -1


def _zip_kind(data: bytes) -> str:
    """docx/xlsx/odt/ods/pptx/... by the parts inside, else plain "zip"."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200:
                    kind = _ODF_MIMETYPES.get(zf.read(info).strip())
                    if kind:
                        return kind
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "ppt/presentation.xml" in names:
                return "pptx"
            if "[Content_Types].xml" in names:
                # An OOXML package whose main part is named differently: look at the overrides.
                ct = zf.read("[Content_Types].xml")[:200_000] if zf.getinfo("[Content_Types].xml").file_size < 2_000_000 else b""
                if b"wordprocessingml.document.main" in ct:
                    return "docx"
                if b"spreadsheetml.sheet.main" in ct:
                    return "xlsx"
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, NotImplementedError, EOFError):
        pass
    return "zip"


#: Header fields a person might type at the top of a note ("From: ... Subject: ..."): one of these
#: must be present, but alone they do not make a file an e-mail.
_MAIL_HUMAN_FIELDS = frozenset({"from", "to", "cc", "subject", "date", "sender", "reply-to"})
#: Fields only mail software writes: one of these must be present too, so a typed note or a
#: training document laid out like a mail stays text.
_MAIL_MACHINE_FIELDS = frozenset({
    "message-id", "mime-version", "received", "return-path", "dkim-signature", "x-mailer",
    "delivered-to", "thread-index", "x-ms-exchange-organization-authas", "x-originating-ip",
    "in-reply-to", "references", "content-type", "content-transfer-encoding", "user-agent",
})
_FIELD_NAME = re.compile(rb"^[!-9;-~]+:")


def looks_like_email(head: bytes, whole: bool = True) -> bool:
    """Whether `head` (the first bytes of a file; `whole` when it is the entire file) starts with
    an RFC 5322 header block.

    Why by content: a mail saved from a client, exported by a mail archive or attached to
    another mail is often named .txt, .dat or nothing at all. The header block must run from
    the first line (an mbox "From " line may come first) with every line a field or a folded
    continuation, hold at least three fields, one a person would write (From, Subject...) and
    one only mail software writes (Message-ID, MIME-Version, Received...).
    """
    lines = head.split(b"\n")
    if lines and lines[0].startswith(b"From "):
        lines = lines[1:]
    names: set[str] = set()
    ended = False
    for line in lines[:-1]:  # the last piece may be cut mid-line by the sample
        line = line.rstrip(b"\r")
        if not line:
            ended = True
            break
        if line[:1] in (b" ", b"\t"):
            if not names:
                return False
            continue
        m = _FIELD_NAME.match(line)
        if not m:
            return False
        names.add(m.group(0)[:-1].decode("ascii").lower())
    if not ended and whole:
        return False  # a whole short file with no body separator is a list of "key: value" lines
    return len(names) >= 3 and bool(names & _MAIL_HUMAN_FIELDS) and bool(names & _MAIL_MACHINE_FIELDS)


#: Stream names that tell the OLE2 (Compound File) formats apart, checked in this order.
_OLE_STREAMS = (
    ("__properties_version1.0", "msg"),
    ("__nameid_version1.0", "msg"),
    ("workbook", "xls"),
    ("book", "xls"),
    ("worddocument", "doc"),
    ("powerpoint document", "ppt"),
)


def _ole_kind(data: bytes) -> str:
    """msg/xls/doc/ppt by the streams the compound file holds, else "ole2" (damaged, or another
    OLE2 format such as Visio or an MSI package)."""
    try:
        import olefile

        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            top = {entry[0].lower() for entry in ole.listdir(streams=True, storages=True) if entry}
    except Exception:  # noqa: BLE001 - olefile raises OSError, ValueError, IndexError... on damage
        return "ole2"
    for stream, kind in _OLE_STREAMS:
        if stream in top:
            return kind
    return "ole2"


def utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when `sample` is UTF-16 text that lost its byte-order mark.

    Why: Windows tools ("Save as Unicode", some registry exports) write UTF-16, and a BOM gets
    dropped when files are cut or concatenated. Text that is mostly Latin has a NUL in every
    other byte, on one side only; binary junk has NULs on both sides. The decoded sample must
    also read as text (few control characters). UTF-16 made only of CJK characters has no NULs
    and is not recognised here: it stays "binary" (flagged unreadable, never cleared).
    """
    n = len(sample) - len(sample) % 2
    if n < 8:
        return None
    even, odd = sample[0:n:2], sample[1:n:2]
    half = n // 2
    zeros_even, zeros_odd = even.count(0) / half, odd.count(0) / half
    if zeros_odd >= 0.4 and zeros_even <= 0.02:
        codec = "utf-16-le"
    elif zeros_even >= 0.4 and zeros_odd <= 0.02:
        codec = "utf-16-be"
    else:
        return None
    text = sample[:n].decode(codec, errors="replace")
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\ufffd")
    return codec if bad / max(1, len(text)) <= 0.02 else None


def looks_binary(sample: bytes) -> bool:
    """NUL bytes or many control characters: not text in any 8-bit or multibyte encoding.

    UTF-16/32 text is accepted with a BOM, and without one when `utf16_without_bom` recognises it.
    """
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return utf16_without_bom(sample) is None
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27)) + sample.count(b"\x7f")
    return controls / len(sample) > 0.02


def sniff(data: bytes) -> str:
    """The format of `data`, judged from its content only.

    Returns one of: pdf, docx, xlsx, odt, ods, pptx, odp, epub, zip, html, xml, text, eml, empty,
    msg, xls, doc, ppt, ole2, png, gif, jpeg, tiff, bmp, webp, rar, 7z, gzip, bzip2, xz, tar, rtf, mp4, ... or
    "unknown" for binary data we do not recognise.
    """
    if not data:
        return "empty"
    head = data[:PDF_SEARCH_BYTES]
    stripped = head.lstrip(b"\xef\xbb\xbf\r\n\t ")
    if stripped.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip_kind(data)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return _ole_kind(data) if kind == "ole2" else kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp":
        return "mp4"
    if data[257:262] == b"ustar":
        return "tar"
    text_head = stripped
    utf16 = False  # BOM-less UTF-16, decided once for the markup tests and the binary test
    for bom in _BOMS:
        if head.startswith(bom):
            text_head = head[len(bom) :]
            if bom != b"\xef\xbb\xbf":
                # UTF-16: drop the NULs so the markup tests below still work on ASCII markup.
                text_head = text_head.replace(b"\x00", b"")
            break
    else:
        utf16 = b"\x00" in head and utf16_without_bom(head) is not None
        if utf16:
            text_head = text_head.replace(b"\x00", b"")  # same markup tests as with a BOM
    if not utf16 and looks_like_email(stripped, whole=len(data) <= PDF_SEARCH_BYTES):
        return "eml"
    if _HTML_START.match(text_head):
        return "html"
    if pdf_offset(data) >= 0:
        # A PDF behind junk (multipart form-data headers, mail headers): parse from %PDF-.
        return "pdf"
    if not utf16 and looks_binary(head):
        return "unknown"
    if _XML_START.match(text_head):
        return "html" if _HTML_ANY.search(head) else "xml"
    return "text"
