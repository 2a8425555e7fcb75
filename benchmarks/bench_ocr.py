"""OCR cost: seconds per OCR'd page, on the corpus scans and on generated ones (issue 6).

    python benchmarks/bench_ocr.py [--corpus DIR] [--pages N] [--no-corpus] [--no-langs]

Rows (one `parse_path(..., ocr=OcrOptions(...))` each, timed whole, in this process):
  corpus r022.pdf / r023.docx / r066.pdf   --ocr auto, languages guessed (the scan default)
  generated N-page English scan            --ocr auto
  generated 2-page Japanese scan           --ocr-lang eng+jpn (skipped without a CJK font)
and, unless --no-langs, the first 3 pages of r066 (or the generated scan) with --ocr-lang eng,
guessed, and every supported pack, to show what the language choice costs.
Columns: OCR'd pages, wall seconds for the document, Tesseract seconds (the session's own
count), seconds per OCR'd page, mean word confidence, languages used. Tesseract runs with
OMP_THREAD_LIMIT=1 (see extract/ocr.py); absolute figures swing with machine load (the load
average is printed first and last).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from extract.limits import DEFAULT_LIMITS  # noqa: E402
from extract.parse.ocr import SUPPORTED_LANGUAGES, OcrOptions, available, installed_languages  # noqa: E402
from extract.parse import parse_path  # noqa: E402

LIMITS = replace(DEFAULT_LIMITS, ocr_max_pages=10_000)


def _row(label: str, path: Path, options: OcrOptions, limits=LIMITS) -> None:
    t0 = time.perf_counter()
    (doc,) = parse_path(path, ocr=options, limits=limits)
    wall = time.perf_counter() - t0
    pages = [p for p in doc.pages if p.ocr]
    ocr_seconds = float(doc.meta("ocr_seconds") or 0.0)
    per_page = wall / len(pages) if pages else float("nan")
    print(f"{label:<40} {doc.status:<8} {len(pages):>5} {wall:>8.1f} {ocr_seconds:>8.1f} {per_page:>8.2f} "
          f"{doc.meta('ocr_confidence') or '-':>6} {doc.meta('ocr_languages') or '-'}")


def _generated(folder: Path, n_pages: int) -> list[tuple[str, Path, OcrOptions]]:
    from test_ocr import ENGLISH, _font_for, _latin_font, pdf_of, scan_image

    rows = []
    english = folder / "scan-en.pdf"
    images = [scan_image(ENGLISH * 6, _latin_font(), size=(1275, 1650), font_size=30, seed=i, angle=0.8 - 0.3 * i)
              for i in range(n_pages)]
    english.write_bytes(pdf_of(images))
    rows.append((f"generated {n_pages}-page English scan", english, OcrOptions()))
    font = _font_for("ja")
    if font and "jpn" in installed_languages():
        lines = ["調達仕様書 ネットワーク機器", "品目3 ファーウェイ製スイッチ S5735-S48T4X 10台",
                 "納期は契約締結後30日以内とする。"] * 8
        japanese = folder / "scan-ja.pdf"
        japanese.write_bytes(pdf_of([scan_image(lines, font, size=(1275, 1650), font_size=32, seed=i) for i in range(2)]))
        rows.append(("generated 2-page Japanese scan", japanese, OcrOptions(lang="eng+jpn")))
    else:
        print("(Japanese scan skipped: no CJK font or no jpn pack; Debian: fonts-noto-cjk, tesseract-ocr-jpn)")
    return rows


def _first_pages(source: Path, folder: Path, n: int) -> Path:
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(source))
    out = pdfium.PdfDocument.new()
    out.import_pages(src, list(range(min(n, len(src)))))
    target = folder / f"first{n}-{source.name}"
    out.save(str(target))
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"), help="corpus folder (expects DIR/files/)")
    ap.add_argument("--pages", type=int, default=4, help="pages of the generated English scan")
    ap.add_argument("--no-corpus", action="store_true")
    ap.add_argument("--no-langs", action="store_true", help="skip the language-choice comparison")
    args = ap.parse_args(argv)

    ok, why = available()
    print(why)
    if not ok:
        return 1
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    print(f"{'document':<40} {'status':<8} {'pages':>5} {'wall s':>8} {'ocr s':>8} {'s/page':>8} {'conf':>6} langs")
    files = Path(args.corpus) / "files"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.no_corpus and files.is_dir():
            for name in ("r022.pdf", "r023.docx", "r066.pdf"):
                if (files / name).is_file():
                    _row(f"corpus {name}", files / name, OcrOptions())
        for label, path, options in _generated(folder, args.pages):
            _row(label, path, options)
        if not args.no_langs:
            r066 = files / "r066.pdf"
            sample = _first_pages(r066, folder, 3) if r066.is_file() and not args.no_corpus else folder / "scan-en.pdf"
            every = "+".join(lang for lang in SUPPORTED_LANGUAGES if lang in installed_languages())
            print(f"language choice on {sample.name}:")
            for label, options in (("  --ocr-lang eng", OcrOptions(lang="eng")),
                                   ("  guessed (all, then narrowed)", OcrOptions()),
                                   ("  --ocr-lang <all 7 packs>", OcrOptions(lang=every))):
                _row(label, sample, options)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
