"""The fast PDF path loses nothing: the same (entity, page) mentions as the pdfplumber engine.

The "auto" engine reads text and ruled tables from pypdfium2 alone; "pdfplumber" is the slow
reference. A reviewer must never miss a vendor because the fast path was taken, so on generated
bills of quantities and on every PDF of ../shared/corpus the set of (entity, page) pairs found
by `find_mentions` must be equal.

pdfplumber costs 0.1-0.6 s a page, too much for every page of the corpus in CI (r009 alone has
1,408 pages). Each corpus PDF is therefore compared on all of its pages up to PAGE_BUDGET, and
beyond that on the first pages, every page where the fast path found a restricted entity, and
pages spread evenly through the rest. TENDER_TRIAGE_FAST_PATH_FULL=1 compares every page of
every PDF (about 10 minutes on an idle machine).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

import filegen
from extract.mentions.match import find_mentions
from extract.parse import parse_bytes, parse_path, sniff
from extract.policy.load import load_policy
from extract.types import Document, Page

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FULL = os.environ.get("TENDER_TRIAGE_FAST_PATH_FULL") == "1"
PAGE_BUDGET = 10  # pdfplumber pages per corpus PDF in the default run (CI: about a minute idle)
FIRST = 3  # ... the first pages (cover, instructions, often the schedule) ...
ENTITY_PAGES = 5  # ... up to this many pages where the fast path found an entity, spread out ...
SPREAD = 2  # ... and evenly spaced pages from the rest


@pytest.fixture(scope="module")
def policy():  # type: ignore[no-untyped-def]
    return load_policy()


def _pairs(doc: Document, policy) -> set[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return {(m.entity, m.page) for m in find_mentions(doc, policy) if m.entity}


def _only(doc: Document, numbers: set[int]) -> Document:
    return replace(doc, pages=tuple(p for p in doc.pages if p.number in numbers))


def _plumber_doc(path: Path, numbers: list[int]) -> Document:
    """The reference engine's pages `numbers`, read page by page as `_parse_pdfplumber` does."""
    import pdfplumber

    from extract.parse.pdf import _plumber_page

    pages = []
    with pdfplumber.open(path) as pdf:
        for number in numbers:
            page = pdf.pages[number - 1]
            try:
                text, tables, _has_text = _plumber_page(page)
            finally:
                page.close()
            pages.append(Page(number=number, text=text, tables=tuple(tuple(t) for t in tables)))
    return Document(path=str(path), sha256="", format="pdf", status="ok", pages=tuple(pages))


def _pages_to_compare(fast: Document, policy) -> list[int]:  # type: ignore[no-untyped-def]
    count = len(fast.pages)
    if FULL or count <= PAGE_BUDGET:
        return list(range(1, count + 1))
    chosen = set(range(1, FIRST + 1))
    hits = sorted({page for _entity, page in _pairs(fast, policy)} - chosen)
    if len(hits) > ENTITY_PAGES:
        hits = [hits[round(k * (len(hits) - 1) / (ENTITY_PAGES - 1))] for k in range(ENTITY_PAGES)]
    chosen |= set(hits)
    step = count / (SPREAD + 1)
    chosen |= {min(count, int(step * (k + 1)) + 1) for k in range(SPREAD)}
    return sorted(chosen)


def _diff_message(fast: set, ref: set, doc: Document) -> str:  # type: ignore[type-arg]
    lines = [f"{doc.path}: auto only {sorted(fast - ref)}, pdfplumber only {sorted(ref - fast)}"]
    return "\n".join(lines)


@pytest.mark.parametrize("make", [lambda: filegen.boq_pdf(), lambda: filegen.tender_pdf(20, seed=7),
                                  lambda: filegen.tender_pdf(9, seed=11)], ids=["boq", "tender20", "tender9"])
def test_generated_boq_pdfs_same_mentions_as_pdfplumber(make, policy) -> None:  # type: ignore[no-untyped-def]
    data = make()
    (fast,) = parse_bytes(data, "gen.pdf", pdf_engine="auto")
    (ref,) = parse_bytes(data, "gen.pdf", pdf_engine="pdfplumber")
    assert fast.status == ref.status == "ok"
    pairs = _pairs(fast, policy)
    assert pairs, "the generated BOQ names restricted vendors"
    assert pairs == _pairs(ref, policy), _diff_message(pairs, _pairs(ref, policy), fast)
    # tables are found on the same pages by both engines, with the same rows
    assert [p.tables for p in fast.pages] == [p.tables for p in ref.pages]


def _corpus_pdfs() -> list[Path]:
    folder = CORPUS / "files"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and sniff(p.read_bytes()[:4096]) == "pdf")


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.parametrize("path", _corpus_pdfs() or [None], ids=lambda p: p.name if p else "no-corpus")
def test_corpus_pdf_same_mentions_as_pdfplumber(path: Path | None, policy) -> None:  # type: ignore[no-untyped-def]
    if path is None:
        pytest.skip(f"corpus not found at {CORPUS}")
    (fast,) = parse_path(path, pdf_engine="auto")
    if fast.status != "ok":
        pytest.skip(f"{path.name}: {fast.status} ({fast.error}); nothing to compare")
    numbers = _pages_to_compare(fast, policy)
    ref = _plumber_doc(path, numbers)
    fast_pairs = _pairs(_only(fast, set(numbers)), policy)
    ref_pairs = _pairs(ref, policy)
    assert fast_pairs == ref_pairs, _diff_message(fast_pairs, ref_pairs, fast)
