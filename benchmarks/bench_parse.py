"""Parse throughput: our fast PDF path beside the library it is built on and beside pdfplumber.

    python benchmarks/bench_parse.py [--corpus DIR] [--repeat N] [--max-pages N] [--huge] [--no-corpus]

For each file set (the corpus PDFs under --max-pages pages, r009 only with --huge; generated 20-
and 200-page tenders with BOQ tables from tests/filegen.py) it prints pages/s of
  auto        extract.parse.parse_path(pdf_engine="auto"): pypdfium2 text, ruled tables rebuilt
              from pdfium's own drawing objects (extract/parse/grid.py), no OCR
  plumber     extract.parse.parse_path(pdf_engine="pdfplumber"): the reference engine
  pdfium      bare pypdfium2: open, then get_textpage().get_text_range() per page (the floor:
              what the library costs before any work of ours)
  bare        bare pdfplumber page.extract_text() (no tables)
as the median of N runs, measured in the same process one after another, and the ratios
auto/pdfium (how close we are to the library), auto/plumber and auto/bare.
Absolute numbers swing with machine load; compare the ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

import filegen  # noqa: E402

from extract.parse import parse_path  # noqa: E402


def _bare_pdfplumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        n = 0
        for page in pdf.pages:
            page.extract_text()
            page.close()
            n += 1
    return n


def _bare_pdfium(path: Path) -> int:
    """Bare pypdfium2 text extraction, the baseline for "how much is the library": the document
    opened from its bytes (as our parser does), each page loaded, its text page built and read
    whole, everything closed."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        n = len(pdf)
        for index in range(n):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return n


def corpus_pdfs(corpus: Path, max_pages: int = 0, huge: bool = False) -> list[Path]:
    """The PDFs of corpus/files (by content, not name: r064.pdf is HTML), r009 only with `huge`,
    and with `max_pages` > 0 only those with fewer pages than that."""
    import pypdfium2 as pdfium

    from extract.parse import sniff

    folder = corpus / "files"
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        if sniff(path.read_bytes()[:4096]) != "pdf" or (path.name == "r009.pdf" and not huge):
            continue
        if max_pages > 0:
            try:
                pdf = pdfium.PdfDocument(str(path))
            except pdfium.PdfiumError:
                continue
            pages = len(pdf)
            pdf.close()
            if pages >= max_pages:
                continue
        out.append(path)
    return out


def _ours(engine: str):  # type: ignore[no-untyped-def]
    def run(path: Path) -> int:
        (doc,) = parse_path(path, pdf_engine=engine)
        if doc.status not in ("ok", "no_text"):
            raise RuntimeError(f"{path}: {doc.status} {doc.error}")
        return doc.page_count or 0

    return run


def _measure(files: list[Path], fn, repeat: int) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    """Pages and the median seconds of `fn` over `files`, after one untimed call on the first file
    (lazy imports such as numpy's would otherwise land in the first timing)."""
    fn(files[0])
    times = []
    pages = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        pages = sum(fn(f) for f in files)
        times.append(time.perf_counter() - t0)
    return pages, statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--max-pages", type=int, default=100,
                    help="corpus PDFs with fewer pages than this (default 100: 43 PDFs, 1,019 pages); 0: all")
    ap.add_argument("--huge", action="store_true", help="include the 1,408-page r009.pdf")
    ap.add_argument("--no-corpus", action="store_true", help="generated tenders only")
    args = ap.parse_args(argv)

    sets: list[tuple[str, list[Path]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_corpus:
            pdfs = corpus_pdfs(args.corpus, args.max_pages, args.huge)
            if pdfs:
                under = f", < {args.max_pages} p" if args.max_pages > 0 else ""
                sets.append((f"corpus ({len(pdfs)} PDFs{under})", pdfs))
        for n in (20, 200):
            path = Path(tmp) / f"tender{n}.pdf"
            path.write_bytes(filegen.tender_pdf(n, seed=n))
            sets.append((f"generated {n}-page tender", [path]))

        print(f"start: {_load()}; medians of {args.repeat}")
        print(f"{'file set':30} {'pages':>6} {'auto p/s':>9} {'pdfium p/s':>10} {'plumber p/s':>11} {'bare p/s':>9}"
              f" {'auto/pdfium':>11} {'auto/plumber':>12} {'auto/bare':>9}")
        for name, files in sets:
            pages, t_auto = _measure(files, _ours("auto"), args.repeat)
            _, t_pdfium = _measure(files, _bare_pdfium, args.repeat)
            _, t_plumb = _measure(files, _ours("pdfplumber"), args.repeat)
            _, t_bare = _measure(files, _bare_pdfplumber, args.repeat)
            auto, pdfium_, plumb, bare = pages / t_auto, pages / t_pdfium, pages / t_plumb, pages / t_bare
            print(f"{name:30} {pages:6d} {auto:9.1f} {pdfium_:10.1f} {plumb:11.1f} {bare:9.1f}"
                  f" {auto / pdfium_:10.2f}x {auto / plumb:11.1f}x {auto / bare:8.1f}x", flush=True)
        print(f"end: {_load()}")
    return 0


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


if __name__ == "__main__":
    sys.exit(main())
