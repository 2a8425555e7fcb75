"""DOCX: body paragraphs and tables in document order, plus headers, footers and notes.

Read with zipfile + lxml rather than python-docx: one pass over `word/document.xml` keeps
paragraphs and tables interleaved as written, content controls and tracked insertions are
included, deleted text is not, and every part is read through the same size-capped reader as
archive members (a DOCX is a zip from outside). Pages are split on explicit page breaks only
(`<w:br w:type="page"/>` and "page break before" paragraphs); Word's own layout is unknowable here.
Header parts come first on page 1 and footer parts last on the final page, each distinct text
once (sections repeat the same header).
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from extract.limits import NO_DEADLINE, Deadline, Limits
from extract.parse.ocr import NO_OCR, OcrOptions, OcrSession
from extract.parse.common import ParseFailure, Parsed, check_page_count, clean_cell, make_page, read_member, row_line
from extract.types import Page, Status

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_w = f"{{{W}}}"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)

_PAGE_BREAK = "\f"  # internal marker; split on it at the end


def _xml(zf: zipfile.ZipFile, name: str, limits: Limits) -> etree._Element | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    return etree.fromstring(read_member(zf, info, limits), parser=_PARSER)


def _paragraph(p: etree._Element) -> str:
    """Text of one w:p: runs, tabs, line breaks; a page break becomes the page marker."""
    out: list[str] = []
    ppr = p.find(f"{_w}pPr")
    if ppr is not None:
        pb = ppr.find(f"{_w}pageBreakBefore")
        if pb is not None and pb.get(f"{_w}val", "true") not in ("0", "false", "off"):
            out.append(_PAGE_BREAK)
    for el in p.iter(f"{_w}t", f"{_w}tab", f"{_w}br", f"{_w}cr", f"{_w}noBreakHyphen", f"{_w}sym", f"{_w}p"):
        tag = el.tag
        if tag == f"{_w}p":
            if el is not p:  # a paragraph inside a text box: its own line
                out.append("\n")
            continue
        if tag == f"{_w}t":
            out.append(el.text or "")
        elif tag == f"{_w}tab":
            out.append("\t")
        elif tag == f"{_w}br":
            out.append(_PAGE_BREAK if el.get(f"{_w}type") == "page" else "\n")
        elif tag == f"{_w}cr":
            out.append("\n")
        elif tag == f"{_w}noBreakHyphen":
            out.append("-")
    return "".join(out)


class _Body:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tables: list[list[list[tuple[str, ...]]]] = [[]]  # per page

    def block(self, container: etree._Element) -> None:
        for child in container:
            tag = child.tag
            if tag == f"{_w}p":
                text = _paragraph(child)
                for i, part in enumerate(text.split(_PAGE_BREAK)):
                    if i:
                        self.lines.append(_PAGE_BREAK)
                        self.tables.append([])
                    self.lines.extend(line.strip() for line in part.split("\n"))
            elif tag == f"{_w}tbl":
                self.table(child)
            elif tag in (f"{_w}sdt", f"{_w}customXml", f"{_w}ins", f"{_w}smartTag"):
                inner = child.find(f"{_w}sdtContent")
                self.block(inner if inner is not None else child)

    def table(self, tbl: etree._Element) -> None:
        rows: list[tuple[str, ...]] = []
        for tr in tbl.iter(f"{_w}tr"):
            if tr.getparent() is not tbl and tr.getparent().tag != f"{_w}sdtContent":
                continue  # rows of nested tables are folded into their cell's text
            cells = []
            for tc in tr.iter(f"{_w}tc"):
                if tc.getparent() is not tr:
                    continue
                cells.append(clean_cell(" ".join(_paragraph(p).replace(_PAGE_BREAK, " ") for p in tc.iter(f"{_w}p"))))
            row = tuple(cells)
            if any(row):
                rows.append(row)
                self.lines.append(row_line(row))
        if rows:
            self.tables[-1].append(rows)


def _related_parts(zf: zipfile.ZipFile, limits: Limits, kind: str) -> list[str]:
    """Part names of the document's headers, footers, footnotes..., in relationship order."""
    rels = _xml(zf, "word/_rels/document.xml.rels", limits)
    if rels is None:
        return []
    names = []
    for rel in rels.iter(f"{{{_PKG_REL}}}Relationship"):
        if rel.get("Type", "").endswith("/" + kind) and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            name = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join("word", target))
            if name not in names:
                names.append(name)
    return names


def _part_lines(zf: zipfile.ZipFile, names: list[str], limits: Limits, seen: set[str]) -> list[str]:
    lines: list[str] = []
    for name in names:
        root = _xml(zf, name, limits)
        if root is None:
            continue
        body = _Body()
        body.block(root)
        for note in root:  # footnotes/endnotes wrap their paragraphs one level down
            if note.tag in (f"{_w}footnote", f"{_w}endnote") and note.get(f"{_w}type") is None:
                body.block(note)
        text = "\n".join(ln for ln in body.lines if ln and ln != _PAGE_BREAK)
        if text and text not in seen:
            seen.add(text)
            lines.extend(text.split("\n"))
    return lines


def parse_docx(data: bytes, *, limits: Limits, deadline: Deadline = NO_DEADLINE, ocr: OcrOptions = NO_OCR) -> Parsed:
    """Text and tables of a DOCX; with `ocr` (issue 6), text from its pictures too.

    OCR reads the pictures of an image-only DOCX in `auto`, of every DOCX in `always`; the
    recognised text follows the page's own text and the page is marked `ocr`.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ParseFailure(f"damaged DOCX (not a readable zip): {exc}") from exc
    with zf:
        root = _xml(zf, "word/document.xml", limits)
        if root is None:
            raise ParseFailure("damaged DOCX: word/document.xml is missing")
        body_el = root.find(f"{_w}body")
        body = _Body()
        if body_el is not None:
            body.block(body_el)
        seen: set[str] = set()
        header = _part_lines(zf, _related_parts(zf, limits, "header"), limits, seen)
        notes = _part_lines(zf, _related_parts(zf, limits, "footnotes") + _related_parts(zf, limits, "endnotes"), limits, seen)
        footer = _part_lines(zf, _related_parts(zf, limits, "footer"), limits, seen)
        images = sum(1 for n in zf.namelist() if n.startswith("word/media/"))
        session = OcrSession(ocr, limits, deadline)
        recognised = []
        has_text = any(sum(1 for c in line if c.isalnum()) >= 3 for line in body.lines + header + notes + footer)
        if images and session.enabled and (ocr.mode == "always" or not has_text):
            from extract.parse.word_ocr import ocr_pages

            session.add_text("\n".join(body.lines + header + notes + footer))
            recognised = ocr_pages(zf, body_el, _related_parts(zf, limits, "header"), limits, session)

    page_lines: list[list[str]] = [[]]
    for line in body.lines:
        if line == _PAGE_BREAK:
            page_lines.append([])
        elif line:
            page_lines[-1].append(line)
    check_page_count(len(page_lines), limits)  # explicit page breaks are pages: same limit as a PDF's
    page_lines[0][:0] = header
    page_lines[-1].extend(notes + footer)
    pages: list[Page] = [
        make_page(i + 1, "\n".join(lines), body.tables[i] if i < len(body.tables) else (), limits)
        for i, lines in enumerate(page_lines)
    ]
    for found in recognised:
        if found.number <= len(pages):
            old = pages[found.number - 1]
            text = (old.text + "\n" if old.text else "") + found.text
            pages[found.number - 1] = Page(old.number, text, old.tables, ocr=True, ocr_confidence=found.confidence)
    meta = ((("images", str(images)),) if images else ()) + tuple(session.metadata())
    if not any(sum(1 for c in p.text if c.isalnum()) >= 3 for p in pages):
        reason = f"only images ({images} embedded)" if images else "no text"
        hint = session.no_text_hint() if images else ""
        return Parsed(
            pages=tuple(pages),
            status=Status.NO_TEXT.value,
            error=f"no text in DOCX: {reason}; scanned or image-only, OCR needed" + (f"; {hint}" if hint else ""),
            metadata=meta,
        )
    return Parsed(pages=tuple(pages), metadata=meta)
