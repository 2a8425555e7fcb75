"""Parse throughput: our fast PDF path against our pdfplumber engine and bare pdfplumber.

    python benchmarks/bench_parse.py [--corpus DIR] [--repeat N] [--huge] [--no-corpus]

For each file set (the corpus PDFs, r009 only with --huge; generated 20- and 200-page tenders
with BOQ tables from tests/filegen.py) it prints pages/s of
  auto        extract.parse.parse_path(pdf_engine="auto")  (pypdfium2 + pdfplumber tables on ruled pages)
  plumber     extract.parse.parse_path(pdf_engine="pdfplumber")
  bare        pdfplumber page.extract_text() alone (no tables)
as the median of N runs, measured in the same process one after another, and the ratios.
Absolute numbers swing with machine load; compare the ratios.
"""

from __future__ import annotations

import argparse
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


def _ours(engine: str):  # type: ignore[no-untyped-def]
    def run(path: Path) -> int:
        (doc,) = parse_path(path, pdf_engine=engine)
        if doc.status not in ("ok", "no_text"):
            raise RuntimeError(f"{path}: {doc.status} {doc.error}")
        return doc.page_count or 0

    return run


def _measure(files: list[Path], fn, repeat: int) -> tuple[int, float]:  # type: ignore[no-untyped-def]
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
    ap.add_argument("--huge", action="store_true", help="include the 1,408-page r009.pdf")
    ap.add_argument("--no-corpus", action="store_true", help="generated tenders only")
    args = ap.parse_args(argv)

    sets: list[tuple[str, list[Path]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_corpus and (args.corpus / "files").is_dir():
            pdfs = sorted(p for p in (args.corpus / "files").glob("*.pdf") if args.huge or p.name != "r009.pdf")
            pdfs = [p for p in pdfs if p.read_bytes()[:1024].find(b"%PDF-") >= 0]  # r064 is HTML
            sets.append((f"corpus ({len(pdfs)} PDFs)", pdfs))
        for n in (20, 200):
            path = Path(tmp) / f"tender{n}.pdf"
            path.write_bytes(filegen.tender_pdf(n, seed=n))
            sets.append((f"generated {n}-page tender", [path]))

        print(f"{'file set':28} {'pages':>6} {'auto p/s':>9} {'plumber p/s':>11} {'bare p/s':>9} {'auto/plumber':>12} {'auto/bare':>9}")
        for name, files in sets:
            pages, t_auto = _measure(files, _ours("auto"), args.repeat)
            _, t_plumb = _measure(files, _ours("pdfplumber"), args.repeat)
            _, t_bare = _measure(files, _bare_pdfplumber, args.repeat)
            auto, plumb, bare = pages / t_auto, pages / t_plumb, pages / t_bare
            print(f"{name:28} {pages:6d} {auto:9.1f} {plumb:11.1f} {bare:9.1f} {auto / plumb:11.1f}x {auto / bare:8.1f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
