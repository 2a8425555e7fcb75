"""HTML and XML: the text a reader sees, nothing a browser would hide.

HTML keeps only visible text (scripts, styles, templates, comments and head metadata other than
<title> are dropped); block elements end lines and data tables become rows, each also written as
one " | " line where the table stood. XML notices (eForms, OCDS exports) give every text node on
its own line. Parsers never fetch anything and never expand external entities.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from extract.limits import Limits, check_markup_size
from extract.parse.common import ParseFailure, Parsed, clean_cell, clean_text, make_page, row_line
from extract.parse.text import decode

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")

_DROP = {"script", "style", "template", "noscript", "head", "svg", "math", "iframe", "object", "select"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "option",
}
_WS = re.compile(r"[ \t\r\n\f\u00a0]+")


def _tag(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


class _HtmlText:
    """Walks the tree once, collecting lines; leaf data tables are emitted as rows."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.tables: list[list[tuple[str, ...]]] = []

    def newline(self) -> None:
        line = _WS.sub(" ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def walk(self, el: etree._Element, pre: bool = False) -> None:
        tag = _tag(el)
        if not isinstance(el.tag, str) or tag in _DROP:  # comments, processing instructions
            if el.tail:
                self.text(el.tail, pre)
            return
        if tag == "table" and not any(_tag(t) == "table" for t in el.iterdescendants()):
            self.newline()
            self.table(el)
        else:
            block = tag in _BLOCK
            if block:
                self.newline()
            if tag == "br":
                self.newline()
            if el.text:
                self.text(el.text, pre or tag == "pre")
            for child in el:
                self.walk(child, pre or tag == "pre")
            if block:
                self.newline()
        if el.tail:
            self.text(el.tail, pre)

    def text(self, s: str, pre: bool) -> None:
        if pre and "\n" in s:
            parts = s.split("\n")
            for part in parts[:-1]:
                self.current.append(part)
                self.newline()
            self.current.append(parts[-1])
        else:
            self.current.append(s)

    def table(self, table: etree._Element) -> None:
        rows: list[tuple[str, ...]] = []
        for tr in table.iter("tr", "{*}tr"):
            cells = tuple(clean_cell(_cell_text(c)) for c in tr if _tag(c) in ("td", "th"))
            if any(cells):
                rows.append(cells)
                self.lines.append(row_line(cells))
        caption = [c for c in table if _tag(c) == "caption"]
        if caption:
            self.lines.insert(len(self.lines) - len(rows), clean_cell(_cell_text(caption[0])))
        if rows:
            self.tables.append(rows)


def _cell_text(el: etree._Element) -> str:
    parts: list[str] = []
    for node in el.iter():
        if not isinstance(node.tag, str) or _tag(node) in _DROP:
            continue
        if _tag(node) in ("br", "p", "div", "li"):
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        if node is not el and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def _html_encoding(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    # Browsers read these labels as their supersets; so do we.
    return {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "shift_jis": "cp932",
            "gb2312": "gb18030", "gbk": "gb18030", "x-sjis": "cp932"}.get(name, name)


def parse_html(data: bytes, *, limits: Limits) -> Parsed:
    check_markup_size(len(data), limits, "HTML document")
    text, encoding = decode(data, declared=_html_encoding(data))
    return html_text(text, encoding, limits=limits)


def html_text(text: str, encoding: str, *, limits: Limits) -> Parsed:
    """The visible text of HTML already decoded (an e-mail's HTML body, decoded with the charset
    its MIME header names, which outranks a <meta charset> the sender's editor left in)."""
    text = clean_text(text)
    if not text.strip():
        raise ParseFailure("empty HTML document")
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
    # lxml refuses str input that carries an XML encoding declaration; strip it.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    root = lxml_html.document_fromstring(text, parser=parser)
    walker = _HtmlText()
    title_el = root.find(".//title")
    title = clean_cell(title_el.text_content()) if title_el is not None else ""
    if title:
        walker.lines.append(title)
    walker.walk(root)
    walker.newline()
    meta = [("encoding", encoding)]
    if title:
        meta.append(("title", title))
    page = make_page(1, "\n".join(walker.lines), walker.tables, limits)
    return Parsed(pages=(page,), metadata=tuple(meta))


def parse_xml(data: bytes, *, limits: Limits) -> Parsed:
    check_markup_size(len(data), limits, "XML document")
    m = _XML_ENCODING.match(data[:512])
    declared = m.group(1).decode("ascii") if m else None
    text, encoding = decode(data, declared=declared)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", clean_text(text))
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, recover=False
    )
    try:
        root = etree.fromstring(text.encode("utf-8"), parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ParseFailure(f"malformed XML: {exc}") from exc
    lines = []
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        for piece in (node.text, node.tail if node is not root else None):
            if piece and piece.strip():
                lines.append(_WS.sub(" ", piece).strip())
    return Parsed(pages=(make_page(1, "\n".join(lines), (), limits),), metadata=(("encoding", encoding),))
