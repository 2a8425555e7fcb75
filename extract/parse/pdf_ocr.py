"""Which PDF pages OCR should read, and reading one (issue 6).

Kept apart from `pdf.py` (text and tables) so the two can change independently: `pdf.py` asks
`wants_ocr` while it has a page open, and after its text pass calls `recover_textless_page`
for the pages it collected, so the OCR languages can be guessed from the whole text layer.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extract.parse.ocr import DPI, OcrSession
from extract.parse.common import MIN_PAGE_CHARS, check_page_chars, clean_text, real_chars
from extract.types import Page

#: In `--ocr auto`, a page with fewer letters/digits than this but a page-sized image or a vector
#: drawing is read too ("almost no text": a scan with a typed Bates number or a stamp on it).
ALMOST_NO_TEXT = 40
#: Share of the page that images must cover to count as a scan of the page.
PAGE_IMAGE_SHARE = 0.3
#: Path objects that make a page a drawing worth rendering even though it has a few letters
#: (r022 draws its text as 1,100-2,100 outline paths; a ruled table has tens).
VECTOR_TEXT_PATHS = 200
#: Paths on a page with no text layer at all before it is worth rendering (not a blank page
#: with a frame or a rule).
MIN_DRAWING_PATHS = 20


def wants_ocr(page: pdfium.PdfPage, chars: int, mode: str) -> bool:
    """Whether OCR should read this page, given its text layer's letter/digit count `chars`.

    always: every page; never: none. auto: a page without a text layer (< MIN_PAGE_CHARS) that
    holds any image or a drawing, or a page with almost none (< ALMOST_NO_TEXT) that holds a
    page-sized image or a drawing as dense as text outlines. Blank and text pages are never
    rendered, so a born-digital PDF costs nothing extra.
    """
    if mode == "always":
        return True
    if mode != "auto" or chars >= ALMOST_NO_TEXT:
        return False
    textless = chars < MIN_PAGE_CHARS
    width, height = page.get_size()
    area = max(width * height, 1.0)
    covered = 0.0
    paths = 0
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH), max_depth=4):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
            if paths >= VECTOR_TEXT_PATHS:
                return True
            continue
        if textless:
            return True
        try:
            left, bottom, right, top = obj.get_bounds()
        except pdfium.PdfiumError:
            continue
        covered += max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
        if covered >= PAGE_IMAGE_SHARE * area:
            return True
    return textless and paths >= MIN_DRAWING_PATHS


def recover_textless_page(pdf: pdfium.PdfDocument, index: int, session: OcrSession) -> Page | None:
    """An OCR'd Page for page `index` (0-based) of the open `pdf`, or None.

    The page is rendered at `ocr.DPI` in grayscale: for a scan that re-samples its image, and
    for text drawn as vector outlines (r022) rendering is what makes it readable at all. None
    when OCR is off or unavailable, the page cap is spent (the session records which), or
    nothing legible came out. Raises LimitExceeded when the document's time runs out.
    """
    if not session.usable():
        return None
    number = index + 1
    page = pdf[index]
    try:
        image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    finally:
        page.close()
    result = session.recognise_page(number, image)
    if result is None or real_chars(result.text) < MIN_PAGE_CHARS:
        return None
    text = "\n".join(line.rstrip() for line in clean_text(result.text).split("\n")).strip("\n")
    check_page_chars(text, number, session.limits)
    return Page(number=number, text=text, ocr=True, ocr_confidence=result.confidence)
