"""Pictures: JPEG, PNG, TIFF (every page of a multi-page TIFF), BMP, GIF, WebP, read by OCR.

A signed quote photographed with a phone, a fax saved as TIFF, a scan sent as PNG: a picture is
a scanned page, so each frame goes to OCR as a page would (extract.parse.ocr) and the Document
has one Page per frame. Where OCR is off or unavailable the picture is `no_text` (flagged, with
the install hint), never an error and never cleared.

Pictures are hostile input like any other: the pixel count is checked from the header before a
single pixel is decoded (a 100 KB PNG can declare 50,000 x 50,000 pixels and take 2.5 GB), and
Pillow's own decompression-bomb guard stays on as a second line. A truncated file is an error
record, not a half-read page.
"""

from __future__ import annotations

import io
import warnings

from extract.errors import LimitExceeded
from extract.limits import NO_DEADLINE, Deadline, Limits
from extract.parse.common import (
    MIN_PAGE_CHARS,
    Parsed,
    ParseFailure,
    check_page_chars,
    check_page_count,
    clean_text,
    real_chars,
)
from extract.parse.ocr import NO_OCR, OcrOptions, OcrSession
from extract.types import Page, Status

#: Pixels one frame may have when Pillow's guard (Image.MAX_IMAGE_PIXELS, the same figure by
#: default: about 9,500 x 9,500, room for a 50 MP phone photo or an A1 scan at 300 dpi) has been
#: switched off by the embedding program. Larger frames are refused before decoding.
DEFAULT_MAX_PIXELS = 89_478_485

#: Frames narrower or shorter than this hold no line of text (icons, spacer GIFs).
MIN_SIDE = 16


def max_pixels() -> int:
    """The pixel cap in force: Pillow's Image.MAX_IMAGE_PIXELS, else DEFAULT_MAX_PIXELS."""
    from PIL import Image

    return int(Image.MAX_IMAGE_PIXELS or DEFAULT_MAX_PIXELS)


def _frames(image, limits: Limits):  # type: ignore[no-untyped-def]
    """Yield each frame of `image` (one for most formats, every page of a TIFF) after checking
    the page count and each frame's declared pixel count."""
    count = getattr(image, "n_frames", 1) or 1
    check_page_count(count, limits)
    multi = image.format == "TIFF"  # GIF/WebP frames are animation, not pages: the first only
    for index in range(count if multi else 1):
        if index:
            image.seek(index)
        width, height = image.size
        if width * height > max_pixels():
            raise LimitExceeded(
                f"image size limit: page {index + 1} is {width:,} x {height:,} pixels > {max_pixels():,} (decompression bomb?)"
            )
        yield index + 1, image


def parse_image(data: bytes, fmt: str, *, limits: Limits, deadline: Deadline = NO_DEADLINE, ocr: OcrOptions = NO_OCR) -> Parsed:
    """One Page per frame, its text read by OCR; `no_text` when OCR is off, missing or finds nothing."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    session = OcrSession(ocr, limits, deadline)
    pages: list[Page] = []
    sizes: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)  # over Pillow's own guard: refuse
        try:
            image = Image.open(io.BytesIO(data))
        except UnidentifiedImageError as exc:
            raise ParseFailure(f"damaged {fmt.upper()} image: Pillow cannot identify it") from exc
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise LimitExceeded(f"image size limit: more than {max_pixels():,} pixels (decompression bomb?)") from None
        with image:
            try:
                for number, frame in _frames(image, limits):
                    deadline.check("document")
                    sizes.append(f"{frame.size[0]}x{frame.size[1]}")
                    try:
                        picture = ImageOps.exif_transpose(frame.copy()) if number == 1 else frame.copy()
                    except (OSError, SyntaxError, ValueError) as exc:
                        raise ParseFailure(f"damaged {fmt.upper()} image (page {number}): {exc}") from exc
                    text, confidence = "", None
                    if min(picture.size) >= MIN_SIDE:
                        result = session.recognise_page(number, picture)
                        if result is not None and real_chars(result.text) >= MIN_PAGE_CHARS:
                            text = "\n".join(line.rstrip() for line in clean_text(result.text).split("\n")).strip("\n")
                            confidence = result.confidence
                            check_page_chars(text, number, limits)
                    pages.append(Page(number=number, text=text, ocr=bool(text), ocr_confidence=confidence))
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise LimitExceeded(f"image size limit: more than {max_pixels():,} pixels (decompression bomb?)") from None
            except EOFError as exc:
                raise ParseFailure(f"damaged {fmt.upper()} image: frames end early ({exc})") from exc
    meta = [("image_size", ",".join(sizes)), *session.metadata()]
    textless = [p.number for p in pages if not p.text]
    if textless:
        meta.append(("pages_without_text", ",".join(map(str, textless))))
    if len(textless) == len(pages):
        hint = session.no_text_hint() or ("OCR is off (--ocr never)" if not session.enabled else "OCR found no text")
        what = f"{len(pages)} pages" if len(pages) > 1 else "page"
        return Parsed(pages=tuple(pages), status=Status.NO_TEXT.value, metadata=tuple(meta),
                      error=f"{fmt.upper()} image without readable text on its {what} (a picture; OCR needed); {hint}")
    return Parsed(pages=tuple(pages), metadata=tuple(meta))
