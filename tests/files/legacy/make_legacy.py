"""Writes the real Word 97 (.doc) and PowerPoint 97 (.ppt) fixtures beside this script.

Why a script: no package on PyPI writes the 97-2003 binary formats, so the fixtures are written
as .docx/.pptx (python-docx, python-pptx) and converted by LibreOffice headless, the way an agency
that still saves "Word 97-2003" produces them. The text is invented for these tests (a fictional
harbour authority and school district); the model numbers are catalogue names (Hytera's PD985 DMR
portable, Cisco's Catalyst 9300 range) chosen because the policy lists their makers.

Run: python tests/files/legacy/make_legacy.py   (needs python-docx, python-pptx, soffice)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

DOC_PAGES = [
    ["INVITATION TO TENDER",
     "Westmere Harbour Authority, reference WHA-ITT-2026-07",
     "Replacement of the port operations radio network",
     "Lot 1: 40 x Hytera PD985 DMR portable radios with chargers",
     "Lot 2: 2 x repeaters and antenna works"],
    ["Annex B: delivery and acceptance",
     "Delivery to the harbour master's office within 60 days of award.",
     "Acceptance tests are run on site in the presence of the supplier."],
]

PPT_SLIDES = [
    ("Bid presentation", "Lakeside School District: wide-area network refresh"),
    ("Proposed equipment", "12 x Cisco Catalyst 9300 access switches, 2 x core routers, five years of support"),
]


def _docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.core_properties.author = d.core_properties.last_modified_by = "tender-triage tests"
    for n, page in enumerate(DOC_PAGES):
        for line in page:
            d.add_paragraph(line)
        if n < len(DOC_PAGES) - 1:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.save(path)


def _pptx(path: Path) -> None:
    import pptx

    from pptx.util import Inches

    deck = pptx.Presentation()
    deck.core_properties.author = deck.core_properties.last_modified_by = "tender-triage tests"
    for title, body in PPT_SLIDES:
        slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank: plain text boxes
        for top, text in ((0.5, title), (2.0, body)):
            slide.shapes.add_textbox(Inches(0.5), Inches(top), Inches(9), Inches(1)).text_frame.text = text
    deck.save(path)


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice (soffice) is needed to write the 97-2003 formats", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp)
        _docx(src / "itt-radios.docx")
        _pptx(src / "bid-wan.pptx")
        for name, target in (("itt-radios.docx", "doc:MS Word 97"), ("bid-wan.pptx", "ppt:MS PowerPoint 97")):
            subprocess.run([soffice, f"-env:UserInstallation={(src / 'profile').as_uri()}", "--headless",
                            "--convert-to", target, "--outdir", str(HERE), str(src / name)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
