"""OCR for pages that carry no text layer: scans, page images, text drawn as outlines (issue 6).

Signed bid forms, manufacturer letters and printed-then-scanned specifications arrive as
pictures; without OCR they can only go to a reviewer unread. The format parsers decide which
pages need OCR and turn them into images (pypdfium2 renders a PDF page, a DOCX hands over its
embedded pictures); this module only recognises images, so it knows nothing about PDF or DOCX.

Tesseract is called through pytesseract, one process per image, with `OMP_THREAD_LIMIT=1`:
the batch already runs one worker per core, and Tesseract's OpenMP threads on top of that made a
page 15x slower on a busy 2-core machine (measured: 1.4 s -> 28 s of CPU on r066 page 1).

Languages: `--ocr-lang` (Tesseract codes, "eng+jpn"), else guessed from the scripts in the
document's text layer (kana -> jpn, Han -> chi_sim/chi_tra, Latin diacritics -> deu/fra/spa;
always plus eng, since model numbers and vendor names are Latin), else every installed pack we
support for the first OCR page, narrowed by what that page turned out to contain. All packs
cost about 2.2x English alone on an English page, so narrowing early matters.

Two engines (issue 13). Tesseract (a system package) reads every supported language and turns
sideways pages upright. RapidOCR (`rapidocr-onnxruntime`, a pip dependency whose PP-OCRv4 models
ship inside its wheel) installs with the tool, so a plain `pip install` reads scans; its models
read Chinese and Latin script (no Japanese kana, no 90-degree turns). `--ocr-engine auto` (the
default) takes Tesseract when it is installed with a supported pack, else RapidOCR;
`tesseract` or `rapidocr` ask for one. Figures for both on the same pages:
benchmarks/bench_ocr_engines.py and benchmarks/RESULTS.md.

Where no engine is usable nothing fails: the page stays without text, the document keeps its
`no_text` status, and the message says how to install one.
"""

from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from extract.errors import LimitExceeded
from extract.limits import NO_DEADLINE, Deadline, Limits

if TYPE_CHECKING:  # Pillow is imported lazily: a parse-only caller never needs it
    from PIL.Image import Image

OCR_MODES = ("auto", "never", "always")

#: auto: Tesseract when installed with a supported pack, else RapidOCR (see the module docstring).
OCR_ENGINES = ("auto", "tesseract", "rapidocr")

#: Tesseract packs the tool knows how to guess and that .ci/run installs, in preference order.
SUPPORTED_LANGUAGES = ("eng", "jpn", "chi_sim", "chi_tra", "deu", "fra", "spa")

INSTALL_HINT = (
    "apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-jpn tesseract-ocr-chi-sim "
    "tesseract-ocr-chi-tra tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa; pip install pytesseract"
)
RAPID_HINT = "pip install rapidocr-onnxruntime"

#: What RapidOCR's shipped models read, in Tesseract's terms (for the record's ocr_languages).
RAPID_LANGUAGES = "chi_sim+eng"

#: Render resolution for PDF pages: Tesseract is trained on ~300 dpi text.
DPI = 300

_LANG_SPEC = re.compile(r"^[a-z][a-z_]*(\+[a-z][a-z_]*)*$")


@dataclass(frozen=True, slots=True)
class OcrOptions:
    """What the operator asked for: `mode` auto | never | always, `lang` Tesseract codes or None.

    auto: pages with no or almost no text layer but a page-sized image or a vector drawing (PDF),
    image-only DOCX files. always: every page (its text layer replaced) and every DOCX image.
    never: no OCR; such pages stay without text.
    """

    mode: str = "auto"
    lang: str | None = None
    engine: str = "auto"  # auto | tesseract | rapidocr

    def __post_init__(self) -> None:
        if self.mode not in OCR_MODES:
            raise ValueError(f"unknown OCR mode {self.mode!r}; choose one of {', '.join(OCR_MODES)}")
        if self.engine not in OCR_ENGINES:
            raise ValueError(f"unknown OCR engine {self.engine!r}; choose one of {', '.join(OCR_ENGINES)}")
        if self.lang is not None and not _LANG_SPEC.match(self.lang):
            raise ValueError(f"invalid OCR language {self.lang!r}: Tesseract codes joined by '+', e.g. eng+jpn")


DEFAULT_OCR = OcrOptions()
NO_OCR = OcrOptions(mode="never")


# --------------------------------------------------------------------------- availability


@functools.lru_cache(maxsize=1)
def _probe() -> tuple[str | None, frozenset[str], str]:
    """(Tesseract version or None, installed language packs, problem) — asked once per process."""
    try:
        import pytesseract
    except ImportError:
        return None, frozenset(), "pytesseract is not installed"
    try:
        version = str(pytesseract.get_tesseract_version())
        langs = frozenset(pytesseract.get_languages(config=""))
    except Exception as exc:  # noqa: BLE001 - TesseractNotFoundError, OSError, a broken install
        return None, frozenset(), f"tesseract is not installed or not runnable ({type(exc).__name__})"
    return version, langs, ""


def _tesseract() -> tuple[bool, str]:
    """Whether Tesseract can run here, and its version and packs or why not."""
    version, langs, problem = _probe()
    if version is None:
        return False, problem
    ours = [lang for lang in SUPPORTED_LANGUAGES if lang in langs]
    if not ours:
        return False, f"tesseract {version} has none of the packs {', '.join(SUPPORTED_LANGUAGES)}"
    missing = [lang for lang in SUPPORTED_LANGUAGES if lang not in langs]
    note = f"; missing {', '.join(missing)}" if missing else ""
    return True, f"tesseract {version}; packs {', '.join(ours)}{note}"


@functools.lru_cache(maxsize=1)
def _rapid_probe() -> tuple[str | None, str]:
    """(rapidocr-onnxruntime version or None, problem) — asked once per process from the
    installed metadata, without importing it: the import brings OpenCV and onnxruntime (hundreds
    of MB of address space under a worker's memory cap) and happens at the first page instead."""
    from importlib.metadata import PackageNotFoundError, version
    from importlib.util import find_spec

    try:
        found = version("rapidocr-onnxruntime")
    except PackageNotFoundError:
        return None, "rapidocr-onnxruntime is not installed"
    missing = [name for name in ("rapidocr_onnxruntime", "onnxruntime", "cv2") if find_spec(name) is None]
    if missing:
        return None, f"rapidocr-onnxruntime {found} is incomplete (cannot import {', '.join(missing)})"
    return found, ""


def engine_for(choice: str = "auto") -> tuple[str | None, str]:
    """(engine to use or None, one-line account): the engine's version and what it reads, or
    why none can run here and how to install one."""
    tess_ok, tess = _tesseract() if choice in ("auto", "tesseract") else (False, "")
    if tess_ok:
        return "tesseract", tess
    rapid_version, rapid_problem = _rapid_probe() if choice in ("auto", "rapidocr") else (None, "")
    if rapid_version is not None:
        reason = f"; Tesseract not used: {tess}" if choice == "auto" else ""
        return "rapidocr", f"rapidocr-onnxruntime {rapid_version} (PP-OCRv4 models in the wheel: Chinese and Latin script){reason}"
    if choice == "tesseract":
        return None, f"OCR unavailable: {tess}; install with: {INSTALL_HINT}"
    if choice == "rapidocr":
        return None, f"OCR unavailable: {rapid_problem}; install with: {RAPID_HINT}"
    return None, f"OCR unavailable: {tess}; install with: {INSTALL_HINT} (or, without Tesseract: {RAPID_HINT})"


def available(engine: str = "auto") -> tuple[bool, str]:
    """Whether OCR can run here with `engine`, and a one-line account: version and packs, or how to install."""
    chosen, message = engine_for(engine)
    return chosen is not None, message


def installed_languages() -> tuple[str, ...]:
    """The supported packs present, in preference order (empty where Tesseract is missing)."""
    _, langs, _ = _probe()
    return tuple(lang for lang in SUPPORTED_LANGUAGES if lang in langs)


# --------------------------------------------------------------------------- language guessing

# A handful of frequent characters that differ between simplified and traditional Chinese,
# including procurement vocabulary (采购/採購, 设备/設備, 网络/網絡, 项目/項目).
_SIMPLIFIED = set("们这国发时对会说个为与关机设备网络术购项务采标单价货报产业电视监")
_TRADITIONAL = set("們這國發時對會說個為與關機設備網絡術購項務採標單價貨報產業電視監")
_GERMAN = set("äöüßÄÖÜ")
_FRENCH = set("èêëàâçîïôœùûÈÊÀÇ")  # not é: Spanish has it too
_SPANISH = set("ñÑ¿¡áíóú")


def _is_kana(c: str) -> bool:
    # U+30FB (katakana middle dot) also serves as a bullet in Chinese and Latin text
    return ("\u3040" <= c <= "\u30ff" and c != "\u30fb") or "\uff66" <= c <= "\uff9f"


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff"


def guess_languages(text: str) -> tuple[str, ...]:
    """Tesseract packs for the scripts in `text`, eng first; empty when `text` says nothing.

    Counts, not presence: one stray accented name in an English bid does not pull in French.
    """
    sample = text[:200_000]
    letters = sum(1 for c in sample if c.isalpha())
    if letters < 20:
        return ()
    kana = sum(1 for c in sample if _is_kana(c))
    han = sum(1 for c in sample if _is_han(c))
    langs = ["eng"]
    enough = max(5, 0.01 * letters)  # a few stray CJK glyphs (OCR noise, a quoted name) are not a language
    if kana >= enough or (kana >= 5 and kana >= 0.05 * han and han + kana >= enough):
        langs.append("jpn")
    elif han >= enough:
        simp = sum(1 for c in sample if c in _SIMPLIFIED)
        trad = sum(1 for c in sample if c in _TRADITIONAL)
        if simp >= trad:
            langs.append("chi_sim")
        if trad >= simp:
            langs.append("chi_tra")
    latin = max(letters - kana - han, 1)
    for lang, marks in (("deu", _GERMAN), ("fra", _FRENCH), ("spa", _SPANISH)):
        if sum(1 for c in sample if c in marks) >= max(5, 0.005 * latin):
            langs.append(lang)
    return tuple(langs)


def choose_languages(option: str | None, sample_text: str, installed: Iterable[str]) -> str:
    """The `-l` argument: the option, else the text's guess, else every installed supported pack.

    Packs that are not installed are dropped (Tesseract would refuse the whole call); "" means
    none is usable.
    """
    have = [lang for lang in installed]
    if option:
        wanted: Iterable[str] = option.split("+")
    else:
        wanted = guess_languages(sample_text) or SUPPORTED_LANGUAGES
    return "+".join(lang for lang in dict.fromkeys(wanted) if lang in have)


# --------------------------------------------------------------------------- recognition


@dataclass(frozen=True, slots=True)
class Recognised:
    """Text from one image: lines in reading order, and the mean confidence of its words."""

    text: str
    confidence: float | None  # 0..100, None when no word was found
    words: int
    seconds: float


_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


Token = tuple[str, int, int, int]  # (word, left, right, height) in pixels


def _joined(tokens: list[Token]) -> str:
    """Words of one line, spaced as on the page.

    No space between two CJK tokens (Tesseract splits CJK text per character or two), and none
    after a hyphen that closes a word when the next word follows closely: Tesseract breaks
    model numbers at hyphens ("DS- 2CD2143G2- I", the final I often read as "|"), and a model
    number split that way is no longer found.
    """
    out = ""
    prev: Token | None = None
    for tok in tokens:
        word, left, _right, height = tok
        if prev is not None:
            pword, _pleft, pright, pheight = prev
            cjk = bool(_WIDE.match(pword[-1]) and _WIDE.match(word[0]))
            hyphen = (
                len(pword) > 1 and pword[-1] == "-" and pword[-2].isalnum() and (word[0].isalnum() or word[0] == "|")
                and left - pright <= 0.5 * max(height, pheight)
            )
            if hyphen and word[0] == "|":
                word = "I" + word[1:]  # a bare capital I after a hyphen is often read as a bar
            if not (cjk or hyphen):
                out += " "
        out += word
        prev = tok
    return out


def _lines(data: dict[str, list]) -> tuple[str, list[float]]:
    """Page text from `image_to_data` rows: words grouped by block/paragraph/line."""
    lines: dict[tuple[int, int, int], list[Token]] = {}
    confs: list[float] = []
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            continue
        if not word or conf < 0:
            continue
        if conf < 30 and not any(c.isalnum() for c in word):
            continue  # specks and scanner noise read as punctuation
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        left, width, height = int(data["left"][i]), int(data["width"][i]), int(data["height"][i])
        lines.setdefault(key, []).append((word, left, left + width, height))
        confs.append(conf)
    return "\n".join(_joined(words) for words in lines.values()), confs


def recognise(image: Image, lang: str, *, timeout: float | None = None, psm: int = 3) -> Recognised:
    """Recognise one image with Tesseract (`lang` like "eng+jpn").

    Raises LimitExceeded when `timeout` seconds pass first (the document's time limit), and
    RuntimeError when Tesseract is missing or fails.
    """
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # see the module docstring; an operator's value wins
    started = time.monotonic()
    if timeout is not None and timeout <= 0:
        raise LimitExceeded("time limit: no time left for OCR")
    try:
        data = pytesseract.image_to_data(
            image,
            lang=lang,
            config=f"--psm {psm}",
            output_type=pytesseract.Output.DICT,
            timeout=max(1, int(timeout)) if timeout is not None else 0,
        )
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise LimitExceeded(f"time limit: OCR of a page outlasted the {timeout:.0f} s left for the document") from exc
        raise
    text, confs = _lines(data)
    confidence = round(sum(confs) / len(confs), 2) if confs else None
    return Recognised(text=text, confidence=confidence, words=len(confs), seconds=time.monotonic() - started)


@functools.lru_cache(maxsize=1)
def _rapid_engine():  # type: ignore[no-untyped-def]
    """The RapidOCR engine, models loaded once per process, one inference thread (the batch runs
    one worker per core already; see the module docstring on Tesseract's threads).

    onnxruntime (1.2x on Linux) starts a telemetry session on its first inference: a `.ses` file
    in $TMPDIR and a database under ~/.cache/Microsoft, meant for upload. A screening tool for
    procurement documents writes nothing about its work outside its own outputs, so telemetry
    is off unless the operator set ORT_DISABLE_TELEMETRY themselves (the fuzz harness's
    "files left behind" check found the `.ses` file).
    """
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)


def _rapid_lines(boxes: list[tuple[float, float, float, float, str]]) -> str:
    """Text lines from RapidOCR's detections (left, top, right, bottom, text), in reading order.

    RapidOCR finds runs of text, usually a whole line, sometimes a line in pieces (table cells);
    pieces whose vertical middles lie within half a line height of each other are one line, read
    left to right, joined as Tesseract's words are (`_joined`: no space inside CJK text).
    """
    rows: list[list[tuple[float, float, float, float, str]]] = []
    for box in sorted(boxes, key=lambda b: (b[1] + b[3]) / 2):
        middle, height = (box[1] + box[3]) / 2, box[3] - box[1]
        if rows:
            last = rows[-1]
            last_middle = sum((b[1] + b[3]) / 2 for b in last) / len(last)
            if abs(middle - last_middle) <= 0.5 * max(height, max(b[3] - b[1] for b in last)):
                last.append(box)
                continue
        rows.append([box])
    out = []
    for row in rows:
        tokens = [(b[4], int(b[0]), int(b[2]), int(b[3] - b[1])) for b in sorted(row, key=lambda b: b[0])]
        out.append(_joined(tokens))
    return "\n".join(out)


def recognise_rapid(image: Image, *, timeout: float | None = None) -> Recognised:
    """Recognise one image with RapidOCR (its models read Chinese and Latin script).

    The call cannot be cut short from outside (it runs in this process): the document's time
    limit is checked before, and the runner's wall-clock alarm is the backstop. Raises
    LimitExceeded when no time is left.
    """
    import numpy as np
    from PIL import ImageFilter

    if timeout is not None and timeout <= 0:
        raise LimitExceeded("time limit: no time left for OCR")
    started = time.monotonic()
    # A 3-pixel median takes out JPEG ringing and scanner specks; without it the recogniser
    # (trained mostly on Chinese, which has no spaces) glued the words of a JPEG photo
    # together ("Billofquantities"), with it they came back spaced (tests/test_parse_image.py).
    cleaned = image.convert("L").filter(ImageFilter.MedianFilter(3))
    found, _ = _rapid_engine()(np.asarray(cleaned.convert("RGB")))
    boxes = []
    scores = []
    for points, text, score in found or ():
        text = (text or "").strip()
        if not text:
            continue
        xs, ys = [pt[0] for pt in points], [pt[1] for pt in points]
        boxes.append((min(xs), min(ys), max(xs), max(ys), text))
        scores.append(float(score) * 100)
    confidence = round(sum(scores) / len(scores), 2) if scores else None
    return Recognised(text=_rapid_lines(boxes), confidence=confidence, words=len(boxes), seconds=time.monotonic() - started)


#: OCR leaves this share of the document's time limit (and at least RESERVE_SECONDS) unused,
#: for matching and classifying the text it did read.
RESERVE_SHARE = 0.1
RESERVE_SECONDS = 5.0

#: A page read with a mean word confidence below this may be rotated (a landscape table scanned
#: sideways: r066 pages 16-26 read at ~33 upright); orientation detection is then asked.
LOW_CONFIDENCE = 60.0


def rotation(image: Image, *, timeout: float | None = None) -> int:
    """Clockwise degrees (0, 90, 180, 270) that make the page upright, by Tesseract's OSD; 0 when unsure."""
    import pytesseract

    if timeout is not None and timeout <= 0:
        raise LimitExceeded("time limit: no time left for OCR")
    try:
        osd = pytesseract.image_to_osd(
            image, config="--psm 0", output_type=pytesseract.Output.DICT,
            timeout=max(1, int(timeout)) if timeout is not None else 0,
        )
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise LimitExceeded("time limit: OCR orientation detection outlasted the document's time") from exc
        return 0  # TesseractError: too few characters to tell, or no osd pack
    except Exception:  # noqa: BLE001 - a malformed OSD answer is "unsure", not a failure
        return 0
    degrees = int(osd.get("rotate", 0) or 0) % 360
    return degrees if degrees in (90, 180, 270) and float(osd.get("orientation_conf", 0) or 0) >= 2.0 else 0


def prepare_image(image: Image) -> Image:
    """Grayscale, with transparency flattened onto white (a transparent PNG's text is often black on nothing)."""
    from PIL import Image as PILImage

    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        canvas = PILImage.new("RGBA", image.size, (255, 255, 255, 255))
        canvas.alpha_composite(image)
        image = canvas
    return image.convert("L")


# --------------------------------------------------------------------------- per-document session


class OcrSession:
    """OCR state for one document: the page cap, the deadline, languages once chosen, the tally.

    A parser creates one per document, feeds it the text layer it found (for the language guess)
    and asks `recognise_page` for each page that needs OCR; `metadata()` says what happened, for
    the Document's metadata. Not shared between documents or processes.
    """

    def __init__(self, options: OcrOptions, limits: Limits, deadline: Deadline = NO_DEADLINE):
        self.options = options
        self.limits = limits
        self.deadline = deadline
        self.sample_text = ""
        self.lang: str | None = None  # chosen at the first OCR call
        self.pages: list[int] = []  # pages recognised
        self.over_cap: list[int] = []  # pages that needed OCR beyond limits.ocr_max_pages
        self.rotated: list[int] = []  # pages read after turning them upright
        self.out_of_time: list[int] = []  # pages left unread to keep RESERVE of the time limit
        self.seconds = 0.0
        self.confidences: list[float] = []
        self.engine: str | None = None  # tesseract | rapidocr, chosen at the first usable() call
        self.engine_note = ""
        self._usable: bool | None = None
        self._narrowed = False
        self.unavailable = ""

    @property
    def enabled(self) -> bool:
        return self.options.mode != "never"

    def usable(self) -> bool:
        """Whether OCR is on and an engine can run here (Tesseract with a supported pack, or RapidOCR)."""
        if self._usable is None:
            engine, message = engine_for(self.options.engine) if self.enabled else (None, "")
            self._usable = engine is not None
            self.engine = engine
            self.engine_note = message if engine else ""
            self.unavailable = "" if engine else message
        return self._usable

    def add_text(self, text: str) -> None:
        """Text-layer text of the document, for the language guess (only the first 200 kB count)."""
        if len(self.sample_text) < 200_000:
            self.sample_text += "\n" + text[:200_000]

    def _languages(self) -> str:
        if self.lang is None:
            self.lang = choose_languages(self.options.lang, self.sample_text, installed_languages())
        return self.lang

    def recognise_page(self, number: int, image: Image) -> Recognised | None:
        """Recognise page `number` (an image of the whole page, or of a DOCX's pictures).

        Returns None when OCR is off or unavailable, the page cap is spent (the page is then
        listed in `ocr_pages_over_cap`), or the document's time is nearly spent (listed in
        `ocr_pages_out_of_time`): OCR stops early enough to leave RESERVE of the time limit for
        matching and classifying, so a long scan keeps the pages already read instead of
        becoming an error record.
        """
        if not self.usable():
            return None
        if len(self.pages) >= self.limits.ocr_max_pages:
            self.over_cap.append(number)
            return None
        budget = self._budget()
        if budget is not None and budget <= 1.0:
            self.out_of_time.append(number)
            return None
        if self.engine == "rapidocr":
            return self._recognise_rapid(number, image, budget)
        lang = self._languages()
        if not lang:
            self.unavailable = f"OCR unavailable: none of the packs {self.options.lang} is installed; install with: {INSTALL_HINT}"
            self._usable = False
            return None
        image = prepare_image(image)
        try:
            result = recognise(image, lang, timeout=budget)
        except LimitExceeded:
            self.out_of_time.append(number)
            return None
        if result.confidence is None or result.confidence < LOW_CONFIDENCE:
            try:
                turn = rotation(image, timeout=self._budget())
                if turn:
                    turned = recognise(image.rotate(-turn, expand=True), lang, timeout=self._budget())
                    better = (turned.confidence or 0) > (result.confidence or 0)
                    result = replace(turned if better else result, seconds=result.seconds + turned.seconds)
                    if better:
                        self.rotated.append(number)
            except LimitExceeded:
                pass  # no time to turn the page: keep the upright reading
        self.pages.append(number)
        self.seconds += result.seconds
        if result.confidence is not None:
            self.confidences.append(result.confidence)
        if not self._narrowed and self.options.lang is None and not guess_languages(self.sample_text):
            # Nothing to guess from before: narrow the packs to what the first page contained.
            self._narrowed = True
            guessed = choose_languages(None, result.text, installed_languages())
            if guessed:
                self.lang = guessed
        return result

    def _recognise_rapid(self, number: int, image: Image, budget: float | None) -> Recognised | None:
        """RapidOCR reads the languages its models know; --ocr-lang does not apply, and there is no
        orientation step (its classifier turns upside-down lines only)."""
        self.lang = RAPID_LANGUAGES
        try:
            result = recognise_rapid(prepare_image(image), timeout=budget)
        except LimitExceeded:
            self.out_of_time.append(number)
            return None
        except (ImportError, OSError) as exc:  # an install that looked whole but does not load
            self._usable = False
            self.unavailable = f"OCR unavailable: rapidocr-onnxruntime does not load ({type(exc).__name__}: {exc}); install with: {RAPID_HINT}"
            return None
        self.pages.append(number)
        self.seconds += result.seconds
        if result.confidence is not None:
            self.confidences.append(result.confidence)
        return result

    def _budget(self) -> float | None:
        """Seconds OCR may still use: the time left minus the reserve; None without a limit."""
        remaining = self.deadline.remaining()
        if remaining is None:
            return None
        return remaining - max(RESERVE_SECONDS, RESERVE_SHARE * (self.deadline.seconds or 0.0))

    def metadata(self) -> list[tuple[str, str]]:
        """(key, value) pairs for the Document: what was OCR'd, in which languages, what was not."""
        meta: list[tuple[str, str]] = []
        if self.pages:
            meta.append(("ocr_pages", ",".join(map(str, dict.fromkeys(self.pages)))))
            meta.append(("ocr_languages", self.lang or ""))
            meta.append(("ocr_engine", self.engine_note.split(";")[0]))
            meta.append(("ocr_seconds", f"{self.seconds:.2f}"))
            if self.confidences:
                meta.append(("ocr_confidence", f"{sum(self.confidences) / len(self.confidences):.1f}"))
        if self.rotated:
            meta.append(("ocr_rotated_pages", ",".join(map(str, dict.fromkeys(self.rotated)))))
        if self.over_cap:
            meta.append(("ocr_pages_over_cap", ",".join(map(str, self.over_cap))))
            meta.append(("ocr_note", f"OCR page cap ({self.limits.ocr_max_pages}) reached: {len(self.over_cap)} page(s) left without text"))
        if self.out_of_time:
            meta.append(("ocr_pages_out_of_time", ",".join(map(str, dict.fromkeys(self.out_of_time)))))
        if self.unavailable:
            meta.append(("ocr_unavailable", self.unavailable))
        return meta

    def no_text_hint(self) -> str:
        """What to add to a no_text message: why OCR did not help, or nothing when it was not tried."""
        if self.unavailable:
            return self.unavailable
        if self.over_cap:
            return f"OCR page cap ({self.limits.ocr_max_pages}) reached"
        if self.out_of_time:
            return f"OCR stopped at the time limit ({len(self.out_of_time)} page(s) not read)"
        return ""
