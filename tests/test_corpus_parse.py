"""Every real corpus document parses, without an exception, to the status it should have.

The corpus lives outside the repository (../shared/corpus, never copied in); these tests skip
when it is absent. Scanned documents without a text layer must come back "no_text", everything
else "ok" (including the HTML page saved as .pdf, the PDF behind upload junk, the damaged
cross-reference table and the RC4-encrypted PDF with an empty user password).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract.parse import parse_path

from corpus_cache import parsed

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
NO_TEXT = {"files/r022.pdf", "files/r023.docx", "files/r078.pdf", "files/r066.pdf"}
#: The problem files: quick to parse, so checked on every run (the full corpus is slow).
PROBLEMS = ["files/r022.pdf", "files/r023.docx", "files/r064.pdf", "files/r065.pdf", "files/r066.pdf",
            "files/r078.pdf", "files/r091.pdf", "files/r032.html", "files/r085.md", "records/rec202.txt"]


def _listed() -> list[str]:
    if not (CORPUS / "labels.tsv").is_file():
        return []
    with open(CORPUS / "labels.tsv", encoding="utf-8", newline="") as fh:
        return [row["file"] for row in csv.DictReader(fh, delimiter="\t")]


def _check(rel: str) -> None:
    path = CORPUS / rel
    if not path.is_file():
        pytest.skip(f"{rel} not present in this corpus copy")
    docs = parsed(str(path))
    assert len(docs) == 1
    (doc,) = docs
    expected = "no_text" if rel in NO_TEXT else "ok"
    assert doc.status == expected, f"{rel}: {doc.status} ({doc.error})"
    assert doc.pages, rel
    if expected == "ok":
        assert sum(ch.isalnum() for ch in doc.text) > 50, rel
    else:
        assert "OCR needed" in (doc.error or "")


@pytest.mark.corpus
@pytest.mark.parametrize("rel", PROBLEMS)
def test_problem_files(rel: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip("corpus absent")
    _check(rel)


@pytest.mark.corpus
def test_problem_file_details() -> None:
    if not CORPUS.is_dir():
        pytest.skip("corpus absent")
    (junk,) = parse_path(CORPUS / "files/r065.pdf")
    assert int(junk.meta("leading_junk_bytes") or 0) > 0
    (html,) = parse_path(CORPUS / "files/r064.pdf")
    assert html.format == "html"
    (enc,) = parse_path(CORPUS / "files/r091.pdf")
    assert enc.page_count == 13
    (partial,) = parse_path(CORPUS / "files/r066.pdf")
    assert partial.error.startswith("no text layer on 26 of 27 pages")


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.parametrize("rel", [r for r in _listed() if r not in PROBLEMS] or ["<corpus absent>"])
def test_every_listed_document(rel: str) -> None:
    if rel == "<corpus absent>":
        pytest.skip("corpus absent")
    _check(rel)
