"""Rebuild the binary examples (PDF, DOCX, XLSX, zip) from the text below.

The examples are small made-up documents that show what the tool does; nothing here is a real
tender. Text examples (.txt, .html, .md) are kept as written; this script writes the rest:

    python scripts/build_examples.py      # needs the test extra (reportlab)
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "examples"


def cctv_rfq_pdf(path: Path) -> None:
    """An English RFQ whose bill of quantities quotes Hikvision cameras by model number."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story = [
        Paragraph("Riverside County Facilities Department", styles["Title"]),
        Paragraph("Request for Quotation RFQ-2026-118: CCTV upgrade, Courthouse annex", styles["Heading2"]),
        Paragraph(
            "The County invites quotations for the supply, installation and commissioning of an IP "
            "video surveillance system at the Courthouse annex, including cameras, a network video "
            "recorder and PoE switching. Quotations are due 15 January 2027.",
            styles["BodyText"],
        ),
        Spacer(1, 12),
        Paragraph("Bill of quantities (as offered by Northgate Security Ltd.)", styles["Heading3"]),
    ]
    rows = [
        ["Item", "Description", "Manufacturer", "Model", "Qty", "Unit price USD"],
        ["1", "4MP fixed dome IP camera, IR 30 m", "Hikvision", "DS-2CD2143G2-I", "24", "118.00"],
        ["2", "8MP bullet camera, ColorVu", "Hikvision", "DS-2CD2T87G2-L", "6", "204.00"],
        ["3", "16-channel NVR, 4 SATA", "Hikvision", "DS-7716NI-K4", "1", "612.00"],
        ["4", "24-port PoE+ switch", "Aruba", "JL684A", "2", "1,450.00"],
        ["5", "Installation and commissioning", "Northgate", "-", "1", "6,800.00"],
    ]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [table, Spacer(1, 12), Paragraph(
        "Delivery within six weeks of the purchase order. Prices exclude sales tax.", styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def network_tender_docx(path: Path) -> None:
    """An English network tender whose only restricted names sit in a prohibition clause."""
    from docx import Document

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Northshire Borough Council - ITT NB-ICT-0442"
    doc.add_heading("Invitation to Tender: campus network refresh", 0)
    doc.add_paragraph(
        "The Council seeks a supplier for 40 access-layer switches (48-port, PoE+), two core "
        "switches with 25G uplinks, 120 Wi-Fi 6E access points and a wireless controller, "
        "including installation, configuration and five years of support."
    )
    doc.add_heading("Security of supply", level=1)
    doc.add_paragraph(
        "Equipment, software or services produced by Huawei Technologies Co., Ltd. or ZTE "
        "Corporation, or any of their subsidiaries, shall not be offered. Tenders that include "
        "such equipment will be rejected."
    )
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Lot", "Scope", "Quantity"]):
        cell.text = text
    for row in (["1", "Access switches 48-port PoE+", "40"], ["2", "Core switches 25G", "2"],
                ["3", "Wi-Fi 6E access points", "120"]):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.sections[0].footer.paragraphs[0].text = "OFFICIAL - page footer"
    doc.save(str(path))


def radio_boq_xlsx(path: Path) -> None:
    """A German bill of quantities (Leistungsverzeichnis) for DMR radios naming Hytera models."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "LV Funk"
    ws.append(["Pos.", "Kurztext", "Hersteller", "Typ", "Menge", "Einheit", "EP EUR"])
    ws.append(["01.01", "DMR-Handfunkgerät mit GPS", "Hytera", "PD785G", 35, "Stk", 489.0])
    ws.append(["01.02", "DMR-Fahrzeugfunkgerät", "Hytera", "MD785i", 8, "Stk", 712.0])
    ws.append(["01.03", "Ladegerät Mehrfach", "Hytera", "MCL24", 4, "Stk", 301.0])
    ws.append(["01.04", "Programmierung und Einweisung", "", "", 1, "psch", 1800.0])
    info = wb.create_sheet("Angaben")
    info.append(["Auftraggeber", "Stadtwerke Beispielstadt, Betriebshof"])
    info.append(["Gegenstand", "Lieferung digitaler Betriebsfunkgeräte (DMR Tier II)"])
    wb.save(str(path))


FORM_LINES = (
    "ACTE D'ENGAGEMENT - Lot 2 : pare-feux",
    "Candidat : Reseaux Val-Vert SARL",
    "Le candidat s'engage a livrer deux pare-feux",
    "Fortinet FG-200F en haute disponibilite,",
    "installes et mis en service sous 4 semaines.",
    "Fait a Val-Vert, le 12 mars 2026",
    "Signature du representant habilite :",
)


def _scanned_form():  # type: ignore[no-untyped-def]
    """A page image of a signed form at 150 dpi: grey paper, dark print tilted a little, specks
    and a scribbled signature, as a scanner returns it."""
    import random

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(2026)
    width, height = 1240, 1754  # A4 at 150 dpi
    page = Image.new("L", (width, height), 244)
    draw = ImageDraw.Draw(page)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 34)
    except OSError:
        font = ImageFont.load_default(size=34)
    y = 180
    for line in FORM_LINES:
        draw.text((140, y), line, fill=30, font=font)
        y += 80
    draw.rectangle((140, y + 20, 640, y + 200), outline=40, width=3)
    draw.line([(170, y + 150), (260, y + 70), (330, y + 160), (420, y + 80), (560, y + 120)], fill=20, width=4)
    page = page.rotate(0.8, resample=Image.BICUBIC, fillcolor=244)
    pixels = page.load()
    for _ in range(width * height // 500):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 160))
    return page.filter(ImageFilter.GaussianBlur(0.5))


def package_zip(path: Path) -> None:
    """A bid package: a French quote for firewalls, and a signed form scanned without a text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    quote = (
        "DEVIS N° 2026-1187\n"
        "Client : Communauté d'agglomération du Val-Vert, direction des systèmes d'information\n"
        "Objet : fourniture de deux pare-feux de nouvelle génération en haute disponibilité\n\n"
        "Désignation | Marque | Référence | Qté | Prix unitaire HT\n"
        "Pare-feu NGFW 10 Gbit/s | Fortinet | FG-200F | 2 | 6 480,00 €\n"
        "Licence UTP 3 ans | Fortinet | FC-10-F200F-950-02-36 | 2 | 3 910,00 €\n"
        "Mise en service et formation | - | - | 1 | 2 400,00 €\n\n"
        "Validité de l'offre : 60 jours. Délai de livraison : 4 semaines.\n"
    ).encode("utf-8")
    scanned = io.BytesIO()
    c = canvas.Canvas(scanned, pagesize=A4)
    # a signed form as a scanner produces it: one page-sized picture, no text layer, so only OCR
    # reads it (Tesseract, or RapidOCR which pip installs with the tool)
    c.drawImage(ImageReader(_scanned_form()), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("devis-pare-feu.txt", quote)
        zf.writestr("formulaire-signe.pdf", scanned.getvalue())


def main() -> None:
    cctv_rfq_pdf(HERE / "rfq-cctv-courthouse.pdf")
    network_tender_docx(HERE / "itt-campus-network.docx")
    radio_boq_xlsx(HERE / "lv-betriebsfunk.xlsx")
    package_zip(HERE / "bid-package-firewall.zip")


if __name__ == "__main__":
    main()
