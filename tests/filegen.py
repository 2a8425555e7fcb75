"""Builders of real files for tests and benchmarks (PDF, DOCX, XLSX, ODT/ODS, zip).

Every builder returns bytes, so a test writes them to tmp_path (or feeds parse_bytes directly)
and a benchmark can generate the same tenders. The PDFs are made with reportlab, so their text
layers, page counts and ruled tables are known exactly; the tender generator is seeded.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Mapping, Sequence

BOQ_HEADER = ("Item", "Description", "Manufacturer", "Model", "Qty", "Unit price")

#: Line items of a plausible bill of quantities (manufacturer and model in their own cells).
BOQ_ITEMS = (
    ("Core switch, 48 x 10G SFP+", "Huawei", "CloudEngine S6730-H48X6C", "2", "8,400.00"),
    ("Access switch, 24 x 1G PoE+", "Cisco", "C9200L-24P-4G-E", "12", "1,950.00"),
    ("IP bullet camera 4 MP, IR 30 m", "Hikvision", "DS-2CD2043G2-I", "40", "129.00"),
    ("PTZ dome camera 32x", "Dahua", "SD49425XB-HNR", "6", "1,480.00"),
    ("Network video recorder 16 ch", "Dahua", "DHI-NVR5216-16P-I", "2", "690.00"),
    ("Two-way radio, DMR portable", "Hytera", "PD985", "25", "540.00"),
    ("Firewall appliance", "Fortinet", "FortiGate 100F", "2", "3,100.00"),
    ("Endpoint security licence, 1 yr", "Kaspersky", "KESB Select", "300", "21.00"),
    ("Wireless access point Wi-Fi 6", "Aruba", "AP-515", "30", "610.00"),
    ("Cellular router 4G LTE", "ZTE", "MF286D", "4", "160.00"),
    ("UPS 3 kVA rack mount", "APC", "SMT3000RMI2U", "3", "1,250.00"),
    ("Structured cabling, Cat6A per point", "CommScope", "SYSTIMAX GigaSPEED X10D", "180", "95.00"),
)

PROSE = (
    "The Contracting Authority invites sealed bids for the supply, installation and commissioning of the equipment listed below.",
    "Bidders shall submit a technical offer describing the proposed solution and a financial offer in the currency of the tender.",
    "All equipment shall be new, of current manufacture, and supported by the manufacturer for at least five years.",
    "Delivery shall be made to the central warehouse within sixty days of contract signature.",
    "The warranty period shall be thirty-six months from the date of final acceptance.",
    "Bids received after the deadline will be returned unopened to the bidder.",
    "The evaluation will be based on the lowest evaluated substantially responsive bid.",
    "Training shall be provided on site for up to ten members of the technical staff.",
)


# --------------------------------------------------------------------------- PDF


def _styles():  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import getSampleStyleSheet

    return getSampleStyleSheet()


def _ruled_table(rows: Sequence[Sequence[str]]):  # type: ignore[no-untyped-def]
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    styles = _styles()
    cell = styles["BodyText"].clone("cell", fontSize=8, leading=10)
    data = [[Paragraph(str(c), cell) for c in r] for r in rows]
    widths = [12 * mm, 52 * mm, 26 * mm, 42 * mm, 12 * mm, 22 * mm][: len(rows[0])]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def pdf_bytes(pages: Sequence[Sequence[object]], *, title: str = "Tender") -> bytes:
    """A PDF with one page per entry; each entry is a list of paragraphs (str) and tables
    (a list of rows, drawn ruled). Content that overflows a page continues on the next one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = _styles()
    story: list[object] = []
    for i, content in enumerate(pages):
        if i:
            story.append(PageBreak())
        for item in content:
            if isinstance(item, str):
                story.append(Paragraph(item, styles["BodyText"]))
            else:
                story.append(Spacer(1, 6))
                story.append(_ruled_table(item))  # type: ignore[arg-type]
                story.append(Spacer(1, 6))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title=title).build(story)
    return buf.getvalue()


def boq_rows(items: Sequence[Sequence[str]] = BOQ_ITEMS, start: int = 1) -> list[tuple[str, ...]]:
    """Header plus numbered line items."""
    return [BOQ_HEADER] + [(str(start + i), *item) for i, item in enumerate(items)]


def boq_pdf(items: Sequence[Sequence[str]] = BOQ_ITEMS) -> bytes:
    """One page: a heading paragraph, the bill of quantities as a ruled table, a closing line."""
    return pdf_bytes(
        [["Lot 1: Network and surveillance equipment - bill of quantities", boq_rows(items), "Prices exclude VAT."]]
    )


def tender_pdf(n_pages: int, seed: int = 0) -> bytes:
    """A generated tender of exactly `n_pages` pages: prose pages, and every third page a BOQ table."""
    rng = random.Random(seed)
    pages: list[list[object]] = []
    for p in range(n_pages):
        content: list[object] = [f"Section {p + 1}. " + rng.choice(PROSE)]
        if p % 3 == 2:
            items = rng.sample(BOQ_ITEMS, 8)
            content.append(boq_rows(items, start=p * 10 + 1))
        else:
            content.extend(rng.choice(PROSE) for _ in range(12))
        pages.append(content)
    return pdf_bytes(pages)


def image_only_pdf(n_pages: int = 2) -> bytes:
    """Pages with shapes and a raster image but no text layer (like a scan)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    raw = bytes((x * 7 + y * 3) % 256 for y in range(64) for x in range(64))
    try:
        from PIL import Image

        img = Image.frombytes("L", (64, 64), raw)
        image = ImageReader(img)
    except ImportError:  # pragma: no cover - pillow comes with reportlab
        image = None
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(n_pages):
        if image is not None:
            c.drawImage(image, 72, 400, width=400, height=300)
        c.rect(72, 100, 300, 200)
        c.circle(300, 600, 50)
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypt_pdf(data: bytes, user_password: str, owner_password: str = "owner-secret", algorithm: str = "RC4-128") -> bytes:
    """The same PDF encrypted with pypdf (an empty user password opens without asking)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------- office


def docx_bytes(
    *,
    header: str | None = None,
    footer: str | None = None,
    paragraphs: Sequence[str] = (),
    table: Sequence[Sequence[str]] | None = None,
    after_table: Sequence[str] = (),
    page_break_before: Sequence[str] = (),
    sections: int = 1,
) -> bytes:
    """A DOCX: header/footer, paragraphs, a table, more paragraphs, then paragraphs that each start
    a new page (explicit page breaks). `sections` > 1 adds sections that repeat the same header."""
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    sec = d.sections[0]
    if header is not None:
        sec.header.paragraphs[0].text = header
    if footer is not None:
        sec.footer.paragraphs[0].text = footer
    for text in paragraphs:
        d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    for text in after_table:
        d.add_paragraph(text)
    for text in page_break_before:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph(text)
    for _ in range(sections - 1):
        d.add_section()
        d.add_paragraph("Annex")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def xlsx_bytes(sheets: Mapping[str, Sequence[Sequence[object]]]) -> bytes:
    """A workbook with the given sheets in order; rows may contain None (empty cells)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _odf(mimetype: str, body: str) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
        f"<office:body>{body}</office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first, as the spec asks
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def _esc(s: object) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _odf_table(name: str, rows: Sequence[Sequence[object]]) -> str:
    out = [f'<table:table table:name="{_esc(name)}">']
    for row in rows:
        cells = "".join(f"<table:table-cell><text:p>{_esc(c)}</text:p></table:table-cell>" for c in row)
        out.append(f"<table:table-row>{cells}</table:table-row>")
    # the empty tail a real ODS carries: a huge repeat of empty rows
    out.append('<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    out.append("</table:table>")
    return "".join(out)


def odt_bytes(heading: str, paragraphs: Sequence[str], table: Sequence[Sequence[str]] = ()) -> bytes:
    body = f'<text:h text:outline-level="1">{_esc(heading)}</text:h>'
    body += "".join(f"<text:p>{_esc(p)}</text:p>" for p in paragraphs)
    if table:
        body += _odf_table("Table1", table)
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{body}</office:text>")


def ods_bytes(sheets: Mapping[str, Sequence[Sequence[object]]]) -> bytes:
    body = "".join(_odf_table(name, rows) for name, rows in sheets.items())
    return _odf("application/vnd.oasis.opendocument.spreadsheet", f"<office:spreadsheet>{body}</office:spreadsheet>")


# --------------------------------------------------------------------------- archives


def zip_bytes(members: Mapping[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip holding `members` (names used verbatim, including hostile ones like "../x")."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compression) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buf.getvalue()


# --------------------------------------------------------------------------- e-mail


QUOTE_PARAGRAPHS = (
    "Quotation Q-2025-117 for the municipal CCTV upgrade",
    "We are pleased to offer the following equipment.",
)
QUOTE_TABLE = (
    ("Item", "Manufacturer", "Model", "Qty"),
    ("1", "Hikvision", "DS-2CD2043G2-I", "24"),
    ("2", "Hikvision", "DS-7616NI-K2", "1"),
)


def quote_docx() -> bytes:
    """A supplier's quote offering Hikvision cameras (restricted_vendor_named with any model)."""
    return docx_bytes(paragraphs=list(QUOTE_PARAGRAPHS), table=[list(r) for r in QUOTE_TABLE])


def eml_bytes(
    *,
    subject: str = "Quotation for CCTV cameras",
    sender: str = "Sales Desk <sales@example-integrator.test>",
    to: str = "procurement@city.example",
    date: str = "Tue, 04 Mar 2025 09:15:00 +0100",
    body: str = "Dear procurement team,\n\nplease find our quotation attached.\n\nKind regards\n",
    html: str | None = None,
    attachments: Sequence[tuple[str, bytes, str]] = (),
    messages: Sequence[bytes] = (),
) -> bytes:
    """An RFC 5322 message (stdlib email): a plain body (and an HTML twin when `html`), then
    attachments as (filename, bytes, "maintype/subtype") and attached messages (message/rfc822)."""
    from email import policy
    from email.message import EmailMessage
    from email.parser import BytesParser

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Date"] = sender, to, subject, date
    msg["Message-ID"] = "<q-2025-117@example-integrator.test>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for raw in messages:
        msg.add_attachment(BytesParser(policy=policy.default).parsebytes(raw))
    return msg.as_bytes()
