"""OCR for DOCX files made of pictures (issue 6): a scan pasted into Word, or a PDF converted to
Word as hundreds of image fragments (corpus r023: 179 pictures, no text).

Word's layout cannot be reproduced here, so each page's pictures (in the order the document
refers to them, split on the same explicit page breaks as the text) are stacked on white
"sheets", small ones enlarged, and each sheet is recognised in one Tesseract call: a few calls
per page instead of one per picture (each call costs ~0.1 s of start-up, r023 has 179), and
Tesseract sees text at a size it reads well. Icons and rules (tiny pictures) are left out.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from lxml import etree

from extract.errors import LimitExceeded
from extract.limits import Limits
from extract.parse.ocr import OcrSession
from extract.parse.common import check_page_chars, clean_text, read_member, real_chars

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_V_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"

MIN_SIDE = 12  # pixels: narrower or shorter pictures are rules, bullets, check boxes
MIN_AREA = 1500  # pixels: smaller pictures are icons
MAX_PIXELS = 40_000_000  # one picture; larger ones are skipped (decompression bombs)
SHEET_WIDTH = 2400  # pixels: about an A4 page at 300 dpi
SHEET_HEIGHT = 3300
GAP = 24  # white pixels between stacked pictures, so Tesseract sees separate lines
TARGET_HEIGHT = 64  # enlarge pictures shorter than this (a line of text saved as a picture) ...
MAX_ENLARGE = 3.0  # ... by at most this much


@dataclass(frozen=True, slots=True)
class PageText:
    """OCR text for one DOCX page (1-based) and its mean word confidence."""

    number: int
    text: str
    confidence: float | None


def _rels(zf: zipfile.ZipFile, part: str, limits: Limits) -> dict[str, str]:
    """Relationship id -> part name, for `part` (e.g. word/document.xml)."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    try:
        info = zf.getinfo(rels_name)
    except KeyError:
        return {}
    root = etree.fromstring(read_member(zf, info, limits), parser=etree.XMLParser(resolve_entities=False, no_network=True))
    out = {}
    for rel in root.iter(_PKG_REL):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        out[rel.get("Id", "")] = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
    return out


def _in_table(el: etree._Element) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag == f"{_W}tbl":
            return True
        parent = parent.getparent()
    return False


def images_by_page(zf: zipfile.ZipFile, body: etree._Element | None, header_parts: list[str], limits: Limits) -> list[list[str]]:
    """Media part names per page (0-based list index), in order of first reference.

    Pages are split on explicit page breaks outside tables, as the text parser splits them;
    pictures in headers go on the first page. Each picture is listed once (Word's
    AlternateContent names the same picture twice, and a logo may repeat).
    """
    pages: list[list[str]] = [[]]
    seen: set[str] = set()

    def add(target: str | None) -> None:
        if target and target.startswith("word/media/") and target not in seen:
            seen.add(target)
            pages[-1].append(target)

    for part in header_parts:
        try:
            root = etree.fromstring(read_member(zf, zf.getinfo(part), limits), parser=etree.XMLParser(resolve_entities=False, no_network=True))
        except (KeyError, etree.XMLSyntaxError):
            continue
        rels = _rels(zf, part, limits)
        for el in root.iter(_A_BLIP, _V_IMAGEDATA):
            add(rels.get(el.get(f"{_R}embed") or el.get(f"{_R}id") or ""))
    if body is None:
        return pages
    rels = _rels(zf, "word/document.xml", limits)
    for el in body.iter(f"{_W}br", f"{_W}pageBreakBefore", _A_BLIP, _V_IMAGEDATA):
        tag = el.tag
        if tag == f"{_W}br" or tag == f"{_W}pageBreakBefore":
            is_break = (el.get(f"{_W}type") == "page") if tag == f"{_W}br" else el.get(f"{_W}val", "true") not in ("0", "false", "off")
            if is_break and not _in_table(el):
                pages.append([])
            continue
        add(rels.get(el.get(f"{_R}embed") or el.get(f"{_R}id") or ""))
    return pages


def _load(zf: zipfile.ZipFile, name: str, limits: Limits):
    """The picture as a grayscale PIL image, or None when it is tiny, huge or not a raster image."""
    from PIL import Image, UnidentifiedImageError

    from extract.parse.ocr import prepare_image

    try:
        data = read_member(zf, zf.getinfo(name), limits)
        image = Image.open(io.BytesIO(data))
        width, height = image.size
        if min(width, height) < MIN_SIDE or width * height < MIN_AREA or width * height > MAX_PIXELS:
            return None
        image.load()
    except (KeyError, OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError):
        return None  # EMF/WMF, SVG, damaged or bomb-sized pictures carry no text we can read
    except LimitExceeded:
        return None
    return prepare_image(image)


def sheets(images: list) -> list:
    """Stack pictures on white sheets of at most SHEET_WIDTH x SHEET_HEIGHT pixels, in order."""
    from PIL import Image

    out = []
    placed: list[tuple[object, int]] = []
    y = GAP

    def flush() -> None:
        if placed:
            sheet = Image.new("L", (SHEET_WIDTH, y), 255)
            top = GAP
            for img, h in placed:
                sheet.paste(img, (GAP, top))
                top += h + GAP
            out.append(sheet)

    for img in images:
        width, height = img.size
        scale = min(MAX_ENLARGE, TARGET_HEIGHT / height) if height < TARGET_HEIGHT else 1.0
        scale = min(scale, (SHEET_WIDTH - 2 * GAP) / width, (SHEET_HEIGHT - 2 * GAP) / height)
        if scale != 1.0:
            img = img.resize((max(1, round(width * scale)), max(1, round(height * scale))), Image.LANCZOS)
        h = img.size[1]
        if placed and y + h + GAP > SHEET_HEIGHT:
            flush()
            placed, y = [], GAP
        placed.append((img, h))
        y += h + GAP
    flush()
    return out


def ocr_pages(zf: zipfile.ZipFile, body: etree._Element | None, header_parts: list[str], limits: Limits, session: OcrSession) -> list[PageText]:
    """OCR text for every DOCX page that holds legible pictures (pages without any are absent).

    Each sheet counts as one page against the OCR page cap. Raises LimitExceeded when the
    document's time runs out.
    """
    if not session.usable():
        return []
    found: list[PageText] = []
    for index, names in enumerate(images_by_page(zf, body, header_parts, limits)):
        images = [img for img in (_load(zf, name, limits) for name in names) if img is not None]
        texts: list[str] = []
        weighted = 0.0
        words = 0
        for sheet in sheets(images):
            result = session.recognise_page(index + 1, sheet)
            if result is None:
                break
            if result.text:
                texts.append(result.text)
            if result.confidence is not None:
                weighted += result.confidence * result.words
                words += result.words
        text = "\n".join(line.rstrip() for line in clean_text("\n".join(texts)).split("\n")).strip("\n")
        if real_chars(text) >= 3:
            check_page_chars(text, index + 1, limits)
            found.append(PageText(index + 1, text, round(weighted / words, 2) if words else None))
    return found
