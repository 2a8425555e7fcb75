"""Tesseract against RapidOCR on the same scanned pages: character accuracy and seconds per page.

    python benchmarks/bench_ocr_engines.py [--repeat N] [--only en,fr,...]

Why: `--ocr-engine auto` falls back to RapidOCR (rapidocr-onnxruntime, installed by pip with
its models) where Tesseract is missing, so its figures decide what a plain `pip install` can be
trusted with. Every page is made here with Pillow from known text (tests/test_ocr.py's
scan_image: grey paper, slight tilt, specks, blur), so the truth is exact; the JPEG row is the
same kind of page saved as a phone photo would be (quality 70, tilted 2 degrees); the form-a4
row is a whole A4 scan in a PDF (the README example's signed form), rendered at 300 dpi.

Each page goes through the tool's own path, `parse_bytes(png, ocr=OcrOptions(...))`
(extract/parse/image.py or pdf.py -> OcrSession), one page per document, in this process, timed whole:
  tesseract/lang    Tesseract with the page's language given (--ocr-lang eng+fra ...)
  tesseract/guess   Tesseract as `scan` runs it by default: no text layer to guess from, so every
                    installed pack for the page, then narrowed (each page here is a new document)
  rapidocr          RapidOCR (its models read Chinese and Latin script; --ocr-lang does not apply)
Columns: character accuracy = 1 - Levenshtein(truth, OCR) / len(truth) on text with runs of
white space made one space; the same without any spaces (so glued words do not count); seconds
per page (median of --repeat runs). Both engines run with one thread (OMP_THREAD_LIMIT=1,
onnxruntime intra/inter-op 1), as batch workers do. The load average is printed first and last:
absolute seconds swing with whatever else the machine runs.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from extract.parse import parse_bytes
from extract.parse.ocr import OcrOptions, available, installed_languages

PAGES = {
    "en": ("eng", "en", [
        "Bill of quantities, lot 2: video surveillance for the court annex",
        "Item 1: IP bullet camera 4 MP, Hikvision DS-2CD2043G2-I, quantity 24",
        "Item 2: network video recorder 16 channels, quantity 2",
        "Item 3: PoE switch 24 ports with two uplinks, quantity 3",
        "Delivery within 30 days of the order, installation included.",
        "Prices exclude VAT; the offer is valid for 90 days.",
    ]),
    "fr": ("eng+fra", "fr", [
        "Acte d'engagement : fourniture de pare-feux de nouvelle génération",
        "Le candidat s'engage à livrer deux équipements Fortinet FG-200F,",
        "installés et mis en service sous quatre semaines à compter de la commande.",
        "Délai de garantie : trente-six mois après la réception définitive.",
    ]),
    "de": ("eng+deu", "de", [
        "Leistungsverzeichnis Los 3: Betriebsfunk für die Stadtwerke",
        "Position 1: Handfunkgerät DMR, Hytera PD985, Menge 25 Stück",
        "Lieferung frei Verwendungsstelle, Einweisung des Personals inbegriffen.",
        "Gewährleistung: vierundzwanzig Monate ab Abnahme.",
    ]),
    "es": ("eng+spa", "es", [
        "Pliego de prescripciones técnicas: cámaras de videovigilancia",
        "Partida 2: cámara domo Dahua SD49425XB-HNR, cantidad seis unidades",
        "El plazo de entrega será de treinta días desde la firma del contrato.",
    ]),
    "zh": ("eng+chi_sim", "zh", [
        "采购项目：网络交换机和视频监控设备",
        "品目一：华为交换机 S5735-L24T4S-A，数量十台",
        "交货期：合同签订后三十日内完成安装调试。",
    ]),
    "ja": ("eng+jpn", "ja", [
        "調達仕様書 ネットワーク機器一式",
        "品目3 ファーウェイ製スイッチ S5735-S48T4X 10台",
        "納期は契約締結後30日以内とする。",
    ]),
}


def _levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def accuracy(truth: str, text: str, spaces: bool = True) -> float:
    norm = (lambda s: " ".join(s.split())) if spaces else (lambda s: "".join(s.split()))
    t, h = norm(truth), norm(text)
    return max(0.0, 1 - _levenshtein(t, h) / max(1, len(t)))


def _pages() -> list[tuple[str, str, str, bytes]]:
    """(name, tesseract languages, truth, PNG or JPEG bytes) for every page we can draw."""
    from test_ocr import _font_for, _latin_font, scan_image

    out = []
    for key, (langs, fc_lang, lines) in PAGES.items():
        font = _latin_font() if key in ("en", "fr", "de", "es") else _font_for(fc_lang)
        if not font:
            print(f"# {key}: no font for {fc_lang} (Debian: fonts-noto-cjk); skipped")
            continue
        size = (1700, 120 + 72 * len(lines))
        image = scan_image(lines, font, size=size, font_size=36, angle=0.6, seed=len(out))
        buf = io.BytesIO()
        image.save(buf, "PNG")
        out.append((key, langs, "\n".join(lines), buf.getvalue()))
        if key == "en":
            photo = scan_image(lines, font, size=size, font_size=36, angle=2.0, seed=99).convert("RGB")
            buf = io.BytesIO()
            photo.save(buf, "JPEG", quality=70)
            out.append(("en-jpeg", langs, "\n".join(lines), buf.getvalue()))
    # a whole A4 page: the README example's signed form (scripts/build_examples.py), as the PDF
    # a scanner writes; the PDF path renders it at 300 dpi (2480 x 3508 pixels) for OCR
    sys.path.insert(0, str(REPO / "scripts"))
    from build_examples import FORM_LINES, _scanned_form
    from test_ocr import pdf_of

    out.append(("form-a4", "eng+fra", "\n".join(FORM_LINES), pdf_of([_scanned_form()])))
    return out


def _read(data: bytes, options: OcrOptions) -> tuple[str, float, str]:
    started = time.perf_counter()
    (doc,) = parse_bytes(data, "page", ocr=options)
    return doc.text, time.perf_counter() - started, doc.meta("ocr_languages") or "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per page and engine (median seconds)")
    parser.add_argument("--only", help="comma-separated page names (en, en-jpeg, fr, de, es, zh, ja, form-a4)")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; Python {platform.python_version()}; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    engines = []
    tess_ok, tess = available("tesseract")
    rapid_ok, rapid = available("rapidocr")
    print(f"# tesseract: {tess}\n# rapidocr:  {rapid}")
    if tess_ok:
        engines += ["tesseract/lang", "tesseract/guess"]
    if rapid_ok:
        engines.append("rapidocr")
        started = time.perf_counter()
        from extract.parse.ocr import _rapid_engine

        _rapid_engine()
        print(f"# rapidocr model load (once per process): {time.perf_counter() - started:.2f} s")
    if not engines:
        print("no OCR engine usable here")
        return 1
    pages = _pages()
    if args.only:
        wanted = set(args.only.split(","))
        pages = [p for p in pages if p[0] in wanted]
    print(f"{'page':<8} {'engine':<16} {'chars':>5} {'acc':>6} {'acc-nosp':>8} {'s/page':>7}  languages")
    totals: dict[str, list[tuple[float, float, float]]] = {e: [] for e in engines}
    for name, langs, truth, data in pages:
        for engine in engines:
            if engine == "tesseract/lang":
                if not all(lang in installed_languages() for lang in langs.split("+")):
                    print(f"{name:<8} {engine:<16} pack missing for {langs}")
                    continue
                options = OcrOptions(engine="tesseract", lang=langs)
            elif engine == "tesseract/guess":
                options = OcrOptions(engine="tesseract")
            else:
                options = OcrOptions(engine="rapidocr")
            runs = [_read(data, options) for _ in range(max(1, args.repeat))]
            text, langs_used = runs[0][0], runs[0][2]
            seconds = statistics.median(r[1] for r in runs)
            acc, acc_nospace = accuracy(truth, text), accuracy(truth, text, spaces=False)
            totals[engine].append((acc, acc_nospace, seconds))
            print(f"{name:<8} {engine:<16} {len(truth):>5} {acc:>6.3f} {acc_nospace:>8.3f} {seconds:>7.2f}  {langs_used}")
    print("# means over the pages each engine read")
    for engine, rows in totals.items():
        if rows:
            print(f"{'all':<8} {engine:<16} {len(rows):>5} {statistics.mean(r[0] for r in rows):>6.3f} "
                  f"{statistics.mean(r[1] for r in rows):>8.3f} {statistics.mean(r[2] for r in rows):>7.2f}")
    print(f"# load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
